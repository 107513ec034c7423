"""action_start: greet in the user's language, offer the languages, promise privacy, say what
the check covers. The language: kept if chosen, else metadata, else the script of the text."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.language_choice import first_language, metadata_language
from actions.tracker_facts import latest_metadata, latest_text


class ActionStart(Action):
    def name(self) -> str:
        return "action_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        from_metadata = metadata_language(
            latest_metadata(tracker), tracker.get_slot("session_started_metadata")
        )
        decision = first_language(tracker.get_slot("language"), from_metadata, latest_text(tracker))
        events: list[EventType] = [SlotSet("fallback_count", 0)]
        if decision.language:
            events.append(SlotSet("language", decision.language))
        if decision.unsupported:
            dispatcher.utter_message(
                response="utter_unsupported_language", detected=decision.unsupported
            )
            dispatcher.utter_message(response="utter_choose_language")
            return events
        for response in (
            "utter_greet",
            "utter_choose_language",
            "utter_privacy_promise",
            "utter_check_scope",
        ):
            dispatcher.utter_message(response=response)
        return events
