"""Money, months and bidi isolation per locale; language metadata."""

from __future__ import annotations

import pytest

from bot.i18n import format as fmt
from bot.i18n.languages import (
    SUPPORTED,
    direction,
    fallback_chain,
    native_name,
    nearest_supported,
    normalise,
)

NBSP = "\xa0"
RLM = "\u200f"


@pytest.mark.parametrize("language", SUPPORTED)
def test_amounts_are_written_as_on_the_dutch_letters_in_every_language(language: str) -> None:
    # docs/i18n.md: the user compares the amount with a letter that says "€ 4.594,50".
    assert fmt.money(459450, language) == f"€{NBSP}4.594,50"  # type: ignore[arg-type]
    assert RLM not in fmt.money(459450, language)  # type: ignore[arg-type]


def test_amounts_always_have_cents_so_a_dot_cannot_read_as_a_decimal_point() -> None:
    assert fmt.money(348000, "en") == f"€{NBSP}3.480,00"
    assert fmt.money(348000, "ar") == f"€{NBSP}3.480,00"


def test_amounts_come_from_integer_cents_without_rounding() -> None:
    assert fmt.money(1, "nl") == f"€{NBSP}0,01"
    assert fmt.money(123456789, "en") == f"€{NBSP}1.234.567,89"


def test_an_amount_in_arabic_text_keeps_its_direction() -> None:
    assert fmt.fill("{amount}", "ar", amount=fmt.money(459450, "ar")) == (
        f"\u2068€{NBSP}4.594,50\u2069"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "maart 2024"),
        ("pl", "marzec 2024"),  # the nominative (stand-alone) month, not "marca"
        ("en", "March 2024"),
        ("ar", "آذار 2024"),  # the Levantine/Iraqi name, not the Egyptian مارس
        ("ti", "መጋቢት 2024"),
    ],
)
def test_months_as_the_locale_writes_them(language: str, expected: str) -> None:
    assert fmt.month("2024-03", language) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01", "كانون الثاني 2025"),
        ("2025-04", "نيسان 2025"),
        ("2025-06", "حزيران 2025"),
        ("2025-10", "تشرين الأول 2025"),
        ("2025-12", "كانون الأول 2025"),
    ],
)
def test_arabic_months_are_the_names_syrians_and_iraqis_use(value: str, expected: str) -> None:
    month = fmt.month(value, "ar")
    assert month == expected
    assert not any(
        egyptian in month for egyptian in ("يناير", "أبريل", "يونيو", "أكتوبر", "ديسمبر")
    )


def test_values_are_isolated_in_arabic_only() -> None:
    assert fmt.fill("x {url} y", "ar", url="https://a.nl") == "x \u2068https://a.nl\u2069 y"
    assert fmt.fill("x {url} y", "nl", url="https://a.nl") == "x https://a.nl y"


def test_each_language_names_itself_in_its_own_script() -> None:
    assert [native_name(code) for code in SUPPORTED] == [
        "Nederlands",
        "Polski",
        "العربية",
        "ትግርኛ",
        "English",
    ]


def test_only_arabic_is_right_to_left() -> None:
    assert {code: direction(code) for code in SUPPORTED} == {
        "nl": "ltr",
        "pl": "ltr",
        "ar": "rtl",
        "ti": "ltr",
        "en": "ltr",
    }


@pytest.mark.parametrize(
    ("code", "chain"),
    [
        ("ti", ("ti", "en", "nl")),
        ("am", ("ti", "en", "nl")),
        ("fa", ("ar", "en", "nl")),
        ("ur", ("ar", "en", "nl")),
        ("en", ("en", "nl")),
        ("nl", ("nl", "en")),
        ("xx", ("en", "nl")),
    ],
)
def test_fallback_chain(code: str, chain: tuple[str, ...]) -> None:
    assert fallback_chain(code) == chain


def test_nearest_supported_and_normalise() -> None:
    assert nearest_supported("am-ET") == "ti"
    assert nearest_supported("prs") == "ar"
    assert normalise("pl-PL") == "pl"
    assert normalise("PL") == "pl"
    assert normalise(None) == "nl"
    assert normalise("fa") == "nl"
