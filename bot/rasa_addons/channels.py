"""Telegram and WhatsApp (Twilio) with Rasa's own connectors, plus the gateway's input safety.

The webhooks enter through the gateway (bot/service/gateway/channels.py), which verifies them,
applies its rate limits, keeps a message for a helpdesk agent who holds the conversation, and
otherwise forwards the request unchanged to this connector on loopback. The same cleaning and
redaction run here too, inside Rasa's process, before the text reaches NLU, the tracker store or
a log. Button presses (Telegram callback data, "/intent{...}") are passed unchanged. Telegram's
webhook is registered with a secret token derived from the senders' key
(bot/safety/channel_keys.py), which the gateway checks.

The sender id Rasa stores would be the WhatsApp phone number or the Telegram chat id. It is
replaced by a keyed hash (HMAC-SHA256 with CHANNEL_SENDER_SECRET, else the channel's own secret),
so the tracker store never holds the number; the replies of the same turn go out to the real
address through a thin wrapper around Rasa's output channel. An agent's later reply finds the
address in memory, or the gateway hands it over first (POST /webhooks/<channel>/address, from
the gateway's store; only an address whose keyed hash is the conversation is taken).

On WhatsApp the options are a numbered list (see bot/service/nlg/router.py): a reply with an
option's number is turned into that option's payload here, so it works outside the form too.
The options shown are remembered in this process (`make run`) or, with several Rasa replicas
(`make run-scaled`, CHANNEL_OPTIONS_REDIS_URL), in Redis.

Runs in .venv-rasa (Python 3.10, Rasa 3.6); imports only the pure `bot.safety` package and the
channel helpers of `bot.i18n`, never the FastAPI service (an import-linter contract). Configured
in bot/credentials.channels.yml; bot/launcher.py enables a channel when its variables are set.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.core.channels.twilio import TwilioInput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request

from bot.language.numerals import option_number
from bot.safety import TextRefusedError, clean_text, redact_personal_data
from bot.safety.channel_keys import pseudonym, telegram_secret_token
from bot.safety.text import MAX_MESSAGE_CHARS

log = logging.getLogger("channels")

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


class NumberedOptions:
    """The numbered options last shown to each (pseudonymous) sender, so that a reply "2" becomes
    the second option's payload, as a button press would.

    Kept in this process's memory, for the most recent senders only: after a restart, or for a
    long-quiet sender, a typed number reaches Rasa as text, where the form still reads it.
    """

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._shown: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    def remember(self, sender: str, options: list[dict[str, Any]] | None) -> None:
        payloads = tuple(str(o.get("payload", "")) for o in options or () if o.get("payload"))
        if not payloads:
            return
        self._shown[sender] = payloads
        self._shown.move_to_end(sender)
        while len(self._shown) > self.limit:
            self._shown.popitem(last=False)

    def answer(self, sender: str, text: str) -> str:
        """The payload the typed number picks, or the text unchanged. Options are used once."""
        payloads = self._shown.pop(sender, ())
        number = option_number(text)
        if number is not None and 1 <= number <= len(payloads):
            return payloads[number - 1]
        return text


class RedisNumberedOptions:
    """NumberedOptions kept in Redis, so that every Rasa replica reads what another showed (the
    scaled profile: a sender's next message may reach another replica after a fail-over).

    One key per pseudonymous sender (never the phone number), expiring after `ttl_seconds`; a
    typed number uses the options once (GETDEL). Redis not answering is not the user's problem:
    the number then reaches Rasa as text, as after a restart of the in-process memory.
    """

    def __init__(self, url: str, ttl_seconds: int = 86_400, prefix: str = "toeslagen:options:"):
        import redis

        self.ttl_seconds = ttl_seconds
        self.prefix = prefix
        self._redis = redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        self._errors: tuple[type[Exception], ...] = (redis.RedisError, OSError)

    def remember(self, sender: str, options: list[dict[str, Any]] | None) -> None:
        payloads = [str(o.get("payload", "")) for o in options or () if o.get("payload")]
        if not payloads:
            return
        try:
            self._redis.set(self.prefix + sender, json.dumps(payloads), ex=self.ttl_seconds)
        except self._errors as error:
            log.warning("numbered options not stored", extra={"error": type(error).__name__})

    def answer(self, sender: str, text: str) -> str:
        try:
            stored = self._redis.execute_command("GETDEL", self.prefix + sender)
        except self._errors as error:
            log.warning("numbered options not read", extra={"error": type(error).__name__})
            stored = None
        payloads = json.loads(stored) if stored else []
        number = option_number(text)
        if number is not None and 1 <= number <= len(payloads):
            return str(payloads[number - 1])
        return text


OptionsMemory = NumberedOptions | RedisNumberedOptions


def options_memory() -> OptionsMemory:
    """Redis when CHANNEL_OPTIONS_REDIS_URL is set (make run-scaled), else this process."""
    url = os.environ.get("CHANNEL_OPTIONS_REDIS_URL")
    return RedisNumberedOptions(url) if url else NumberedOptions()


SHOWN: OptionsMemory = options_memory()


class Addresses:
    """Pseudonym -> real address of the most recent senders, in this process's memory.

    A helpdesk agent's reply comes later than the user's turn, through Rasa's HTTP API with
    ``output_channel`` (bot/service/handoff): the channel's output must still find the chat id
    or phone number. Rasa writes it nowhere; the gateway keeps it in its store and hands it over
    before an agent's reply (`address_route`), so a restart of Rasa loses nothing.
    """

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._real: OrderedDict[str, str] = OrderedDict()

    def remember(self, alias: str, real: str) -> None:
        self._real[alias] = real
        self._real.move_to_end(alias)
        while len(self._real) > self.limit:
            self._real.popitem(last=False)

    def get(self, alias: str, default: str) -> str:
        return self._real.get(alias, default)


ADDRESSES = Addresses()


class AliasedOutput(OutputChannel):  # type: ignore[misc]
    """Rasa's output channel, with the pseudonymous recipient mapped back to the real one."""

    def __init__(
        self,
        inner: OutputChannel,
        aliases: dict[str, str] | Addresses,
        shown: OptionsMemory = SHOWN,
    ) -> None:
        self.inner = inner
        self.aliases = aliases
        self.shown = shown

    def name(self) -> str:  # the NLG renders for the real channel (buttons or numbers)
        return str(self.inner.name())

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.shown.remember(recipient_id, message.get("numbered_options"))
        await self.inner.send_response(self.aliases.get(recipient_id, recipient_id), message)


def guarded(
    on_new_message: OnNewMessage, secret: str, prefix: str, shown: OptionsMemory = SHOWN
) -> OnNewMessage:
    async def handle(message: UserMessage) -> Any:
        text = safe_text(message.text)
        if text is None:
            return None
        alias = pseudonym(str(message.sender_id), secret, prefix)
        ADDRESSES.remember(alias, str(message.sender_id))
        message.text = shown.answer(alias, text)
        message.output_channel = AliasedOutput(
            message.output_channel, {alias: message.sender_id}, shown
        )
        message.sender_id = alias
        return await on_new_message(message)

    return handle


def address_route(secret: str, prefix: str) -> Callable[[Request], Awaitable[Any]]:
    """POST {"sender": pseudonym, "address": chat id or number}: remember where a conversation's
    messages go. Refused unless the address's keyed hash is that conversation."""

    async def learn(request: Request) -> Any:
        body = request.json if isinstance(request.json, dict) else {}
        sender, address = str(body.get("sender", "")), str(body.get("address", ""))
        if not address or pseudonym(address, secret, prefix) != sender:
            return response.json({"code": "address_refused"}, status=403)
        ADDRESSES.remember(sender, address)
        return response.json({"status": "ok"})

    return learn


def with_address_route(blueprint: Blueprint, secret: str, prefix: str) -> Blueprint:
    blueprint.add_route(address_route(secret, prefix), "/address", methods=["POST"])
    return blueprint


def _secret(fallback: str | None) -> str:
    secret = os.environ.get("CHANNEL_SENDER_SECRET") or fallback
    if not secret:
        raise ValueError("set CHANNEL_SENDER_SECRET to pseudonymise channel sender ids")
    return secret


class SafeTwilioInput(TwilioInput):  # type: ignore[misc]
    """WhatsApp through Twilio; the channel name stays "twilio" (numbered options in the NLG)."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        secret = _secret(self.auth_token)
        blueprint = super().blueprint(guarded(on_new_message, secret, "whatsapp"))
        return with_address_route(blueprint, secret, "whatsapp")

    def get_output_channel(self) -> OutputChannel:
        """For a message Rasa sends outside a user's turn (``output_channel=twilio``)."""
        return AliasedOutput(super().get_output_channel(), ADDRESSES)


class SafeTelegramInput(TelegramInput):  # type: ignore[misc]
    """Telegram; the channel name stays "telegram" (buttons in the NLG)."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        secret = _secret(self.access_token)
        self._secret_token = telegram_secret_token(secret)
        self._building = True
        try:
            blueprint = super().blueprint(guarded(on_new_message, secret, "telegram"))
        finally:
            self._building = False
        return with_address_route(blueprint, secret, "telegram")

    def get_output_channel(self) -> OutputChannel:
        """While the blueprint is built, Rasa's own output, with the webhook registered (as
        Rasa does at start-up) but with the secret token the gateway checks; the webhook
        handler checks the bot's name with it. Later, for a message Rasa sends outside a user's
        turn (``output_channel=telegram``), a plain output mapped to the real chat: Rasa's
        would register the webhook again with ``asyncio.run``, which fails inside the running
        server (RuntimeError).
        """
        if getattr(self, "_building", False):
            channel = TelegramOutput(self.access_token)
            asyncio.run(register_webhook(channel, self.webhook_url, self._secret_token))
            return channel
        return AliasedOutput(TelegramOutput(self.access_token), ADDRESSES)


async def register_webhook(channel: TelegramOutput, url: str, secret_token: str) -> None:
    """setWebhook with a secret_token (Bot API 6.1), which aiogram 2.15's set_webhook lacks;
    Telegram then sends it in X-Telegram-Bot-Api-Secret-Token with every update."""
    try:
        await channel.request("setWebhook", {"url": url, "secret_token": secret_token})
    except TelegramAPIError as error:
        raise RasaException(f"Failed to set channel webhook: {error}") from error
    finally:
        # Its session belongs to this short event loop; the server's loop opens its own.
        await channel.session.close()
