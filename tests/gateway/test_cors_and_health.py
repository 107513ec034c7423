"""CORS for configured embedding origins only; liveness and readiness."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.fakes.fake_rasa import FakeRasa

EMBEDDER = "https://www.workinnl.example"


def _preflight(client: TestClient, origin: str):
    return client.options(
        "/api/v1/conversations",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )


def test_a_configured_origin_may_call_the_api(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(allowed_origins=[EMBEDDER])) as client:
        preflight = _preflight(client, EMBEDDER)
        actual = client.post("/api/v1/conversations", json={}, headers={"Origin": EMBEDDER})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == EMBEDDER
    assert actual.headers["access-control-allow-origin"] == EMBEDDER


def test_any_other_origin_gets_no_cors_permission(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(allowed_origins=[EMBEDDER])) as client:
        preflight = _preflight(client, "https://evil.example")
        actual = client.post(
            "/api/v1/conversations", json={}, headers={"Origin": "https://evil.example"}
        )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in actual.headers


def test_healthz_is_always_ok(client: TestClient, fake_rasa: FakeRasa) -> None:
    fake_rasa.healthy = False
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_reports_each_dependency(client: TestClient, fake_rasa: FakeRasa) -> None:
    up = client.get("/readyz")
    fake_rasa.healthy = False
    down = client.get("/readyz")
    assert up.json() == {
        "status": "ready",
        "checks": {"rasa": True, "action_server": True, "nlg": True},
    }
    assert up.status_code == 200
    assert down.status_code == 503
    assert down.json()["status"] == "not_ready"
    assert down.json()["checks"]["rasa"] is False
    assert down.json()["checks"]["action_server"] is False


def test_readyz_fails_when_the_nlg_endpoint_breaks(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlg_module = importlib.import_module("bot.service.nlg.router")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("catalog gone")

    monkeypatch.setattr(nlg_module, "render", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["nlg"] is False


def test_readyz_with_nothing_listening_is_not_ready(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(
        make_app(rasa_urls=["http://127.0.0.1:9"], action_server_url="http://127.0.0.1:9")
    ) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["rasa"] is False
