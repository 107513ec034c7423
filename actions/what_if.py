""" "What if my partner arrives?": the rules core asked directly, on the same answers with the
partner living with the user from this month (arrived and registered at the same address).
Pure; no Rasa."""

from __future__ import annotations

from typing import Any

from actions.result_messages import summary_of
from bot.questions.household import household_from_slots
from rules_core import assess


def partner_arrives(slots: dict[str, Any], month: str) -> dict[str, Any] | None:
    """The assessment if the partner abroad came this month; ``None`` when there is no partner
    abroad to arrive (no partner, or the partner already lives in the Netherlands)."""
    if slots.get("has_partner") is not True or slots.get("partner_lives") != "abroad":
        return None
    arrived = {**slots, "partner_lives": "same_address", "partner_arrived": month}
    return summary_of(assess(household_from_slots(arrived, month)))
