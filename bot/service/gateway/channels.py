"""The messaging channels' webhooks: Telegram and WhatsApp (Twilio) enter through the gateway.

The paths are those of Rasa's connectors (bot/rasa_addons/channels.py), so Telegram and Twilio
are pointed at the gateway's public address and Rasa listens on loopback only, like the action
server: Rasa's REST channel, which skips the gateway's cleaning, redaction and rate limits, is
never reachable from outside. For each request the gateway

1. refuses it (403, plain text) when it cannot be verified: Telegram must send the secret token
   the connector registered the webhook with; Twilio's signature is checked when
   TWILIO_WEBHOOK_URL names the URL Twilio posts to;
2. works out the conversation, the keyed hash of the chat id or number that Rasa also uses,
   and remembers its address for a helpdesk agent's replies (the transcript store, so a restart
   of either process loses nothing);
3. applies the per-conversation rate limit (and the per-address limit when the request could not
   be verified: a verified one comes from Telegram's or Twilio's servers, shared by every user);
4. while a helpdesk agent holds the conversation keeps the message for the agent (cleaned and
   redacted, as on the web chat) and answers without Rasa, so the bot stays silent and the form
   stays where it was; otherwise forwards the request unchanged to the conversation's Rasa
   replica and relays Rasa's answer. Rasa's connector cleans and redacts again on its side.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from bot.safety import TextRefusedError, clean_text, redact_personal_data
from bot.safety.channel_keys import pseudonym, telegram_secret_token
from bot.service.gateway.deps import GatewayState, StateDep, client_key
from bot.service.gateway.rasa_client import RasaUnavailableError
from bot.service.gateway.ratelimit import retry_after_header
from bot.service.metrics import Metrics, MetricsDep
from bot.service.settings import Settings, SettingsDep

log = logging.getLogger("gateway.channels")

router = APIRouter(prefix="/webhooks", tags=["channels"], include_in_schema=False)

TELEGRAM_TOKEN_HEADER = "x-telegram-bot-api-secret-token"  # noqa: S105 (a header's name)
TWILIO_SIGNATURE_HEADER = "x-twilio-signature"


@dataclass(frozen=True)
class Incoming:
    """What the gateway reads from a webhook: the sender's address and the text, if any."""

    address: str | None
    text: str | None


@dataclass(frozen=True)
class Channel:
    name: str  # Rasa's channel name: the output_channel of an agent's reply
    prefix: str  # of the pseudonym, as in the connector
    path: str  # the connector's webhook under Rasa's /webhooks/
    done_status: int  # what the connector answers once it has the message
    done_body: str = ""

    def done(self) -> Response:
        return Response(self.done_body, status_code=self.done_status, media_type="text/plain")


TELEGRAM = Channel("telegram", "telegram", "/webhooks/telegram/webhook", 200, "success")
TWILIO = Channel("twilio", "whatsapp", "/webhooks/twilio/webhook", 204)


def sender_secret(settings: Settings, channel_token: str) -> str:
    """The pseudonyms' key, as the connector chooses it (CHANNEL_SENDER_SECRET, else the token)."""
    return settings.channel_sender_secret.get_secret_value() or channel_token


def telegram_incoming(body: bytes) -> Incoming:
    """The chat and the text (or button data) of an update, where Rasa's connector finds them."""
    try:
        update = json.loads(body)
    except ValueError:
        return Incoming(None, None)
    if not isinstance(update, dict):
        return Incoming(None, None)
    callback = update.get("callback_query")
    if isinstance(callback, dict):
        message, text = callback.get("message"), callback.get("data")
    else:
        message = update.get("edited_message") or update.get("message")
        text = message.get("text") if isinstance(message, dict) else None
    chat = message.get("chat") if isinstance(message, dict) else None
    chat_id = chat.get("id") if isinstance(chat, dict) else None
    if chat_id is None:
        return Incoming(None, None)
    return Incoming(str(chat_id), text if isinstance(text, str) else None)


def twilio_incoming(form: list[tuple[str, str]]) -> Incoming:
    values = dict(form)
    return Incoming(values.get("From") or None, values.get("Body"))


