"""The gateway's transcript store behaves the same on SQLite (make run) and PostgreSQL (make
run-scaled): turns, the buttons on offer, and the handoff's pushed messages and live-stream
positions. The PostgreSQL store gets its own throwaway database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.service.gateway.store import ConversationStore
from bot.service.gateway.store_pg import PostgresConversationStore
from tests.postgres import throwaway_database

SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "sqlite":
        yield ConversationStore(tmp_path / "gateway.db")
        return
    with throwaway_database("gateway_store") as url:
        pg = PostgresConversationStore(url)
        try:
            yield pg
        finally:
            connection = getattr(pg._local, "db", None)
            if connection is not None:
                connection.close()


QUESTION = {
    "text": "Heeft u een partner?",
    "buttons": [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}],
}


def test_a_turn_and_the_buttons_on_offer(store: Any) -> None:
    cid = store.create("nl")
    store.append_turn(cid, "hallo", [QUESTION])
    assert store.get(cid)["offered_payloads"] == ["/affirm", "/deny"]
    assert [m["role"] for m in store.messages(cid)] == ["user", "bot"]
    assert store.offered_buttons(cid) == QUESTION["buttons"]
    assert store.last_seq(cid) == 2


def test_pushed_messages_keep_the_offer_and_stream_in_order(store: Any) -> None:
    cid = store.create("ar")
    store.append_turn(cid, None, [QUESTION])
    first = store.append_pushed(cid, {"text": "Fatima is bij u", "custom": {"agent": "Fatima"}})
    second = store.append_user(cid, "شكرا")
    assert (first, second) == (2, 3)
    assert store.get(cid)["offered_payloads"] == ["/affirm", "/deny"]  # still answerable
    after = store.messages_after(cid, 1)
    assert [seq for seq, _ in after] == [2, 3]
    assert after[0][1]["custom"] == {"agent": "Fatima"}
    assert after[1][1] == {"role": "user", "text": "شكرا", "buttons": [], "custom": None}
    assert store.messages_after(cid, 3) == []


def _reopened(store: Any) -> Any:
    """The same database through a new store, as after a restart of the service."""
    if isinstance(store, ConversationStore):
        return ConversationStore(store.path)
    return PostgresConversationStore(store.url)


def test_a_channel_address_survives_a_restart_and_goes_with_erasure(store: Any) -> None:
    store.remember_address("telegram-abc", "telegram", "4242")
    store.remember_address("whatsapp-def", "twilio", "whatsapp:+31612345678")
    store.remember_address("telegram-abc", "telegram", "4243")  # the newest address counts
    again = _reopened(store)
    assert again.address("telegram-abc") == "4243"
    assert again.address("whatsapp-def") == "whatsapp:+31612345678"
    assert again.address("telegram-unknown") is None
    again.delete(["whatsapp-def"])
    assert store.address("whatsapp-def") is None
    assert store.address("telegram-abc") == "4243"


def test_a_channel_address_is_purged_with_the_transcripts(store: Any) -> None:
    store.remember_address("telegram-abc", "telegram", "4242")
    store.purge_older_than(3600)
    assert store.address("telegram-abc") == "4242", "a recent sender is kept"
    store.purge_older_than(-1)  # everything is older than "one second from now"
    assert store.address("telegram-abc") is None
