"""action_handoff: mark the conversation for a person; the bot does not stop.

The ``handoff`` slot is the mark: the web gateway (bot/service/handoff), which sees every turn,
opens the request for the helpdesk queue and, while an agent holds the conversation, keeps the
user's messages from Rasa. The form is left active on purpose: the user can go on with the
assistant while waiting, and after the agent hands back, the form resumes at its question.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        # The text (wait or office hours, the helpline) is chosen by the NLG from the settings.
        dispatcher.utter_message(response="utter_handoff")
        return [SlotSet("handoff", True)]
