"""Texts for one rules-core Assessment (``Assessment.as_dict()``, with or without its trace).

The chat shows a short first message (``result_first.py``); these are the parts the user asks
for: "why?" (each risk in full, with its amount, its condition and the law in their language) and
"all steps" (the actions, most urgent first, and the help that fits the person). The summary
document stacks the same parts. Sentences come whole from the catalog and are only stacked,
never assembled from fragments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.i18n import citations
from bot.i18n import format as fmt
from bot.i18n.catalog import Catalog
from bot.i18n.links import FORMS, link

Data = Mapping[str, Any]

# The placeholders each message of the core needs: links, phone numbers and form names.
MESSAGE_VALUES: dict[str, dict[str, str]] = {
    "action.report_partner_abroad": {
        "form": FORMS["bsn_partner_abroad"],
        "url": link("bsn_partner_abroad"),
    },
    "action.stop_alo_kop": {"phone": link("belastingtelefoon")},
    "action.stop_alo_kop.refugee": {"phone": link("belastingtelefoon")},
    "action.report_partner_arrival": {"url": link("partnership_start")},
    "action.report_partner_arrival.expected": {"url": link("partnership_start")},
    "action.report_detention.kgb_only": {"url": link("svb_kgb")},
    "action.report_divorce_request": {"url": link("partnership_end")},
    "action.payment_plan": {"form": FORMS["personal_payment_plan"], "url": link("repayment")},
    "action.report_foreign_benefit": {"url": link("svb_kgb")},
    "action.care_home_partner_choice": {"address": link("toeslagen_postal_address")},
    "action.stop_toeslagen": {"url": link("juridisch_loket")},
    "action.contact_helpdesk": {"phone": link("belastingtelefoon"), "url": link("juridisch_loket")},
    "result.help": {"phone": link("belastingtelefoon"), "url": link("juridisch_loket")},
    "help.phone_abroad": {"phone": link("belastingtelefoon_buitenland")},
}

# Facts the core may assume (``risk.assumes``) that have their own sentence; others use the
# generic one. Keys: "unless.<fact>" (the condition of a risk), "assumed.<fact>" (what was taken).
ASSUMED_FACTS = (
    "partner.divorce_requested",
    "partner.divorce_request_reported",
    "partner.detention_sentence_months",
    "partner.wlz_indication",
    "benefits.kindgebonden_budget.alo_kop",
)
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
PARTNER_ABROAD_ACTIONS = frozenset({"report_partner_abroad", "report_partner_arrival"})


def core_text(catalog: Catalog, key: str) -> str:
    """A message of the rules core (risk, action, question, rule, outcome) with its values."""
    return fmt.say(catalog, key, **MESSAGE_VALUES.get(key, {}))


def ordered_risks(assessment: Data) -> list[Data]:
    """Most serious first, then the largest amount: the first is the one the headline names."""

    def weight(risk_: Data) -> tuple[int, int]:
        repayment = risk_.get("repayment") or {}
        return SEVERITY_ORDER.get(risk_.get("severity", ""), 3), -int(
            repayment.get("so_far_eurocent") or 0
        )

    return sorted(assessment.get("risks") or (), key=weight)


def ordered_actions(assessment: Data) -> list[Data]:
    return sorted(assessment.get("actions") or (), key=lambda action: action.get("priority", 0))


def assumptions(items: Sequence[Data]) -> list[Data]:
    """The assumed facts of risks (or of the toeslagpartner decision), each fact once."""
    seen: dict[str, Data] = {}
    for item in items:
        for assumed in item.get("assumes") or ():
            seen.setdefault(str(assumed.get("fact")), assumed)
    return list(seen.values())


def assumption_text(catalog: Catalog, kind: str, fact: str) -> str:
    """``kind`` "unless" (the condition under which a risk falls away) or "assumed"."""
    key = f"{kind}.{fact}" if fact in ASSUMED_FACTS else f"{kind}.other"
    return fmt.say(catalog, key)


def risk_detail(catalog: Catalog, risk_: Data) -> str:
    """One risk in full: what happens, how much over which months, its condition, the law."""
    lines = [core_text(catalog, risk_["reason"])]
    lines += repayment_lines(catalog, risk_.get("repayment"))
    lines += [
        assumption_text(catalog, "unless", str(assumed["fact"])) for assumed in assumptions([risk_])
    ]
    lines += [law_line(catalog, citation) for citation in (risk_.get("citations") or ())[:1]]
    return "\n".join(lines)


def repayment_lines(catalog: Catalog, repayment: Data | None) -> list[str]:
    if not repayment:
        return [fmt.say(catalog, "repayment.unknown")]
    language = catalog.language
    bound = ".upper_bound" if repayment.get("upper_bound") else ""
    months = int(repayment.get("months_so_far") or 0)
    lines = []
    if months and repayment.get("so_far_eurocent"):
        lines.append(amount_so_far(catalog, repayment))
    if repayment.get("per_month_eurocent"):
        amount = fmt.money(repayment["per_month_eurocent"], language)
        lines.append(fmt.say(catalog, "repayment.per_month" + bound, amount=amount))
    nothing = not repayment.get("so_far_eurocent") and not repayment.get("per_month_eurocent")
    if nothing and not repayment.get("upper_bound"):
        # At the income given no extra money was paid: say so, instead of no amount at all.
        lines.append(fmt.say(catalog, "repayment.none_at_income", amount=fmt.money(0, language)))
    if repayment.get("upper_bound"):
        lines.append(fmt.say(catalog, "repayment.upper_bound_note"))
    if repayment.get("estimate"):
        lines.append(fmt.say(catalog, "repayment.estimate_note"))
    return lines


def amount_so_far(catalog: Catalog, repayment: Data) -> str:
    """The amount with the months actually counted: "for the 11 months from February 2026"."""
    language = catalog.language
    months = int(repayment.get("months_so_far") or 0)
    bound = ".upper_bound" if repayment.get("upper_bound") else ""
    values: dict[str, object] = {
        "amount": fmt.money(repayment["so_far_eurocent"], language),
        "months": fmt.number(months, language),
    }
    if repayment.get("from_month"):
        values["from_month"] = fmt.month(repayment["from_month"], language)
        return fmt.say_count(catalog, "amount.months_from" + bound, months, **values)
    return fmt.say_count(catalog, "repayment.so_far.no_start" + bound, months, **values)


def law_line(catalog: Catalog, citation: Data) -> str:
    return fmt.say(catalog, "why.law", law=citations.readable(catalog, citation))


def why(catalog: Catalog, assessment: Data) -> str:
    """The answer to "why?": every risk in full, then who counts as the partner and why."""
    blocks = [fmt.say(catalog, "why.intro")]
    for risk_ in ordered_risks(assessment):
        heading = fmt.say(catalog, "benefit." + str(risk_.get("benefit")))
        blocks.append(f"{heading}\n{risk_detail(catalog, risk_)}")
    partner = partner_lines(catalog, assessment)
    if partner:
        blocks.append("\n".join(partner))
    return unique_lines("\n\n".join(blocks))


def unique_lines(text: str) -> str:
    """Each line once: a risk and the partner decision often cite the same article."""
    seen: set[str] = set()
    kept = []
    for line in text.split("\n"):
        if line.strip() and line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return "\n".join(kept)


def partner_lines(catalog: Catalog, assessment: Data) -> list[str]:
    decision = assessment.get("toeslagpartner") or {}
    alo_kop = assessment.get("alo_kop") or {}
    lines = []
    outcome = decision.get("outcome")
    if outcome:
        lines.append(core_text(catalog, f"toeslagpartner.{outcome}"))
    ground_key = f"rule.{decision.get('ground')}"
    if catalog.has(ground_key):
        lines.append(core_text(catalog, ground_key))
    if outcome == "partner" and decision.get("from_month"):
        month = fmt.month(decision["from_month"], catalog.language)
        lines.append(fmt.say(catalog, "why.partner_from", month=month))
    if alo_kop.get("received") and alo_kop.get("entitled") is False:
        lines.append(fmt.say(catalog, "why.alo_kop_not_entitled"))
    for citation in (decision.get("citations") or ())[:1]:
        lines.append(law_line(catalog, citation))
    return lines


def open_questions(catalog: Catalog, assessment: Data) -> list[str]:
    return [f"• {core_text(catalog, q['reason'])}" for q in assessment.get("questions") or ()]


def steps(catalog: Catalog, assessment: Data, situation: str | None) -> str:
    """The answer to "all steps": the actions, most urgent first, then help that fits."""
    help_ = help_text(catalog, assessment, situation)
    if not assessment.get("actions"):
        return help_
    intro = fmt.say(catalog, "result.actions.intro")
    return f"{intro}\n{action_list(catalog, assessment)}\n\n{help_}"


def action_list(catalog: Catalog, assessment: Data) -> str:
    return "\n".join(
        f"{fmt.number(n, catalog.language)}. {core_text(catalog, action['reason'])}"
        for n, action in enumerate(ordered_actions(assessment), start=1)
    )


def help_text(catalog: Catalog, assessment: Data, situation: str | None) -> str:
    """Help for this person: a refugee to VluchtelingenWerk, a labour migrant to the
    information points for labour migrants; the line from abroad when the partner is abroad."""
    lines = [core_text(catalog, "result.help")]
    if situation == "refugee" or (situation is None and _looks_like_refugee(assessment)):
        lines.append(fmt.say(catalog, "result.help.refugee"))
    elif situation == "labour_migrant":
        lines.append(fmt.say(catalog, "help.labour_migrant"))
    if _partner_abroad(assessment):
        lines.append(core_text(catalog, "help.phone_abroad"))
    lines.append(fmt.say(catalog, "result.help.paid_lines"))
    return "\n".join(lines)


def _partner_abroad(assessment: Data) -> bool:
    codes = {action.get("code") for action in assessment.get("actions") or ()}
    return bool(codes & PARTNER_ABROAD_ACTIONS)


def _looks_like_refugee(assessment: Data) -> bool:
    """Without the situation (an old slot), the refugee variants of the core's keys tell."""
    keys = [item.get("reason", "") for item in assessment.get("actions") or ()]
    keys += [item.get("reason", "") for item in assessment.get("risks") or ()]
    return any(key.endswith((".refugee", ".awaiting_reunification")) for key in keys)
