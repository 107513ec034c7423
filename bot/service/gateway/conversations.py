"""POST a conversation, POST a message (text or button payload), GET the transcript."""

from __future__ import annotations

import logging
from typing import Annotated, Any, cast

from fastapi import APIRouter, Path, Request
from starlette.concurrency import run_in_threadpool

from bot.i18n.languages import SUPPORTED as LANGUAGES
from bot.language.marker import announced_language
from bot.safety import TextRefusedError, clean_text, redact_personal_data
from bot.service.gateway.deps import GatewayState, StateDep, client_key
from bot.service.gateway.errors import GatewayError
from bot.service.gateway.rasa_client import RasaUnavailableError
from bot.service.gateway.ratelimit import retry_after_header
from bot.service.gateway.schemas import (
    BotMessage,
    ConversationCreated,
    ErrorBody,
    LanguageCode,
    NewConversation,
    Notice,
    Transcript,
    TurnResult,
    UserMessage,
)
from bot.service.gateway.texts import error_message
from bot.service.metrics import Metrics, MetricsDep
from bot.service.settings import SettingsDep

log = logging.getLogger("gateway")

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])

# Payloads a user may send at any time: they carry no entity, so they cannot set a slot. The
# buttons under the result stay usable after later turns (a typed question, a FAQ) offered
# other buttons; before, pressing one then was refused with 422 payload_not_offered (issue 11).
# A payload that names an answer (/change_one_answer{...}) must still have been offered.
ALWAYS_OFFERED = frozenset(
    {
        "/request_summary",
        "/ask_result_why",
        "/ask_result_steps",
        "/ask_result_amount",
        "/ask_result_since",
        "/change_answer",
    }
)

