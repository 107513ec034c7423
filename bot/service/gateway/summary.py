"""GET the summary of a conversation as one document: the printable page or the text download.

The page is rendered on request from the last summary the bot sent in this conversation (its
``custom``, stored with the message: the assessment without trace, the situation, the reference
code and the language). The conversation id is the only key, as for the transcript.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, PlainTextResponse
from starlette.concurrency import run_in_threadpool

from bot.i18n.languages import normalise
from bot.i18n.summary import summary
from bot.i18n.summary_page import page
from bot.service.gateway.conversations import ConversationId
from bot.service.gateway.deps import StateDep
from bot.service.gateway.errors import GatewayError

router = APIRouter(prefix="/api/v1/conversations", tags=["summary"])

# The page loads only our own font; nothing else, no script.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


async def _last_summary(state: Any, conversation_id: str) -> dict[str, Any]:
    conversation = await run_in_threadpool(state.store.get, conversation_id)
    if conversation is None:
        raise GatewayError(404, "conversation_not_found")
    messages = await run_in_threadpool(state.store.messages, conversation_id)
    for message in reversed(messages):
        custom = message.get("custom") or {}
        if isinstance(custom, dict) and isinstance(custom.get("assessment"), dict):
            return custom
    raise GatewayError(404, "summary_not_found", conversation["language"])


def _partner_gender(custom: dict[str, Any]) -> str | None:
    gender = custom.get("partner_gender")
    return gender if isinstance(gender, str) else None


@router.get("/{conversation_id}/summary", response_class=HTMLResponse)
async def summary_page(conversation_id: ConversationId, state: StateDep) -> HTMLResponse:
    """The printable page: the user's language, the Dutch copy underneath, print CSS."""
    custom = await _last_summary(state, conversation_id)
    html = page(
        normalise(custom.get("language")),
        custom["assessment"],
        custom.get("situation"),
        str(custom.get("reference_code") or ""),
        _partner_gender(custom),
    )
    return HTMLResponse(html, headers=PAGE_HEADERS)


@router.get("/{conversation_id}/summary.txt", response_class=PlainTextResponse)
async def summary_download(conversation_id: ConversationId, state: StateDep) -> PlainTextResponse:
    """The same document as a text file to save."""
    custom = await _last_summary(state, conversation_id)
    code = str(custom.get("reference_code") or "")
    text = summary(
        normalise(custom.get("language")),
        custom["assessment"],
        custom.get("situation"),
        code,
        _partner_gender(custom),
    )
    name = f"summary-{code or 'toeslagen'}.txt"
    headers = PAGE_HEADERS | {"Content-Disposition": f'attachment; filename="{name}"'}
    return PlainTextResponse(text, headers=headers, media_type="text/plain; charset=utf-8")
