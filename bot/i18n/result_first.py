"""The first message of the result, sized for a phone (about 300 characters).

What will happen (the most serious risk and its amount, over the months actually counted), the
condition it rests on when the core assumed a fact, and the one thing to do first. Everything
else comes on request through the buttons under it ("why?", "all steps", the summary, a word).

When nothing was found but questions are open, it never says "no risk": it says what was
assumed and what is still open.
"""

from __future__ import annotations

from bot.i18n import format as fmt
from bot.i18n import results
from bot.i18n.catalog import Catalog
from bot.i18n.links import FORMS, link
from rules_core.codes import ACTION_CODES

# The first step, short: "first.<action code>"; an unknown code gets "first.generic".
FIRST_STEP_VALUES: dict[str, dict[str, str]] = {
    "report_partner_abroad": {"form": FORMS["bsn_partner_abroad"]},
    "stop_alo_kop": {"phone": link("belastingtelefoon")},
    "payment_plan": {"form": FORMS["personal_payment_plan"]},
    "contact_helpdesk": {"phone": link("belastingtelefoon")},
}
# Every action the core can give has its short first-step sentence ("first.<code>").
FIRST_STEPS = ACTION_CODES


def first_message(catalog: Catalog, assessment: results.Data) -> str:
    risks = results.ordered_risks(assessment)
    if risks:
        return _with_risk(catalog, assessment, risks)
    if assessment.get("questions") or results.assumptions([assessment.get("toeslagpartner") or {}]):
        return open_message(catalog, assessment)
    return fmt.say(catalog, "utter_result_nothing_found")


def _with_risk(catalog: Catalog, assessment: results.Data, risks: list[results.Data]) -> str:
    main = risks[0]
    lines = [headline(catalog, main)]
    lines += [
        results.assumption_text(catalog, "unless", str(assumed["fact"]))
        for assumed in results.assumptions([main])
    ]
    if len(risks) > 1:
        more = len(risks) - 1
        count = fmt.number(more, catalog.language)
        lines.append(fmt.say_count(catalog, "result.first.more_risks", more, count=count))
    actions = results.ordered_actions(assessment)
    if actions:
        lines.append(first_step(catalog, str(actions[0].get("code"))))
    return "\n".join(lines)


def headline(catalog: Catalog, risk: results.Data) -> str:
    """ "Child budget (kindgebonden budget): you will probably have to pay back about €4,594.50,
    for the 16 months from March 2024." """
    language = catalog.language
    benefit = fmt.say(catalog, "benefit." + str(risk.get("benefit")))
    repayment = risk.get("repayment") or {}
    months = int(repayment.get("months_so_far") or 0)
    bound = ".upper_bound" if repayment.get("upper_bound") else ""
    if months and repayment.get("so_far_eurocent") and repayment.get("from_month"):
        # The total so far over the months counted; what each further month adds is in "why?".
        text = fmt.say_count(
            catalog,
            "result.first.amount" + bound,
            months,
            benefit=benefit,
            amount=fmt.money(repayment["so_far_eurocent"], language),
            months=fmt.number(months, language),
            from_month=fmt.month(repayment["from_month"], language),
        )
        return text
    if repayment.get("per_month_eurocent"):
        # Nothing counted yet (it starts now): the amount is what each month adds.
        amount = fmt.money(repayment["per_month_eurocent"], language)
        text = fmt.say(catalog, "result.first.no_amount", benefit=benefit)
        return text + " " + fmt.say(catalog, "result.first.per_month" + bound, amount=amount)
    return fmt.say(catalog, "result.first.no_amount", benefit=benefit)


def first_step(catalog: Catalog, code: str) -> str:
    if code not in FIRST_STEPS:
        return fmt.say(catalog, "first.generic")
    return fmt.say(catalog, f"first.{code}", **FIRST_STEP_VALUES.get(code, {}))


def open_message(catalog: Catalog, assessment: results.Data) -> str:
    """No risk found under the answers given, but the check is not finished: what was assumed
    and what is still open (never "no risk")."""
    lines = [fmt.say(catalog, "result.open.intro")]
    assumed = results.assumptions([assessment.get("toeslagpartner") or {}])
    if assumed:
        lines.append(fmt.say(catalog, "result.open.assumed"))
        lines += [
            "• " + results.assumption_text(catalog, "assumed", str(item["fact"]))
            for item in assumed
        ]
    questions = results.open_questions(catalog, assessment)
    if questions:
        lines.append(fmt.say(catalog, "result.open.still_open"))
        lines += questions
    return "\n".join(lines)
