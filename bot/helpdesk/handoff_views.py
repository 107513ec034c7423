"""Talk to a person, the agent's side: the live queue, taking a conversation, replying in the
user's language, handing back and closing. Every message an agent sends is stored with the
agent's id (bot/service/handoff) and written to the audit log.

These pages carry one small script of the service's own (handoff.js): it refreshes the queue
and, on a held conversation, sends the heartbeat and shows the user's new messages. Without it
the pages still work by reloading.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.helpdesk import audit, facts
from bot.helpdesk.auth import Agent
from bot.helpdesk.ingest import ingest, load
from bot.helpdesk.models import Conversation, User
from bot.helpdesk.pages import PREFIX, SECURITY_HEADERS, checked_form, page, see_other
from bot.helpdesk.state import CurrentAgent, CurrentSupervisor, DbDep, StateDep
from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED, native_name
from bot.i18n.messages_handoff import CANNED_REPLIES
from bot.service.handoff import queue
from bot.service.handoff.models import BOT, WITH_AGENT, HandoffMessage, HandoffRequest
from bot.service.handoff.service import (
    ACTION_MESSAGES,
    Outgoing,
    action_message,
    canned,
    free_text,
    system,
)
from bot.service.handoff.state import handoff_of

router = APIRouter(prefix=f"{PREFIX}/handoff", tags=["helpdesk"], include_in_schema=False)

SCRIPT = Path(__file__).with_name("static") / "handoff.js"
# The console's policy plus this one script and its requests to the service itself.
CSP = SECURITY_HEADERS["Content-Security-Policy"].replace(
    "default-src 'none';", "default-src 'none'; script-src 'self'; connect-src 'self';"
)
MAX_REPLY_CHARS = 2000


def display_name(username: str) -> str:
    """What the user reads: the first part of the account name ("fatima.k" -> "Fatima")."""
    first = username.split("@")[0].split(".")[0].split("_")[0]
    return first[:1].upper() + first[1:]


def holder_of(agent: Agent) -> queue.Holder:
    return queue.Holder(agent.id, display_name(agent.username))


def _scripted(response: HTMLResponse) -> HTMLResponse:
    response.headers["Content-Security-Policy"] = CSP
    return response


@dataclass
class Row:
    request: HandoffRequest
    waiting_minutes: int
    facts: list[facts.Fact]
    assessment: list[str]


def _rows(session: Session) -> list[Row]:
    ingest(session)
    now = time.time()
    rows = []
    for request in queue.queue(session):
        summary = load(session, request.sender_id)
        rows.append(
            Row(
                request,
                int((now - request.requested_at) // 60),
                facts.gathered(summary.slots),
                facts.assessment_texts(summary.assessment, summary.slots.get("situation")),
            )
        )
    return rows


def _agents(session: Session) -> list[User]:
    return list(session.scalars(select(User).where(User.active.is_(True)).order_by(User.username)))


def _queue_context(request: Request, session: Session, agent: Agent) -> dict[str, Any]:
    handoff_of(request.app).release_stale()
    return {
        "rows": _rows(session),
        "agents": _agents(session) if agent.is_supervisor else [],
        "language_names": {code: native_name(code) for code in SUPPORTED},
        "error": request.query_params.get("error", ""),
    }


@router.get("", response_class=HTMLResponse)
def queue_page(request: Request, state: StateDep, session: DbDep, agent: CurrentAgent) -> Response:
    context = _queue_context(request, session, agent)
    return _scripted(page(request, state, agent, "handoff_queue.html", **context))


@router.get("/queue-fragment", response_class=HTMLResponse)
def queue_fragment(
    request: Request, state: StateDep, session: DbDep, agent: CurrentAgent
) -> Response:
    context = _queue_context(request, session, agent)
    return _scripted(page(request, state, agent, "_handoff_rows.html", **context))


@router.post("/{sender_id}/take")
async def take(request: Request, sender_id: str, session: DbDep, agent: CurrentAgent) -> Response:
    await checked_form(request, agent)
    holder = holder_of(agent)
    try:
        queue.take(session, sender_id, holder)
    except queue.HandoffError as error:
        audit.record(session, agent.username, "handoff_take_refused", sender_id, error.code)
        return see_other(f"/handoff?error={error.code}")
    audit.record(session, agent.username, "handoff_take", sender_id)
    handoff_request = session.get(HandoffRequest, sender_id)
    assert handoff_request is not None
    joined = system("agent_joined", handoff_request.language, holder.name)
    handoff_of(request.app).deliverer.deliver(session, handoff_request, joined, holder)
    return see_other(f"/handoff/{sender_id}")


@router.post("/{sender_id}/assign")
async def assign(
    request: Request, sender_id: str, session: DbDep, agent: CurrentSupervisor
) -> Response:
    form = await checked_form(request, agent)
    value = str(form.get("agent_id") or "")
    agent_id = int(value) if value.isdigit() else None
    try:
        queue.assign(session, sender_id, agent_id)
    except queue.HandoffError as error:
        return see_other(f"/handoff?error={error.code}")
    audit.record(session, agent.username, "handoff_assign", sender_id, value or "anyone")
    return see_other("/handoff")


def _thread(session: Session, sender_id: str, after: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "id": m.id,
            "role": m.role,
            "kind": m.kind,
            "text": m.text,
            "dutch": m.dutch if m.dutch != m.text else "",
            "language": m.language,
            "at": time.strftime("%H:%M:%S", time.localtime(m.created_at)),
        }
        for m in queue.messages(session, sender_id, after)
    ]


def thread_for_transcript(session: Session, sender_id: str) -> list[HandoffMessage]:
    """The messages with a person, for the transcript page."""
    return queue.messages(session, sender_id)


@router.get("/{sender_id}", response_class=HTMLResponse)
def conversation(
    request: Request, sender_id: str, state: StateDep, session: DbDep, agent: CurrentAgent
) -> Response:
    ingest(session)
    handoff_request = session.get(HandoffRequest, sender_id)
    if handoff_request is None:
        known = session.get(Conversation, sender_id)
        if known is None:
            return page(request, state, agent, "error.html", 404, message="not_found")
        # Nobody asked for a person here: the page shows the summary, with nothing to take.
        handoff_request = HandoffRequest(
            sender_id=sender_id, status=BOT, language=known.language, channel=known.channel
        )
    queue.heartbeat(session, sender_id, agent.id)
    summary = load(session, sender_id)
    audit.record(session, agent.username, "handoff_view", sender_id)
    thread = _thread(session, sender_id)
    dutch = catalog("nl")
    context: dict[str, Any] = {
        "handoff": handoff_request,
        "held": handoff_request.agent_id == agent.id and handoff_request.status == WITH_AGENT,
        "facts": facts.gathered(summary.slots),
        "assessment_texts": facts.assessment_texts(
            summary.assessment, summary.slots.get("situation")
        ),
        "thread": thread,
        "after": thread[-1]["id"] if thread else 0,
        "canned": [(key, dutch.text(key)) for key in CANNED_REPLIES],
        "actions": [(key, dutch.text(key).split(".")[0]) for key in ACTION_MESSAGES],
        "language_names": {code: native_name(code) for code in SUPPORTED},
        "error": request.query_params.get("error", ""),
    }
    return _scripted(page(request, state, agent, "handoff_conversation.html", **context))


def _held(session: Session, sender_id: str, agent: Agent) -> HandoffRequest | None:
    holder = queue.holder(session, sender_id)
    if holder is None or holder.id != agent.id:
        return None
    return session.get(HandoffRequest, sender_id)


def _outgoing(form: Any, handoff_request: HandoffRequest) -> Outgoing | None:
    kind = str(form.get("kind") or "")
    key = str(form.get("key") or "")
    if kind == "canned" and key in CANNED_REPLIES:
        return canned(key, handoff_request.language)
    if kind == "action" and key in ACTION_MESSAGES:
        return action_message(key, handoff_request.language, handoff_request.channel)
    text = str(form.get("text") or "").strip()[:MAX_REPLY_CHARS]
    language = str(form.get("language") or "")
    if kind == "text" and text and language in SUPPORTED:
        return free_text(text, language)
    return None


@router.post("/{sender_id}/reply")
async def reply(request: Request, sender_id: str, session: DbDep, agent: CurrentAgent) -> Response:
    form = await checked_form(request, agent)
    handoff_request = _held(session, sender_id, agent)
    if handoff_request is None:
        return see_other(f"/handoff/{sender_id}?error=not_held")
    message = _outgoing(form, handoff_request)
    if message is None:
        return see_other(f"/handoff/{sender_id}?error=empty")
    try:
        handoff_of(request.app).deliverer.deliver(
            session, handoff_request, message, holder_of(agent)
        )
    except queue.HandoffError as error:
        return see_other(f"/handoff/{sender_id}?error={error.code}")
    detail = f"{message.kind} {message.key or message.language}"
    audit.record(session, agent.username, "handoff_reply", sender_id, detail)
    queue.heartbeat(session, sender_id, agent.id)
    return see_other(f"/handoff/{sender_id}")


async def _release(
    request: Request, sender_id: str, session: Session, agent: Agent, status: str
) -> Response:
    await checked_form(request, agent)
    handoff_request = _held(session, sender_id, agent)
    if handoff_request is None:
        return see_other(f"/handoff/{sender_id}?error=not_held")
    holder = holder_of(agent)
    queue.release(session, sender_id, agent.id, status)
    line = system(
        "handed_back" if status == "bot" else "closed", handoff_request.language, holder.name
    )
    handoff_of(request.app).deliverer.deliver(session, handoff_request, line, holder)
    audit.record(session, agent.username, f"handoff_{status}", sender_id)
    return see_other("/handoff")


@router.post("/{sender_id}/hand-back")
async def hand_back(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    return await _release(request, sender_id, session, agent, "bot")


@router.post("/{sender_id}/close")
async def close(request: Request, sender_id: str, session: DbDep, agent: CurrentAgent) -> Response:
    return await _release(request, sender_id, session, agent, "closed")


@router.post("/{sender_id}/poll")
async def poll(request: Request, sender_id: str, session: DbDep, agent: CurrentAgent) -> Response:
    """The agent's page is open: the heartbeat, and the messages after ``after``."""
    if request.headers.get("x-csrf-token") != agent.csrf_token:
        return JSONResponse({"code": "csrf"}, status_code=403)
    after = request.query_params.get("after", "0")
    held = queue.heartbeat(session, sender_id, agent.id)
    messages = _thread(session, sender_id, int(after) if after.isdigit() else 0)
    return JSONResponse({"held": held, "messages": messages}, headers={"Cache-Control": "no-store"})


@router.get("/static/handoff.js")
def script() -> Response:
    headers = {**SECURITY_HEADERS, "Cache-Control": "max-age=300"}
    return Response(
        SCRIPT.read_text(encoding="utf-8"), media_type="text/javascript", headers=headers
    )
