"""Read the user's answer to one form question: a button payload, an intent, or free text.

Pure: the validation action passes in the slot, the latest message's text, entities and intent,
the assessment month and the user's language. Returns the slot value, ``DONT_KNOW``, or ``None``
(not an answer). A button's title or its number, typed, is read as the button
(``actions/parse/choices.py``).
"""

from __future__ import annotations

import re
from typing import Any

from actions.parse.choices import read_choice, read_option_number, read_shortcut
from actions.parse.countries import parse_country
from actions.parse.months import parse_month, parse_month_in_year, year_only
from actions.parse.numbers import all_numbers, amount, first_number
from actions.parse.rates import hourly_rate_eurocent
from actions.parse.several import partner_answers
from actions.parse.yes_no import dont_know, read_yes_no, starts_with_no
from bot.questions import DECLINED, DONT_KNOW, FORM_SLOTS, SlotKind
from bot.questions.kinds import CHOICE_KINDS

# Payload values of yes/no buttons and NLU entities.
_TRUE = {"true", "yes"}
_FALSE = {"false", "no"}
# A sentence about one's wife or husband answers "do you have a partner?" without a yes.
_PARTNER_WORDS_ANSWER = frozenset({"has_partner"})
_ANSWER_INTENTS = {"inform", "affirm", "deny", "dont_know", "nlu_fallback", "out_of_scope"}


def _from_entities(slot: str, entities: list[dict[str, Any]]) -> Any:
    for entity in entities:
        if entity.get("entity") == slot:
            return entity.get("value")
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        lowered = value.casefold()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        return read_yes_no(value)
    return None


def _read_bool(text: str, intent: str | None) -> bool | None:
    """The words first ("nie, nic z polski" is no whatever the model guessed), then the intent."""
    said = read_yes_no(text)
    if said is not None:
        return said
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    return None


def _entity_of_type(entities: list[dict[str, Any]], name: str) -> Any:
    return next((e.get("value") for e in entities if e.get("entity") == name), None)


def _country(value: Any) -> str | None:
    """An ISO code from an NLU entity; the entity may carry the name as typed ("ፖላንድ")."""
    if not isinstance(value, str):
        return None
    return value if re.fullmatch(r"[A-Z]{2}", value) else parse_country(value)


def read_answer(
    slot: str,
    text: str,
    entities: list[dict[str, Any]],
    intent: str | None,
    now: str,
    language: str | None = None,
    asked_year: int | None = None,
) -> Any:
    """The value for ``slot`` in this message, ``DONT_KNOW``, a ``YearOnly`` (a month question
    answered with a year alone: ask which month), or ``None`` (no answer in it).
    ``asked_year``: the year the user gave when the form asked "January 2012, or another
    month?", so "maart" is March of that year."""
    kind = FORM_SLOTS[slot]
    payload = _from_entities(slot, entities)
    if payload is not None:
        checked = _check_payload(kind, payload)
        if checked is not None or text.lstrip().startswith("/"):
            return checked
        # Typed text the NLU tagged with the slot's name but could not map ("żonaty" as
        # relationship "zonaty"): the text itself may still name an option.
    if dont_know(text):
        return DONT_KNOW
    # A typed option number is the button, whatever intent the model guessed for "2".
    number = read_option_number(slot, text) if kind.kind in CHOICE_KINDS else None
    if number is not None:
        return _check_payload(kind, number)
    typed_yes_no = not text.startswith("/") and read_yes_no(text) is not None
    if intent == "dont_know" and not (kind.kind == "bool" and typed_yes_no):
        return DONT_KNOW  # but "chyba nie ma" is a no: the words beat the model's guess
    choice = read_choice(slot, text, language) if kind.kind in CHOICE_KINDS else None
    if choice is not None:
        return _check_payload(kind, choice)  # the button's title (or a synonym), typed
    if kind.kind == "money" and read_shortcut(slot, text) == DECLINED:
        return DECLINED  # the skip button's title, typed, whatever intent the model guessed
    if slot in _PARTNER_WORDS_ANSWER:
        # "mam zone ale ona mieszka w polsce" to "do you have a partner?": a yes, and married.
        said = partner_answers(text).get(slot)
        if said is not None and _read_text(kind, text, entities, None, now) is None:
            return said
    if intent is not None and intent not in _ANSWER_INTENTS and not _looks_like_data(kind, text):
        return None
    return _read_text(kind, text, entities, intent, now, asked_year)


