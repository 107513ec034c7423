"""A conversation always goes to the same Rasa instance (rendezvous hashing on its id)."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.service.gateway.rasa_client import pick_instance
from tests.fakes.fake_rasa import FakeRasa

URLS = [f"http://rasa-{i}:5005" for i in range(4)]


def test_the_same_id_always_picks_the_same_instance_whatever_the_list_order() -> None:
    for _ in range(50):
        cid = secrets.token_urlsafe(16)
        assert pick_instance(cid, URLS) == pick_instance(cid, list(reversed(URLS)))


def test_conversations_spread_over_the_instances() -> None:
    counts = Counter(pick_instance(secrets.token_urlsafe(16), URLS) for _ in range(4000))
    assert set(counts) == set(URLS)
    assert min(counts.values()) > 800  # 1000 expected each


def test_adding_an_instance_moves_only_the_conversations_it_takes() -> None:
    ids = [secrets.token_urlsafe(16) for _ in range(2000)]
    before = {cid: pick_instance(cid, URLS) for cid in ids}
    bigger = [*URLS, "http://rasa-4:5005"]
    moved = [cid for cid in ids if pick_instance(cid, bigger) != before[cid]]
    assert all(pick_instance(cid, bigger) == "http://rasa-4:5005" for cid in moved)
    assert 250 < len(moved) < 550  # about a fifth


def test_through_the_api_each_conversation_stays_on_one_fake_rasa(
    make_app: Callable[..., FastAPI], fake_rasa: FakeRasa
) -> None:
    with (
        FakeRasa() as second,
        TestClient(
            make_app(rasa_urls=[fake_rasa.url, second.url], rate_new_conversations_per_client=100)
        ) as client,
    ):
        ids = [
            client.post("/api/v1/conversations", json={}).json()["conversation_id"]
            for _ in range(12)
        ]
        for cid in ids:
            for text in ("a", "b"):
                client.post(f"/api/v1/conversations/{cid}/messages", json={"text": text})
    senders_first = Counter(r["sender"] for r in fake_rasa.received)
    senders_second = Counter(r["sender"] for r in second.received)
    assert not set(senders_first) & set(senders_second)
    assert set(senders_first) | set(senders_second) == set(ids)
    assert all(n == 3 for n in [*senders_first.values(), *senders_second.values()])