ConversationId = Annotated[str, Path(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Unknown conversation"},
    422: {"model": ErrorBody, "description": "Message refused (too long, empty, unreadable)"},
    429: {"model": ErrorBody, "description": "Slow down (localised), with Retry-After"},
    503: {"model": ErrorBody, "description": "Rasa is not reachable"},
}


def _limit(limiter_wait: float, language: str | None, limit: str, metrics: Metrics) -> None:
    if limiter_wait:
        metrics.rate_limited.labels(limit=limit).inc()
        raise GatewayError(429, "slow_down", language, retry_after_header(limiter_wait))


async def _ask_rasa(
    state: GatewayState,
    metrics: Metrics,
    conversation_id: str,
    text: str,
    language: str,
    message_id: str | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """The conversation language after this turn and the bot's replies.

    Rasa announces a language set inside the conversation (a language button, a typed language
    name, detection) with a data-only marker message (bot.language.marker); the marker is
    taken out here; the caller stores the language, so that the widget's controls and the
    gateway's own error texts follow the conversation.
    """
    try:
        with metrics.timed("rasa"):
            replies = await state.rasa.send(conversation_id, text, language, message_id)
    except RasaUnavailableError as exc:
        log.warning("rasa unavailable", extra={"error": str(exc)})
        raise GatewayError(503, "rasa_unavailable", language) from exc
    kept = []
    for reply in replies:
        announced = announced_language(reply)
        if announced is None:
            kept.append(reply)
        elif announced in LANGUAGES:
            language = announced
    return language, kept


@router.post("", status_code=201, response_model=ConversationCreated, responses=_ERRORS)
async def create_conversation(
    body: NewConversation,
    request: Request,
    state: StateDep,
    settings: SettingsDep,
    metrics: MetricsDep,
) -> ConversationCreated:
    """Start a conversation in a language; the reply holds the bot's greeting."""
    with metrics.timed("gateway"):
        created = await _create(body, request, state, settings, metrics)
    metrics.turns.labels(kind="start", language=created.language).inc()
    return created


async def _create(
    body: NewConversation,
    request: Request,
    state: GatewayState,
    settings: SettingsDep,
    metrics: Metrics,
) -> ConversationCreated:
    limit = state.new_per_client.hit(client_key(request, settings))
    _limit(limit, body.language, "new_conversations_per_client", metrics)
    retention_seconds = settings.conversation_retention_days * 86_400
    await run_in_threadpool(state.store.purge_older_than, retention_seconds)
    conversation_id = await run_in_threadpool(state.store.create, body.language)
    language, replies = await _ask_rasa(
        state, metrics, conversation_id, settings.start_payload, body.language
    )
    if language != body.language:
        await run_in_threadpool(state.store.set_language, conversation_id, language)
    await run_in_threadpool(state.store.append_turn, conversation_id, None, replies)
    log.info("conversation started", extra={"language": language})
    return ConversationCreated(
        conversation_id=conversation_id,
        language=cast(LanguageCode, language),
        messages=[BotMessage(**r) for r in replies],
    )


@router.post("/{conversation_id}/messages", response_model=TurnResult, responses=_ERRORS)
async def post_message(
    conversation_id: ConversationId,
    body: UserMessage,
    request: Request,
    state: StateDep,
    settings: SettingsDep,
    metrics: MetricsDep,
) -> TurnResult:
    """Send typed text or a button payload; returns the bot's replies.

    Typed text is cleaned (control and bidi-override characters removed, NFKC) and personal
    numbers (BSN, IBAN, phone, e-mail) are replaced by placeholders before it goes anywhere.
    """
    with metrics.timed("gateway"):
        result = await _turn(conversation_id, body, request, state, settings, metrics)
    kind = "button" if body.payload is not None else "text" if body.text is not None else "language"
    metrics.turns.labels(kind=kind, language=result.language).inc()
    return result


async def _turn(
    conversation_id: str,
    body: UserMessage,
    request: Request,
    state: GatewayState,
    settings: SettingsDep,
    metrics: Metrics,
) -> TurnResult:
    conversation = await run_in_threadpool(state.store.get, conversation_id)
    if conversation is None:
        raise GatewayError(404, "conversation_not_found", body.language)
    if body.message_id is not None:
        repeated = state.answered.get(conversation_id, body.message_id)
        if repeated is not None:
            return cast(TurnResult, repeated)  # the client sent it again: the same answer
    language = body.language or conversation["language"]
    _limit(state.per_client.hit(client_key(request, settings)), language, "per_client", metrics)
    _limit(state.per_conversation.hit(conversation_id), language, "per_conversation", metrics)
    if body.language and body.language != conversation["language"]:
        await run_in_threadpool(state.store.set_language, conversation_id, body.language)

    notices: list[Notice] = []
    stored_text: str | None
    if body.payload is not None:
        # Only a button the bot just offered may be pressed: a hand-made payload could set any
        # slot or entity, including personal data.
        if (
            body.payload not in conversation["offered_payloads"]
            and body.payload not in ALWAYS_OFFERED
        ):
            raise GatewayError(422, "payload_not_offered", language)
        rasa_text = body.payload
        history = await run_in_threadpool(state.store.messages, conversation_id)
        stored_text = _button_title(history, body.payload)
    elif body.text is not None:
        rasa_text, stored_text = _safe_text(
            body.text, language, settings.max_message_chars, notices
        )
    else:
        # Language picker only: the language is one of five fixed codes, so this payload is ours.
        rasa_text = settings.language_payload.format(language=language)
        stored_text = None

    # Imported here: bot.service.handoff uses the gateway's store and Rasa routing (a cycle).
    from bot.service.handoff.state import handoff_of

    handoff = handoff_of(request.app)
    if await run_in_threadpool(handoff.holder, conversation_id) is not None:
        # A person holds the conversation: the message is for them; Rasa's tracker (and the
        # form's place in it) stays as it is until the agent hands back.
        if stored_text:
            await run_in_threadpool(handoff.keep_for_agent, conversation_id, stored_text, language)
        return TurnResult(
            conversation_id=conversation_id,
            language=cast(LanguageCode, language),
            user_text=stored_text or "",
            notices=notices,
            messages=[],
        )

    spoken, replies = await _ask_rasa(
        state, metrics, conversation_id, rasa_text, language, body.message_id
    )
    if spoken != language:
        await run_in_threadpool(state.store.set_language, conversation_id, spoken)
    await run_in_threadpool(state.store.append_turn, conversation_id, stored_text, replies)
    result = TurnResult(
        conversation_id=conversation_id,
        language=cast(LanguageCode, spoken),
        user_text=stored_text or "",
        notices=notices,
        messages=[BotMessage(**r) for r in replies],
    )
    if body.message_id is not None:
        state.answered.put(conversation_id, body.message_id, result)
    return result


@router.get("/{conversation_id}/messages", response_model=Transcript, responses=_ERRORS)
async def get_messages(conversation_id: ConversationId, state: StateDep) -> Transcript:
    """The conversation so far (redacted user text and bot messages), to resume after reload."""
    conversation = await run_in_threadpool(state.store.get, conversation_id)
    if conversation is None:
        raise GatewayError(404, "conversation_not_found")
    messages = await run_in_threadpool(state.store.messages, conversation_id)
    return Transcript(
        conversation_id=conversation_id,
        language=conversation["language"],
        messages=[BotMessage(**m) for m in messages],
    )


def _safe_text(raw: str, language: str, max_chars: int, notices: list[Notice]) -> tuple[str, str]:
    """Clean and redact typed text; what Rasa gets is exactly what is stored."""
    try:
        cleaned = clean_text(raw, max_chars)
    except TextRefusedError as refused:
        raise GatewayError(422, refused.code, language) from None
    if cleaned.removed_characters:
        notices.append(_notice("text_cleaned", language))
    redaction = redact_personal_data(cleaned.text)
    if redaction.changed:
        notices.append(_notice("personal_data_removed", language))
        log.info("personal data removed", extra={"kinds": ",".join(redaction.kinds)})
    return redaction.text, redaction.text


def _notice(code: str, language: str) -> Notice:
    return Notice(code=code, message=error_message(code, language))


def _button_title(messages: list[dict[str, Any]], payload: str) -> str:
    """Store the pressed button's visible title, which is what the user 'said'."""
    for message in reversed(messages):
        for button in message["buttons"]:
            if button["payload"] == payload:
                return str(button["title"])
    return payload
