"""action_change_answer: one answer chosen from the list (/change_one_answer{"change_slot":...}).

Clears it, so that the form asks it again, and remembers it in ``changed_slot``: once it is
answered, the validation clears the answers that depend on it and no longer fit
(bot/questions/dependants.py). The form then asks only those, and the result is given anew.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.corrections import given_answers
from actions.tracker_facts import form_answers
from bot.questions import FORM_SLOTS


class ActionChangeAnswer(Action):
    def name(self) -> str:
        return "action_change_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slot = next(tracker.get_latest_entity_values("change_slot"), None)
        if slot not in FORM_SLOTS or tracker.get_slot(str(slot)) is None:
            # Not an answer that was given: show the list again instead of guessing.
            answers = [[name, value] for name, value in given_answers(form_answers(tracker))]
            if answers:
                dispatcher.utter_message(
                    response="utter_change_answer_list", answers=answers, partial=False
                )
            return []
        return [SlotSet(str(slot), None), SlotSet("changed_slot", slot)]
