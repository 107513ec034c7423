"""action_start: greet in the user's language, offer the languages, promise privacy, say what
the check covers.

Runs after action_detect_language, which has set the language slot by then (a response is
rendered with the slots as they were when the action started, so the slot must be set by an
earlier action). After a message in an unsupported language it says nothing: the notice and the
language buttons came from action_detect_language.
"""

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
        if not first_language(None, from_metadata, latest_text(tracker)).unsupported:
            for response in (
                "utter_greet",
                "utter_choose_language",
                "utter_privacy_promise",
                "utter_check_scope",
            ):
                dispatcher.utter_message(response=response)
        return [SlotSet("fallback_count", 0)]
