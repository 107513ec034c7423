"""Slots -> Household, and the questions the household makes relevant."""

from actions.household_from_slots import household_facts, household_from_slots
from actions.next_question import FACT_TO_SLOT, next_slot, required_slots
from bot.questions import DONT_KNOW, FORM_SLOTS
from rules_core import assess
from tests.households import SPOUSE_ABROAD

NOW = "2026-11"


def test_spouse_abroad_maps_to_partner_abroad_without_bsn():
    household = household_from_slots(SPOUSE_ABROAD, NOW)
    assert household.partner.lives == "abroad"
    assert household.partner.country == "PL"
    assert household.partner.has_bsn is False
    assert [child.age for child in household.children] == [4, 7]
    assert household.benefits.kindgebonden_budget.alo_kop is True
    assert household.benefits.kindgebonden_budget.since == "2025-03"
    assert household.benefits.kinderopvangtoeslag is None  # "no" means not received


def test_spouse_abroad_is_warned_about_the_alo_kop():
    assessment = assess(household_from_slots(SPOUSE_ABROAD, NOW))
    codes = [risk.code for risk in assessment.risks]
    assert "alo_kop_unregistered_partner" in codes


def test_dont_know_is_unknown_and_no_partner_is_explicit_null():
    facts = household_facts({"has_partner": False, "situation": DONT_KNOW}, NOW)
    assert facts["partner"] is None
    assert facts["applicant"]["situation"] is None
    assert "partner" not in household_facts({"has_partner": DONT_KNOW}, NOW)


def test_children_abroad_live_in_the_partners_country():
    slots = SPOUSE_ABROAD | {"children_abroad": "yes"}
    household = household_from_slots(slots, NOW)
    assert {child.lives_in for child in household.children} == {"PL"}


def test_income_in_euros_becomes_eurocents():
    household = household_from_slots({"income": 24000}, NOW)
    assert household.income.applicant_annual_eurocent == 2_400_000


def test_single_parent_is_not_asked_about_a_partner():
    slots = {"situation": "labour_migrant", "brp_registration": "resident", "has_partner": False}
    needed = required_slots(slots, [])
    assert "relationship" not in needed
    assert "partner_country" not in needed
    assert next_slot(slots, []) == "children_count"


def test_partner_abroad_makes_country_and_bsn_relevant():
    slots = {
        "situation": "refugee",
        "brp_registration": "resident",
        "has_partner": True,
        "relationship": "married",
        "partner_lives": "abroad",
    }
    needed = required_slots(slots, [])
    assert needed.index("partner_country") < needed.index("partner_has_bsn")
    assert "expected_arrival" in needed


def test_the_cores_questions_add_slots():
    slots = {
        "situation": "other",
        "brp_registration": "resident",
        "has_partner": False,
        "children_count": 0,
        "zorgtoeslag": False,
        "huurtoeslag": False,
    }
    assert next_slot(slots, []) is None
    assert next_slot(slots, ["income.applicant_annual_eurocent"]) == "income"


def test_dont_know_counts_as_answered():
    assert next_slot({"situation": DONT_KNOW}, []) == "brp_registration"


def test_every_mapped_fact_names_a_form_slot():
    assert set(FACT_TO_SLOT.values()) <= set(FORM_SLOTS)
