"""The service app with the helpdesk on a fresh database, SQLite or PostgreSQL.

The PostgreSQL runs make their own database on 127.0.0.1:5432 (trust auth, user postgres) and
drop it afterwards; without a server there they are skipped.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert
from sqlalchemy.orm import Session

from bot.helpdesk import auth, db
from bot.helpdesk.models import BrokerEvent
from bot.service.app import create_app
from bot.service.settings import get_settings
from tests.helpdesk.rasa_events import Conversation
from tests.postgres import throwaway_database

PASSWORD = "correct horse battery"
RASA_TRACKER_SCHEMA = """
CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY,
    sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT,
    intent_name VARCHAR(255),
    action_name VARCHAR(255),
    data TEXT
);
CREATE INDEX ix_events_sender_id ON events (sender_id);
"""
# On PostgreSQL (the scaled profile's tracker database) the key is generated.
RASA_TRACKER_SCHEMA_PG = RASA_TRACKER_SCHEMA.replace(
    "id INTEGER NOT NULL PRIMARY KEY", "id SERIAL PRIMARY KEY"
)
TRACKER_INSERT = (
    "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data)"
    " VALUES (%s, %s, %s, %s, %s, %s)"
)


def _postgres_database() -> Iterator[str]:
    with throwaway_database("helpdesk_test") as url:
        try:
            yield url
        finally:
            db.dispose(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'helpdesk.db'}"
        yield url
        db.dispose(url)
    else:
        yield from _postgres_database()


@dataclass
class Console:
    client: TestClient
    url: str
    tmp: Path

    @property
    def settings(self):  # the settings the app runs with
        return get_settings()

    def session(self) -> Session:
        return db.sessions(self.url)()

    def feed(self, *conversations: Conversation) -> None:
        """Rasa's event broker writes: one row per event (sender_id, JSON)."""
        with self.session() as session:
            for conversation in conversations:
                for sender_id, data in conversation.rows():
                    session.execute(insert(BrokerEvent).values(sender_id=sender_id, data=data))
            session.commit()

    def track(self, *conversations: Conversation) -> None:
        """Rasa's SQL tracker store writes the same events: to var/tracker.db, or to its own
        PostgreSQL database when the console runs on PostgreSQL (the scaled profile)."""
        rows = [
            (
                conversation.sender_id,
                event["event"],
                event["timestamp"],
                (event.get("parse_data") or {}).get("intent", {}).get("name"),
                event.get("name"),
                json.dumps(event, ensure_ascii=False),
            )
            for conversation in conversations
            for event in conversation.events
        ]
        if self.settings.tracker_database_url:
            with psycopg.connect(self.settings.tracker_database_url) as tracker:
                tracker.cursor().executemany(TRACKER_INSERT, rows)
            return
        with sqlite3.connect(self.settings.tracker_db_path) as connection:
            connection.executemany(TRACKER_INSERT.replace("%s", "?"), rows)
        connection.close()

    def add_user(self, username: str, role: str, language: str = "en") -> None:
        with self.session() as session:
            auth.add_user(session, username, PASSWORD, role, language)

    def login(self, username: str, password: str = PASSWORD) -> TestClient:
        form = self.client.get("/helpdesk/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)[1]
        self.client.post(
            "/helpdesk/login",
            data={"username": username, "password": password, "csrf_token": token},
            follow_redirects=False,
        )
        return self.client

    def csrf(self, path: str = "/helpdesk/") -> str:
        page = self.client.get(path)
        return re.search(r'name="csrf_token" value="([^"]+)"', page.text)[1]

    def logout(self) -> None:
        self.client.cookies.clear()


@pytest.fixture
def console(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Console]:
    tracker = tmp_path / "tracker.db"
    with sqlite3.connect(tracker) as connection:
        connection.executescript(RASA_TRACKER_SCHEMA)
    connection.close()
    tracker_url = ""
    if database_url.startswith("postgresql"):
        tracker_database = _postgres_database()
        tracker_url = next(tracker_database)
        with psycopg.connect(tracker_url) as connection:
            connection.execute(RASA_TRACKER_SCHEMA_PG)
    values = {
        "DATABASE_URL": database_url,
        "TRACKER_DB_PATH": str(tracker),
        "TRACKER_DATABASE_URL": tracker_url,
        "CONVERSATION_DB_PATH": str(tmp_path / "conversations.sqlite3"),
        "RASA_URLS": json.dumps(["http://127.0.0.1:9"]),
        # The example conversations are from January 2026: the service's own retention job
        # must not delete them while a test runs (test_retention sets its own).
        "RETENTION_DAYS": "36500",
    }
    for name, value in values.items():
        monkeypatch.setenv(f"ASSISTANT_{name}", value)
    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        yield Console(client, database_url, tmp_path)
    get_settings.cache_clear()
    if tracker_url:
        next(tracker_database, None)  # drops the tracker's database
