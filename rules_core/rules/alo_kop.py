"""The alleenstaande-ouderkop: entitlement, and the three ways it is paid while a partner exists.

- ``alo_kop_unregistered_partner``: the spouse lives abroad without a BSN, so Toeslagen cannot see
  the partner (Uitvoeringsbesluit Awir art. 1b: only BRP data linked to a BSN) and pays the ALO-kop.
- ``alo_kop_retroactive``: that partner has become visible (arrived, BSN, reported); Toeslagen
  then sees the partnership back to its start and reclaims the ALO-kop (S13, S16).
- ``alo_kop_not_entitled``: a partner Toeslagen can see exists (detention, care home, a divorce
  request not reported, living together) and the ALO-kop is still paid.
"""

from __future__ import annotations

from rules_core import citations as cite
from rules_core import months
from rules_core.assessment import (
    AloKop,
    Assumption,
    Question,
    Repayment,
    Result,
    Risk,
    Severity,
    Step,
    ToeslagpartnerDecision,
)
from rules_core.household import Household, Partner
from rules_core.params import NotInForceError, ParameterSet
from rules_core.rules._step import step
from rules_core.rules.finding import Finding
from rules_core.rules.kgb_bedragen import YearAmount, alo_kop_for_year


def entitlement(household: Household, decision: ToeslagpartnerDecision) -> tuple[Step, AloKop]:
    """Wkb art. 2: the ALO-kop is paid to a parent with kgb who has no toeslagpartner."""
    kgb = household.benefits.kindgebonden_budget
    receives = None if kgb is None else kgb.receives
    if kgb is None or receives is False:
        entitled: bool | None = False
    elif decision.outcome == "needs_answer" or receives is None:
        entitled = None
    else:
        entitled = decision.outcome == "no_partner"
    received = False if kgb is None or receives is False else kgb.alo_kop
    read = {"toeslagpartner": decision.outcome, "benefits.kindgebonden_budget.receives": receives}
    return (
        step("wkb_art2_alleenstaande_ouderkop", cite.WKB_ART2_ALO_KOP, read, entitled),
        AloKop(entitled=entitled, received=received),
    )


def visible_to_toeslagen(
    partner: Partner, month: int
) -> tuple[Step, bool, list[Question], list[Assumption]]:
    """Uitvoeringsbesluit Awir art. 1b: Toeslagen uses BRP data linked to a BSN. A BSN alone does
    not show the marriage (review 2026-12): the partner counts for its systems once the marriage
    is known (registered in the BRP, or reported with the partner form) or the partner has arrived
    and registered here. Unknown for a partner abroad: taken as not known (the main rule: the
    ALO-kop is paid because the partner is unseen), and asked."""
    arrived = partner.arrived_in_nl is not None and months.parse(partner.arrived_in_nl) <= month
    known = partner.known_to_toeslagen
    questions: list[Question] = []
    assumes: list[Assumption] = []
    if known is None and not arrived and partner.lives == "abroad" and partner.has_bsn is not False:
        # Without a BSN the partner cannot be seen at all; with one, whether the marriage is known
        # decides; neither known: no BSN is taken, and that is asked first.
        fact = "partner.known_to_toeslagen" if partner.has_bsn else "partner.has_bsn"
        questions = [Question(fact, f"question.{fact}")]
        assumes = [Assumption(fact, False)]
    visible = bool(known or arrived)
    read = {
        "partner.has_bsn": partner.has_bsn,
        "partner.known_to_toeslagen": known,
        "partner.arrived_in_nl": partner.arrived_in_nl,
    }
    found = step(
        "uitvoeringsbesluit_awir_art1b_partner_zonder_bsn",
        cite.UITVOERINGSBESLUIT_AWIR_ART1B,
        read,
        visible,
    )
    return found, visible, questions, assumes


