"""A turn's events reach Rasa's SQL event broker as before, without the tracker being read again and
in one COMMIT (bot/rasa_addons/turn_stream.py): Rasa's real SQLTrackerStore and SQLEventBroker in
Rasa's environment (tests/rasa_addons/rasa_stream_probe.py), on SQLite and, when the machine's
PostgreSQL answers, on PostgreSQL."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
PROBE = Path(__file__).with_name("rasa_stream_probe.py")
POSTGRES = os.environ.get("SCALED_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
DATABASES = ("rasa_tracker", "rasa_broker", "patched_tracker", "patched_broker")

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="needs .venv-rasa (make setup)")


def probe(prefix: str) -> dict[str, Any]:
    result = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), prefix],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def sqlite(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return probe(f"sqlite:///{tmp_path_factory.mktemp('stream')}/")


@pytest.fixture(scope="module")
def postgresql() -> Iterator[dict[str, Any]]:
    psycopg = pytest.importorskip("psycopg")
    from psycopg import sql

    prefix = f"stream_{secrets.token_hex(4)}_"
    try:
        admin = psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError:
        pytest.skip("no PostgreSQL on this machine")
    with admin:
        for name in DATABASES:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(prefix + name)))
        try:
            yield probe(f"{POSTGRES.replace('postgresql://', 'postgresql+psycopg2://')}/{prefix}")
        finally:
            for name in DATABASES:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(prefix + name)
                    )
                )


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_broker_gets_the_same_rows_in_the_same_order(
    engine: str, request: pytest.FixtureRequest
) -> None:
    found = request.getfixturevalue(engine)
    rasa, patched = found["rasa"], found["patched"]
    assert len(rasa["broker"]) == len(rasa["tracker"]) == 37  # every event, once
    assert patched["broker"] == rasa["broker"]
    assert patched["tracker"] == rasa["tracker"]
    kinds = [json.loads(data)["event"] for _, data in patched["broker"]]
    assert kinds.count("session_started") == 2 and kinds.count("rewind") == 1


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_save_reads_no_tracker_and_commits_the_broker_once(
    engine: str, request: pytest.FixtureRequest
) -> None:
    found = request.getfixturevalue(engine)
    assert [s["retrieves"] for s in found["rasa"]["saves"]] == [1] * 7
    assert [s["broker_commits"] for s in found["rasa"]["saves"]] == [3, 5, 5, 6, 8, 5, 5]
    assert found["patched"]["saves"] == [{"retrieves": 0, "broker_commits": 1}] * 7


def test_another_broker_still_gets_each_event_published(sqlite: dict[str, Any]) -> None:
    assert sqlite["patched"]["other_broker"] == sqlite["rasa"]["other_broker"]
    assert len(sqlite["patched"]["other_broker"]) == 37


def test_uninstall_gives_rasas_own_methods_back(sqlite: dict[str, Any]) -> None:
    assert sqlite["restored"] is True
