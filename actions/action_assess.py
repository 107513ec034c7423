"""action_assess: after the form, the rules core's Assessment, rendered as result responses."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.household_from_slots import household_from_slots
from actions.result_messages import new_reference_code, result_messages, summary_of
from actions.tracker_facts import form_answers, this_month
from rules_core import assess


class ActionAssess(Action):
    def name(self) -> str:
        return "action_assess"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        data = summary_of(assess(household_from_slots(form_answers(tracker), this_month())))
        for response, arguments in result_messages(data, tracker.get_slot("situation")):
            dispatcher.utter_message(response=response, **arguments)
        # A new code per result: the summary and the helpdesk (erasure) refer to this one.
        return [
            SlotSet("assessment", data),
            SlotSet("reference_code", new_reference_code()),
            # From now on a typed answer or a "yes" is about this result (data/rules/talk.yml).
            SlotSet("result_shown", True),
            SlotSet("changed_slot", None),
        ]
