"""The partner's gender is taken only from words that name a wife or a husband."""

import pytest

from actions.parse.partner_gender import FEMALE, MALE, partner_gender


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mam zone ale ona mieszka w polsce", "pl"),
        ("Tak, mam żonę", "pl"),
        ("moja żona jest w Polsce", "pl"),
        ("Ja, mijn vrouw woont in Turkije", "nl"),
        ("yes my wife is in Syria", "en"),
        ("مرتي بتركيا", "ar"),
        ("نعم زوجتي في سوريا", "ar"),
        ("marti b turkya", "ar"),
        ("ሰበይተይ ኣብ ኤርትራ ኣላ", "ti"),
        ("እወ በዓልቲ ቤተይ ኣብ ኢትዮጵያ", "ti"),
    ],
)
def test_words_for_a_wife_give_female(text: str, language: str) -> None:
    assert partner_gender(text, language) == FEMALE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mój mąż mieszka w Rumunii", "pl"),
        ("maz jest w polsce", "pl"),
        ("mijn man zit in de gevangenis", "nl"),
        ("my husband", "en"),
        ("جوزي بالعراق", "ar"),
        ("ሰብኣየይ ኣብ ሱዳን እዩ", "ti"),
        ("ሰብአየይ ኣብ ሱዳን", "ti"),
    ],
)
def test_words_for_a_husband_give_male(text: str, language: str) -> None:
    assert partner_gender(text, language) == MALE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tak", "pl"),
        ("ja, ik heb een partner", "nl"),
        ("ik ben een vrouw", "nl"),  # the user's own gender says nothing about the partner
        ("she lives in Poland", "en"),
        ("in the euro zone", "en"),
        ("ሰበይቲ እየ", "ti"),
        ("my wife and my husband", "en"),  # both: unknown rather than a guess
        ("نعم", "ar"),
    ],
)
def test_anything_else_leaves_it_unknown(text: str, language: str) -> None:
    assert partner_gender(text, language) is None
