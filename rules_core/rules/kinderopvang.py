"""Kinderopvangtoeslag: hours declared above hours used, and the labour requirement.

The estimates use the hours, the hourly price capped at the year's maximum, and the income-
dependent percentage. Where the percentage is unknown (income unknown, or no verified maximum for
the year) the estimate takes the highest percentage, or the whole cost of the hours when no
percentage is verified: an upper bound, said so in the result.
"""

from __future__ import annotations

from typing import get_args

from rules_core import citations as cite
from rules_core import months
from rules_core.assessment import (
    Assumption,
    ParameterUse,
    Repayment,
    Risk,
    ToeslagpartnerDecision,
)
from rules_core.household import Activity, CareType, Household, Kinderopvangtoeslag
from rules_core.params import NotInForceError, ParameterSet
from rules_core.rules._step import step
from rules_core.rules.finding import Finding

# Every activity but "none" meets the labour requirement (work, study, a trajectory).
ACTIVE: tuple[str, ...] = tuple(activity for activity in get_args(Activity) if activity != "none")
CARE_TYPES: tuple[str, ...] = get_args(CareType)


# What an estimate part found: its value, the facts whose absence makes it a bound (empty: exact,
# or a bound because a parameter is missing, see ``bound``), whether it is a bound, its parameters.
Part = tuple[int, tuple[str, ...], bool, list[ParameterUse]]


def _hourly_price(kot: Kinderopvangtoeslag, month: int, params: ParameterSet) -> Part:
    """The price per hour the toeslag is computed on: the real price capped at the maximum."""
    types = (kot.care_type,) if kot.care_type else CARE_TYPES
    maxima = [params.number(f"kot.maximum_uurprijs_{t}", month) for t in types]
    cap, use = max(maxima, key=lambda pair: pair[0])
    missing = tuple(
        f"benefits.kinderopvangtoeslag.{name}"
        for name, value in (
            ("care_type", kot.care_type),
            ("hourly_rate_eurocent", kot.hourly_rate_eurocent),
        )
        if value is None
    )
    if kot.hourly_rate_eurocent is not None and kot.hourly_rate_eurocent <= min(
        m for m, _ in maxima
    ):
        missing = ()  # a price below every maximum is exact whatever the care type
    price = cap if kot.hourly_rate_eurocent is None else min(kot.hourly_rate_eurocent, cap)
    return price, missing, bool(missing), [use]


def _percentage(
    household: Household, decision: ToeslagpartnerDecision, month: int, params: ParameterSet
) -> Part:
    """Basis points of the price the toeslag pays. The highest percentage is exact when the
    (joint) income is at or below the income up to which it applies; otherwise it is the most it
    can be."""
    try:
        highest, use = params.number("kot.maximaal_vergoedingspercentage", month)
    except NotInForceError:
        return 10_000, (), True, []  # no percentage at all: the cost of the hours is the most
    incomes = [("income.applicant_annual_eurocent", household.income.applicant_annual_eurocent)]
    if decision.outcome == "partner":
        incomes.append(("income.partner_annual_eurocent", household.income.partner_annual_eurocent))
    missing = tuple(fact for fact, value in incomes if value is None)
    try:
        limit, limit_use = params.number("kot.inkomensgrens_maximaal_percentage", month)
    except NotInForceError:
        return highest, missing, True, [use]  # the income table is not known for that year
    joint = sum(value for _, value in incomes if value is not None)
    exact = not missing and joint <= limit
    # Above the limit no fact is missing: the table itself is not modelled.
    return highest, missing, not exact, [use, limit_use]


def _ask_incomes(found: Finding, household: Household, decision: ToeslagpartnerDecision) -> None:
    """Ask the incomes that would make the percentage exact instead of an upper bound: the
    parent's, and the partner's when there is one (KOT counts the incomes together)."""
    if household.income.applicant_annual_eurocent is None:
        found.ask("income.applicant_annual_eurocent")
    if decision.outcome == "partner" and household.income.partner_annual_eurocent is None:
        found.ask("income.partner_annual_eurocent")


def _capped_hours(hours: int, month: int, params: ParameterSet) -> tuple[int, ParameterUse]:
    # Interpretation: the hours the user gives are for one child, so the per-child cap applies.
    cap, use = params.number("kot.maximum_uren_per_maand", month)
    return min(hours, cap), use


