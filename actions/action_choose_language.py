"""action_choose_language: the user's explicit choice, which always wins.

Sets the slot, and on web chat tells the gateway (bot.language.marker) so that the widget's
controls follow. What follows (utter_check_scope, or the form's question again) is rendered by a
later action, so it already comes in the chosen language.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.i18n.languages import SUPPORTED
from bot.language.marker import marker


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
        announcement = marker(tracker.get_latest_input_channel(), chosen)
        if announcement:
            dispatcher.utter_message(json_message=announcement)
        return [SlotSet("language", chosen), SlotSet("language_seen", None)]
