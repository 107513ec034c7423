"""Small readers over a rasa-sdk Tracker, shared by the actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.questions import FORM_SLOTS


def this_month() -> str:
    """The assessment month: today's month, taken here at the edge, never inside parsing."""
    return date.today().strftime("%Y-%m")


def form_answers(tracker: Any) -> dict[str, Any]:
    return {name: tracker.get_slot(name) for name in FORM_SLOTS}


def latest_intent(tracker: Any) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_text(tracker: Any) -> str:
    return tracker.latest_message.get("text") or ""


def latest_metadata(tracker: Any) -> dict[str, Any]:
    return tracker.latest_message.get("metadata") or {}
