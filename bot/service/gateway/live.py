"""What a person says reaches the web chat as it is sent: server-sent events, or polling.

GET .../live is an event stream of the messages pushed by the handoff (an agent's replies, the
agent joining or handing back); each event's id is the message's place in the transcript, so a
reconnecting browser (Last-Event-ID) or a page reload misses nothing. GET .../pushed is the same
as JSON, for a channel or a proxy that cannot hold a stream open.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from bot.service.gateway.conversations import ConversationId
from bot.service.gateway.deps import StateDep
from bot.service.gateway.errors import GatewayError
from bot.service.gateway.schemas import PushedMessage, PushedMessages
from bot.service.gateway.store_pg import AnyStore
from bot.service.handoff.live import HUB
from bot.service.handoff.service import PUSHED_KEYS

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])

# An open stream looks in the store at least this often (messages stored by another replica).
POLL_SECONDS = 1.0
KEEPALIVE_SECONDS = 15.0


def pushed_after(store: AnyStore, conversation_id: str, after: int) -> list[dict[str, Any]]:
    return [
        {"seq": seq, **message}
        for seq, message in store.messages_after(conversation_id, after)
        if message["custom"] and any(key in message["custom"] for key in PUSHED_KEYS)
    ]


async def _known(store: AnyStore, conversation_id: str) -> None:
    if await run_in_threadpool(store.get, conversation_id) is None:
        raise GatewayError(404, "conversation_not_found")


@router.get("/{conversation_id}/pushed", response_model=PushedMessages)
async def pushed(
    conversation_id: ConversationId,
    state: StateDep,
    after: Annotated[int, Query(ge=0)] = 0,
) -> PushedMessages:
    """Messages from a person stored after position ``after`` (the polling fallback)."""
    await _known(state.store, conversation_id)
    messages = await run_in_threadpool(pushed_after, state.store, conversation_id, after)
    last = await run_in_threadpool(state.store.last_seq, conversation_id)
    return PushedMessages(
        conversation_id=conversation_id,
        last_seq=last,
        messages=[PushedMessage(**m) for m in messages],
    )


@router.get("/{conversation_id}/live")
async def live(
    conversation_id: ConversationId,
    request: Request,
    state: StateDep,
    after: Annotated[int, Query(ge=0)] = 0,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    """Server-sent events: one ``message`` event per message from a person, as it is sent."""
    await _known(state.store, conversation_id)
    if last_event_id and last_event_id.isdigit():
        after = max(after, int(last_event_id))
    return StreamingResponse(
        _stream(request, state.store, conversation_id, after),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _stream(
    request: Request, store: AnyStore, conversation_id: str, after: int
) -> AsyncIterator[str]:
    wake = HUB.subscribe(conversation_id)
    idle = 0.0
    try:
        yield "retry: 2000\n\n"
        while not await request.is_disconnected():
            for message in await run_in_threadpool(pushed_after, store, conversation_id, after):
                after = message["seq"]
                data = json.dumps(message, ensure_ascii=False)
                yield f"id: {after}\nevent: message\ndata: {data}\n\n"
                idle = 0.0
            wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), POLL_SECONDS)
            idle += POLL_SECONDS
            if idle >= KEEPALIVE_SECONDS:
                idle = 0.0
                yield ": keep-alive\n\n"
    finally:
        HUB.unsubscribe(conversation_id, wake)
