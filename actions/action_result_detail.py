"""action_result_detail: "why?" or "all steps" after the result, from the stored assessment."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.result_messages import DETAIL_RESPONSES


class ActionResultDetail(Action):
    def name(self) -> str:
        return "action_result_detail"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        assessment = tracker.get_slot("assessment")
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if not assessment:
            dispatcher.utter_message(response="utter_start_check")
            return []
        dispatcher.utter_message(
            response=DETAIL_RESPONSES.get(str(intent), "utter_result_steps"),
            assessment=assessment,
            situation=tracker.get_slot("situation"),
        )
        return []
