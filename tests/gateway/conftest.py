"""A gateway app per test, wired to a fake Rasa REST server on a free loopback port."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.service.app import create_app
from bot.service.settings import get_settings
from tests.fakes.fake_rasa import FakeRasa


@pytest.fixture
def fake_rasa() -> Iterator[FakeRasa]:
    with FakeRasa() as fake:
        yield fake


@pytest.fixture
def make_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake_rasa: FakeRasa
) -> Iterator[Callable[..., FastAPI]]:
    def _make(**overrides: object) -> FastAPI:
        values: dict[str, object] = {
            "rasa_urls": [fake_rasa.url],
            "action_server_url": fake_rasa.url,
            "conversation_db_path": str(tmp_path / "conversations.sqlite3"),
            **overrides,
        }
        for name, value in values.items():
            encoded = json.dumps(value) if isinstance(value, list) else str(value)
            monkeypatch.setenv(f"ASSISTANT_{name.upper()}", encoded)
        get_settings.cache_clear()
        return create_app()

    yield _make
    get_settings.cache_clear()


@pytest.fixture
def client(make_app: Callable[..., FastAPI]) -> Iterator[TestClient]:
    with TestClient(make_app()) as test_client:
        yield test_client


@pytest.fixture
def conversation(client: TestClient) -> dict:
    response = client.post("/api/v1/conversations", json={"language": "pl"})
    assert response.status_code == 201
    return response.json()
