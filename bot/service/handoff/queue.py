"""The handoff queue's state changes, each one statement or one short transaction.

Taking a conversation is a single conditional UPDATE (``status = 'waiting'``): on SQLite and on
PostgreSQL exactly one of two agents who press "take" at once gets a row count of 1. A request
whose agent stopped sending heartbeats (a closed browser) goes back to waiting.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, and_, or_, select, update
from sqlalchemy.orm import Session

from bot.service.handoff.models import (
    BOT,
    CLOSED,
    WAITING,
    WITH_AGENT,
    HandoffMessage,
    HandoffRequest,
)


class HandoffError(Exception):
    """The request is not in a state that allows this (taken by another agent, not held)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Holder:
    id: int
    name: str


def _rows(session: Session, statement: Any) -> int:
    return int(cast(CursorResult[Any], session.execute(statement)).rowcount)


def open_request(
    session: Session, sender_id: str, language: str, channel: str, now: float | None = None
) -> HandoffRequest:
    """Open (or reopen) the request; one that is waiting or held stays as it is."""
    now = time.time() if now is None else now
    request = session.get(HandoffRequest, sender_id)
    if request is None:
        request = HandoffRequest(
            sender_id=sender_id,
            status=WAITING,
            language=language,
            channel=channel,
            requested_at=now,
            updated_at=now,
        )
        session.add(request)
    elif request.status in (BOT, CLOSED):
        request.status, request.requested_at, request.updated_at = WAITING, now, now
        request.agent_id = request.agent_name = request.assigned_to = None
        request.language = language
    session.commit()
    return request


def waiting_ahead(session: Session, sender_id: str) -> int:
    """How many waiting requests were made before this one."""
    mine = session.get(HandoffRequest, sender_id)
    statement = select(HandoffRequest.sender_id).where(HandoffRequest.status == WAITING)
    if mine is not None:
        statement = statement.where(HandoffRequest.requested_at < mine.requested_at)
    return len(list(session.scalars(statement)))


def take(session: Session, sender_id: str, agent: Holder, now: float | None = None) -> None:
    """Give the waiting conversation to this agent, or raise HandoffError("taken")."""
    now = time.time() if now is None else now
    taken = _rows(
        session,
        update(HandoffRequest)
        .where(
            HandoffRequest.sender_id == sender_id,
            HandoffRequest.status == WAITING,
            or_(HandoffRequest.assigned_to.is_(None), HandoffRequest.assigned_to == agent.id),
        )
        .values(
            status=WITH_AGENT,
            agent_id=agent.id,
            agent_name=agent.name,
            heartbeat_at=now,
            updated_at=now,
        ),
    )
    session.commit()
    if taken != 1:
        raise HandoffError("taken")


def assign(session: Session, sender_id: str, agent_id: int | None) -> None:
    """A supervisor reserves a waiting conversation for one agent (None: for anyone)."""
    changed = _rows(
        session,
        update(HandoffRequest)
        .where(HandoffRequest.sender_id == sender_id, HandoffRequest.status == WAITING)
        .values(assigned_to=agent_id, updated_at=time.time()),
    )
    session.commit()
    if changed != 1:
        raise HandoffError("not_waiting")


def heartbeat(session: Session, sender_id: str, agent_id: int, now: float | None = None) -> bool:
    """The agent's browser is still open; False when the agent no longer holds it."""
    now = time.time() if now is None else now
    held = _rows(
        session,
        update(HandoffRequest)
        .where(
            HandoffRequest.sender_id == sender_id,
            HandoffRequest.status == WITH_AGENT,
            HandoffRequest.agent_id == agent_id,
        )
        .values(heartbeat_at=now),
    )
    session.commit()
    return held == 1


def release(session: Session, sender_id: str, agent_id: int, status: str) -> None:
    """Hand back to the assistant (``bot``) or close (``closed``): only by the holder."""
    if status not in (BOT, CLOSED):
        raise ValueError(status)
    changed = _rows(
        session,
        update(HandoffRequest)
        .where(
            HandoffRequest.sender_id == sender_id,
            HandoffRequest.status == WITH_AGENT,
            HandoffRequest.agent_id == agent_id,
        )
        .values(status=status, heartbeat_at=None, assigned_to=None, updated_at=time.time()),
    )
    session.commit()
    if changed != 1:
        raise HandoffError("not_held")


def release_stale(session: Session, timeout_seconds: float, now: float | None = None) -> list[str]:
    """Conversations whose agent sent no heartbeat for ``timeout_seconds`` wait again."""
    now = time.time() if now is None else now
    cutoff = now - timeout_seconds
    stale = and_(HandoffRequest.status == WITH_AGENT, HandoffRequest.heartbeat_at < cutoff)
    senders = list(session.scalars(select(HandoffRequest.sender_id).where(stale)))
    released = []
    for sender_id in senders:
        # Conditional again: a heartbeat that arrived since the SELECT keeps the agent.
        if _rows(
            session,
            update(HandoffRequest)
            .where(HandoffRequest.sender_id == sender_id, stale)
            .values(status=WAITING, agent_id=None, agent_name=None, updated_at=now),
        ):
            released.append(sender_id)
    session.commit()
    return released


def holder(session: Session, sender_id: str) -> Holder | None:
    """The agent who holds the conversation now, if any."""
    request = session.get(HandoffRequest, sender_id)
    if request is None or request.status != WITH_AGENT or request.agent_id is None:
        return None
    return Holder(request.agent_id, request.agent_name or "")


def queue(session: Session) -> list[HandoffRequest]:
    """Waiting first (longest waiting on top), then the ones held by an agent."""
    statement = (
        select(HandoffRequest)
        .where(HandoffRequest.status.in_((WAITING, WITH_AGENT)))
        .order_by(HandoffRequest.status, HandoffRequest.requested_at)  # 'waiting' < 'with_agent'
    )
    return list(session.scalars(statement))


def add_message(session: Session, **values: Any) -> HandoffMessage:
    values.setdefault("dutch", values["text"])
    message = HandoffMessage(created_at=time.time(), **values)
    session.add(message)
    session.commit()
    return message


def messages(session: Session, sender_id: str, after: int = 0) -> list[HandoffMessage]:
    statement = (
        select(HandoffMessage)
        .where(HandoffMessage.sender_id == sender_id, HandoffMessage.id > after)
        .order_by(HandoffMessage.id)
    )
    return list(session.scalars(statement))