def twilio_signature(auth_token: str, url: str, form: list[tuple[str, str]]) -> str:
    """Twilio's X-Twilio-Signature: HMAC-SHA1 of the URL and the sorted parameters, base64."""
    names = sorted({name for name, _ in form})
    signed = url + "".join(
        name + value for name in names for value in sorted({v for n, v in form if n == name})
    )
    digest = hmac.new(auth_token.encode(), signed.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def held_text(raw: str | None, max_chars: int) -> str | None:
    """The text an agent gets, cleaned and redacted as on the web chat; None when nothing is
    left. A message that is too long is cut: the channel cannot show our refusal."""
    if not raw:
        return None
    try:
        cleaned = clean_text(raw[:max_chars], max_chars).text
    except TextRefusedError:
        return None
    redaction = redact_personal_data(cleaned)
    if redaction.changed:
        log.info("personal data removed", extra={"kinds": ",".join(redaction.kinds)})
    return redaction.text


def refused(code: str, status: int = 403, headers: dict[str, str] | None = None) -> Response:
    # Plain: read by Telegram's or Twilio's servers and by an operator, never by a user.
    return Response(code, status_code=status, media_type="text/plain", headers=headers)


@router.post("/telegram/webhook")
async def telegram_webhook(
    request: Request, state: StateDep, settings: SettingsDep, metrics: MetricsDep
) -> Response:
    token = settings.telegram_access_token.get_secret_value()
    if not token:
        return refused("channel_not_configured", 404)
    expected = telegram_secret_token(sender_secret(settings, token))
    given = request.headers.get(TELEGRAM_TOKEN_HEADER, "")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        log.warning("webhook refused", extra={"channel": "telegram"})
        return refused("webhook_not_verified")
    body = await request.body()
    incoming = telegram_incoming(body)
    return await _handle(request, state, settings, metrics, TELEGRAM, token, incoming, True)


@router.post("/twilio/webhook")
async def twilio_webhook(
    request: Request, state: StateDep, settings: SettingsDep, metrics: MetricsDep
) -> Response:
    token = settings.twilio_auth_token.get_secret_value()
    if not token:
        return refused("channel_not_configured", 404)
    body = await request.body()
    form = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    verified = bool(settings.twilio_webhook_url)
    if verified:
        expected = twilio_signature(token, settings.twilio_webhook_url, form)
        given = request.headers.get(TWILIO_SIGNATURE_HEADER, "")
        if not hmac.compare_digest(given.encode(), expected.encode()):
            log.warning("webhook refused", extra={"channel": "twilio"})
            return refused("webhook_not_verified")
    incoming = twilio_incoming(form)
    return await _handle(request, state, settings, metrics, TWILIO, token, incoming, verified)


async def _handle(
    request: Request,
    state: GatewayState,
    settings: Settings,
    metrics: Metrics,
    channel: Channel,
    token: str,
    incoming: Incoming,
    verified: bool,
) -> Response:
    if not verified:
        wait = state.per_client.hit(client_key(request, settings))
        if wait:
            metrics.rate_limited.labels(limit="per_client").inc()
            return refused("slow_down", 429, retry_after_header(wait))
    if incoming.address is None:
        return channel.done()  # nothing for a conversation (Rasa's connector ignores it too)
    conversation_id = pseudonym(incoming.address, sender_secret(settings, token), channel.prefix)
    await run_in_threadpool(
        state.store.remember_address, conversation_id, channel.name, incoming.address
    )
    wait = state.per_conversation.hit(conversation_id)
    if wait:
        metrics.rate_limited.labels(limit="per_conversation").inc()
        if channel is TELEGRAM:
            # Telegram sends a refused update again and again, holding up the bot's other chats.
            return channel.done()
        return refused("slow_down", 429, retry_after_header(wait))

    # Imported here: bot.service.handoff uses the gateway's store and Rasa routing (a cycle).
    from bot.service.handoff.state import handoff_of

    handoff = handoff_of(request.app)
    if await run_in_threadpool(handoff.holder, conversation_id) is not None:
        text = held_text(incoming.text, settings.max_message_chars)
        if text:
            await run_in_threadpool(handoff.keep_for_agent, conversation_id, text, None, False)
        log.info("channel message kept for the agent", extra={"channel": channel.name})
        return channel.done()

    try:
        with metrics.timed("rasa"):
            answer = await state.rasa.forward(
                conversation_id,
                channel.path,
                await request.body(),
                request.headers.get("content-type", "application/octet-stream"),
            )
    except RasaUnavailableError as exc:
        log.warning("rasa unavailable", extra={"error": str(exc), "channel": channel.name})
        return refused("rasa_unavailable", 503)
    return Response(
        answer.content,
        status_code=answer.status_code,
        media_type=answer.headers.get("content-type"),
    )