def _foreign_country(text: str) -> str | None:
    country = parse_country(text)
    return country if country and country != "NL" else None


def _looks_like_data(kind: SlotKind, text: str) -> bool:
    """Numbers, months, countries and a plain yes or no typed in a form are answers whatever
    intent the model guessed ("veertig uur" is no "thank you", "nie bylo wniosku" no goodbye)."""
    if kind.kind in {"int", "ages", "money"}:
        return first_number(text) is not None
    if kind.kind == "bool":
        return read_yes_no(text) is not None
    if kind.kind == "enum" and "abroad" in kind.values:
        return _foreign_country(text) is not None
    if kind.kind == "rate":
        return hourly_rate_eurocent(text) is not None
    if kind.kind in {"month", "month_or_no"}:
        return parse_month(text, "2000-01") is not None or year_only(text) is not None
    if kind.kind in {"country", "country_or_no"}:
        return parse_country(text) is not None or read_yes_no(text) is not None
    return False


def _check_payload(kind: SlotKind, value: Any) -> Any:
    if value == DONT_KNOW:
        return DONT_KNOW
    if kind.kind == "enum":
        return value if value in kind.values else None
    if kind.kind == "bool":
        return _as_bool(value)
    if kind.kind == "int":
        number = value if isinstance(value, int) else first_number(str(value))
        return _in_range(kind, number)
    if kind.kind in {"month_or_no", "country_or_no"} and _as_bool(value) is not None:
        return "yes" if _as_bool(value) else "no"
    if kind.kind in {"country", "country_or_no"}:
        return _country(value)
    if kind.kind in {"month", "month_or_no"}:
        return value if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value) else None
    if kind.kind == "ages":
        ages = value if isinstance(value, list) else [value]
        valid = all(isinstance(age, int) and 0 <= age <= 30 for age in ages)
        return ages if ages and valid else None
    if kind.kind == "money":
        return DECLINED if value == DECLINED else (value if isinstance(value, int) else None)
    if kind.kind == "rate":
        return _in_range(kind, value if isinstance(value, int) else None)
    return None


def _in_range(kind: SlotKind, number: int | None) -> int | None:
    return number if number is not None and kind.low <= number <= kind.high else None


def _read_text(
    kind: SlotKind,
    text: str,
    entities: list[dict[str, Any]],
    intent: str | None,
    now: str,
    asked_year: int | None = None,
) -> Any:
    if kind.kind == "enum":
        guessed = _entity_of_type(entities, "relationship")
        if guessed in kind.values:
            return guessed
        # "w polsce", "بتركيا", "ኣዲስ ኣበባ": naming the country is how most people say abroad.
        if "abroad" in kind.values and _foreign_country(text):
            return "abroad"
        return None
    if kind.kind == "bool":
        return _read_bool(text, intent)
    if kind.kind == "int":
        number = first_number(text)
        return _in_range(kind, number)
    if kind.kind == "ages":
        ages = [age for age in all_numbers(text) if 0 <= age <= 30]
        return ages or None
    if kind.kind == "money":
        if intent == "deny":
            return DECLINED
        return amount(text)
    if kind.kind == "rate":
        return _in_range(kind, hourly_rate_eurocent(text))
    if kind.kind == "month":
        return parse_month_in_year(text, now, asked_year) or year_only(text)
    if kind.kind == "month_or_no":
        if intent == "deny" or read_yes_no(text) is False:
            return "no"
        return parse_month_in_year(text, now, asked_year) or year_only(text)
    # "nie, nic z polski": a no first is no, even with a country after it.
    if kind.kind == "country_or_no" and starts_with_no(text):
        return "no"
    country = _country(_entity_of_type(entities, "country")) or parse_country(text)
    if kind.kind == "country":
        return country
    # country_or_no: a country, or "no"
    if country:
        return country
    said = _read_bool(text, intent)
    if said is None:
        return None
    return "yes" if said else "no"
