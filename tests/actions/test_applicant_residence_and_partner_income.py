"""Two facts the rules core asks for: the user's own residence right (a partner without one, the
kgb exception since 2022) and the partner's income (a joint income, as for KOT with a partner)."""

import pytest

from actions.answers import read_answer
from actions.household_from_slots import household_from_slots
from actions.next_question import FACT_TO_SLOT, next_slot, required_slots
from actions.parse.numbers import amount
from bot.questions import DECLINED, DONT_KNOW
from rules_core import assess

NOW = "2026-11"

# A refugee whose spouse lives here without a permit; kgb and zorgtoeslag received.
PARTNER_WITHOUT_PERMIT = {
    "situation": "refugee",
    "brp_registration": "resident",
    "applicant_activity": "works",
    "has_partner": True,
    "relationship": "married",
    "partner_lives": "same_address",
    "partner_arrived": "no",
    "partner_lawful_residence": False,
    "children_count": 2,
    "children_ages": [3, 6],
    "children_abroad": "no",
    "joint_child": True,
    "kgb": True,
    "alo_kop": False,
    "kgb_since": "2025-03",
    "kot": False,
    "zorgtoeslag": True,
    "huurtoeslag": False,
    "kinderbijslag": True,
}

# KOT with a working spouse at the same address, more hours declared than used.
KOT_WITH_PARTNER = {
    "situation": "labour_migrant",
    "brp_registration": "resident",
    "applicant_activity": "works",
    "has_partner": True,
    "relationship": "married",
    "partner_lives": "same_address",
    "partner_arrived": "no",
    "partner_activity": "works",
    "children_count": 1,
    "children_ages": [3],
    "children_abroad": "no",
    "joint_child": True,
    "kgb": False,
    "kot": True,
    "kot_care_type": "dagopvang",
    "kot_declared_hours": 160,
    "kot_actual_hours": 100,
    "kot_hourly_rate": 900,
    "zorgtoeslag": False,
    "huurtoeslag": False,
    "kinderbijslag": True,
    "foreign_benefit": "no",
    "income": 30000,
}


def _assessed(slots):
    return assess(household_from_slots(slots, NOW))


def _facts(slots):
    return [question.fact for question in _assessed(slots).questions]


def _risks(slots):
    return {(risk.code, risk.benefit) for risk in _assessed(slots).risks}


# The user's own residence right


def test_the_core_question_maps_to_the_new_slot():
    assert FACT_TO_SLOT["applicant.lawful_residence"] == "applicant_lawful_residence"
    assert FACT_TO_SLOT["income.applicant_annual_eurocent"] == "income"
    assert FACT_TO_SLOT["income.partner_annual_eurocent"] == "partner_income"


def test_own_residence_is_asked_only_when_the_core_asks():
    facts = _facts(PARTNER_WITHOUT_PERMIT)
    assert "applicant.lawful_residence" in facts
    assert "applicant_lawful_residence" not in required_slots(PARTNER_WITHOUT_PERMIT, [])
    # Right after the partner's residence (asked by the core before, answered "no" here).
    needed = required_slots(PARTNER_WITHOUT_PERMIT, [*facts, "partner.lawful_residence"])
    assert (
        needed.index("applicant_lawful_residence") == needed.index("partner_lawful_residence") + 1
    )
    assert next_slot(PARTNER_WITHOUT_PERMIT, facts) == "applicant_lawful_residence"

    lawful_partner = PARTNER_WITHOUT_PERMIT | {"partner_lawful_residence": True}
    assert "applicant.lawful_residence" not in _facts(lawful_partner)
    assert "applicant_lawful_residence" not in required_slots(
        lawful_partner, _facts(lawful_partner)
    )


def test_once_answered_the_core_asks_no_more():
    for answer in (True, False, DONT_KNOW):
        slots = PARTNER_WITHOUT_PERMIT | {"applicant_lawful_residence": answer}
        assert next_slot(slots, _facts(slots)) != "applicant_lawful_residence"
    answered = PARTNER_WITHOUT_PERMIT | {"applicant_lawful_residence": True}
    assert "applicant.lawful_residence" not in _facts(answered)


def test_own_residence_maps_to_the_applicant():
    def lawful(value):
        slots = {"applicant_lawful_residence": value}
        return household_from_slots(slots, NOW).applicant.lawful_residence

    assert lawful(True) is True
    assert lawful(False) is False
    assert lawful(DONT_KNOW) is None
    assert household_from_slots({}, NOW).applicant.lawful_residence is None


