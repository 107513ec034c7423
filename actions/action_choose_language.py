"""action_choose_language: the user's explicit choice, which always wins."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.language.detect import SUPPORTED


class ActionChooseLanguage(Action):
    def name(self) -> str:
        return "action_choose_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        chosen = next(tracker.get_latest_entity_values("language"), None)
        chosen = chosen.lower()[:2] if isinstance(chosen, str) else None
        if chosen not in SUPPORTED:
            if chosen:
                dispatcher.utter_message(response="utter_unsupported_language", detected=chosen)
            dispatcher.utter_message(response="utter_choose_language")
            return []
        events: list[EventType] = [SlotSet("language", chosen), SlotSet("language_seen", None)]
        if not tracker.active_loop.get("name"):
            # Outside the form: greet again in the new language and say what the check covers.
            # Inside it, the form asks its question again, now in the new language.
            dispatcher.utter_message(response="utter_greet", language=chosen)
            dispatcher.utter_message(response="utter_check_scope", language=chosen)
        return events