def _money(
    per_month: int,
    month: int,
    upper: bool,
    used: list[ParameterUse],
    missing: tuple[str, ...] = (),
    first: int | None = None,
) -> Repayment:
    """KOT is settled per calendar year on the provider's annual statement (S110), so what has
    gone wrong so far is counted from January of the year assessed, or from ``first`` when it
    went wrong later in the year (after the uitloop)."""
    start = max(months.january(months.year(month)), first or 0)
    count = max(0, month - start + 1)
    return Repayment(
        so_far_eurocent=per_month * count,
        per_month_eurocent=per_month,
        upper_bound=upper,
        estimate=any(u.fallback or not u.verified for u in used),
        months_so_far=count,
        from_month=months.fmt(start),
        missing=tuple(dict.fromkeys(missing)) if upper else (),
    )


def _estimate(
    household: Household,
    kot: Kinderopvangtoeslag,
    hours: int,
    month: int,
    decision: ToeslagpartnerDecision,
    params: ParameterSet,
) -> tuple[int, tuple[str, ...], bool, list[ParameterUse]]:
    """KOT per month for ``hours`` (capped): hours x price x percentage, rounded down to whole
    cents (our estimate's rounding, not the law's). Raises NotInForceError without maxima."""
    capped, cap_use = _capped_hours(hours, month, params)
    price, price_missing, price_bound, price_uses = _hourly_price(kot, month, params)
    percent, percent_missing, percent_bound, percent_uses = _percentage(
        household, decision, month, params
    )
    per_month = capped * price * percent // 10_000
    used = [cap_use, *price_uses, *percent_uses]
    return per_month, (*price_missing, *percent_missing), price_bound or percent_bound, used


def hours_mismatch(
    household: Household,
    kot: Kinderopvangtoeslag,
    month: int,
    decision: ToeslagpartnerDecision,
    params: ParameterSet,
) -> Finding:
    found = Finding()
    if kot.declared_hours_per_month is None:
        found.ask("benefits.kinderopvangtoeslag.declared_hours_per_month")
        return found
    if kot.actual_hours_per_month is None:
        found.ask("benefits.kinderopvangtoeslag.actual_hours_per_month")
        return found
    read = {
        "benefits.kinderopvangtoeslag.declared_hours_per_month": kot.declared_hours_per_month,
        "benefits.kinderopvangtoeslag.actual_hours_per_month": kot.actual_hours_per_month,
        "benefits.kinderopvangtoeslag.hourly_rate_eurocent": kot.hourly_rate_eurocent,
        "benefits.kinderopvangtoeslag.care_type": kot.care_type,
    }
    money: Repayment | None
    declared, actual = kot.declared_hours_per_month, kot.actual_hours_per_month
    try:
        declared, _ = _capped_hours(declared, month, params)
        actual, _ = _capped_hours(actual, month, params)
        difference = max(0, declared - actual)
        per_month, missing, bound, used = _estimate(
            household, kot, difference, month, decision, params
        )
    except NotInForceError:
        # No maxima for that year: the hours still differ, the amount is unknown.
        difference = max(0, declared - actual)
        found.steps.append(step("wko_kot_uren", cite.WKO_KOT_UREN, read, None))
        money = None
    else:
        found.steps.append(step("wko_kot_uren", cite.WKO_KOT_UREN, read, per_month, tuple(used)))
        money = _money(per_month, month, bound, used, missing)
    if difference == 0:
        if declared < actual:
            # Fewer hours declared than used: nothing to pay back, but money the family can still
            # get now instead of after the year. The amount is not estimated.
            found.risks.append(
                Risk(
                    "kot_hours_mismatch",
                    "kinderopvangtoeslag",
                    "low",
                    None,
                    "risk.kot_hours_mismatch.declared_below_actual",
                    (cite.WKO_KOT_UREN,),
                )
            )
            found.propose("update_kot_hours", 1, "declared_below")
        return found
    if kot.care_type is None:
        found.ask("benefits.kinderopvangtoeslag.care_type")
    if kot.hourly_rate_eurocent is None:
        found.ask("benefits.kinderopvangtoeslag.hourly_rate_eurocent")
    _ask_incomes(found, household, decision)
    found.risks.append(
        Risk(
            "kot_hours_mismatch",
            "kinderopvangtoeslag",
            "medium",
            money,
            "risk.kot_hours_mismatch.declared_above_actual",
            (cite.WKO_KOT_UREN, cite.AWIR_TERUGVORDERING),
        )
    )
    found.propose("update_kot_hours", 1)
    if money is not None and money.so_far_eurocent > 0:
        found.propose("payment_plan", 2)
    return found


