"""A changed answer clears exactly the answers that depend on it and no longer fit."""

from __future__ import annotations

from typing import Any

from bot.questions import DONT_KNOW
from bot.questions.dependants import no_longer_fitting
from tests.households import SPOUSE_ABROAD_BENEFITS, SPOUSE_ABROAD_FAMILY

MONTH = "2026-12"
SPOUSE_ABROAD: dict[str, Any] = (
    SPOUSE_ABROAD_FAMILY
    | {"partner_since": DONT_KNOW}
    | SPOUSE_ABROAD_BENEFITS
    | {"income": "declined", "partner_income": "declined"}
)


def test_an_answer_nothing_hangs_on_clears_nothing():
    assert no_longer_fitting(SPOUSE_ABROAD | {"huurtoeslag": True}, "huurtoeslag", MONTH) == []


def test_no_partner_after_all_clears_every_partner_answer():
    cleared = no_longer_fitting(SPOUSE_ABROAD | {"has_partner": False}, "has_partner", MONTH)
    partner = {"relationship", "partner_lives", "partner_country", "partner_has_bsn"}
    assert partner | {"divorce_requested", "joint_child", "alo_kop_stop_requested"} <= set(cleared)
    assert "kgb" not in cleared and "children_count" not in cleared


def test_no_child_budget_clears_its_supplement_and_start_and_keeps_the_children():
    cleared = no_longer_fitting(SPOUSE_ABROAD | {"kgb": False}, "kgb", MONTH)
    assert {"alo_kop", "kgb_since", "alo_kop_stop_requested"} <= set(cleared)
    assert "children_ages" not in cleared and "kinderbijslag" not in cleared


def test_ages_that_no_longer_match_the_number_of_children_are_asked_again():
    cleared = no_longer_fitting(SPOUSE_ABROAD | {"children_count": 3}, "children_count", MONTH)
    assert "children_ages" in cleared


def test_the_partner_moving_in_clears_the_questions_about_a_partner_abroad():
    changed = SPOUSE_ABROAD | {"partner_lives": "same_address"}
    cleared = no_longer_fitting(changed, "partner_lives", MONTH)
    assert {"partner_country", "partner_has_bsn"} <= set(cleared)
    assert "relationship" not in cleared
