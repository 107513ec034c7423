"""The gateway's transcript store on PostgreSQL (the scaled profile), with the same methods as the
SQLite ConversationStore in store.py.

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


class PostgresConversationStore:
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

    def append_turn(
        self, conversation_id: str, user_text: str | None, bot_messages: list[dict[str, Any]]
    ) -> None:
        """Store one turn: the (redacted) user text, the bot's replies and their buttons."""
        offered = [b["payload"] for m in bot_messages for b in m.get("buttons", [])]
        rows: list[tuple[str, str | None, list[Any], Any]] = []
        if user_text is not None:
            rows.append(("user", user_text, [], None))
        rows += [
            ("bot", m.get("text"), m.get("buttons", []), m.get("custom")) for m in bot_messages
        ]
        db = self._connect()
        with db.transaction():
            # The conversation row is locked first, so two turns of one conversation that reach
            # two gateway replicas at once cannot take the same sequence numbers.
            db.execute(
                "SELECT 1 FROM gateway_conversations WHERE id = %s FOR UPDATE", (conversation_id,)
            )
            (last,) = db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM gateway_messages WHERE conversation_id = %s",
                (conversation_id,),
            ).fetchone() or (0,)
            with db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO gateway_messages VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (
                            conversation_id,
                            last + offset,
                            role,
                            text,
                            json.dumps(buttons, ensure_ascii=False),
                            json.dumps(custom, ensure_ascii=False) if custom is not None else None,
                        )
                        for offset, (role, text, buttons, custom) in enumerate(rows, start=1)
                    ],
                )
            db.execute(
                "UPDATE gateway_conversations SET offered_payloads = %s WHERE id = %s",
                (json.dumps(offered, ensure_ascii=False), conversation_id),
            )

    def _append_keeping_offer(
        self, conversation_id: str, role: str, message: dict[str, Any]
    ) -> int:
        custom = message.get("custom")
        db = self._connect()
        with db.transaction():
            db.execute(
                "SELECT 1 FROM gateway_conversations WHERE id = %s FOR UPDATE", (conversation_id,)
            )
            (last,) = db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM gateway_messages WHERE conversation_id = %s",
                (conversation_id,),
            ).fetchone() or (0,)
            db.execute(
                "INSERT INTO gateway_messages VALUES (%s, %s, %s, %s, %s, %s)",
                (
                    conversation_id,
                    last + 1,
                    role,
                    message.get("text"),
                    json.dumps(message.get("buttons", []), ensure_ascii=False),
                    json.dumps(custom, ensure_ascii=False) if custom is not None else None,
                ),
            )
        return int(last) + 1

    def append_pushed(self, conversation_id: str, message: dict[str, Any]) -> int:
        """A message from a person or about the handoff, pushed to the web chat; the buttons on
        offer stay as they were (as in the SQLite store). Returns its seq."""
        return self._append_keeping_offer(conversation_id, "bot", message)

    def append_user(self, conversation_id: str, text: str) -> int:
        """The user's message while an agent holds the conversation (Rasa never sees it)."""
        return self._append_keeping_offer(conversation_id, "user", {"text": text})

    def offered_buttons(self, conversation_id: str) -> list[dict[str, str]]:
        """The buttons on offer now, with their titles (from the last bot turn that had them)."""
        conversation = self.get(conversation_id)
        offered = conversation["offered_payloads"] if conversation else []
        titles: dict[str, str] = {}
        for message in self.messages(conversation_id):
            for button in message["buttons"]:
                titles[button["payload"]] = button["title"]
        return [{"title": titles[p], "payload": p} for p in offered if p in titles]

    def messages_after(self, conversation_id: str, after: int) -> list[tuple[int, dict[str, Any]]]:
        """(seq, message) of the messages stored after ``after``, for the live stream."""
        db = self._connect()
        with db.transaction():
            rows = db.execute(
                "SELECT seq, role, text, buttons, custom FROM gateway_messages"
                " WHERE conversation_id = %s AND seq > %s ORDER BY seq",
                (conversation_id, after),
            ).fetchall()
        return [
            (
                seq,
                {
                    "role": role,
                    "text": text,
                    "buttons": json.loads(buttons),
                    "custom": json.loads(custom) if custom else None,
                },
            )
            for seq, role, text, buttons, custom in rows
        ]

    def last_seq(self, conversation_id: str) -> int:
        db = self._connect()
        with db.transaction():
            (last,) = db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM gateway_messages WHERE conversation_id = %s",
                (conversation_id,),
            ).fetchone() or (0,)
        return int(last)

    def messages(self, conversation_id: str) -> list[dict[str, Any]]:
        db = self._connect()
        with db.transaction():
            rows = db.execute(
                "SELECT role, text, buttons, custom FROM gateway_messages"
                " WHERE conversation_id = %s ORDER BY seq",
                (conversation_id,),
            ).fetchall()
        return [
            {
                "role": role,
                "text": text,
                "buttons": json.loads(buttons),
                "custom": json.loads(custom) if custom else None,
            }
            for role, text, buttons, custom in rows
        ]


# Either transcript store: the gateway's code takes whichever deps.py chose.
AnyStore = ConversationStore | PostgresConversationStore


def conversation_store(settings: Settings) -> AnyStore:
    """The transcripts follow ASSISTANT_DATABASE_URL onto PostgreSQL (the scaled profile, where
    several gateways and Rasa replicas share it); otherwise the SQLite file of `make run`. The
    gateway and the handoff (which pushes an agent's messages) must use the same one."""
    if settings.database_url.startswith(("postgresql", "postgres:")):
        return PostgresConversationStore(settings.database_url)
    return ConversationStore(settings.conversation_db_path)
