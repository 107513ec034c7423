"""Numbers and countries typed in the five languages."""

import pytest

from actions.parse.countries import parse_country
from actions.parse.numbers import all_numbers, amount, first_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", 3),
        ("two kids", 2),
        ("drie kinderen", 3),
        ("dwoje dzieci", 2),
        ("٣", 3),
        ("ثلاثة أطفال", 3),
        ("ሰለስተ ቆልዑ", 3),
        ("፪", 2),
        ("about 120 hours", 120),
        ("none", 0),
    ],
)
def test_first_number(text, expected):
    assert first_number(text) == expected


def test_all_numbers_keeps_order():
    assert all_numbers("4, 7 en 12") == [4, 7, 12]
    assert all_numbers("3,5,7") == [3, 5, 7]
    assert all_numbers("no digits here") == [0]  # "no" is zero children


def test_amount_reads_thousands_and_cents():
    assert amount("€ 1.200,50") == 1200
    assert amount("about 25,000 a year") == 25000
    assert amount("nothing") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland", "PL"),
        ("w Polsce", "PL"),
        ("z Polski", "PL"),
        ("in Polen", "PL"),
        ("mijn vrouw woont in Roemenië", "RO"),
        ("في سوريا", "SY"),
        ("سوريا", "SY"),
        ("ኣብ ኤርትራ", "ER"),
        ("ኢትዮጵያ", "ET"),
        ("w Niemczech", "DE"),
        ("uk", "GB"),
        ("nowhere", None),
    ],
)
def test_country_in_five_languages(text, expected):
    assert parse_country(text) == expected
