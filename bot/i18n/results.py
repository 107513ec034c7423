"""Texts for one rules-core Assessment (``Assessment.as_dict()``, with or without its trace).

What will happen (headline, one text per risk with its amount), why (the toeslagpartner decision
and the rule in plain words with its article), what to do now (numbered steps with the right link
or phone number), and where to get help. Each function returns one complete text; sentences
come whole from the catalog and are only stacked, never assembled from fragments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
}


def core_text(catalog: Catalog, key: str) -> str:
    """A message of the rules core (risk, action, question, rule, outcome) with its values."""
    return fmt.say(catalog, key, **MESSAGE_VALUES.get(key, {}))


def headline(catalog: Catalog, assessment: Data) -> str:
    count = len(assessment.get("risks") or ())
    return "\n".join(
        (
            fmt.say_count(
                catalog, "result.headline", count, count=fmt.number(count, catalog.language)
            ),
            fmt.say(catalog, "result.not_a_decision"),
        )
    )


def risk(catalog: Catalog, risk_: Data) -> str:
    lines = [core_text(catalog, risk_["reason"])]
    lines += repayment_lines(catalog, risk_.get("repayment"))
    citations = risk_.get("citations") or ()
    if citations:
        lines.append(source(catalog, citations[0]))
    return "\n".join(lines)


def repayment_lines(catalog: Catalog, repayment: Data | None) -> list[str]:
    if not repayment:
        return [fmt.say(catalog, "repayment.unknown")]
    language = catalog.language
    bound = ".upper_bound" if repayment.get("upper_bound") else ""
    months = int(repayment.get("months_so_far") or 0)
    lines = []
    if months and repayment.get("so_far_eurocent"):
        values: dict[str, object] = {
            "amount": fmt.money(repayment["so_far_eurocent"], language),
            "months": fmt.number(months, language),
        }
        if repayment.get("from_month"):
            key = "repayment.so_far" + bound
            values["from_month"] = fmt.month(repayment["from_month"], language)
        else:
            key = "repayment.so_far.no_start" + bound
        lines.append(fmt.say_count(catalog, key, months, **values))
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


def source(catalog: Catalog, citation: Data) -> str:
    """The law and article (in Dutch, as on official letters) and the page that explains it."""
    values = {"law": citation.get("law", ""), "url": citation.get("url", "")}
    if citation.get("article"):
        return fmt.say(catalog, "why.source", article=citation["article"], **values)
    return fmt.say(catalog, "why.source_no_article", **values)


def why(catalog: Catalog, toeslagpartner: Data, alo_kop: Data | None, heading: bool = True) -> str:
    lines = [fmt.say(catalog, "why.intro")] if heading else []
    outcome = toeslagpartner.get("outcome")
    if outcome:
        lines.append(core_text(catalog, f"toeslagpartner.{outcome}"))
    ground_key = f"rule.{toeslagpartner.get('ground')}"
    if catalog.has(ground_key):
        lines.append(core_text(catalog, ground_key))
    if outcome == "partner" and toeslagpartner.get("from_month"):
        lines.append(
            fmt.say(
                catalog,
                "why.partner_from",
                month=fmt.month(toeslagpartner["from_month"], catalog.language),
            )
        )
    if alo_kop and alo_kop.get("received") and alo_kop.get("entitled") is False:
        lines.append(fmt.say(catalog, "why.alo_kop_not_entitled"))
    citations = toeslagpartner.get("citations") or ()
    if citations:
        lines.append(source(catalog, citations[0]))
    return "\n".join(lines)


def trace_rules(catalog: Catalog, trace: Sequence[Data], skip: str = "") -> list[str]:
    """The rules that applied (result true), each once, in plain words with their article."""
    seen: set[str] = {skip}
    lines = []
    for step in trace:
        if step.get("result") in (None, False) or step["reason"] in seen:
            continue
        seen.add(step["reason"])
        lines.append(core_text(catalog, step["reason"]))
        lines.append(source(catalog, step["citation"]))
    return lines


def needs_answer(catalog: Catalog, questions: Sequence[Data]) -> str:
    lines = [fmt.say(catalog, "utter_result_needs_answer")]
    lines += [f"• {core_text(catalog, question['reason'])}" for question in questions]
    return "\n".join(lines)


def actions(catalog: Catalog, actions_: Sequence[Data]) -> str:
    ordered = sorted(actions_, key=lambda action: action.get("priority", 0))
    lines = [fmt.say(catalog, "result.actions.intro")]
    lines += [
        f"{fmt.number(n, catalog.language)}. {core_text(catalog, action['reason'])}"
        for n, action in enumerate(ordered, start=1)
    ]
    return "\n".join(lines)


def help_text(catalog: Catalog, assessment: Data) -> str:
    lines = [core_text(catalog, "result.help")]
    if _is_refugee(assessment):
        lines.append(fmt.say(catalog, "result.help.refugee"))
    lines.append(fmt.say(catalog, "result.help.paid_lines"))
    return "\n".join(lines)


def _is_refugee(assessment: Data) -> bool:
    """The assessment does not carry the situation; the refugee variants of its keys do."""
    keys = [item.get("reason", "") for item in assessment.get("actions") or ()]
    keys += [item.get("reason", "") for item in assessment.get("risks") or ()]
    return any(key.endswith((".refugee", ".awaiting_reunification")) for key in keys)
