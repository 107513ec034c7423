"""Which answers a correction is about: "is that right? I never got money from Poland" names
the answers whose value is Poland (the foreign child benefit, the partner's country); a message
that names none is about any answer, and gets them all. Pure; no Rasa.
"""

from __future__ import annotations

from typing import Any

from actions.parse.countries import parse_country
from bot.questions import ORDER

# Answers that hold a country (an ISO code), or a country as one of their values.
_COUNTRY_SLOTS = ("partner_country", "children_abroad", "foreign_benefit")


def given_answers(slots: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every answered form question, in conversation order ("I don't know" is an answer)."""
    return [(slot, slots[slot]) for slot in ORDER if slots.get(slot) is not None]


def named_answers(slots: dict[str, Any], text: str) -> list[str]:
    """The answered slots a typed correction points at (empty: it names none)."""
    if not text or text.lstrip().startswith("/"):
        return []
    country = parse_country(text)
    if country is None:
        return []
    return [slot for slot in _COUNTRY_SLOTS if slots.get(slot) == country]
