"""The service logs JSON lines, and a BSN (or anything like one) never reaches them."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.launcher import LaunchConfig, commands
from bot.service.logs import LOG_CONFIG_FILE, JsonFormatter
from tests.conversation.stack import free_port
from tests.fakes.fake_rasa import FakeRasa

ROOT = Path(__file__).resolve().parents[2]
BSN = "111222333"  # passes the elfproef
BSN_LIKE = "123456789"  # nine digits that fail it: still masked in logs
IBAN = "NL91ABNA0417164300"
SECRETS = (BSN, BSN_LIKE, IBAN, "ala@example.org", "111.222.333")


def formatted(record_args: dict, message: str = "event", *args: object) -> dict:
    record = logging.LogRecord("gateway", logging.INFO, __file__, 1, message, args, None)
    record.__dict__.update(record_args)
    return json.loads(JsonFormatter().format(record))


def test_a_line_is_one_json_object_with_the_extra_fields() -> None:
    line = formatted({"language": "pl", "kinds": "bsn"}, "conversation started")
    assert line["event"] == "conversation started"
    assert line["level"] == "info" and line["logger"] == "gateway"
    assert line["language"] == "pl" and line["kinds"] == "bsn"
    assert line["time"].endswith("+00:00")


def test_personal_numbers_in_the_message_or_the_fields_are_masked() -> None:
    line = formatted(
        {"detail": f"from ala@example.org about {IBAN}", "nested": {"bsn": [BSN_LIKE]}},
        "user said %s and %s",
        BSN,
        "111.222.333",
    )
    text = json.dumps(line)
    for secret in SECRETS:
        assert secret not in text
    assert "[BSN]" in line["event"]
    assert line["nested"]["bsn"][0] in ("[NUMBER]", "[PHONE]")


def test_a_conversation_id_in_a_path_is_replaced() -> None:
    line = formatted({"path": "/api/v1/conversations/AbCdEfGh12345678_-xy/messages"})
    assert line["path"] == "/api/v1/conversations/{id}/messages"


def test_an_exception_is_its_type_and_stack_never_its_message() -> None:
    try:
        raise ValueError(f"could not parse {BSN} for ala@example.org")
    except ValueError:
        record = logging.LogRecord("gateway", logging.ERROR, __file__, 1, "failed", (), None)
        record.exc_info = sys.exc_info()
    line = json.loads(JsonFormatter().format(record))
    assert line["exception"] == "ValueError"
    assert any("test_logs.py" in frame for frame in line["stack"])
    assert BSN not in json.dumps(line) and "example.org" not in json.dumps(line)


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """Everything logged in this process, at DEBUG, through the JSON formatter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(old_level)


def test_a_message_with_a_bsn_never_appears_in_the_gateways_logs(
    make_app: Callable[..., FastAPI], json_logs: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(make_app(), raise_server_exceptions=False) as client:
        created = client.post("/api/v1/conversations", json={"language": "nl"}).json()
        url = f"/api/v1/conversations/{created['conversation_id']}/messages"
        for text in (f"mijn BSN is {BSN}", f"of {BSN_LIKE}, IBAN {IBAN}, ala@example.org"):
            assert client.post(url, json={"text": text}).status_code == 200

        # An unexpected failure whose exception text holds what the user typed.
        from bot.service.gateway import conversations

        def broken(raw: str, *args: object) -> None:
            raise RuntimeError(f"cannot clean {raw}")

        monkeypatch.setattr(conversations, "clean_text", broken)
        assert client.post(url, json={"text": f"BSN {BSN}"}).status_code == 500
    lines = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    assert any(line["event"] == "personal data removed" for line in lines)
    assert any(line["event"] == "unhandled error" for line in lines)
    for secret in (*SECRETS, created["conversation_id"]):
        assert secret not in json_logs.getvalue()


def test_uvicorn_with_the_launchers_log_config_writes_only_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAUNCHER_RUN_DIR", str(tmp_path))
    gateway = {n: argv for n, argv, _ in commands(LaunchConfig(), Path(), Path(), Path())}[
        "gateway"
    ]
    assert gateway[gateway.index("--log-config") + 1] == str(LOG_CONFIG_FILE)
    port = free_port()
    argv = [
        *gateway[: gateway.index("--port") + 1],
        str(port),
        *gateway[gateway.index("--port") + 2 :],
    ]
    argv[argv.index("--host") + 1] = "127.0.0.1"
    log = tmp_path / "gateway.log"
    with FakeRasa() as fake, log.open("wb") as out:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "ASSISTANT_RASA_URLS": json.dumps([fake.url]),
            "ASSISTANT_ACTION_SERVER_URL": fake.url,
            "ASSISTANT_CONVERSATION_DB_PATH": str(tmp_path / "c.sqlite3"),
        }
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline and process.poll() is None, log.read_text()
                time.sleep(0.2)
            created = httpx.post(f"{base}/api/v1/conversations", json={"language": "en"}).json()
            url = f"{base}/api/v1/conversations/{created['conversation_id']}/messages"
            assert httpx.post(url, json={"text": f"my BSN is {BSN}"}).status_code == 200
        finally:
            process.terminate()
            process.wait(timeout=20)
    lines = log.read_text().splitlines()
    parsed = [json.loads(line) for line in lines]  # every line is JSON
    assert any(line["logger"].startswith("uvicorn") for line in parsed)
    assert any(line["event"] == "personal data removed" for line in parsed)
    assert BSN not in log.read_text() and created["conversation_id"] not in log.read_text()
