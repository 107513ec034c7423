"""action_ask_check_answer: the form's question when a typed answer is asked back.

Either "which month of 2012?" (a year without a month is never stored as January) or "Do I
understand right: you receive child benefit from Poland?" (a typed answer that creates a risk
on its own counts only after the user's yes). What waits is in the ``pending_answer`` slot, set
by validate_household_form (``actions/typed_answers.py``).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.typed_answers import PENDING, confirmation_payload


class ActionAskCheckAnswer(Action):
    def name(self) -> str:
        return "action_ask_check_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        pending = tracker.get_slot(PENDING) or {}
        slot = pending.get("slot")
        values = pending.get("values")
        if isinstance(values, dict):
            dispatcher.utter_message(
                response="utter_confirm_answer", values=values, yes=confirmation_payload(values)
            )
        elif isinstance(pending.get("year"), int):
            dispatcher.utter_message(
                response="utter_which_month_of_year", slot=slot, year=pending["year"]
            )
        elif slot:
            dispatcher.utter_message(response=f"utter_ask_{slot}")
        return []
