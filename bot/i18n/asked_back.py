"""Responses that ask a typed answer back, and the notice for a language we do not speak.

- ``utter_confirm_answer``: "Do I understand right: you receive child benefit from Poland?" with
  a "Yes" button that carries the values as a pressed answer, and "No" (``/deny``), which asks
  the question again. Country names come from the locale data (Babel), in the user's language.
- ``utter_which_month_of_year``: "Which month of 2012? January 2012, or another month?", with a
  button for January of that year and "I don't know".
- ``utter_unsupported_language``: one short message in the nearest supported language that names
  the language detected ("Amharic?") and offers that language and English as buttons.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from babel import Locale

from bot.i18n import buttons as btn
from bot.i18n import format as fmt
from bot.i18n.catalog import Catalog, catalog
from bot.i18n.languages import Language, babel_locale, direction, native_name, nearest_supported
from bot.i18n.output import Button, Message

Arguments = Mapping[str, Any]


def country_name(code: str, language: Language) -> str:
    """The country's name in the user's language ("Polska", "بولندا", "ፖላንድ"); the code if the
    locale data has none."""
    name = Locale.parse(babel_locale(language)).territories.get(code)
    return name if isinstance(name, str) else code


def _confirmation_text(catalog_: Catalog, values: Mapping[str, Any]) -> str:
    language = catalog_.language
    for slot in ("foreign_benefit", "children_abroad"):
        if isinstance(values.get(slot), str):
            name = country_name(values[slot], language)
            return fmt.say(catalog_, f"confirm.{slot}", country=name)
    country = values.get("partner_country")
    if isinstance(country, str):
        name = country_name(country, language)
        return fmt.say(catalog_, "confirm.partner_lives_in", country=name)
    return fmt.say(catalog_, "confirm.partner_lives_abroad")


def confirm_answer(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    values = arguments.get("values")
    if not isinstance(values, Mapping):
        raise ValueError("utter_confirm_answer needs values")
    yes = str(arguments.get("yes") or btn.inform(*next(iter(values.items()))))
    return _confirmation_text(catalog_, values), (
        Button(catalog_.text("button.yes"), yes),
        Button(catalog_.text("button.no"), "/deny"),
    )


def ask_month_of_year(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    slot = str(arguments["slot"])
    year = int(arguments["year"])
    january = fmt.month(f"{year:04d}-01", catalog_.language)
    text = fmt.say(catalog_, "utter_which_month_of_year", year=str(year), january=january)
    return text, (
        Button(january, btn.inform(slot, f"{year:04d}-01")),
        Button(catalog_.text("button.dont_know"), "/dont_know"),
    )


def language_name(detected: str, language: Language) -> str:
    """The detected language's name in ``language`` ("Amharic", "ኣምሓርኛ"), capitalised."""
    name = Locale.parse(babel_locale(language)).languages.get(detected)
    if not isinstance(name, str):
        return detected
    return name[:1].upper() + name[1:]


def unsupported_language(arguments: Arguments, language: Language) -> Message:
    """In the supported language nearest to the one detected (Tigrinya for Amharic, Arabic for
    Farsi): its name, and two buttons, that language and English."""
    detected = str(arguments.get("detected") or "en")
    nearest = nearest_supported(detected)
    text = fmt.say(
        catalog(nearest), "utter_unsupported_language", language=language_name(detected, nearest)
    )
    # English is always offered; next to it the nearest language, or Dutch when that is English.
    offered: tuple[Language, ...] = (nearest, "en") if nearest != "en" else ("en", "nl")
    buttons = tuple(Button(native_name(code), btn.choose_language(code)) for code in offered)
    return Message(text, nearest, direction(nearest), buttons)
