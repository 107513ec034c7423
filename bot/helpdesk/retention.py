"""Retention and erasure, applied to every store that holds a conversation:

- Rasa's event-broker table ``events`` and the console's own tables (one database);
- Rasa's SQL tracker store (table ``events``): the SQLite file ``tracker_db_path``, or the
  PostgreSQL database ``tracker_database_url`` of the scaled profile;
- the gateway's transcript store, wherever the gateway keeps it (bot.service.gateway.store_pg
  .conversation_store: the SQLite file, or PostgreSQL with the console); its conversation id is
  Rasa's sender id.

Retention deletes conversations whose last activity is older than ``retention_days``; erasure
deletes the conversations that carry one reference code, by a supervisor. The audit log keeps
who did what and when, but no longer which conversation (its id is replaced).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    CursorResult,
    Delete,
    Engine,
    column,
    create_engine,
    delete,
    func,
    inspect,
    select,
    table,
    text,
    update,
)
from sqlalchemy.orm import Session

from bot.helpdesk.db import normalise_url
from bot.helpdesk.ingest import ingest
from bot.helpdesk.models import AuditEntry, BrokerEvent, Conversation, Flag, Note, Tag
from bot.service.gateway.store_pg import conversation_store
from bot.service.handoff.models import HandoffMessage, HandoffRequest
from bot.service.settings import Settings

ERASED = "(erased)"
# Rasa's tracker table, as much of it as a DELETE needs (rasa/core/tracker_store.py).
_TRACKER_EVENTS = table("events", column("sender_id"))


@dataclass
class Removed:
    conversations: list[str] = field(default_factory=list)
    broker_events: int = 0
    tracker_events: int = 0
    transcripts: int = 0
    audit_entries: int = 0


def _deleted(session: Session, statement: Delete) -> int:
    """Rows a DELETE removed (a DELETE's result is a CursorResult, which has the count)."""
    result = cast(CursorResult[Any], session.execute(statement))
    return int(result.rowcount)


def _console(session: Session, senders: list[str], removed: Removed) -> None:
    for chunk in _chunks(senders):
        removed.broker_events += _deleted(
            session, delete(BrokerEvent).where(BrokerEvent.sender_id.in_(chunk))
        )
        # The handoff's requests and messages with an agent go with the conversation.
        for model in (Tag, Flag, Note, HandoffRequest, HandoffMessage, Conversation):
            session.execute(delete(model).where(model.sender_id.in_(chunk)))
        session.execute(
            update(AuditEntry).where(AuditEntry.sender_id.in_(chunk)).values(sender_id=ERASED)
        )
    session.commit()


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _tracker_store(
    settings: Settings, senders: list[str], older_than: float | None, removed: Removed
) -> None:
    if settings.tracker_database_url:
        engine = create_engine(normalise_url(settings.tracker_database_url))
    elif Path(settings.tracker_db_path).exists():
        engine = create_engine(f"sqlite:///{settings.tracker_db_path}")
    else:
        return
    sqlite = engine.dialect.name == "sqlite"
    try:
        if not inspect(engine).has_table("events"):
            return  # Rasa has not stored a conversation yet
        with engine.begin() as connection:
            if sqlite:
                connection.execute(text("PRAGMA secure_delete=ON"))
            if older_than is not None:
                removed.tracker_events += connection.execute(
                    text(
                        "DELETE FROM events WHERE sender_id IN (SELECT sender_id FROM events"
                        " GROUP BY sender_id HAVING MAX(timestamp) < :cutoff)"
                    ),
                    {"cutoff": older_than},
                ).rowcount
            for chunk in _chunks(senders):
                removed.tracker_events += connection.execute(
                    delete(_TRACKER_EVENTS).where(_TRACKER_EVENTS.c.sender_id.in_(chunk))
                ).rowcount
        if sqlite:
            with engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM"))
    finally:
        engine.dispose()


def _compact_console(session: Session) -> None:
    bind = session.get_bind()
    if isinstance(bind, Engine) and bind.dialect.name == "sqlite":
        with bind.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM"))


def apply_retention(session: Session, settings: Settings, now: float | None = None) -> Removed:
    now = time.time() if now is None else now
    cutoff = now - settings.retention_days * 86_400
    ingest(session)
    removed = Removed()
    removed.conversations = list(
        session.scalars(
            select(Conversation.sender_id).where(Conversation.last_activity_at < cutoff)
        )
    )
    _console(session, removed.conversations, removed)
    removed.audit_entries = _deleted(session, delete(AuditEntry).where(AuditEntry.at < cutoff))
    session.commit()
    _tracker_store(settings, removed.conversations, cutoff, removed)
    store = conversation_store(settings)
    removed.transcripts = store.purge_older_than(now - cutoff) + store.delete(removed.conversations)
    return removed


def senders_with_reference(session: Session, reference_code: str) -> list[str]:
    ingest(session)
    senders = set(
        session.scalars(
            select(Conversation.sender_id).where(Conversation.reference_code == reference_code)
        )
    )
    # Also a code that was replaced later in the conversation (a second result).
    senders.update(
        s
        for s in session.scalars(
            select(BrokerEvent.sender_id)
            .where(BrokerEvent.data.contains('"reference_code"'))
            .where(BrokerEvent.data.contains(f'"{reference_code}"'))
            .distinct()
        )
        if s
    )
    return sorted(senders)


def erase(session: Session, settings: Settings, reference_code: str) -> Removed:
    removed = Removed(conversations=senders_with_reference(session, reference_code))
    if not removed.conversations:
        return removed
    _console(session, removed.conversations, removed)
    _tracker_store(settings, removed.conversations, None, removed)
    removed.transcripts = conversation_store(settings).delete(removed.conversations)
    _compact_console(session)
    return removed


def broker_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(BrokerEvent)) or 0)
