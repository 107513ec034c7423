"""After a message in a conversation whose language is set: offer a switch (two longer messages in
another supported language) or say that a language is not supported. Never switches by itself.
Shared by action_detect_language (outside the form) and validate_household_form (an answer)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.language_choice import later_language


def offer_other_language(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType]:
    current = tracker.get_slot("language")
    if not current:
        return []
    decision = later_language(current, tracker.get_slot("language_seen"), text)
    if decision.offer:
        dispatcher.utter_message(response="utter_offer_language_switch", language=decision.offer)
    if decision.unsupported:
        dispatcher.utter_message(
            response="utter_unsupported_language", detected=decision.unsupported
        )
    return [SlotSet("language_seen", decision.seen)]
