"""Typed answers as people write them (issue 11, part 1): country and city names for "where does
your partner live", number words and amounts, negations and short answers in colloquial Arabic,
Arabizi, Polish without diacritics, Ethiopian spellings of Tigrinya, a year without a month, and
one message that answers several partner questions."""

import pytest

from actions.answers import read_answer
from actions.parse.countries import parse_country
from actions.parse.months import YearOnly
from actions.parse.numbers import all_numbers, amount
from actions.parse.several import partner_answers
from actions.parse.text import fold
from actions.parse.yes_no import dont_know, read_yes_no
from bot.questions import DONT_KNOW

NOW = "2026-11"


def typed(slot, text, language=None, intent="inform"):
    return read_answer(slot, text, [], intent, NOW, language)


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("nl", "in Polen", "PL"),
        ("nl", "Syrie", "SY"),
        ("pl", "w polsce", "PL"),
        ("pl", "w Warszawie", "PL"),
        ("pl", "na ukrainie", "UA"),
        ("ar", "بتركيا", "TR"),
        ("ar", "بحلب", "SY"),
        ("ar", "عالمانيا", "DE"),
        ("ar", "marti b turkya", "TR"),
        ("ti", "ኣብ ኢትዮጵያ", "ET"),
        ("ti", "አብ ኢትዮጵያ", "ET"),
        ("ti", "ኣዲስ ኣበባ", "ET"),
        ("ti", "ኣብ ኣስመራ", "ER"),
        ("en", "she is in Polnd", "PL"),
        ("en", "Etiopia", "ET"),
    ],
)
def test_a_country_or_city_answers_where_the_partner_lives(language, text, country):
    assert typed("partner_lives", text, language) == "abroad"
    assert parse_country(text) == country


@pytest.mark.parametrize("text", ["in Amsterdam bij mij", "holen", "mieszka", "الشريك"])
def test_no_country_is_read_where_none_is_named(text):
    assert parse_country(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mam zone ale ona mieszka w polsce", "PL"),
        ("I'm married, my wife lives in Poland", "PL"),
        ("ja, mijn vrouw woont in Syrië", "SY"),
        ("زوجتي بتركيا", "TR"),
        ("ሰበይተይ ኣብ ኤርትራ ትነብር", "ER"),
    ],
)
def test_one_message_answers_the_partner_questions(text, expected):
    found = partner_answers(text)
    assert found == {
        "has_partner": True,
        "relationship": "married",
        "partner_lives": "abroad",
        "partner_country": expected,
    }


@pytest.mark.parametrize("text", ["nie mam zony", "I'm not married", "we live in poland"])
def test_a_negation_or_no_partner_word_answers_nothing_more(text):
    assert partner_answers(text) == {}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("twee", [2]),
        ("veertig uur", [40]),
        ("vierentwintig", [24]),
        ("dwoje", [2]),
        ("trójkę dzieci", [3]),
        ("تنين", [2]),
        ("ولدين", [2]),
        ("خمسة وعشرين", [25]),
        ("ሓደ", [1]),
        ("ኣርብዓ ሰዓት", [40]),
        ("ሁለት", [2]),
        ("forty", [40]),
        ("forty-two", [42]),
        ("4 and 7", [4, 7]),
    ],
)
def test_number_words(text, numbers):
    assert all_numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "euros"),
    [
        ("28 tysięcy", 28000),
        ("28 tysiecy", 28000),
        ("28k", 28000),
        ("٢٠ ألف", 20000),
        ("20 الف يورو", 20000),
        ("17.000", 17000),
        ("28000", 28000),
        ("30 duizend", 30000),
        ("1,5 tys", 1500),
        ("28 ሽሕ", 28000),
        ("dwadzieścia osiem tysięcy", 28000),
        ("2000 miesięcznie", 24000),
        ("twenty thousand", 20000),
    ],
)
def test_amounts(text, euros):
    assert amount(text) == euros
    assert typed("income", text) == euros


def test_forty_hours_is_an_answer_whatever_the_model_guessed():
    assert typed("kot_declared_hours", "veertig uur", "nl", intent="thank") == 40


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("nie ma", False),
        ("nie bylo wniosku o rozwod", False),
        ("tak jasne", True),
        ("oczywiscie", True),
        ("لا ما عندها", False),
        ("ما عندها", False),
        ("اكيد", True),
        ("ايوه", True),
        ("la2", False),
        ("akid", True),
        ("የብላን", False),
        ("አዎ ባለቤቴ አለች", True),
        ("ኣይፋል", False),
        ("አይፋል", False),
        ("klopt", True),
        ("nee hoor", False),
        ("yes of course", True),
        ("nope", False),
    ],
)
def test_yes_and_no_as_people_say_them(text, said):
    assert read_yes_no(text) is said
    assert typed("partner_has_bsn", text) is said


@pytest.mark.parametrize(
    "text", ["ma ba3ref", "ما بعرف", "مدري", "nie wiem", "nwm", "geen idee", "ኣይፈልጥን", "አላውቅም"]
)
def test_dont_know_as_people_say_it(text):
    assert dont_know(text)
    assert typed("partner_has_bsn", text) == DONT_KNOW


@pytest.mark.parametrize(
    "text", ["nie, nic z polski", "la2 ma fi", "لا ما بياخدوا شي من بولندا", "no", "የብልናን"]
)
def test_a_no_first_is_no_even_with_a_country_after_it(text):
    assert typed("foreign_benefit", text) == "no"


def test_a_country_without_no_is_the_country():
    assert typed("foreign_benefit", "z polski") == "PL"


@pytest.mark.parametrize("text", ["ካብ 2012", "من 2010", "since 2012", "od 2012", "sinds 2011"])
def test_a_year_without_a_month_is_asked_back(text):
    value = typed("kgb_since", text)
    assert isinstance(value, YearOnly)
    assert value.year in {2010, 2011, 2012}


def test_the_month_after_the_year_was_asked():
    assert read_answer("kgb_since", "maart", [], "inform", NOW, "nl", asked_year=2012) == "2012-03"


def test_ethiopian_and_eritrean_spellings_are_one_word():
    assert fold("ኣብ ኢትዮጵያ") == fold("አብ ኢትዮጵያ")
    assert fold("ሓደ") == fold("ሐደ")
    assert fold("nie było wniosku o rozwód") == "nie bylo wniosku o rozwod"
