"""action_restart (replaces Rasa's default): start the check again, keeping the language.

Since the handoff no longer pauses the bot, this is only the way to start again.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher


class ActionRestart(Action):
    def name(self) -> str:
        return "action_restart"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_restart")
        language = tracker.get_slot("language")
        events: list[EventType] = [Restarted()]
        if language:
            events.append(SlotSet("language", language))
        return [*events, FollowupAction("household_form")]
