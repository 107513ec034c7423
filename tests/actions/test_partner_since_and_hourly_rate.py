"""The two questions the rules core asks only sometimes: when the partnership began (ALO-kop
with a partner) and the childcare's price per hour (KOT hours declared above hours used)."""

import pytest

from actions.answers import read_answer
from actions.household_from_slots import household_from_slots
from actions.next_question import next_slot, required_slots
from actions.parse.months import YearOnly
from actions.parse.rates import hourly_rate_eurocent
from bot.questions import DONT_KNOW
from rules_core import assess
from tests.households import SPOUSE_ABROAD_FAMILY

NOW = "2026-11"


@pytest.mark.parametrize(
    ("text", "eurocent"),
    [
        ("8,50", 850),
        ("€ 9.12", 912),
        ("9 euro 12", 912),
        ("9 euro en 12 cent", 912),
        ("9€12", 912),
        ("9", 900),
        ("9,5", 950),
        ("850 cent", 850),
        ("€9,12 per uur", 912),
        ("٩٫١٢", 912),
        ("9 يورو و 12", 912),
        ("፱ ዩሮ", 900),
        ("negen euro", 900),
    ],
)
def test_prices_per_hour_as_typed(text, eurocent):
    assert hourly_rate_eurocent(text) == eurocent


@pytest.mark.parametrize("text", ["8 of 9 euro", "tussen 8 en 10", "1.200", "1.200,50", "duur"])
def test_two_prices_or_none_are_not_a_price(text):
    assert hourly_rate_eurocent(text) is None


def test_the_hourly_rate_answer_is_range_checked():
    assert read_answer("kot_hourly_rate", "9,12", [], "inform", NOW) == 912
    assert read_answer("kot_hourly_rate", "€ 9.12", [], "greet", NOW) == 912  # data wins
    assert read_answer("kot_hourly_rate", "0", [], "inform", NOW) is None
    assert read_answer("kot_hourly_rate", "60 euro", [], "inform", NOW) is None
    assert read_answer("kot_hourly_rate", "weet ik niet", [], "inform", NOW) == DONT_KNOW
    pressed = [{"entity": "kot_hourly_rate", "value": 850}]
    assert read_answer("kot_hourly_rate", "", pressed, "inform", NOW) == 850


def test_the_partnership_start_is_a_month():
    assert read_answer("partner_since", "sinds mei 2021", [], "inform", NOW) == "2021-05"
    assert read_answer("partner_since", "2019", [], "inform", NOW) == YearOnly(2019)  # asked back
    assert read_answer("partner_since", "nie wiem", [], "inform", NOW) == DONT_KNOW
    assert read_answer("partner_since", "long ago", [], "inform", NOW) is None


def test_both_map_to_the_household():
    slots = {"has_partner": True, "partner_since": "2021-05", "kot": True, "kot_hourly_rate": 912}
    household = household_from_slots(slots, NOW)
    assert household.partner.since == "2021-05"
    assert household.benefits.kinderopvangtoeslag.hourly_rate_eurocent == 912
    unknown = household_from_slots(
        slots | {"partner_since": DONT_KNOW, "kot_hourly_rate": DONT_KNOW}, NOW
    )
    assert unknown.partner.since is None
    assert unknown.benefits.kinderopvangtoeslag.hourly_rate_eurocent is None


KOT_MISMATCH = {
    "situation": "labour_migrant",
    "brp_registration": "resident",
    "has_partner": False,
    "children_count": 1,
    "children_ages": [3],
    "children_abroad": "no",
    "kgb": False,
    "kot": True,
    "kot_care_type": "dagopvang",
    "kot_declared_hours": 160,
    "kot_actual_hours": 100,
}


def _questions(slots):
    return [question.fact for question in assess(household_from_slots(slots, NOW)).questions]


def test_neither_is_asked_unless_the_core_asks():
    assert "partner_since" not in required_slots(SPOUSE_ABROAD_FAMILY, [])
    assert "kot_hourly_rate" not in required_slots(KOT_MISMATCH, [])
    no_mismatch = KOT_MISMATCH | {"kot_actual_hours": 160}
    assert "benefits.kinderopvangtoeslag.hourly_rate_eurocent" not in _questions(no_mismatch)


def test_the_partnership_start_is_asked_right_after_the_kgb_start():
    facts = _questions(SPOUSE_ABROAD_FAMILY)
    assert "partner.since" in facts
    needed = required_slots(SPOUSE_ABROAD_FAMILY, facts)
    assert needed.index("partner_since") == needed.index("kgb_since") + 1
    assert next_slot(SPOUSE_ABROAD_FAMILY, facts) == "partner_since"


def test_the_price_is_asked_right_after_the_hours_and_changes_the_amount():
    facts = _questions(KOT_MISMATCH)
    assert "benefits.kinderopvangtoeslag.hourly_rate_eurocent" in facts
    needed = required_slots(KOT_MISMATCH, facts)
    assert needed.index("kot_hourly_rate") == needed.index("kot_actual_hours") + 1
    assert next_slot(KOT_MISMATCH, facts) == "kot_hourly_rate"

    def per_month(slots):
        (risk,) = [
            r
            for r in assess(household_from_slots(slots, NOW)).risks
            if r.code == "kot_hours_mismatch"
        ]
        return risk.repayment.per_month_eurocent

    cheap, dear = (
        per_month(KOT_MISMATCH | {"kot_hourly_rate": 500}),
        per_month(KOT_MISMATCH | {"kot_hourly_rate": 800}),
    )
    assert cheap < dear
