"""Texts for corrections and the talk after the result (issue 11).

``answers``: the answers so far, each as one button (the question in short and the answer as the
user saw it: the button's title, or the typed value formatted) that asks it again. ``amount``,
``since`` and ``partner_arrives`` answer questions about a result from its assessment; the last
one from a second assessment the action asked the rules core for (the partner living with the
user from this month). Whole sentences from the catalog, stacked, never glued from fragments.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from babel import Locale

from bot.i18n import buttons as btn
from bot.i18n import format as fmt
from bot.i18n import results
from bot.i18n.catalog import Catalog
from bot.i18n.languages import babel_locale
from bot.i18n.output import Button
from bot.questions import BY_SLOT, DONT_KNOW

CHANGE_ANSWER = btn.CHANGE_ANSWER
HOW_MUCH = btn.Option("button.how_much", "/ask_result_amount")
SINCE_WHEN = btn.Option("button.since_when", "/ask_result_since")
WHY = btn.Option("button.why", "/ask_result_why")
ALL_STEPS = btn.Option("button.all_steps", "/ask_result_steps")
SUMMARY = btn.Option("button.summary", "/request_summary")
START_AGAIN = btn.Option("button.start_again", "/restart")
OTHER_ANSWER = btn.Option("button.other_answer", "/change_answer")

AFTER_RESULT = (CHANGE_ANSWER, HOW_MUCH, ALL_STEPS, SUMMARY, START_AGAIN)
FALLBACK_AFTER_RESULT = (HOW_MUCH, SINCE_WHEN, WHY, CHANGE_ANSWER, btn.TALK_TO_PERSON)
AFTER_AMOUNT = (SINCE_WHEN, WHY, ALL_STEPS, CHANGE_ANSWER)
AFTER_SINCE = (HOW_MUCH, WHY, ALL_STEPS, CHANGE_ANSWER)
AFTER_ARRIVAL = (ALL_STEPS, CHANGE_ANSWER, btn.TALK_TO_PERSON)


def change_payload(slot: str) -> str:
    return "/change_one_answer" + json.dumps({"change_slot": slot}, separators=(",", ":"))


def answer_value(catalog: Catalog, slot: str, value: Any) -> str:
    """The answer as the user saw it: the title of the button it stands for, else the typed
    value in the language's own way of writing it."""
    question = BY_SLOT[slot]
    for choice in question.buttons:
        # True == 1 in Python: a yes button is not the answer "1 child".
        if choice.value == value and type(choice.value) is type(value):
            if choice.context:
                return catalog.option(choice.context, choice.key)
            return catalog.text(choice.key)
    language = catalog.language
    kind = question.kind.kind
    if value == DONT_KNOW:
        return catalog.text("button.dont_know")
    if value in ("yes", "no") and kind in {"country_or_no", "month_or_no"}:
        return catalog.text("button.yes" if value == "yes" else "button.no")
    if kind in {"country", "country_or_no"} and isinstance(value, str):
        return str(Locale.parse(babel_locale(language)).territories.get(value, value))
    if kind in {"month", "month_or_no"} and isinstance(value, str):
        return fmt.month(value, language)
    if kind == "ages" and isinstance(value, list):
        separator = "، " if language == "ar" else ", "  # the Arabic comma
        return separator.join(fmt.number(int(age), language) for age in value)
    if kind == "money" and isinstance(value, int):
        return fmt.money(value * 100, language)  # whole euros a year
    if kind == "rate" and isinstance(value, int):
        return fmt.money(value, language)  # eurocents an hour
    if kind == "int" and isinstance(value, int):
        return fmt.number(value, language)
    return str(value)


def answer_buttons(catalog: Catalog, answers: Sequence[Sequence[Any]]) -> tuple[Button, ...]:
    return tuple(
        Button(
            fmt.say(
                catalog,
                "answers.button",
                question=catalog.text(f"answer.{slot}"),
                answer=answer_value(catalog, str(slot), value),
            ),
            change_payload(str(slot)),
        )
        for slot, value in answers
        if slot in BY_SLOT
    )


def answers(
    catalog: Catalog, given: Sequence[Sequence[Any]], partial: bool
) -> tuple[str, tuple[Button, ...]]:
    """The list to change from; ``partial``: only the answers a typed correction named, and a
    button for the others."""
    buttons = answer_buttons(catalog, given)
    if partial:
        return fmt.say(catalog, "utter_change_answer_list.named"), (
            *buttons,
            *btn.titled(catalog, (OTHER_ANSWER,)),
        )
    return fmt.say(catalog, "utter_change_answer_list"), buttons


def amount(catalog: Catalog, assessment: results.Data) -> str:
    """ "How much exactly?": each risk with its amounts (so far, each further month)."""
    risks = results.ordered_risks(assessment)
    if not risks:
        return fmt.say(catalog, "answer.nothing_to_pay")
    lines = [fmt.say(catalog, "answer.amount.intro")]
    for risk in risks:
        benefit = fmt.say(catalog, "benefit." + str(risk.get("benefit")))
        lines.append(fmt.say(catalog, "answer.benefit_heading", benefit=benefit))
        lines += results.repayment_lines(catalog, risk.get("repayment"))
    return "\n".join(lines)


def since(catalog: Catalog, assessment: results.Data) -> str:
    """ "Since when?": the month each repayment is counted from, and for how many months."""
    risks = results.ordered_risks(assessment)
    if not risks:
        return fmt.say(catalog, "answer.nothing_to_pay")
    language = catalog.language
    lines = []
    for risk in risks:
        benefit = fmt.say(catalog, "benefit." + str(risk.get("benefit")))
        repayment = risk.get("repayment") or {}
        months = int(repayment.get("months_so_far") or 0)
        if repayment.get("from_month") and months:
            lines.append(
                fmt.say_count(
                    catalog,
                    "answer.since",
                    months,
                    benefit=benefit,
                    from_month=fmt.month(repayment["from_month"], language),
                    months=fmt.number(months, language),
                )
            )
        elif repayment.get("per_month_eurocent"):
            lines.append(fmt.say(catalog, "answer.since.from_now", benefit=benefit))
        else:
            lines.append(fmt.say(catalog, "answer.since.unknown", benefit=benefit))
    return "\n".join(lines)


def partner_arrives(catalog: Catalog, arrival: results.Data) -> str:
    """ "What if my partner arrives?": what the rules core says for the same household with the
    partner living here from this month."""
    lines = [fmt.say(catalog, "answer.partner_arrives.intro")]
    risks = results.ordered_risks(arrival)
    lines += [f"• {results.core_text(catalog, str(risk['reason']))}" for risk in risks]
    if not risks:
        lines.append(fmt.say(catalog, "answer.partner_arrives.no_risk"))
    actions = results.ordered_actions(arrival)
    if actions:
        lines.append(fmt.say(catalog, "answer.partner_arrives.then"))
        for n, action in enumerate(actions[:3], start=1):
            step = results.core_text(catalog, str(action["reason"]))
            lines.append(f"{fmt.number(n, catalog.language)}. {step}")
    return "\n".join(lines)
