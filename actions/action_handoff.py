"""action_handoff: mark the conversation for the helpdesk and pause the bot.

``ConversationPaused`` makes Rasa log the user's messages without answering them until a
restart; the ``handoff`` slot is the mark the helpdesk lists conversations by.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import (
    ActionExecuted,
    ActiveLoop,
    ConversationPaused,
    EventType,
    SlotSet,
)
from rasa_sdk.executor import CollectingDispatcher


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_handoff")
        return [
            SlotSet("handoff", True),
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            ConversationPaused(),
            # Rasa stops predicting once paused, so it never listens by itself; without this
            # the restart intent (the way out of a pause) would not find its default rule.
            ActionExecuted("action_listen"),
        ]
