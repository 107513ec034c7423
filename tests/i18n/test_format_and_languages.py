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


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", f"€{NBSP}4.594,50"),
        ("pl", f"4{NBSP}594,50{NBSP}€"),
        ("ar", f"{RLM}4,594.50{NBSP}€"),
        ("ti", "€4,594.50"),
        ("en", "€4,594.50"),
    ],
)
def test_amounts_follow_each_locale(language: str, expected: str) -> None:
    assert fmt.money(459450, language) == expected  # type: ignore[arg-type]


def test_amounts_come_from_integer_cents_without_rounding() -> None:
    assert fmt.money(1, "nl") == f"€{NBSP}0,01"
    assert fmt.money(123456789, "en") == "€1,234,567.89"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "maart 2024"),
        ("pl", "marzec 2024"),  # the nominative (stand-alone) month, not "marca"
        ("en", "March 2024"),
        ("ar", "مارس 2024"),
        ("ti", "መጋቢት 2024"),
    ],
)
def test_months_as_the_locale_writes_them(language: str, expected: str) -> None:
    assert fmt.month("2024-03", language) == expected  # type: ignore[arg-type]


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