# An exception's finding: whether it holds, the assumption made when its fact is unknown.
Held = tuple[bool, list[Assumption], Finding]


def partner_detained_exception(household: Household, month: int, params: ParameterSet) -> Held:
    """Since 2022 the working parent keeps KOT while the partner serves a custodial sentence or
    measure of *longer than* three months, for the period it is executed (Kamerstuk 35 574 nr. 13,
    S75, S94). The length unknown: not established, taken as not longer (shown as 0 months)."""
    found = Finding()
    partner = household.partner
    assert partner is not None
    flag, flag_use = params.number("wko.arbeidseis_uitzondering_partner_gedetineerd", month)
    used = [flag_use]
    assumes: list[Assumption] = []
    if flag == 0 or partner.lives != "detention":
        holds = False
    elif partner.detention_sentence_months is None:
        holds = False
        found.ask("partner.detention_sentence_months")
        assumes.append(Assumption("partner.detention_sentence_months", 0))
    else:
        minimum, minimum_use = params.number("wko.arbeidseis_detentie_langer_dan_maanden", month)
        used.append(minimum_use)
        holds = partner.detention_sentence_months > minimum
    read = {
        "partner.lives": partner.lives,
        "partner.detention_sentence_months": partner.detention_sentence_months,
    }
    found.steps.append(
        step("wko_arbeidseis_partner_gedetineerd", cite.WKO_DETENTIE, read, holds, tuple(used))
    )
    return holds, assumes, found


def _outside_eea(household: Household, month: int, params: ParameterSet) -> bool:
    """A partner living outside the EU/EEA and Switzerland cannot have a Wlz indication (S95:
    abroad only a Dutch Wlz indication counts, and the Wlz insures residents and workers here)."""
    partner = household.partner
    if partner is None or partner.lives != "abroad" or partner.country is None:
        return False
    try:
        member_states = params.use("vo883.lidstaten", month).value
    except NotInForceError:
        return False
    return isinstance(member_states, tuple) and partner.country not in member_states


def partner_wlz_exception(household: Household, month: int, params: ParameterSet) -> Held:
    """Since 2021 KOT is possible when the partner has a Wlz indication from the CIZ (S95).
    Unknown: not established, taken as no indication, and asked."""
    found = Finding()
    partner = household.partner
    assert partner is not None
    flag, flag_use = params.number("wko.arbeidseis_uitzondering_partner_wlz", month)
    assumes: list[Assumption] = []
    indication = partner.wlz_indication
    if flag == 0 or _outside_eea(household, month, params):
        holds = False
    elif indication is None:
        holds = False
        found.ask("partner.wlz_indication")
        assumes.append(Assumption("partner.wlz_indication", False))
    else:
        holds = indication
    found.steps.append(
        step(
            "wko_arbeidseis_partner_wlz",
            cite.WKO_WLZ,
            {"partner.wlz_indication": indication, "partner.country": partner.country},
            holds,
            (flag_use,),
        )
    )
    return holds, assumes, found


def uitloop(household: Household, month: int, params: ParameterSet) -> tuple[int | None, Finding]:
    """Wko art. 1.6 lid 5: after the partner stops working (studying, a trajectory) KOT continues
    for three months from the first day without work. Returns the first month without KOT, or
    None when the month work stopped is unknown (then counted from January: the most it can be)."""
    found = Finding()
    partner = household.partner
    assert partner is not None
    stopped = partner.activity_stopped
    read = {"partner.activity_stopped": stopped}
    try:
        length, use = params.number("wko.uitloop_na_einde_arbeid_maanden", month)
    except NotInForceError:
        found.steps.append(step("wko_art1_6_lid5_uitloop", cite.WKO_UITLOOP, read, None))
        return None, found
    if stopped is None:
        found.ask("partner.activity_stopped")
        found.steps.append(step("wko_art1_6_lid5_uitloop", cite.WKO_UITLOOP, read, None, (use,)))
        return None, found
    first_without = months.parse(stopped) + length
    found.steps.append(
        step(
            "wko_art1_6_lid5_uitloop",
            cite.WKO_UITLOOP,
            read,
            months.fmt(first_without),
            (use,),
        )
    )
    return first_without, found


