"""action_closing_in_form: "thank you" or "goodbye" while a question is open.

A content answer is never a goodbye or a thank-you: the model may read "veertig uur" as thanks
or "nie bylo wniosku o rozwod" as goodbye, but when the text answers the open question the form
reads it (the rules run household_form next). Only a message that is nothing else says
goodbye (and stops the form) or gets the reply to thanks. A message in a language we do not
speak (Amharic) is not a goodbye either: the form asks again.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import read_answer
from actions.tracker_facts import latest_intent, latest_text, this_month
from actions.typed_answers import CHECK_ANSWER, PENDING
from bot.language.detect import detect
from bot.questions import FORM_SLOTS


def answers_open_question(tracker: Tracker) -> bool:
    requested = tracker.get_slot("requested_slot")
    if requested == CHECK_ANSWER:
        requested = (tracker.get_slot(PENDING) or {}).get("slot")
    if requested not in FORM_SLOTS:
        return False
    text = latest_text(tracker)
    # Read as if the model had guessed nothing: the words decide.
    value = read_answer(requested, text, [], None, this_month(), tracker.get_slot("language"))
    return value is not None


def _unsupported_language(text: str) -> bool:
    detection = detect(text)
    return (
        detection.language is not None
        and not detection.supported
        and (detection.confident or detection.script != "latin")
    )


class ActionClosingInForm(Action):
    def name(self) -> str:
        return "action_closing_in_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if answers_open_question(tracker):
            return []  # household_form runs next and reads the answer
        if latest_intent(tracker) == "thank":
            dispatcher.utter_message(response="utter_thanks_reply")
            return []
        if _unsupported_language(latest_text(tracker)):
            return []  # the form says it did not understand, and the language notice follows
        dispatcher.utter_message(response="utter_goodbye")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]
