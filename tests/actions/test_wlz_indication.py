"""A childcare parent whose partner stays home is asked about the partner's Wlz indication,
and the answer decides the labour-requirement warning (issue 9 §2)."""

from __future__ import annotations

from typing import Any

import pytest

from actions.answers import read_answer
from actions.household_from_slots import household_from_slots
from actions.next_question import next_slot
from bot.questions import DONT_KNOW
from rules_core import assess

NOW = "2026-11"
# Everything a childcare parent with a partner at home answers, except the Wlz indication.
KOT_PARTNER_AT_HOME: dict[str, Any] = {
    "situation": "labour_migrant",
    "brp_registration": "resident",
    "has_partner": True,
    "relationship": "married",
    "partner_lives": "same_address",
    "partner_arrived": DONT_KNOW,
    "children_count": 1,
    "children_ages": [3],
    "children_abroad": "no",
    "joint_child": True,
    "kgb": False,
    "kot": True,
    "kot_care_type": "dagopvang",
    "kot_declared_hours": 100,
    "kot_actual_hours": 100,
    "zorgtoeslag": False,
    "huurtoeslag": False,
    "kinderbijslag": True,
    "foreign_benefit": "no",
    "partner_activity": "none",
    "applicant_activity": "works",
    "income": DONT_KNOW,
    "partner_income": DONT_KNOW,
    "kot_hourly_rate": DONT_KNOW,
}


def _asked(slots: dict[str, Any]) -> list[str]:
    """The questions the form asks, in order, answering each from ``slots``."""
    answers: dict[str, Any] = {}
    asked: list[str] = []
    while True:
        facts = [q.fact for q in assess(household_from_slots(answers, NOW)).questions]
        slot = next_slot(answers, facts)
        if slot is None:
            return asked
        assert slot not in asked, f"{slot} asked twice"
        asked.append(slot)
        answers[slot] = slots.get(slot, DONT_KNOW)


def _risks(slots: dict[str, Any]) -> set[str]:
    return {risk.code for risk in assess(household_from_slots(slots, NOW)).risks}


def test_a_partner_at_home_brings_the_wlz_question_right_after_the_partners_activity() -> None:
    asked = _asked(KOT_PARTNER_AT_HOME | {"partner_wlz_indication": False})
    assert "partner_wlz_indication" in asked
    assert asked.index("partner_wlz_indication") == asked.index("partner_activity") + 1


def test_a_working_partner_is_not_asked_about_a_wlz_indication() -> None:
    assert "partner_wlz_indication" not in _asked(
        KOT_PARTNER_AT_HOME | {"partner_activity": "works"}
    )


@pytest.mark.parametrize(
    ("answer", "warned"), [(False, True), (True, False)], ids=["no_wlz", "wlz"]
)
def test_the_answer_decides_the_labour_requirement_warning(answer: bool, warned: bool) -> None:
    slots = KOT_PARTNER_AT_HOME | {"partner_wlz_indication": answer}
    assert household_from_slots(slots, NOW).partner.wlz_indication is answer
    assert ("kot_labour_requirement" in _risks(slots)) is warned


@pytest.mark.parametrize(
    ("text", "intent", "value"),
    [("ja", "affirm", True), ("nie", "deny", False), ("ኣይፈልጥን", "dont_know", DONT_KNOW)],
)
def test_it_is_read_like_every_yes_no_question(text: str, intent: str, value: object) -> None:
    assert read_answer("partner_wlz_indication", text, [], intent, NOW, "nl") == value
    payload = [{"entity": "partner_wlz_indication", "value": True}]
    assert (
        read_answer(
            "partner_wlz_indication",
            '/inform{"partner_wlz_indication":true}',
            payload,
            "inform",
            NOW,
        )
        is True
    )
