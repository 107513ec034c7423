"""Telegram and WhatsApp (Twilio) with Rasa's own connectors, plus the gateway's input safety.

Messages from these channels go straight to Rasa, not through the HTTP gateway, so the same
cleaning and redaction run here, inside Rasa's process, before the text reaches NLU, the tracker
store or a log. Button presses (Telegram callback data, "/intent{...}") are passed unchanged.

Runs in .venv-rasa (Python 3.10, Rasa 3.6); imports only the pure `safety` package from the
service. Configured in bot/credentials.channels.yml; bot/launcher.py enables a channel when its
environment variables are set.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.telegram import TelegramInput
from rasa.core.channels.twilio import TwilioInput
from sanic import Blueprint

from bot.service.gateway.safety import TextRefusedError, clean_text, redact_personal_data
from bot.service.gateway.safety.text import MAX_MESSAGE_CHARS

log = logging.getLogger("gateway.channels")

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def safe_text(text: str | None) -> str | None:
    """Cleaned, redacted text; None when nothing is left to send. Payloads pass unchanged."""
    if text is None or text.startswith("/"):
        return text
    try:
        cleaned = clean_text(text).text
    except TextRefusedError as refused:
        if refused.code != "message_too_long":
            return None
        # A channel cannot show our error reply before Rasa answers; keep the first part.
        cleaned = clean_text(text[:MAX_MESSAGE_CHARS]).text
    redaction = redact_personal_data(cleaned)
    if redaction.changed:
        log.info("personal data removed", extra={"kinds": ",".join(redaction.kinds)})
    return redaction.text


def guarded(on_new_message: OnNewMessage) -> OnNewMessage:
    async def handle(message: UserMessage) -> Any:
        text = safe_text(message.text)
        if text is None:
            return None
        message.text = text
        return await on_new_message(message)

    return handle


class SafeTwilioInput(TwilioInput):  # type: ignore[misc]
    """WhatsApp through Twilio; the channel name stays "twilio" (numbered options in the NLG)."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(guarded(on_new_message))


class SafeTelegramInput(TelegramInput):  # type: ignore[misc]
    """Telegram; the channel name stays "telegram" (buttons in the NLG)."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(guarded(on_new_message))
