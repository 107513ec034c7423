"""The overview (agents), and what only supervisors do: exports, erasure, audit log, accounts."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from bot.helpdesk import audit, auth, exports, i18n, plots, queries
from bot.helpdesk.ingest import ingest
from bot.helpdesk.models import Conversation, User
from bot.helpdesk.pages import (
    PREFIX,
    SECURITY_HEADERS,
    checked_form,
    language_of,
    page,
    see_other,
)
from bot.helpdesk.retention import erase
from bot.helpdesk.state import CurrentAgent, CurrentSupervisor, DbDep, StateDep
from bot.questions.declarations import QUESTIONS

router = APIRouter(prefix=PREFIX, tags=["helpdesk"], include_in_schema=False)


# --- overview ---------------------------------------------------------------------------------


@router.get("/overview", response_class=HTMLResponse)
def overview(request: Request, state: StateDep, session: DbDep, agent: CurrentAgent) -> Response:
    ingest(session)
    filters = queries.Filters.from_query(request.query_params)
    rows = queries.every(session, filters)
    _ = page_gettext(request, agent)
    per_day = Counter(datetime.fromtimestamp(r.started_at, UTC).strftime("%Y-%m-%d") for r in rows)
    per_language = Counter(r.language for r in rows)
    per_channel = Counter(r.channel or "?" for r in rows)
    risks = Counter(code for r in rows for code in r.risk_codes.split())
    funnel = [
        (q.slot, sum(1 for r in rows if f" {q.message} " in r.asked_questions)) for q in QUESTIONS
    ]
    fallback_rate = [
        (language, sum(1 for r in rows if r.language == language and r.fallbacks) / count)
        for language, count in sorted(per_language.items())
    ]
    persons = [
        (language, sum(1 for r in rows if r.language == language and r.asked_person))
        for language in sorted(per_language)
    ]
    charts = [
        plots.bars(_("Conversations per day"), sorted(per_day.items())[-31:]),
        plots.bars(_("Conversations per language"), sorted(per_language.items())),
        plots.bars(_("Conversations per channel"), sorted(per_channel.items())),
        plots.bars(_("Conversations that reached each question"), [f for f in funnel if f[1]]),
        plots.bars(_("Most frequent risks"), risks.most_common(10)),
        plots.bars(_("Share of conversations with a fallback"), fallback_rate, "%"),
        plots.bars(_("Requests for a person"), persons),
    ]
    return page(
        request, state, agent, "overview.html", charts=charts, total=len(rows), filters=filters
    )


def page_gettext(request: Request, agent: auth.Agent) -> Callable[[str], str]:
    return i18n.translations(language_of(request, agent)).gettext


# --- exports (supervisors) --------------------------------------------------------------------


def _download(body: str, media_type: str, filename: str) -> Response:
    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(body, media_type=media_type, headers=headers)


def _exported(request: Request, session: DbDep, agent: auth.Agent, kind: str) -> list[Conversation]:
    ingest(session)
    filters = queries.Filters.from_query(request.query_params)
    rows = queries.every(session, filters)
    audit.record(
        session, agent.username, "export", None, f"{kind} {len(rows)} {filters.query_string()}"
    )
    for row in rows:
        audit.record(session, agent.username, "exported", row.sender_id, kind)
    return rows


@router.get("/export.jsonl")
def export_jsonl(request: Request, session: DbDep, agent: CurrentSupervisor) -> Response:
    rows = _exported(request, session, agent, "jsonl")
    return _download(exports.jsonl(session, rows), "application/x-ndjson", "conversations.jsonl")


@router.get("/export.csv")
def export_csv(request: Request, session: DbDep, agent: CurrentSupervisor) -> Response:
    rows = _exported(request, session, agent, "csv")
    return _download(
        exports.csv_text(session, rows), "text/csv; charset=utf-8", "conversations.csv"
    )


@router.get("/export-nlu.yml")
def export_nlu(
    request: Request, session: DbDep, agent: CurrentSupervisor, language: str = "nl"
) -> Response:
    language = language[:8]
    audit.record(session, agent.username, "export", None, f"nlu {language}")
    return _download(exports.nlu_yaml(session, language), "application/yaml", f"nlu_{language}.yml")


# --- erasure (supervisors) --------------------------------------------------------------------


@router.get("/erase", response_class=HTMLResponse)
def erase_form(request: Request, state: StateDep, agent: CurrentSupervisor) -> Response:
    return page(request, state, agent, "erase.html", result=None)


@router.post("/erase", response_class=HTMLResponse)
async def erase_conversation(
    request: Request, state: StateDep, session: DbDep, agent: CurrentSupervisor
) -> Response:
    form = await checked_form(request, agent)
    code = str(form.get("reference_code") or "").strip().upper()[:32]
    removed = erase(session, state.settings, code) if code else None
    count = len(removed.conversations) if removed else 0
    audit.record(session, agent.username, "erase", None, f"{count} conversation(s)")
    return page(request, state, agent, "erase.html", result=count)


# --- audit log and accounts (supervisors) -----------------------------------------------------


@router.get("/audit", response_class=HTMLResponse)
def audit_log(
    request: Request, state: StateDep, session: DbDep, agent: CurrentSupervisor, page_: int = 1
) -> Response:
    entries = audit.recent(session, 200, (max(1, page_) - 1) * 200)
    return page(request, state, agent, "audit.html", entries=entries, page_=page_)


@router.get("/users", response_class=HTMLResponse)
def users(
    request: Request, state: StateDep, session: DbDep, agent: CurrentSupervisor, error: str = ""
) -> Response:
    accounts = list(session.scalars(select(User).order_by(User.username)))
    return page(
        request, state, agent, "users.html", accounts=accounts, error=error, now=time.time()
    )


@router.post("/users")
async def add_user(request: Request, session: DbDep, agent: CurrentSupervisor) -> Response:
    form = await checked_form(request, agent)
    try:
        auth.add_user(
            session,
            str(form.get("username") or "").strip(),
            str(form.get("password") or ""),
            str(form.get("role") or ""),
            str(form.get("language") or "nl"),
        )
    except auth.AccountError:
        session.rollback()
        return see_other("/users?error=1")
    audit.record(session, agent.username, "user_add", None, str(form.get("username"))[:64])
    return see_other("/users")


@router.post("/users/{username}/active")
async def user_active(
    request: Request, username: str, session: DbDep, agent: CurrentSupervisor
) -> Response:
    form = await checked_form(request, agent)
    active = form.get("active") == "1"
    if username == agent.username and not active:
        return see_other("/users?error=1")
    try:
        auth.set_active(session, username, active)
    except auth.AccountError:
        return see_other("/users?error=1")
    audit.record(
        session, agent.username, "user_enable" if active else "user_disable", None, username
    )
    return see_other("/users")