def _situation(household: Household, partner: Partner, month: int, visible: bool) -> str | None:
    """Which of the three risks applies, as its reason key; None if a fact is missing."""
    if partner.lives == "detention":
        return "risk.alo_kop_not_entitled.detention"
    if partner.lives == "care_home":
        return "risk.alo_kop_not_entitled.care_home"
    if partner.divorce_requested and not partner.divorce_request_reported:
        return "risk.alo_kop_not_entitled.divorce_not_reported"
    if partner.arrived_in_nl is not None and months.parse(partner.arrived_in_nl) <= month:
        return "risk.alo_kop_retroactive.partner_arrived"
    if partner.lives == "abroad":
        if visible:
            return "risk.alo_kop_retroactive.partner_registered"
        if partner.has_bsn:
            return "risk.alo_kop_unregistered_partner.marriage_not_registered"
        # Family reunification is the refugee's route; an EU worker's spouse who is expected to
        # come gets the report-on-arrival step below instead.
        reunion = household.applicant.situation == "refugee"
        variant = "awaiting_reunification" if reunion else "spouse_abroad"
        return f"risk.alo_kop_unregistered_partner.{variant}"
    if partner.lives == "same_address":
        return "risk.alo_kop_not_entitled.living_together"
    if partner.lives == "other_address_nl":
        return "risk.alo_kop_not_entitled.spouse_elsewhere_nl"
    if partner.relationship in ("married", "registered_partnership"):
        # A spouse counts wherever he or she lives; where is not known.
        return "risk.alo_kop_not_entitled.spouse_address_unknown"
    return None


def this_year(household: Household, month: int, params: ParameterSet) -> YearAmount | None:
    """What this year's ALO-kop costs; None without an amount for the year or the children."""
    year = months.year(month)
    try:
        return alo_kop_for_year(household, year, year, params)
    except NotInForceError:
        return None


def _ordered(facts: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(facts))


def repayment(
    household: Household,
    start: int | None,
    month: int,
    params: ParameterSet,
    stop_requested: bool,
    now: YearAmount | None,
) -> tuple[Repayment | None, list[Step]]:
    """What the ALO-kop paid from ``start`` up to and including ``month`` costs, and per month
    from now on (``kgb_bedragen``: single kgb paid - couple kgb due).

    Whole years are the law's unit (the kgb is a yearly amount paid in twelve advances); each
    month is a twelfth, rounded down to whole cents per year (our rounding, not the law's).
    Months in years without an ALO-kop amount (before 2021) can still be reclaimed but are not
    counted: the trace names them, ``months_not_counted`` says how many, and the amount is then
    *at least* what is said, so never an upper bound. Without an amount for the year assessed
    (``now`` is None) there is no amount at all (None).
    """
    steps: list[Step] = []
    assessed_year = months.year(month)
    if now is None:
        read = {"year": assessed_year}
        steps.append(
            step("wkb_art2_alleenstaande_ouderkop_bedrag", cite.WKB_ART2_ALO_KOP, read, None)
        )
        return None, steps
    total, counted, upper_bound, estimate = 0, 0, now.upper_bound, False
    missing = list(now.missing)
    first = None
    uncounted: list[tuple[int, int]] = []
    if start is not None:
        for year, count in months.months_per_year(start, month):
            if year == assessed_year:
                amount: YearAmount | None = now  # computed once for the per-month figure
            elif months.january(year) < params.first_month("wkb.alleenstaande_ouderkop"):
                uncounted.append((year, count))
                continue
            else:
                amount = alo_kop_for_year(household, year, assessed_year, params)
            if amount is None:  # the children are not known
                return None, steps
            part = amount.alo_kop_eurocent * count // 12
            if first is None:
                first = max(start, months.january(year))
            total += part
            counted += count
            upper_bound = upper_bound or amount.upper_bound
            missing += amount.missing
            estimate = estimate or any(u.fallback or not u.verified for u in amount.used)
            read_year: dict[str, Result] = {
                "year": year,
                "months": count,
                "income.applicant_annual_eurocent": household.income.applicant_annual_eurocent,
                "income.partner_annual_eurocent": household.income.partner_annual_eurocent,
            }
            steps.append(
                step(
                    "wkb_art2_alleenstaande_ouderkop_bedrag",
                    cite.WKB_ART2_ALO_KOP,
                    read_year,
                    part,
                    amount.used,
                )
            )
    not_counted = sum(count for _, count in uncounted)
    if uncounted:
        # Years before the first amount: said, not silently dropped.
        read_missing: dict[str, Result] = {
            "years": ",".join(str(year) for year, _ in uncounted),
            "months": not_counted,
        }
        steps.insert(
            0,
            step(
                "wkb_art2_alleenstaande_ouderkop_bedrag", cite.WKB_ART2_ALO_KOP, read_missing, None
            ),
        )
        estimate = True
        upper_bound = False
    per_month = 0 if stop_requested else now.alo_kop_eurocent // 12
    estimate = estimate or any(u.fallback or not u.verified for u in now.used)
    result = Repayment(
        so_far_eurocent=total,
        per_month_eurocent=per_month,
        upper_bound=upper_bound,
        estimate=estimate,
        months_so_far=counted,
        from_month=None if first is None else months.fmt(first),
        missing=_ordered(missing) if upper_bound else (),
        months_not_counted=not_counted,
    )
    read_total = {
        "from": None if start is None else months.fmt(start),
        "to": months.fmt(month),
        "alo_kop_stop_requested": stop_requested,
    }
    steps.append(
        step("awir_terugvordering_alo_kop", cite.AWIR_TERUGVORDERING, read_total, total, now.used)
    )
    return result, steps


