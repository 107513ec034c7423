"""action_detect_language: runs before an answer outside the form. Sets the language if none is
set yet; otherwise only offers a switch (two longer messages in another language) or says that
a language is not supported. Never switches by itself."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.language_choice import first_language, metadata_language
from actions.language_offer import offer_other_language
from actions.tracker_facts import latest_metadata, latest_text
from bot.language.marker import marker


class ActionDetectLanguage(Action):
    def name(self) -> str:
        return "action_detect_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        current = tracker.get_slot("language")
        text = latest_text(tracker)
        if not current:
            from_metadata = metadata_language(
                latest_metadata(tracker), tracker.get_slot("session_started_metadata")
            )
            decision = first_language(None, from_metadata, text)
            if decision.unsupported:
                # One short message in the nearest supported language: "Amharic?", and that
                # language and English as buttons (bot/i18n/asked_back.py).
                dispatcher.utter_message(
                    response="utter_unsupported_language", detected=decision.unsupported
                )
            if not decision.language:
                return []
            announcement = marker(tracker.get_latest_input_channel(), decision.language)
            if announcement:
                dispatcher.utter_message(json_message=announcement)
            return [SlotSet("language", decision.language)]
        return offer_other_language(dispatcher, tracker, text)
