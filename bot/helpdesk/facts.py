"""The facts gathered and the assessment shown, in Dutch, for the transcript page.

Each answered question is shown as its Dutch question and the Dutch label of the chosen option
(from bot.questions' declarations and the catalogs); the Household the rules core would get is
built from the same slots (bot.questions.household). The assessment is rendered as the
assistant's own "why?" and "steps" texts in Dutch, which cite the articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.i18n import render
from bot.i18n.catalog import catalog
from bot.questions.declarations import QUESTIONS
from bot.questions.household import household_from_slots

WEB = "collector"


@dataclass(frozen=True)
class Fact:
    slot: str
    question: str
    answer: str


def _label(question: Any, value: Any) -> str:
    dutch = catalog("nl")
    for choice in question.buttons:
        if choice.value == value:
            try:
                if choice.context:
                    return dutch.option(choice.context, choice.key)
                return dutch.text(choice.key)
            except Exception:  # a label missing from the catalog: show the value instead
                break
    if isinstance(value, bool):
        return dutch.text("button.yes") if value else dutch.text("button.no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def gathered(slots: dict[str, Any]) -> list[Fact]:
    facts = []
    for question in QUESTIONS:
        if question.slot not in slots or slots[question.slot] is None:
            continue
        try:
            asked = render(question.message, {**slots, "language": "nl"}, "nl", WEB).text
        except Exception:
            asked = question.slot
        facts.append(Fact(question.slot, asked, _label(question, slots[question.slot])))
    return facts


def household_json(slots: dict[str, Any], month: str) -> str:
    try:
        household = household_from_slots(slots, month)
    except Exception:  # answers the core cannot use (yet): the page shows the answers only
        return ""
    return json.dumps(household.model_dump(mode="json", exclude_none=True), indent=2)


def assessment_texts(assessment: dict[str, Any] | None, situation: Any) -> list[str]:
    if not assessment:
        return []
    # render() never raises: a response it cannot render becomes the generic text, logged.
    arguments = {"assessment": assessment, "situation": situation, "language": "nl"}
    return [
        render(response, arguments, "nl", WEB).text
        for response in ("utter_result_headline", "utter_result_why", "utter_result_steps")
    ]


def provisional(assessment: dict[str, Any] | None) -> bool:
    """An amount is an estimate or an upper bound (income unknown, parameters unconfirmed)."""
    for risk in (assessment or {}).get("risks") or []:
        repayment = risk.get("repayment") or {}
        if repayment.get("estimate") or repayment.get("upper_bound"):
            return True
    return False


def amounts(assessment: dict[str, Any] | None) -> list[tuple[str, int | None]]:
    return [
        (str(risk.get("code")), (risk.get("repayment") or {}).get("so_far_eurocent"))
        for risk in (assessment or {}).get("risks") or []
    ]
