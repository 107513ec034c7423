"""Per-conversation and per-client limits answer with a localised "slow down"."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.service.gateway.ratelimit import SlidingWindowLimiter
from bot.service.gateway.texts import error_message


def test_the_window_slides() -> None:
    now = [0.0]
    limiter = SlidingWindowLimiter(2, window_seconds=60, clock=lambda: now[0])
    assert limiter.hit("a") == 0
    assert limiter.hit("a") == 0
    assert limiter.hit("a") == 60
    assert limiter.hit("b") == 0  # keys are independent
    now[0] = 60.5
    assert limiter.hit("a") == 0


def test_a_conversation_sending_too_fast_is_told_to_slow_down(
    make_app: Callable[..., FastAPI],
) -> None:
    with TestClient(make_app(rate_messages_per_conversation=3)) as client:
        first = client.post("/api/v1/conversations", json={"language": "ar"}).json()
        second = client.post("/api/v1/conversations", json={"language": "ar"}).json()
        url = f"/api/v1/conversations/{first['conversation_id']}/messages"
        statuses = [client.post(url, json={"text": f"m{i}"}).status_code for i in range(3)]
        refused = client.post(url, json={"text": "again"})
        other = client.post(
            f"/api/v1/conversations/{second['conversation_id']}/messages", json={"text": "hi"}
        )
    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert refused.json() == {"code": "slow_down", "message": error_message("slow_down", "ar")}
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert other.status_code == 200  # another conversation is not slowed down


def test_one_client_across_conversations_is_limited(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(rate_requests_per_client=4)) as client:
        ids = [
            client.post("/api/v1/conversations", json={"language": "nl"}).json()["conversation_id"]
            for _ in range(3)
        ]
        statuses = [
            client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "x"}).status_code
            for cid in ids + ids
        ]
    assert statuses == [200, 200, 200, 200, 429, 429]


def test_starting_many_conversations_is_limited(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(rate_new_conversations_per_client=2)) as client:
        statuses = [
            client.post("/api/v1/conversations", json={"language": "ti"}).status_code
            for _ in range(3)
        ]
        last = client.post("/api/v1/conversations", json={"language": "ti"})
    assert statuses == [201, 201, 429]
    assert last.json()["message"] == error_message("slow_down", "ti")
