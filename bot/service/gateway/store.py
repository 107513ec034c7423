"""Conversation storage for resuming after a page reload (SQLite, stdlib).

Only the already-redacted user text and the bot's messages are stored, never the raw input.
Each thread-pool thread keeps its own connection: closing the last connection to a WAL database
checkpoints and syncs it, which cost ~15 ms per turn when every call opened its own.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from bot.service.gateway.transcript import Row, TranscriptStore, numbered

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    created_at REAL NOT NULL,
    -- Payloads of the buttons in the bot's last turn: the only payloads a user may send next.
    offered_payloads TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS messages (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'bot')),
    text TEXT,
    buttons TEXT NOT NULL DEFAULT '[]',
    custom TEXT,
    PRIMARY KEY (conversation_id, seq)
);
-- Where a Telegram or WhatsApp conversation's messages go (the chat id, the "whatsapp:+..."
-- number), by the conversation's pseudonym: what an agent's reply needs after a restart. Only
-- the channel and the address are kept, never a name or a message.
CREATE TABLE IF NOT EXISTS channel_addresses (
    conversation_id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    updated_at REAL NOT NULL
);
"""


def new_conversation_id() -> str:
    # 128 bits from the OS random source: not guessable, URL-safe.
    return secrets.token_urlsafe(16)


class ConversationStore(TranscriptStore):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=10)
            db.execute("PRAGMA foreign_keys=ON")
            # WAL with NORMAL sync: durable across a process crash, one fsync per checkpoint.
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def create(self, language: str) -> str:
        conversation_id = new_conversation_id()
        with self._connect() as db:
            db.execute(
                "INSERT INTO conversations (id, language, created_at) VALUES (?, ?, ?)",
                (conversation_id, language, time.time()),
            )
        return conversation_id

    def purge_older_than(self, seconds: float) -> int:
        """Delete conversations (and their messages) started more than `seconds` ago."""
        with self._connect() as db:
            cursor = db.execute(
                "DELETE FROM conversations WHERE created_at < ?", (time.time() - seconds,)
            )
            # A channel's address is kept as long as its sender keeps writing.
            db.execute(
                "DELETE FROM channel_addresses WHERE updated_at < ?", (time.time() - seconds,)
            )
        return cursor.rowcount

    def delete(self, conversation_ids: list[str]) -> int:
        """Erase these conversations and their messages, leaving no trace in the file (the
        helpdesk's erasure by reference code)."""
        with self._connect() as db:
            db.execute("PRAGMA secure_delete=ON")
            deleted = 0
            for conversation_id in conversation_ids:
                deleted += db.execute(
                    "DELETE FROM conversations WHERE id = ?", (conversation_id,)
                ).rowcount
                db.execute(
                    "DELETE FROM channel_addresses WHERE conversation_id = ?", (conversation_id,)
                )
        self.compact()
        return deleted

    def compact(self) -> None:
        """Rewrite the file and empty the write-ahead log, so deleted rows are gone from disk."""
        db = self._connect()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def remember_address(self, conversation_id: str, channel: str, address: str) -> None:
        """The channel address of a Telegram or WhatsApp conversation (its pseudonym)."""
        with self._connect() as db:
            db.execute(
                "INSERT INTO channel_addresses VALUES (?, ?, ?, ?)"
                " ON CONFLICT (conversation_id) DO UPDATE SET channel = excluded.channel,"
                " address = excluded.address, updated_at = excluded.updated_at",
                (conversation_id, channel, address, time.time()),
            )

    def address(self, conversation_id: str) -> str | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT address FROM channel_addresses WHERE conversation_id = ?",
                (conversation_id,),
            ).fetchone()
        return None if row is None else str(row[0])

    def get(self, conversation_id: str) -> dict[str, Any] | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT language, offered_payloads FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
        if row is None:
            return None
        return {"language": row[0], "offered_payloads": json.loads(row[1])}

    def set_language(self, conversation_id: str, language: str) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE conversations SET language = ? WHERE id = ?", (language, conversation_id)
            )

    def _append(self, conversation_id: str, rows: list[Row], offered_payloads: str | None) -> int:
        with self._connect() as db:
            last = self._last_seq(db, conversation_id)
            db.executemany(
                "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?)",
                numbered(conversation_id, last, rows),
            )
            if offered_payloads is not None:
                db.execute(
                    "UPDATE conversations SET offered_payloads = ? WHERE id = ?",
                    (offered_payloads, conversation_id),
                )
        return last + len(rows)

    def _rows_after(self, conversation_id: str, after: int) -> list[tuple[Any, ...]]:
        with self._connect() as db:
            return db.execute(
                "SELECT seq, role, text, buttons, custom FROM messages"
                " WHERE conversation_id = ? AND seq > ? ORDER BY seq",
                (conversation_id, after),
            ).fetchall()

    def last_seq(self, conversation_id: str) -> int:
        with self._connect() as db:
            return self._last_seq(db, conversation_id)

    @staticmethod
    def _last_seq(db: sqlite3.Connection, conversation_id: str) -> int:
        (last,) = db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM messages WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()
        return int(last)
