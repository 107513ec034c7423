"""The handoff's tables on a fresh database: SQLite in a temporary folder, or a PostgreSQL
database made for the test on 127.0.0.1:5432 and dropped afterwards; and the whole service on it,
with the loopback fake Rasa and two agents (`service`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from bot.helpdesk import auth, db
from bot.service.app import create_app
from bot.service.settings import get_settings
from tests.fakes.fake_rasa import FakeRasa
from tests.postgres import throwaway_database


def postgres_url() -> Iterator[str]:
    with throwaway_database("handoff_test") as url:
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
        yield from postgres_url()


@pytest.fixture
def sessions(database_url: str) -> sessionmaker[Session]:
    return db.sessions(database_url)


PASSWORD = "correct horse battery"


@dataclass
class Service:
    client: TestClient
    fake: FakeRasa
    database_url: str
    make: object

    def sessions(self):
        return db.sessions(self.database_url)


@pytest.fixture
def make_service(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[object]:
    with FakeRasa() as fake:
        values = {
            "rasa_urls": json.dumps([fake.url]),
            "action_server_url": fake.url,
            "conversation_db_path": str(tmp_path / "conversations.sqlite3"),
            "database_url": database_url,
            "tracker_db_path": str(tmp_path / "tracker.db"),
            # Open all week, so the text says how long rather than when.
            "handoff_office_hours": json.dumps({d: ["00:00", "23:59"] for d in range(1, 8)}),
        }
        for name, value in values.items():
            monkeypatch.setenv(f"ASSISTANT_{name.upper()}", value)
        get_settings.cache_clear()

        def make() -> FastAPI:
            return create_app()

        yield fake, make
    get_settings.cache_clear()


@pytest.fixture
def service(make_service, database_url: str) -> Iterator[Service]:
    fake, make = make_service
    with TestClient(make()) as client:
        with db.sessions(database_url)() as session:
            auth.add_user(session, "fatima", PASSWORD, "agent", "nl")
            auth.add_user(session, "jan", PASSWORD, "agent", "nl")
        yield Service(client, fake, database_url, make)
