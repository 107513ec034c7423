"""action_fallback: one clarifying question with buttons, then the helpdesk offer. Never a loop."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        count = int(tracker.get_slot("fallback_count") or 0) + 1
        if count == 1:
            # After the result, what can be asked about it (and a person), not the start.
            after = tracker.get_slot("result_shown")
            dispatcher.utter_message(
                response="utter_fallback_after_result" if after else "utter_fallback_clarify"
            )
        else:
            dispatcher.utter_message(response="utter_offer_helpdesk")
            count = 0
        # Forget the message we did not understand, so the form (if any) can go on.
        return [UserUtteranceReverted(), SlotSet("fallback_count", count)]