# Actions per situation, in the order to do them. The variant picks the message (refugees are
# pointed to VluchtelingenWerk and the municipality).
_PLAN: dict[str, tuple[tuple[str, str | None], ...]] = {
    "risk.alo_kop_unregistered_partner.spouse_abroad": (
        ("report_partner_abroad", None),
        ("stop_alo_kop", None),
    ),
    "risk.alo_kop_unregistered_partner.awaiting_reunification": (
        ("stop_alo_kop", "refugee"),
        ("report_partner_abroad", None),
    ),
    "risk.alo_kop_unregistered_partner.marriage_not_registered": (
        ("report_partner_abroad", None),
        ("stop_alo_kop", None),
    ),
    "risk.alo_kop_retroactive.partner_arrived": (
        ("report_partner_arrival", None),
        ("stop_alo_kop", None),
    ),
    "risk.alo_kop_retroactive.partner_registered": (("stop_alo_kop", None),),
    "risk.alo_kop_not_entitled.detention": (("report_detention", None),),
    # The couple may choose not to be each other's toeslagpartner: a choice, not only a debt.
    "risk.alo_kop_not_entitled.care_home": (("care_home_partner_choice", None),),
    "risk.alo_kop_not_entitled.divorce_not_reported": (("report_divorce_request", None),),
    "risk.alo_kop_not_entitled.living_together": (("stop_alo_kop", None),),
    "risk.alo_kop_not_entitled.spouse_elsewhere_nl": (("stop_alo_kop", None),),
    "risk.alo_kop_not_entitled.spouse_address_unknown": (("stop_alo_kop", None),),
}


def _only_kgb(household: Household) -> bool:
    """Whether kgb is the only toeslag: detention is then reported to the SVB (S79)."""
    b = household.benefits
    others = (b.zorgtoeslag, b.huurtoeslag, b.kinderopvangtoeslag)
    return all(other is None or other.receives is False for other in others)


