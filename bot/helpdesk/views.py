"""The agent's pages: login, the list, one transcript and what an agent does with it."""

from __future__ import annotations

import secrets
import time
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import delete, select

from bot.helpdesk import audit, auth, facts, i18n, queries
from bot.helpdesk.handoff_views import thread_for_transcript
from bot.helpdesk.ingest import ingest, load
from bot.helpdesk.models import Conversation, Flag, Note, Tag, User
from bot.helpdesk.pages import (
    PREFIX,
    SECURITY_HEADERS,
    checked_form,
    cookie_secure,
    page,
    see_other,
)
from bot.helpdesk.state import CurrentAgent, DbDep, StateDep

router = APIRouter(prefix=PREFIX, tags=["helpdesk"], include_in_schema=False)

FLAG_REASONS = ("misunderstood", "wrong_answer", "translation", "other")
STATUSES = ("bot", "waiting", "with_agent", "closed")
# A conversation with no event for this long has ended (Rasa's session expiry is 60 minutes).
IDLE_SECONDS = 3600


def status_of(conversation: Conversation, now: float | None = None) -> str:
    if conversation.agent_status in STATUSES:
        return conversation.agent_status
    if conversation.asked_person:
        return "waiting"
    now = time.time() if now is None else now
    return "closed" if now - conversation.last_activity_at > IDLE_SECONDS else "bot"


# --- login ------------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, state: StateDep, error: str = "") -> Response:
    token = secrets.token_urlsafe(32)
    response = page(request, state, None, "login.html", login_csrf=token, error=error)
    response.set_cookie(
        auth.LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=cookie_secure(request),
        path=PREFIX,
    )
    return response


@router.post("/login")
def login(
    request: Request,
    state: StateDep,
    session: DbDep,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    csrf_token: Annotated[str, Form(max_length=128)] = "",
) -> Response:
    if not auth.same_token(request.cookies.get(auth.LOGIN_CSRF_COOKIE), csrf_token):
        return see_other("/login?error=csrf")
    settings = state.settings
    user = auth.authenticate(
        session,
        username,
        password,
        settings.helpdesk_max_failed_logins,
        settings.helpdesk_lockout_minutes * 60,
    )
    if user is None:
        audit.record(session, username[:64] or "?", "login_failed")
        return see_other("/login?error=failed")
    token = auth.start_session(session, user, settings.helpdesk_session_hours * 3600)
    audit.record(session, user.username, "login")
    response = see_other("/")
    response.set_cookie(
        auth.COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=cookie_secure(request),
        path=PREFIX,
        max_age=int(settings.helpdesk_session_hours * 3600),
    )
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path=PREFIX)
    return response


@router.post("/logout")
async def logout(request: Request, agent: CurrentAgent, session: DbDep) -> Response:
    await checked_form(request, agent)
    auth.end_session(session, request.cookies.get(auth.COOKIE, ""))
    response = see_other("/login")
    response.delete_cookie(auth.COOKIE, path=PREFIX)
    return response


@router.post("/language")
async def choose_language(request: Request, agent: CurrentAgent, session: DbDep) -> Response:
    form = await checked_form(request, agent)
    user = session.get(User, agent.id)
    if user is not None:
        user.language = i18n.pick(str(form.get("language")))
        session.commit()
    return see_other("/")


# --- the list ---------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def conversation_list(
    request: Request, state: StateDep, session: DbDep, agent: CurrentAgent
) -> Response:
    ingest(session)
    filters = queries.Filters.from_query(request.query_params)
    total = queries.count(session, filters)
    listing = queries.page(session, filters, total)
    previous, following = queries.links(filters, listing, total)
    return page(
        request,
        state,
        agent,
        "list.html",
        filters=filters,
        total=total,
        rows=listing.rows,
        previous=previous,
        following=following,
        choices=queries.choices(session),
        status_of=status_of,
    )


# --- one conversation ---------------------------------------------------------------------------


def _conversation(session: DbDep, sender_id: str) -> Conversation | None:
    ingest(session)
    return session.get(Conversation, sender_id)


