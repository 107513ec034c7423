"""The typed-answer test set (tests/fixtures/typed_answers, issue 11 part 5): loading it, the
earlier answers that make each question reachable, and what one answer did.

Shared by the fast test (``tests/actions/test_typed_answer_set.py``, through ``read_answer``) and
the end-to-end benchmark (``scripts/bench/typed_answers.py``, through Rasa and the actions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from actions.answers import read_answer
from actions.parse.months import YearOnly
from actions.parse.side_question import explanation_asked
from actions.typed_answers import also_answered

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "typed_answers"
LANGUAGES = ("nl", "pl", "ar", "ti", "en")
NOW = "2026-11"
# Every example of the "Why" (and "What to build") that is a typed answer in the check.
WHY: dict[str, list[str]] = {
    "pl": ["w polsce", "mam zone ale ona mieszka w polsce", "nie, nic z polski",
           "nie bylo wniosku o rozwod", "28 tysięcy", "dwoje", "nie ma", "28k", "17.000",
           "28000"],
    "ar": ["بتركيا", "من 2010", "شو يعني توسلاخ بارتنر؟", "تنين", "٢٠ ألف",
           "لا ما عندها", "اكيد", "marti b turkya", "ma ba3ref", "la2"],
    "ti": ["ኣብ ኢትዮጵያ", "ኣዲስ ኣበባ", "አዎ ባለቤቴ አለች", "ካብ 2012", "ሓደ", "የብላን"],
    "nl": ["veertig uur", "twee", "28000"],
    "en": ["I'm married, my wife lives in Poland", "forty", "28k"],
}  # fmt: skip

_PARTNER = {"has_partner": True}
_ABROAD = _PARTNER | {"partner_lives": "abroad"}
_CHILDREN = {"children_count": 2}
# What the form must know before it asks each question (bot/questions/declarations.py).
_REACHED_AFTER: dict[str, dict[str, Any]] = {
    "relationship": _PARTNER,
    "partner_lives": _PARTNER,
    "partner_country": _ABROAD,
    "partner_has_bsn": _ABROAD,
    "divorce_requested": _PARTNER | {"partner_lives": "other_address_nl"},
    "children_ages": _CHILDREN,
    "children_abroad": _CHILDREN,
    "kgb": _CHILDREN,
    "kgb_since": _CHILDREN | {"kgb": True},
    "kot": _CHILDREN,
    "kot_declared_hours": _CHILDREN | {"kot": True},
    "kot_actual_hours": _CHILDREN | {"kot": True},
    "kinderbijslag": _CHILDREN,
    "foreign_benefit": _CHILDREN | {"situation": "labour_migrant"},
}


@dataclass(frozen=True)
class Item:
    language: str
    slot: str
    text: str
    expect: dict[str, Any]
    given: dict[str, Any] = field(default_factory=dict)

    @property
    def answers(self) -> dict[str, Any]:
        """The earlier answers: those the question needs, then the item's own."""
        return _REACHED_AFTER.get(self.slot, {}) | self.given

    def __str__(self) -> str:
        return f"{self.language}:{self.slot}:{self.text}"


def load(language: str) -> list[Item]:
    rows = yaml.safe_load((FIXTURES / f"{language}.yml").read_text(encoding="utf-8"))
    return [
        Item(language, row["slot"], str(row["text"]), row["expect"], row.get("given") or {})
        for row in rows
    ]


def every_item() -> list[Item]:
    return [item for language in LANGUAGES for item in load(language)]


def read_offline(item: Item) -> dict[str, Any]:
    """What the form does with the answer, as validate_household_form decides it, without Rasa:
    the slots set (or put to the user to confirm), the year asked back, or the side question."""
    explained = explanation_asked(item.text)
    if explained:
        return {"explained": explained}
    value = read_answer(item.slot, item.text, [], "inform", NOW, item.language)
    if value is None:
        return {}
    if isinstance(value, YearOnly):
        return {"year": value.year}
    found = {item.slot: value}
    return found | also_answered(item.slot, item.text, item.answers | found)


def correct(item: Item, outcome: dict[str, Any]) -> bool:
    return outcome == item.expect
