"""Slots -> Household: each answer goes to the path its declaration ``fills``.

"I don't know" (``DONT_KNOW``) and unasked questions both become unknown (``None``). Most
answers are copied to their path by their kind (a month stays a month, euros become eurocents).
Three shapes need more than a copy, and are written out below: whether there is a partner at
all, the children (a count, their ages and where they live make one list), and the benefits
(one the user does not receive is left out; a foreign benefit is named by its country).
"""

from __future__ import annotations

from typing import Any

from bot.questions.declarations import QUESTIONS
from bot.questions.kinds import DONT_KNOW, SlotKind
from bot.questions.question import Slots
from rules_core import Household

# Filled by the shapes below, not copied.
_SHAPED = {"has_partner", "children_count", "children_ages", "children_abroad", "foreign_benefit"}


def _known(value: Any) -> Any:
    return None if value in (None, DONT_KNOW) else value


def _fact(kind: SlotKind, value: Any) -> Any:
    """The answer as the Household fact its kind stands for."""
    value = _known(value)
    if kind.kind == "bool":
        return value if isinstance(value, bool) else None
    if kind.kind in {"month", "month_or_no"}:  # "no" (not arrived yet) is no month
        return value if isinstance(value, str) and len(value) == 7 and value[4] == "-" else None
    if kind.kind == "money":  # whole euros a year; "prefer not to say" is unknown
        return value * 100 if isinstance(value, int) and not isinstance(value, bool) else None
    return value


def _put(facts: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    for name in parents:
        facts = facts.setdefault(name, {})
    facts[leaf] = value


def _children(slots: Slots) -> list[dict[str, Any]] | None:
    count = _known(slots.get("children_count"))
    if count is None:
        return None
    ages = _known(slots.get("children_ages"))
    if count and not isinstance(ages, list):
        return None  # children without ages are not facts the core can use yet
    abroad = _known(slots.get("children_abroad"))
    lives_in: str | None = "NL"
    if abroad == "yes":
        lives_in = _known(slots.get("partner_country"))
    elif abroad not in (None, "no"):
        lives_in = abroad
    elif abroad is None:
        lives_in = None
    return [{"age": age, "lives_in": lives_in} for age in (ages or [])[:count]]


def _foreign_benefit(slots: Slots) -> dict[str, Any] | None:
    foreign = _known(slots.get("foreign_benefit"))
    if foreign in (None, "no"):
        return None
    return {"receives": True} if foreign == "yes" else {"receives": True, "country": foreign}


def household_facts(slots: Slots, assessment_month: str) -> dict[str, Any]:
    """The Household as a plain dict (what ``Household.model_validate`` takes)."""
    facts: dict[str, Any] = {"assessment_month": assessment_month, "benefits": {}}
    for question in QUESTIONS:
        if question.slot not in _SHAPED:
            _put(facts, question.fills, _fact(question.kind, slots.get(question.slot)))
    # A benefit the user said "no" to is not received: left out. Unknown stays, as unknown.
    benefits = facts["benefits"]
    for name in [name for name, benefit in benefits.items() if benefit["receives"] is False]:
        del benefits[name]
    foreign = _foreign_benefit(slots)
    if foreign is not None:
        benefits["foreign_family_benefit"] = foreign
    has_partner = _fact(SlotKind("bool"), slots.get("has_partner"))
    partner = facts.pop("partner")
    if has_partner is True:
        facts["partner"] = partner
    elif has_partner is False:
        facts["partner"] = None  # an explicit null: there is no partner
    children = _children(slots)
    if children is not None:
        facts["children"] = children
    income = {
        fact: eurocent for fact, eurocent in facts.pop("income").items() if eurocent is not None
    }
    if income:
        facts["income"] = income
    return facts


def household_from_slots(slots: Slots, assessment_month: str) -> Household:
    return Household.model_validate(household_facts(slots, assessment_month))
