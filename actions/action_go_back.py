"""action_go_back: inside the form, forget the last answer so the form asks that question again."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.questions import FORM_SLOTS


def last_answered(events: list[dict[str, Any]], requested: str | None) -> str | None:
    """The form slot most recently given a value (other than the one being asked now)."""
    for event in reversed(events):
        name: str | None = event.get("name")  # an event is untyped JSON
        if (
            event.get("event") == "slot"
            and name in FORM_SLOTS
            and name != requested
            and event.get("value") is not None
        ):
            return name
    return None


class ActionGoBack(Action):
    def name(self) -> str:
        return "action_go_back"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        previous = last_answered(tracker.events, requested)
        if previous is None:
            return []
        # Clearing the previous answer makes it the first unanswered question again.
        return [SlotSet(previous, None), SlotSet("requested_slot", previous)]
