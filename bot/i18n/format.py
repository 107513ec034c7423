"""Values inside messages: money, months and counts per locale, and bidi isolation.

Messages never carry formatting logic; they get already formatted values. In a right-to-left
language every value is wrapped in a first-strong isolate (U+2068 … U+2069), so an amount, a URL,
a phone number or a Dutch form name keeps its own direction inside Arabic text.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_skeleton
from babel.numbers import format_currency, format_decimal

from bot.i18n.catalog import Catalog
from bot.i18n.languages import Language, babel_locale, direction

FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate


def money(eurocent: int, language: Language) -> str:
    # Decimal from integer cents at the presentation edge only; no float rounding.
    return format_currency(Decimal(eurocent) / 100, "EUR", locale=babel_locale(language))


def month(value: str, language: Language) -> str:
    """ "2025-06" as the locale writes a month on its own: "juni 2025", "czerwiec 2025"."""
    year, month_number = (int(part) for part in value.split("-"))
    return format_skeleton("yMMMM", date(year, month_number, 1), locale=babel_locale(language))


def number(value: int, language: Language) -> str:
    return format_decimal(value, locale=babel_locale(language))


def isolate(value: str, language: Language) -> str:
    return f"{FSI}{value}{PDI}" if direction(language) == "rtl" else value


def fill(template: str, language: Language, /, **values: object) -> str:
    """The template with its named placeholders filled, each value isolated in RTL text."""
    return template.format_map(
        {key: isolate(str(value), language) for key, value in values.items()}
    )


def say(catalog: Catalog, key: str, /, **values: object) -> str:
    return fill(catalog.text(key), catalog.language, **values)


def say_count(catalog: Catalog, key: str, n: int, /, **values: object) -> str:
    return fill(catalog.plural(key, n), catalog.language, **values)
