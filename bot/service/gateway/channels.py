"""Telegram and WhatsApp (Twilio) with Rasa's own connectors, plus the gateway's input safety.

Messages from these channels go straight to Rasa, not through the HTTP gateway, so the same
cleaning and redaction run here, inside Rasa's process, before the text reaches NLU, the tracker
store or a log. Button presses (Telegram callback data, "/intent{...}") are passed unchanged.

The sender id Rasa stores would be the WhatsApp phone number or the Telegram chat id. It is
replaced by a keyed hash (HMAC-SHA256 with CHANNEL_SENDER_SECRET, else the channel's own secret),
so the tracker store never holds the number; the replies of the same turn go out to the real
address through a thin wrapper around Rasa's output channel.

Runs in .venv-rasa (Python 3.10, Rasa 3.6); imports only the pure `safety` package from the
service. Configured in bot/credentials.channels.yml; bot/launcher.py enables a channel when its
environment variables are set.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
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


def pseudonym(sender_id: str, secret: str, prefix: str) -> str:
    digest = hmac.new(secret.encode(), sender_id.encode(), hashlib.sha256).hexdigest()
    return f"{prefix}-{digest[:32]}"


class AliasedOutput(OutputChannel):  # type: ignore[misc]
    """Rasa's output channel, with the pseudonymous recipient mapped back to the real one."""

    def __init__(self, inner: OutputChannel, aliases: dict[str, str]) -> None:
        self.inner = inner
        self.aliases = aliases

    def name(self) -> str:  # the NLG renders for the real channel (buttons or numbers)
        return str(self.inner.name())

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        await self.inner.send_response(self.aliases.get(recipient_id, recipient_id), message)


def guarded(on_new_message: OnNewMessage, secret: str, prefix: str) -> OnNewMessage:
    async def handle(message: UserMessage) -> Any:
        text = safe_text(message.text)
        if text is None:
            return None
        message.text = text
        alias = pseudonym(str(message.sender_id), secret, prefix)
        message.output_channel = AliasedOutput(message.output_channel, {alias: message.sender_id})
        message.sender_id = alias
        return await on_new_message(message)

    return handle


def _secret(fallback: str | None) -> str:
    secret = os.environ.get("CHANNEL_SENDER_SECRET") or fallback
    if not secret:
        raise ValueError("set CHANNEL_SENDER_SECRET to pseudonymise channel sender ids")
    return secret


class SafeTwilioInput(TwilioInput):  # type: ignore[misc]
    """WhatsApp through Twilio; the channel name stays "twilio" (numbered options in the NLG)."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        secret = _secret(self.auth_token)
        return super().blueprint(guarded(on_new_message, secret, "whatsapp"))


class SafeTelegramInput(TelegramInput):  # type: ignore[misc]
    """Telegram; the channel name stays "telegram" (buttons in the NLG)."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        secret = _secret(self.access_token)
        return super().blueprint(guarded(on_new_message, secret, "telegram"))
