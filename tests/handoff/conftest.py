"""The handoff's tables on a fresh database: SQLite in a temporary folder, or a PostgreSQL
database made for the test on 127.0.0.1:5432 and dropped afterwards."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.helpdesk import db

PG = "postgresql://postgres@127.0.0.1:5432"


def postgres_url() -> Iterator[str]:
    name = f"handoff_test_{secrets.token_hex(4)}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=3) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG}/{name}"
    try:
        yield url
    finally:
        db.dispose(url)
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
