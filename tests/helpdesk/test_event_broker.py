"""Rasa's event broker follows ASSISTANT_DATABASE_URL: the launcher writes the event_broker
section from it, and Rasa's own broker (in .venv-rasa) then fills the table the console reads,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.helpdesk.broker import BROKER_URL_VARIABLE, UnsupportedDatabaseError, rasa_event_broker
from tests.helpdesk.conftest import Console
from tests.helpdesk.rasa_broker import RASA_PYTHON, launcher_endpoints, publish
from tests.helpdesk.rasa_events import assessed, confused

START = 1_767_225_600.0  # 2026-01-01 00:00 UTC


def test_sqlite_is_a_file_relative_to_where_rasa_runs() -> None:
    assert rasa_event_broker("sqlite:///var/helpdesk.db") == (
        {"type": "SQL", "dialect": "sqlite", "db": "var/helpdesk.db"},
        {},
    )
    section, _ = rasa_event_broker("sqlite:////srv/assistant/helpdesk.db")
    assert section["db"] == "/srv/assistant/helpdesk.db"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://helpdesk:s3cr%40t@db.internal:6432/assistant?sslmode=require",
        "postgresql+psycopg://helpdesk:s3cr%40t@db.internal:6432/assistant?sslmode=require",
    ],
)
def test_postgresql_goes_to_rasa_with_psycopg2_and_the_password_stays_out_of_the_file(
    url: str,
) -> None:
    section, environment = rasa_event_broker(url)
    assert section == {
        "type": "SQL",
        "dialect": "postgresql",
        "url": "${HELPDESK_EVENT_BROKER_URL}",
    }
    assert environment == {
        BROKER_URL_VARIABLE: (
            "postgresql+psycopg2://helpdesk:s3cr%40t@db.internal:6432/assistant?sslmode=require"
        )
    }
    assert "s3cr" not in yaml.safe_dump(section)


@pytest.mark.parametrize("url", ["mysql://root@localhost/assistant", "sqlite://"])
def test_a_database_the_console_cannot_use_is_refused(url: str) -> None:
    with pytest.raises(UnsupportedDatabaseError):
        rasa_event_broker(url)


def test_the_launcher_writes_the_broker_and_gives_rasa_alone_its_variable(tmp_path: Path) -> None:
    endpoints, rasa_env = launcher_endpoints(
        tmp_path, "postgresql://helpdesk:pw-not-in-files@127.0.0.1:5432/assistant"
    )
    written = endpoints.read_text()
    assert yaml.safe_load(written)["event_broker"] == {
        "type": "SQL",
        "dialect": "postgresql",
        "url": "${HELPDESK_EVENT_BROKER_URL}",
    }
    # Written plain (not quoted), so Rasa's YAML reader expands the variable.
    assert re.search(r"^  url: \$\{HELPDESK_EVENT_BROKER_URL\}$", written, re.MULTILINE)
    assert "pw-not-in-files" not in written
    assert rasa_env[BROKER_URL_VARIABLE] == (
        "postgresql+psycopg2://helpdesk:pw-not-in-files@127.0.0.1:5432/assistant"
    )
    default, default_env = launcher_endpoints(tmp_path / "default", "sqlite:///var/helpdesk.db")
    assert yaml.safe_load(default.read_text())["event_broker"] == {
        "type": "SQL",
        "dialect": "sqlite",
        "db": "var/helpdesk.db",
    }
    assert BROKER_URL_VARIABLE not in default_env


@pytest.mark.skipif(not RASA_PYTHON.exists(), reason="needs .venv-rasa (make setup)")
def test_rasas_own_broker_fills_the_table_the_console_reads(console: Console) -> None:
    """The real path: launcher -> endpoints.yml -> Rasa's SQLEventBroker -> the console's list."""
    endpoints, rasa_env = launcher_endpoints(console.tmp / "run", console.url)
    report = publish(
        endpoints,
        rasa_env,
        assessed("broker-pl", "pl", "rest", START, "BRKR2345"),
        confused("broker-ti", "ti", "telegram", START + 60),
    )
    dialect = "postgresql" if console.url.startswith("postgresql") else "sqlite"
    assert report["broker"] == "SQLEventBroker"
    assert report["url"].startswith(dialect)  # psycopg2 for PostgreSQL, in Rasa's environment
    assert report["published"] > 30
    console.add_user("anna", "agent")
    console.login("anna")
    listed = console.client.get("/helpdesk/?language=ti&fallback=1").text
    assert re.findall(r'href="/helpdesk/conversations/([^"]+)"', listed) == ["broker-ti"]
    transcript = console.client.get("/helpdesk/conversations/broker-pl").text
    assert "BRKR2345" in transcript
    assert "Wat past het best bij u?" in transcript  # the Dutch beside the Polish
    assert "<code>affirm</code> (0.91)" in transcript  # the intent Rasa's event carried