def risks(
    household: Household, month: int, decision: ToeslagpartnerDecision, params: ParameterSet
) -> Finding:
    found = Finding()
    kgb = household.benefits.kindgebonden_budget
    partner = household.partner
    if kgb is None or kgb.receives is False or decision.outcome != "partner" or partner is None:
        return found
    if kgb.alo_kop is False:
        return found
    assumes = list(decision.assumes)
    visibility, visible, seen_questions, seen_assumes = visible_to_toeslagen(partner, month)
    if kgb.alo_kop is None:
        found.ask("benefits.kindgebonden_budget.alo_kop")
        if visible or partner.lives != "abroad":
            return found
        # Toeslagen adds the ALO-kop by itself to a parent with kgb it sees as single (S13, S14):
        # with a partner it cannot see, the ALO-kop is being paid unless the user knows otherwise.
        assumes.append(Assumption("benefits.kindgebonden_budget.alo_kop", True))
    found.steps.append(visibility)
    reason = _situation(household, partner, month, visible)
    if reason is None:
        found.ask("partner.lives")
        return found
    if reason.startswith("risk.alo_kop_unregistered_partner"):
        found.questions.extend(seen_questions)
        assumes.extend(seen_assumes)

    partnership_start = None if decision.from_month is None else months.parse(decision.from_month)
    kgb_start = None if kgb.since is None else months.parse(kgb.since)
    if kgb_start is None:
        found.ask("benefits.kindgebonden_budget.since")
    if partner.since is None:
        # The repayment goes back to the start of the partnership; without it, to the kgb start.
        found.ask("partner.since")
    starts = [s for s in (partnership_start, kgb_start) if s is not None]
    start = max(starts) if starts else None
    stop_requested = bool(household.alo_kop_stop_requested)
    now = this_year(household, month, params)
    money, money_steps = repayment(household, start, month, params, stop_requested, now)
    if money is not None and kgb_start is None and start is not None:
        money = _as_upper_bound(money)
    found.steps.extend(money_steps)
    if household.children is None:
        found.ask("children")
    for fact in ("income.applicant_annual_eurocent", "income.partner_annual_eurocent"):
        if getattr(household.income, fact.split(".")[1]) is None:
            found.ask(fact)

    code = reason.split(".")[1]
    unseen = code == "alo_kop_unregistered_partner"
    # Above the income where the kgb is fully reduced no ALO-kop is paid: nothing to reclaim.
    nothing_paid = (
        now is not None
        and money is not None
        and start is not None
        and not money.upper_bound
        and money.so_far_eurocent == 0
        and now.alo_kop_eurocent == 0
    )
    severity: Severity = (
        "low" if nothing_paid else "medium" if unseen and stop_requested else "high"
    )
    citations = (*decision.citations, cite.WKB_ART2_ALO_KOP, cite.AWIR_TERUGVORDERING)
    if unseen:
        citations = (*citations, cite.UITVOERINGSBESLUIT_AWIR_ART1B)
    found.risks.append(
        Risk(
            code,
            "kindgebonden_budget",
            severity,
            money,
            reason,
            citations,
            provisional=bool(assumes),
            assumes=tuple(assumes),
        )
    )

    priority = 1
    for action, variant in _PLAN[reason]:
        if action == "stop_alo_kop" and (stop_requested or nothing_paid):
            continue
        if action == "report_detention" and _only_kgb(household):
            variant = "kgb_only"
        found.propose(action, priority, variant)
        priority += 1
    if partner.expected_arrival is not None and unseen:
        found.propose("report_partner_arrival", priority, "expected")
        priority += 1
    if money is not None and money.so_far_eurocent > 0:
        found.propose("payment_plan", priority)
    if household.applicant.situation == "refugee":
        found.propose("municipal_support", priority + 1, "refugee")
    return found


def _as_upper_bound(money: Repayment) -> Repayment:
    """Counted from the start of the partnership because we do not know since when the ALO-kop
    is paid: the most it can be (unless months before the first amount are left out: then it is
    neither a maximum nor a minimum, and it is not called a maximum)."""
    if money.months_not_counted:
        return money
    missing = _ordered([*money.missing, "benefits.kindgebonden_budget.since"])
    return money._replace(upper_bound=True, missing=missing)
