"""Each user message is processed once, even when the gateway sends it again to another replica.

The gateway gives every message an id and puts it in the REST metadata (`message_id`). When it
sends a message again after a failure (another replica, or the client repeating a message id),
it also sets `check_duplicate`. Then, inside Rasa's lock for the conversation (the Redis lock
store in the scaled profile, so no replica can be processing the same conversation meanwhile),
the tracker is read first: if it already holds a user event with that message id, the turn was
processed (by the replica that died before it could answer); the bot events that followed it are
sent back as the answer and nothing is processed or stored again. Rasa saves a turn's events in
one transaction (SQLTrackerStore.save), so the tracker holds a whole turn or none of it.

A first attempt with an id the gateway generated cannot be a duplicate, so it costs nothing.
Installed by bot.rasa_addons.run (Rasa's environment; imports only Rasa).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

log = logging.getLogger("once")

MESSAGE_ID = "message_id"
CHECK_DUPLICATE = "check_duplicate"
# What a stored bot event carries besides its text (rasa.shared.core.events.BotUttered.data).
_BOT_DATA = ("elements", "quick_replies", "buttons", "attachment", "image", "custom")


def stored_answer(events: Iterable[Any], message_id: str) -> list[dict[str, Any]] | None:
    """The bot messages that answered the user event with this message id, or None when the
    tracker has no such user event (the message was never processed)."""
    answer: list[dict[str, Any]] | None = None
    for event in events:
        name = getattr(event, "type_name", None)
        if name == "user":
            if answer is not None:
                break  # the next user message: the answer is complete
            metadata = getattr(event, "metadata", None) or {}
            if metadata.get(MESSAGE_ID) == message_id:
                answer = []
        elif name == "bot" and answer is not None:
            message = {"text": event.text}
            message.update({k: v for k, v in (event.data or {}).items() if k in _BOT_DATA and v})
            answer.append(message)
    return answer


def install() -> None:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor.handle_message
    if getattr(original, "checks_duplicates", False):
        return

    async def handle_message(
        self: MessageProcessor, message: UserMessage
    ) -> list[dict[str, Any]] | None:
        metadata = message.metadata or {}
        message_id = metadata.get(MESSAGE_ID)
        if message_id and metadata.get(CHECK_DUPLICATE):
            tracker = await self.tracker_store.retrieve(message.sender_id)
            answer = stored_answer(tracker.events if tracker else (), str(message_id))
            if answer is not None:
                log.info("duplicate message answered from the tracker")
                for reply in answer:
                    await message.output_channel.send_response(message.sender_id, reply)
                if isinstance(message.output_channel, CollectingOutputChannel):
                    return list(message.output_channel.messages)
                return None
        processed: list[dict[str, Any]] | None = await original(self, message)
        return processed

    handle_message.checks_duplicates = True  # type: ignore[attr-defined]
    MessageProcessor.handle_message = handle_message
