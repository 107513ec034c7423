"""Values inside messages: money, months and counts per locale, and bidi isolation.

Messages never carry formatting logic; they get already formatted values. In a right-to-left
language every value is wrapped in a first-strong isolate (U+2068 … U+2069), so an amount, a URL,
a phone number or a Dutch form name keeps its own direction inside Arabic text.

Amounts are written as on the Dutch letters, "€ 1.234,56", in every language: the user compares
them with letters from Dienst Toeslagen and the Belastingdienst, Mijn toeslagen and bank
statements, which all write them so (docs/i18n.md says why). Months are the locale's own names;
Arabic months are the Levantine/Iraqi ones (آذار، حزيران) that Syrians and Iraqis use.
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


# The Dutch way of writing an amount, for every language (see the module docstring).
MONEY_LOCALE = "nl_NL"
# Month names: Babel's generic "ar" has the Egyptian names (مارس، يونيو); ar_SY has the names
# used in Syria and Iraq, where most Arabic-speaking refugees in the Netherlands come from.
MONTH_LOCALES: dict[Language, str] = {"ar": "ar_SY"}


def money(eurocent: int, language: Language) -> str:
    """ "€ 1.234,56" whatever the language; always with cents, so that "€ 3.480,00" cannot be
    read as three euros by a reader who writes the decimal point as a dot.

    The space after € is a no-break space, so the sign never ends a line on its own. `language`
    is kept in the signature: formatting is per language everywhere else, and the choice to
    write amounts the Dutch way is made here, once.
    """
    # Decimal from integer cents at the presentation edge only; no float rounding.
    return format_currency(Decimal(eurocent) / 100, "EUR", locale=MONEY_LOCALE)


def month(value: str, language: Language) -> str:
    """ "2025-06" as the locale writes a month on its own: "juni 2025", "czerwiec 2025",
    "حزيران 2025" (with Latin digits for the year, as on the letters)."""
    year, month_number = (int(part) for part in value.split("-"))
    locale = MONTH_LOCALES.get(language, babel_locale(language))
    return format_skeleton("yMMMM", date(year, month_number, 1), locale=locale)


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