def labour_requirement(
    household: Household,
    kot: Kinderopvangtoeslag,
    month: int,
    decision: ToeslagpartnerDecision,
    params: ParameterSet,
) -> Finding:
    """Wet kinderopvang: KOT needs work, study or a trajectory from the parent and, if there is a
    toeslagpartner, from the partner too, unless one of the two exceptions for the partner applies.
    The exceptions are alternatives with the same effect, so both holding is no conflict. An
    exception whose fact is unknown is not established: the requirement fails, provisionally."""
    found = Finding()
    applicant_active = (
        None if household.applicant.activity is None else household.applicant.activity in ACTIVE
    )
    if applicant_active is None:
        found.ask("applicant.activity")
    partner_active: bool | None = True
    assumes = list(decision.assumes) if decision.outcome == "partner" else []
    failing = (
        "risk.kot_labour_requirement.applicant_not_working" if applicant_active is False else None
    )
    first_without: int | None = None
    from_january_is_bound = False
    if decision.outcome == "partner" and household.partner is not None:
        activity = household.partner.activity
        partner_active = None if activity is None else activity in ACTIVE
        if partner_active is None:
            found.ask("partner.activity")
        elif not partner_active:
            detained, detained_assumes, detained_found = partner_detained_exception(
                household, month, params
            )
            wlz, wlz_assumes, wlz_found = partner_wlz_exception(household, month, params)
            found.extend(detained_found)
            found.extend(wlz_found)
            if detained or wlz:
                partner_active = True
            else:
                assumes += detained_assumes + wlz_assumes
                if failing is None:
                    failing = "risk.kot_labour_requirement.partner_not_working"
                    first_without, uitloop_found = uitloop(household, month, params)
                    found.extend(uitloop_found)
                    from_january_is_bound = first_without is None and bool(uitloop_found.questions)
    if failing != "risk.kot_labour_requirement.partner_not_working":
        assumes = []  # the parent's own requirement does not rest on the partner's facts
    read = {
        "applicant.activity": household.applicant.activity,
        "partner.activity": None if household.partner is None else household.partner.activity,
        "toeslagpartner": decision.outcome,
    }
    met = (
        None
        if applicant_active is None or partner_active is None
        else applicant_active and partner_active
    )
    found.steps.append(step("wko_arbeidseis", cite.WKO_ARBEIDSEIS, read, met))
    if failing is None:
        return found
    hours = kot.declared_hours_per_month
    money: Repayment | None = None
    if hours is None:
        found.ask("benefits.kinderopvangtoeslag.declared_hours_per_month")
    else:
        try:
            per_month, missing, bound, used = _estimate(
                household, kot, hours, month, decision, params
            )
        except NotInForceError:
            pass  # no maxima for that year: the risk stands, without an amount
        else:
            if from_january_is_bound:
                missing, bound = (*missing, "partner.activity_stopped"), True
            money = _money(per_month, month, bound, used, missing, first_without)
            _ask_incomes(found, household, decision)
    found.risks.append(
        Risk(
            "kot_labour_requirement",
            "kinderopvangtoeslag",
            "high",
            money,
            failing,
            (cite.WKO_ARBEIDSEIS, cite.AWIR_TERUGVORDERING),
            provisional=bool(assumes),
            assumes=tuple(assumes),
        )
    )
    found.propose("contact_helpdesk", 1)
    if money is not None and money.so_far_eurocent > 0:
        found.propose("payment_plan", 2)
    return found


def risks(
    household: Household, month: int, decision: ToeslagpartnerDecision, params: ParameterSet
) -> Finding:
    found = Finding()
    kot = household.benefits.kinderopvangtoeslag
    if kot is None or kot.receives is False:
        return found
    found.extend(hours_mismatch(household, kot, month, decision, params))
    found.extend(labour_requirement(household, kot, month, decision, params))
    return found
