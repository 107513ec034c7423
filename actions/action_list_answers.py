"""action_list_answers: "change an answer" - the answers given so far, each with a button that
asks it again. A typed correction that names an answer ("I never got money from Poland") gets
only the answers it names, and a button for all the others."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.corrections import given_answers, named_answers
from actions.tracker_facts import form_answers, latest_text


class ActionListAnswers(Action):
    def name(self) -> str:
        return "action_list_answers"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slots = form_answers(tracker)
        answers = given_answers(slots)
        if not answers:
            dispatcher.utter_message(response="utter_change_answer_none")
            return []
        named = set(named_answers(slots, latest_text(tracker)))
        shown = [[slot, value] for slot, value in answers if not named or slot in named]
        dispatcher.utter_message(
            response="utter_change_answer_list", answers=shown, partial=bool(named)
        )
        return []