def test_without_own_residence_the_kgb_is_at_risk_too():
    with_permit = _risks(PARTNER_WITHOUT_PERMIT | {"applicant_lawful_residence": True})
    without = _risks(PARTNER_WITHOUT_PERMIT | {"applicant_lawful_residence": False})
    zorg = ("partner_without_residence", "zorgtoeslag")
    kgb = ("partner_without_residence", "kindgebonden_budget")
    assert zorg in with_permit and kgb not in with_permit
    # Without a permit of one's own (Awir art. 9) every toeslag is at risk through the parent,
    # not a second time through the partner.
    own = {("applicant_without_residence", b) for b in ("zorgtoeslag", "kindgebonden_budget")}
    assert own <= without and zorg not in without and kgb not in without


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nl", "ja", True),
        ("nl", "nee", False),
        ("nl", "ja, ik heb een verblijfsvergunning", True),
        ("pl", "tak", True),
        ("pl", "nie", False),
        ("ar", "نعم", True),
        ("ar", "لا", False),
        ("ti", "እወ", True),
        ("ti", "ኣይፋል", False),
        ("en", "yes", True),
        ("en", "no", False),
        ("nl", "1", True),  # the option's number, as on WhatsApp
        ("ar", "٢", False),
        ("ti", "፩", True),
        ("pl", "nie wiem", DONT_KNOW),
        ("ar", "لا أعرف", DONT_KNOW),
        ("ti", "ኣይፈልጥን", DONT_KNOW),
    ],
)
def test_own_residence_typed_in_each_language(language, text, value):
    assert read_answer("applicant_lawful_residence", text, [], "inform", NOW, language) == value


def test_own_residence_pressed():
    pressed = [{"entity": "applicant_lawful_residence", "value": True}]
    assert read_answer("applicant_lawful_residence", "", pressed, "inform", NOW) is True
    assert read_answer("applicant_lawful_residence", "maybe", [], "inform", NOW) is None


# The partner's income


def test_partner_income_is_asked_only_when_the_core_asks_and_after_the_users_own():
    assert "partner_income" not in required_slots(KOT_WITH_PARTNER, [])
    asked = ["income.applicant_annual_eurocent", "income.partner_annual_eurocent"]
    needed = required_slots(KOT_WITH_PARTNER | {"income": None}, asked)
    assert needed[-2:] == ["income", "partner_income"]
    assert next_slot(KOT_WITH_PARTNER, ["income.partner_annual_eurocent"]) == "partner_income"
    # The user's own income question no longer answers the partner's.
    assert "income" not in required_slots({}, ["income.partner_annual_eurocent"])


def test_partner_income_maps_to_euro_cents():
    household = household_from_slots({"income": 30000, "partner_income": 17000}, NOW)
    assert household.income.applicant_annual_eurocent == 3_000_000
    assert household.income.partner_annual_eurocent == 1_700_000
    for unknown in (DECLINED, DONT_KNOW, None):
        income = household_from_slots({"income": 30000, "partner_income": unknown}, NOW).income
        assert income.applicant_annual_eurocent == 3_000_000
        assert income.partner_annual_eurocent is None
    only_partner = household_from_slots({"income": DECLINED, "partner_income": 0}, NOW).income
    assert only_partner.applicant_annual_eurocent is None
    assert only_partner.partner_annual_eurocent == 0


def test_the_partners_income_makes_the_kot_estimate_exact():
    def repayment(slots):
        (risk,) = [r for r in _assessed(slots).risks if r.code == "kot_hours_mismatch"]
        return risk.repayment

    unknown = repayment(KOT_WITH_PARTNER)
    known = repayment(KOT_WITH_PARTNER | {"partner_income": 17000})
    assert unknown.upper_bound is True
    assert known.upper_bound is False
    high = repayment(KOT_WITH_PARTNER | {"partner_income": 90000})
    assert high.upper_bound is True  # above the limit the percentage may be lower


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nl", "ongeveer 17.000 euro", 17000),
        ("nl", "€ 17.000,50", 17000),
        ("pl", "około 17 000 euro", 17000),
        ("pl", "17\u00a0000 zł", 17000),
        ("ar", "حوالي ١٧٠٠٠ يورو", 17000),
        ("ti", "17000 ዩሮ", 17000),
        ("en", "€ 17,000", 17000),
        ("nl", "weet ik niet", DONT_KNOW),
        ("pl", "nie wiem", DONT_KNOW),
        ("ar", "لا أعرف", DONT_KNOW),
        ("ti", "ኣይፈልጥን", DONT_KNOW),
        ("nl", "Overslaan", DECLINED),
        ("pl", "pomiń", DECLINED),
        ("ar", "تخطّي السؤال", DECLINED),
        ("ti", "ሕለፉ", DECLINED),
        ("en", "skip", DECLINED),
    ],
)
def test_partner_income_typed_in_each_language(language, text, value):
    assert read_answer("partner_income", text, [], "inform", NOW, language) == value


def test_partner_income_declined_or_pressed():
    assert read_answer("partner_income", "liever niet", [], "deny", NOW, "nl") == DECLINED
    # The skip title is read whatever intent the model guessed; "skip the rest" is no answer.
    assert read_answer("partner_income", "overslaan", [], "out_of_scope", NOW, "nl") == DECLINED
    assert read_answer("partner_income", "skip the rest", [], "inform", NOW, "en") is None
    pressed = [{"entity": "partner_income", "value": "declined"}]
    assert read_answer("partner_income", "", pressed, "inform", NOW) == DECLINED
    pressed = [{"entity": "partner_income", "value": 17000}]
    assert read_answer("partner_income", "", pressed, "inform", NOW) == 17000


def test_a_space_groups_thousands_but_does_not_join_two_numbers():
    assert amount("18 000") == 18000
    assert amount("1 200 000 zł") == 1_200_000
    assert amount("2 kids, 300 euro") == 2
    assert amount("18 0000") == 18
