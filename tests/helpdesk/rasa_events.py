"""Conversations as Rasa 3.6 writes them to the SQL event broker: Event.as_dict() JSON.

The shapes follow rasa/shared/core/events.py (UserUttered, BotUttered, SlotSet, ActionExecuted)
and what Rasa adds when it publishes to a broker (``sender_id``); bot events carry the response
name in ``metadata.utter_action`` and the action's arguments beside it, as RemoteAction does.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from actions.household_from_slots import household_from_slots
from actions.result_messages import summary_of
from bot.i18n import render
from rules_core import assess
from tests.households import SPOUSE_ABROAD


class Conversation:
    """Builds one conversation's events, in order, with a clock that moves a few seconds a turn."""

    def __init__(
        self, sender_id: str, language: str, channel: str = "rest", start: float = 1.767e9
    ) -> None:
        self.sender_id = sender_id
        self.language = language
        self.channel = channel
        self.clock = start
        self.slots: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []
        self.add({"event": "action", "name": "action_session_start", "policy": None})
        self.add({"event": "session_started"})
        self.slot("language", language)

    def add(self, event: dict[str, Any]) -> None:
        self.clock += 3.0
        self.events.append(
            {"timestamp": self.clock, "metadata": {}, **event, "sender_id": self.sender_id}
        )

    def slot(self, name: str, value: Any) -> None:
        self.slots[name] = value
        self.add({"event": "slot", "name": name, "value": value})

    def user(
        self, text: str, intent: str, confidence: float = 0.98, entities: list | None = None
    ) -> None:
        parse_data = {
            "intent": {"name": intent, "confidence": confidence},
            "entities": entities or [],
            "text": text,
            "message_id": uuid.uuid4().hex,
            "metadata": {"language": self.language},
            "intent_ranking": [{"name": intent, "confidence": confidence}],
        }
        self.add(
            {
                "event": "user",
                "text": text,
                "parse_data": parse_data,
                "input_channel": self.channel,
                "message_id": parse_data["message_id"],
                "metadata": {"language": self.language},
            }
        )
        self.add({"event": "user_featurization", "use_text_for_featurization": False})

    def bot(self, response: str, **arguments: Any) -> None:
        message = render(response, {**self.slots, **arguments}, self.language, self.channel)
        self.add({"event": "action", "name": response, "policy": "RulePolicy", "confidence": 1.0})
        self.add(
            {
                "event": "bot",
                "text": message.text,
                "data": {
                    "elements": None,
                    "quick_replies": None,
                    "buttons": [b.as_dict() for b in message.buttons] or None,
                    "attachment": None,
                    "image": None,
                    "custom": None,
                },
                "metadata": {"utter_action": response, **arguments},
            }
        )

    def listen(self) -> None:
        self.add({"event": "action", "name": "action_listen", "policy": None})

    def rows(self) -> list[tuple[str, str]]:
        return [(self.sender_id, json.dumps(e, ensure_ascii=False)) for e in self.events]


def assessed(
    sender_id: str,
    language: str,
    channel: str = "rest",
    start: float = 1.767e9,
    reference_code: str = "ABCD2345",
    slots: dict[str, Any] | None = None,
) -> Conversation:
    """A whole household check: greeting, two answers by button, one typed, the result."""
    conversation = Conversation(sender_id, language, channel, start)
    answers = slots or SPOUSE_ABROAD
    conversation.bot("utter_ask_situation")
    conversation.listen()
    conversation.user('/inform{"situation":"labour_migrant"}', "inform")
    conversation.slot("situation", answers["situation"])
    conversation.bot("utter_ask_has_partner")
    conversation.listen()
    conversation.user("ja, mijn vrouw woont in Polen", "affirm", 0.91)
    for name, value in answers.items():
        if name != "situation":
            conversation.slot(name, value)
    data = summary_of(assess(household_from_slots(answers, "2026-11")))
    conversation.bot("utter_result_headline", assessment=data, situation=answers["situation"])
    conversation.slot("assessment", data)
    conversation.slot("reference_code", reference_code)
    conversation.listen()
    return conversation


def confused(sender_id: str, language: str, channel: str = "telegram", start: float = 1.767e9):
    """Two fallbacks and a request for a person."""
    conversation = Conversation(sender_id, language, channel, start)
    conversation.bot("utter_ask_situation")
    conversation.listen()
    conversation.user("ik snap het niet hoor", "nlu_fallback", 0.31)
    conversation.bot("utter_fallback_clarify")
    conversation.listen()
    conversation.user("42 bananen", "nlu_fallback", 0.22)
    conversation.bot("utter_offer_helpdesk")
    conversation.listen()
    conversation.user("/request_human", "request_human", 1.0)
    conversation.slot("handoff", True)
    conversation.bot("utter_handoff")
    conversation.listen()
    return conversation