@router.get("/conversations/{sender_id}", response_class=HTMLResponse)
def transcript(
    request: Request, sender_id: str, state: StateDep, session: DbDep, agent: CurrentAgent
) -> Response:
    conversation = _conversation(session, sender_id)
    if conversation is None:
        return page(request, state, agent, "error.html", 404, message="not_found")
    summary = load(session, sender_id)
    audit.record(session, agent.username, "view", sender_id)
    month = (summary.assessment or {}).get("assessment_month") or time.strftime("%Y-%m")
    flags = list(session.scalars(select(Flag).where(Flag.sender_id == sender_id)))
    return page(
        request,
        state,
        agent,
        "conversation.html",
        conversation=conversation,
        status=status_of(conversation),
        summary=summary,
        facts=facts.gathered(summary.slots),
        household=facts.household_json(summary.slots, str(month)),
        assessment_texts=facts.assessment_texts(summary.assessment, summary.slots.get("situation")),
        provisional=facts.provisional(summary.assessment),
        amounts=facts.amounts(summary.assessment),
        tags=list(session.scalars(select(Tag).where(Tag.sender_id == sender_id))),
        flags={f.event_id: f for f in flags},
        notes=list(session.scalars(select(Note).where(Note.sender_id == sender_id))),
        reasons=FLAG_REASONS,
        statuses=STATUSES,
        handoff_thread=thread_for_transcript(session, sender_id),
    )


def _back(sender_id: str) -> RedirectResponse:
    return see_other(f"/conversations/{sender_id}")


@router.post("/conversations/{sender_id}/tags")
async def add_tag(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    form = await checked_form(request, agent)
    name = str(form.get("name") or "").strip().lower()[:64]
    if name and _conversation(session, sender_id) is not None:
        exists = session.scalar(select(Tag).where(Tag.sender_id == sender_id, Tag.name == name))
        if exists is None:
            session.add(
                Tag(
                    sender_id=sender_id,
                    name=name,
                    created_by=agent.username,
                    created_at=time.time(),
                )
            )
            session.commit()
            audit.record(session, agent.username, "tag", sender_id, name)
    return _back(sender_id)


@router.post("/conversations/{sender_id}/tags/remove")
async def remove_tag(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    form = await checked_form(request, agent)
    name = str(form.get("name") or "")
    session.execute(delete(Tag).where(Tag.sender_id == sender_id, Tag.name == name))
    session.commit()
    audit.record(session, agent.username, "untag", sender_id, name[:64])
    return _back(sender_id)


@router.post("/conversations/{sender_id}/flags")
async def flag_message(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    form = await checked_form(request, agent)
    reason = str(form.get("reason") or "")
    try:
        event_id = int(str(form.get("event_id") or ""))
    except ValueError:
        return _back(sender_id)
    if reason not in FLAG_REASONS or _conversation(session, sender_id) is None:
        return _back(sender_id)
    if not any(t.event_id == event_id for t in load(session, sender_id).turns):
        return _back(sender_id)
    session.execute(delete(Flag).where(Flag.sender_id == sender_id, Flag.event_id == event_id))
    intent = str(form.get("intent") or "").strip()[:128] or None
    session.add(
        Flag(
            sender_id=sender_id,
            event_id=event_id,
            reason=reason,
            intent=intent,
            comment=str(form.get("comment") or "")[:2000],
            created_by=agent.username,
            created_at=time.time(),
        )
    )
    session.commit()
    audit.record(session, agent.username, "flag", sender_id, f"{event_id} {reason}")
    return _back(sender_id)


@router.post("/conversations/{sender_id}/notes")
async def add_note(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    form = await checked_form(request, agent)
    text = str(form.get("text") or "").strip()[:4000]
    if text and _conversation(session, sender_id) is not None:
        session.add(
            Note(sender_id=sender_id, text=text, created_by=agent.username, created_at=time.time())
        )
        session.commit()
        audit.record(session, agent.username, "note", sender_id)
    return _back(sender_id)


@router.post("/conversations/{sender_id}/review")
async def mark_reviewed(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    form = await checked_form(request, agent)
    conversation = _conversation(session, sender_id)
    if conversation is not None:
        if form.get("undo"):
            conversation.reviewed_by, conversation.reviewed_at = None, None
        else:
            conversation.reviewed_by, conversation.reviewed_at = agent.username, time.time()
        session.commit()
        audit.record(
            session, agent.username, "unreview" if form.get("undo") else "review", sender_id
        )
    return _back(sender_id)


@router.post("/conversations/{sender_id}/status")
async def set_status(
    request: Request, sender_id: str, session: DbDep, agent: CurrentAgent
) -> Response:
    form = await checked_form(request, agent)
    status = str(form.get("status") or "")
    conversation = _conversation(session, sender_id)
    if conversation is not None and status in STATUSES:
        conversation.agent_status = status
        session.commit()
        audit.record(session, agent.username, "status", sender_id, status)
    return _back(sender_id)


@router.get("/static/helpdesk.css")
def stylesheet() -> Response:
    from bot.helpdesk.state import TEMPLATES

    css = (TEMPLATES.parent / "static" / "helpdesk.css").read_text(encoding="utf-8")
    headers = {**SECURITY_HEADERS, "Cache-Control": "max-age=3600"}
    return Response(css, media_type="text/css", headers=headers)
