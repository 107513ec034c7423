"""What the two transcript stores share: the shape of a stored message, the buttons on offer, and
every method that needs no SQL. ConversationStore (SQLite, store.py) and
PostgresConversationStore (store_pg.py) fill in the few hooks that talk to their database.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

# A message as the messages table holds it after (conversation_id, seq):
# role, text, buttons (JSON), custom (JSON or NULL).
Row = tuple[str, str | None, str, str | None]


def encode(role: str, message: dict[str, Any]) -> Row:
    custom = message.get("custom")
    return (
        role,
        message.get("text"),
        json.dumps(message.get("buttons", []), ensure_ascii=False),
        json.dumps(custom, ensure_ascii=False) if custom is not None else None,
    )


def numbered(conversation_id: str, after: int, rows: list[Row]) -> list[tuple[Any, ...]]:
    """The rows as the messages table takes them, numbered on from seq `after`."""
    return [(conversation_id, after + offset, *row) for offset, row in enumerate(rows, start=1)]


def decode(role: str, text: str | None, buttons: str, custom: str | None) -> dict[str, Any]:
    return {
        "role": role,
        "text": text,
        "buttons": json.loads(buttons),
        "custom": json.loads(custom) if custom else None,
    }


class TranscriptStore(ABC):
    @abstractmethod
    def get(self, conversation_id: str) -> dict[str, Any] | None:
        """The conversation's language and offered payloads, or None if it is not stored."""

    @abstractmethod
    def _append(self, conversation_id: str, rows: list[Row], offered_payloads: str | None) -> int:
        """Store `rows` after the conversation's last seq, in one transaction, and return the
        last seq written. `offered_payloads` (a JSON list) replaces the buttons on offer; None
        keeps them."""

    @abstractmethod
    def _rows_after(self, conversation_id: str, after: int) -> Sequence[tuple[Any, ...]]:
        """(seq, role, text, buttons, custom) of the messages after seq `after`, in order."""

    def append_turn(
        self, conversation_id: str, user_text: str | None, bot_messages: list[dict[str, Any]]
    ) -> None:
        """Store one turn: the (redacted) user text, the bot's replies and their buttons."""
        rows = [] if user_text is None else [encode("user", {"text": user_text})]
        rows += [encode("bot", m) for m in bot_messages]
        offered = [b["payload"] for m in bot_messages for b in m.get("buttons", [])]
        self._append(conversation_id, rows, json.dumps(offered, ensure_ascii=False))

    def append_pushed(self, conversation_id: str, message: dict[str, Any]) -> int:
        """A message from a person or about the handoff (bot/service/handoff), pushed to the
        web chat. The buttons on offer stay as they were: after the agent hands back, the
        question the form is on can still be answered with its buttons. Returns its seq."""
        return self._append(conversation_id, [encode("bot", message)], None)

    def append_user(self, conversation_id: str, text: str) -> int:
        """The user's message while an agent holds the conversation (Rasa never sees it)."""
        return self._append(conversation_id, [encode("user", {"text": text})], None)

    def offered_buttons(self, conversation_id: str) -> list[dict[str, str]]:
        """The buttons on offer now, with their titles (from the last bot turn that had them)."""
        conversation = self.get(conversation_id)
        offered = conversation["offered_payloads"] if conversation else []
        titles: dict[str, str] = {}
        for message in self.messages(conversation_id):
            for button in message["buttons"]:
                titles[button["payload"]] = button["title"]
        return [{"title": titles[p], "payload": p} for p in offered if p in titles]

    def messages_after(self, conversation_id: str, after: int) -> list[tuple[int, dict[str, Any]]]:
        """(seq, message) of the messages stored after ``after``, for the live stream."""
        return [(seq, decode(*rest)) for seq, *rest in self._rows_after(conversation_id, after)]

    def messages(self, conversation_id: str) -> list[dict[str, Any]]:
        # Sequence numbers start at 1, so "after 0" is every message.
        return [decode(*rest) for _, *rest in self._rows_after(conversation_id, 0)]
