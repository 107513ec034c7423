"""action_show_summary: the summary to keep (the last assessment, without the trace)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher


class ActionShowSummary(Action):
    def name(self) -> str:
        return "action_show_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        assessment = tracker.get_slot("assessment")
        if assessment:
            dispatcher.utter_message(
                response="utter_summary",
                assessment=assessment,
                situation=tracker.get_slot("situation"),
                reference_code=tracker.get_slot("reference_code") or "",
            )
        else:
            dispatcher.utter_message(response="utter_start_check")
        return []
