"""action_result_detail: a question about the result ("why?", "all steps", "how much?", "since
when?", "what if my partner arrives?"), answered from the stored assessment."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.result_messages import DETAIL_RESPONSES
from actions.tracker_facts import form_answers, latest_intent, this_month
from actions.what_if import partner_arrives


class ActionResultDetail(Action):
    def name(self) -> str:
        return "action_result_detail"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        assessment = tracker.get_slot("assessment")
        intent = str(latest_intent(tracker))
        if not assessment:
            # Before a result: the partner question still has its general answer (the FAQ).
            waiting = "utter_faq_report_partner" if intent == "ask_partner_arrives" else None
            dispatcher.utter_message(response=waiting or "utter_start_check")
            return []
        arguments: dict[str, Any] = {
            "assessment": assessment,
            "situation": tracker.get_slot("situation"),
        }
        if intent == "ask_partner_arrives":
            arguments["arrival"] = partner_arrives(form_answers(tracker), this_month())
        dispatcher.utter_message(
            response=DETAIL_RESPONSES.get(intent, "utter_result_steps"), **arguments
        )
        return []
