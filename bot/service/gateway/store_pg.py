"""The gateway's transcript store on PostgreSQL (the scaled profile), with the same methods as the
SQLite ConversationStore in store.py (what needs no SQL is shared in transcript.py).

Used when ASSISTANT_DATABASE_URL is a postgresql:// URL: then the gateway, the helpdesk console
and Rasa's event broker share one database, and every gateway replica sees every conversation.
The tables are prefixed `gateway_` so that they never meet the console's or Rasa's tables.
Each thread-pool thread keeps its own connection (psycopg 3), as the SQLite store does.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import psycopg

from bot.service.gateway.store import ConversationStore, new_conversation_id
from bot.service.gateway.transcript import Row, TranscriptStore, numbered
from bot.service.settings import Settings

_SCHEMA = """
CREATE TABLE IF NOT EXISTS gateway_conversations (
    id TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    -- Payloads of the buttons in the bot's last turn: the only payloads a user may send next.
    offered_payloads TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS gateway_messages (
    conversation_id TEXT NOT NULL REFERENCES gateway_conversations(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'bot')),
    text TEXT,
    buttons TEXT NOT NULL DEFAULT '[]',
    custom TEXT,
    PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX IF NOT EXISTS gateway_conversations_created ON gateway_conversations (created_at);
-- A Telegram or WhatsApp conversation's address by its pseudonym (see store.py).
CREATE TABLE IF NOT EXISTS gateway_channel_addresses (
    conversation_id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    updated_at DOUBLE PRECISION NOT NULL
);
"""


def libpq_url(url: str) -> str:
    """A SQLAlchemy-style URL (postgresql+psycopg://) as libpq reads it (postgresql://)."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}" if scheme.startswith("postgres") else url


class PostgresConversationStore(TranscriptStore):
    def __init__(self, url: str) -> None:
        self.url = libpq_url(url)
        self._local = threading.local()
        with psycopg.connect(self.url, autocommit=True) as db:
            # Two gateway replicas starting at once must not both create the tables.
            db.execute("SELECT pg_advisory_lock(74656)")
            try:
                db.execute(_SCHEMA)
            finally:
                db.execute("SELECT pg_advisory_unlock(74656)")

    def _connect(self) -> psycopg.Connection[Any]:
        db: psycopg.Connection[Any] | None = getattr(self._local, "db", None)
        if db is None or db.closed or db.broken:
            db = psycopg.connect(self.url, autocommit=True)  # transactions are explicit
            self._local.db = db
        return db

    def create(self, language: str) -> str:
        conversation_id = new_conversation_id()
        db = self._connect()
        with db.transaction():
            db.execute(
                "INSERT INTO gateway_conversations (id, language, created_at) VALUES (%s, %s, %s)",
                (conversation_id, language, time.time()),
            )
        return conversation_id

    def purge_older_than(self, seconds: float) -> int:
        db = self._connect()
        with db.transaction():
            cursor = db.execute(
                "DELETE FROM gateway_conversations WHERE created_at < %s",
                (time.time() - seconds,),
            )
            db.execute(
                "DELETE FROM gateway_channel_addresses WHERE updated_at < %s",
                (time.time() - seconds,),
            )
        return cursor.rowcount

    def delete(self, conversation_ids: list[str]) -> int:
        db = self._connect()
        with db.transaction():
            cursor = db.execute(
                "DELETE FROM gateway_conversations WHERE id = ANY(%s)", (conversation_ids,)
            )
            db.execute(
                "DELETE FROM gateway_channel_addresses WHERE conversation_id = ANY(%s)",
                (conversation_ids,),
            )
        return cursor.rowcount

    def compact(self) -> None:
        """PostgreSQL reclaims deleted rows itself (autovacuum); nothing to rewrite here."""

    def remember_address(self, conversation_id: str, channel: str, address: str) -> None:
        """The channel address of a Telegram or WhatsApp conversation (its pseudonym)."""
        db = self._connect()
        with db.transaction():
            db.execute(
                "INSERT INTO gateway_channel_addresses VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (conversation_id) DO UPDATE SET channel = excluded.channel,"
                " address = excluded.address, updated_at = excluded.updated_at",
                (conversation_id, channel, address, time.time()),
            )

    def address(self, conversation_id: str) -> str | None:
        db = self._connect()
        with db.transaction():
            row = db.execute(
                "SELECT address FROM gateway_channel_addresses WHERE conversation_id = %s",
                (conversation_id,),
            ).fetchone()
        return None if row is None else str(row[0])

    def get(self, conversation_id: str) -> dict[str, Any] | None:
        db = self._connect()
        with db.transaction():
            row = db.execute(
                "SELECT language, offered_payloads FROM gateway_conversations WHERE id = %s",
                (conversation_id,),
            ).fetchone()
        if row is None:
            return None
        return {"language": row[0], "offered_payloads": json.loads(row[1])}

    def set_language(self, conversation_id: str, language: str) -> None:
        db = self._connect()
        with db.transaction():
            db.execute(
                "UPDATE gateway_conversations SET language = %s WHERE id = %s",
                (language, conversation_id),
            )

    def _append(self, conversation_id: str, rows: list[Row], offered_payloads: str | None) -> int:
        db = self._connect()
        with db.transaction():
            # The conversation row is locked first, so two turns of one conversation that reach
            # two gateway replicas at once cannot take the same sequence numbers.
            db.execute(
                "SELECT 1 FROM gateway_conversations WHERE id = %s FOR UPDATE", (conversation_id,)
            )
            last = self._last_seq(db, conversation_id)
            with db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO gateway_messages VALUES (%s, %s, %s, %s, %s, %s)",
                    numbered(conversation_id, last, rows),
                )
            if offered_payloads is not None:
                db.execute(
                    "UPDATE gateway_conversations SET offered_payloads = %s WHERE id = %s",
                    (offered_payloads, conversation_id),
                )
        return last + len(rows)

    def _rows_after(self, conversation_id: str, after: int) -> list[tuple[Any, ...]]:
        db = self._connect()
        with db.transaction():
            return db.execute(
                "SELECT seq, role, text, buttons, custom FROM gateway_messages"
                " WHERE conversation_id = %s AND seq > %s ORDER BY seq",
                (conversation_id, after),
            ).fetchall()

    def last_seq(self, conversation_id: str) -> int:
        db = self._connect()
        with db.transaction():
            return self._last_seq(db, conversation_id)

    @staticmethod
    def _last_seq(db: psycopg.Connection[Any], conversation_id: str) -> int:
        (last,) = db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM gateway_messages WHERE conversation_id = %s",
            (conversation_id,),
        ).fetchone() or (0,)
        return int(last)


# Either transcript store: the gateway's code takes whichever deps.py chose.
AnyStore = ConversationStore | PostgresConversationStore


def conversation_store(settings: Settings) -> AnyStore:
    """The transcripts follow ASSISTANT_DATABASE_URL onto PostgreSQL (the scaled profile, where
    several gateways and Rasa replicas share it); otherwise the SQLite file of `make run`. The
    gateway and the handoff (which pushes an agent's messages) must use the same one."""
    if settings.database_url.startswith(("postgresql", "postgres:")):
        return PostgresConversationStore(settings.database_url)
    return ConversationStore(settings.conversation_db_path)
