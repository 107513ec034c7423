"""Slots -> Household: the one place where the form's answers become rules-core facts.

Pure (no Rasa): unit-tested in tests/actions. "I don't know" (``DONT_KNOW``) and unasked
questions both become unknown (``None``); a benefit the user does not receive is left out.
"""

from __future__ import annotations

from typing import Any

from actions.form_slots import DONT_KNOW
from rules_core import Household

Slots = dict[str, Any]


def _known(slots: Slots, name: str) -> Any:
    value = slots.get(name)
    return None if value in (None, DONT_KNOW) else value


def _flag(slots: Slots, name: str) -> bool | None:
    value = _known(slots, name)
    return value if isinstance(value, bool) else None


def _month(slots: Slots, name: str) -> str | None:
    value = _known(slots, name)
    return value if isinstance(value, str) and len(value) == 7 and value[4] == "-" else None


def _partner(slots: Slots) -> dict[str, Any] | None:
    arrived = _month(slots, "partner_arrived")
    return {
        "relationship": _known(slots, "relationship"),
        "since": _month(slots, "partner_since"),
        "lives": _known(slots, "partner_lives"),
        "country": _known(slots, "partner_country"),
        "has_bsn": _flag(slots, "partner_has_bsn"),
        "known_to_toeslagen": _flag(slots, "partner_known_to_toeslagen"),
        "lawful_residence": _flag(slots, "partner_lawful_residence"),
        "joint_child": _flag(slots, "joint_child"),
        "divorce_requested": _flag(slots, "divorce_requested"),
        "divorce_request_reported": _flag(slots, "divorce_request_reported"),
        "detention_sentence_months": _known(slots, "detention_sentence_months"),
        "activity": _known(slots, "partner_activity"),
        "arrived_in_nl": arrived,
        "expected_arrival": _month(slots, "expected_arrival"),
    }


def _children(slots: Slots) -> list[dict[str, Any]] | None:
    count = _known(slots, "children_count")
    if count is None:
        return None
    ages = _known(slots, "children_ages")
    if count and not isinstance(ages, list):
        return None  # children without ages are not facts the core can use yet
    abroad = _known(slots, "children_abroad")
    lives_in: str | None = "NL"
    if abroad == "yes":
        lives_in = _known(slots, "partner_country")
    elif abroad not in (None, "no"):
        lives_in = abroad
    elif abroad is None:
        lives_in = None
    return [{"age": age, "lives_in": lives_in} for age in (ages or [])[:count]]


def _received(slots: Slots, name: str) -> dict[str, Any] | None:
    said = _flag(slots, name)
    return None if said is False else {"receives": said}


def _benefits(slots: Slots) -> dict[str, Any]:
    benefits: dict[str, Any] = {}
    kgb = _received(slots, "kgb")
    if kgb is not None:
        benefits["kindgebonden_budget"] = kgb | {
            "alo_kop": _flag(slots, "alo_kop"),
            "since": _month(slots, "kgb_since"),
        }
    kot = _received(slots, "kot")
    if kot is not None:
        benefits["kinderopvangtoeslag"] = kot | {
            "care_type": _known(slots, "kot_care_type"),
            "declared_hours_per_month": _known(slots, "kot_declared_hours"),
            "actual_hours_per_month": _known(slots, "kot_actual_hours"),
            "hourly_rate_eurocent": _known(slots, "kot_hourly_rate"),
        }
    for name in ("zorgtoeslag", "huurtoeslag", "kinderbijslag"):
        received = _received(slots, name)
        if received is not None:
            benefits[name] = received
    foreign = _known(slots, "foreign_benefit")
    if foreign == "yes":
        benefits["foreign_family_benefit"] = {"receives": True}
    elif foreign not in (None, "no"):
        benefits["foreign_family_benefit"] = {"receives": True, "country": foreign}
    return benefits


def household_facts(slots: Slots, assessment_month: str) -> dict[str, Any]:
    """The Household as a plain dict (what ``Household.model_validate`` takes)."""
    facts: dict[str, Any] = {
        "assessment_month": assessment_month,
        "applicant": {
            "situation": _known(slots, "situation"),
            "brp_registration": _known(slots, "brp_registration"),
            "activity": _known(slots, "applicant_activity"),
            "lawful_residence": _flag(slots, "applicant_lawful_residence"),
        },
        "benefits": _benefits(slots),
        "alo_kop_stop_requested": _flag(slots, "alo_kop_stop_requested"),
    }
    has_partner = _flag(slots, "has_partner")
    if has_partner is True:
        facts["partner"] = _partner(slots)
    elif has_partner is False:
        facts["partner"] = None  # an explicit null: there is no partner
    children = _children(slots)
    if children is not None:
        facts["children"] = children
    income = _income(slots)
    if income:
        facts["income"] = income
    return facts


def _euros(slots: Slots, name: str) -> int | None:
    """Whole euros a year as eurocents; "I don't know" and "prefer not to say" are unknown."""
    value = _known(slots, name)
    return value * 100 if isinstance(value, int) and not isinstance(value, bool) else None


def _income(slots: Slots) -> dict[str, int]:
    amounts = {
        "applicant_annual_eurocent": _euros(slots, "income"),
        "partner_annual_eurocent": _euros(slots, "partner_income"),
    }
    return {fact: eurocent for fact, eurocent in amounts.items() if eurocent is not None}


def household_from_slots(slots: Slots, assessment_month: str) -> Household:
    return Household.model_validate(household_facts(slots, assessment_month))
