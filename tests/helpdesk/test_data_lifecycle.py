"""Exports, the NLU export, retention and erasure: every store, SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import time
from pathlib import Path

import psycopg
import yaml
from sqlalchemy import MetaData, select

from bot.helpdesk.__main__ import main
from bot.service.gateway.store_pg import conversation_store
from tests.helpdesk.conftest import Console
from tests.helpdesk.rasa_events import assessed, confused

DAY = 86_400.0


def _supervisor(console: Console) -> None:
    console.add_user("sam", "supervisor")
    console.login("sam")


def _user_event(console: Console, sender_id: str, text: str) -> str:
    page = console.client.get(f"/helpdesk/conversations/{sender_id}").text
    row = page[: page.index(text)]
    return re.findall(r'id="m(\d+)"', row)[-1]


def test_exports_follow_the_filters(console: Console) -> None:
    console.feed(assessed("pl-web", "pl"), confused("ar-tg", "ar"))
    _supervisor(console)
    lines = console.client.get("/helpdesk/export.jsonl?language=pl").text.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["sender_id"] == "pl-web" and record["reference_code"] == "ABCD2345"
    assert record["risk_codes"] == ["alo_kop_unregistered_partner"]
    said = next(m for m in record["messages"] if m["response"] == "utter_ask_situation")
    assert said["text"] == "Co najlepiej do ciebie pasuje?"
    assert said["dutch"] == "Wat past het best bij u?"
    table = list(csv.DictReader(io.StringIO(console.client.get("/helpdesk/export.csv").text)))
    assert {row["sender_id"] for row in table} == {"pl-web", "ar-tg"}
    assert [row["asked_person"] for row in table if row["sender_id"] == "ar-tg"] == ["True"]


def test_misunderstood_messages_export_as_rasa_nlu_data_for_their_language(
    console: Console,
) -> None:
    console.feed(assessed("pl-web", "pl"), confused("nl-web", "nl"))
    _supervisor(console)
    token = console.csrf("/helpdesk/conversations/pl-web")
    for sender, text, intent in [
        ("pl-web", "ja, mijn vrouw woont in Polen", "inform_partner_abroad"),
        ("nl-web", "42 bananen", "out_of_scope"),
    ]:
        console.client.post(
            f"/helpdesk/conversations/{sender}/flags",
            data={
                "event_id": _user_event(console, sender, text),
                "reason": "misunderstood",
                "intent": intent,
                "csrf_token": token,
            },
        )
    polish = yaml.safe_load(console.client.get("/helpdesk/export-nlu.yml?language=pl").text)
    assert polish == {
        "version": "3.1",
        "nlu": [
            {"intent": "inform_partner_abroad", "examples": "- ja, mijn vrouw woont in Polen\n"}
        ],
    }
    dutch = yaml.safe_load(console.client.get("/helpdesk/export-nlu.yml?language=nl").text)
    assert dutch["nlu"] == [{"intent": "out_of_scope", "examples": "- 42 bananen\n"}]


def _gateway_conversation(console: Console, language: str, said: str) -> str:
    store = conversation_store(console.settings)
    sender = store.create(language)
    store.append_turn(sender, said, [{"text": f"Uw code: {said}", "buttons": []}])
    return sender


def _started(console: Console, conversation_id: str, at: float) -> None:
    """Back-date a conversation in the gateway's transcript store, whichever engine it is on."""
    if console.settings.database_url.startswith("postgresql"):
        with psycopg.connect(console.settings.database_url) as gateway:
            gateway.execute(
                "UPDATE gateway_conversations SET created_at = %s WHERE id = %s",
                (at, conversation_id),
            )
        return
    with sqlite3.connect(console.settings.conversation_db_path) as connection:
        connection.execute(
            "UPDATE conversations SET created_at = ? WHERE id = ?", (at, conversation_id)
        )
    connection.close()


def _everything(console: Console) -> str:
    """Every row of every table of every store, and the raw bytes of every file, as text."""
    parts = []
    with console.session() as session:
        metadata = MetaData()
        metadata.reflect(session.get_bind())
        for table in metadata.sorted_tables:
            parts += [repr(tuple(row)) for row in session.execute(select(table))]
    if console.settings.tracker_database_url:
        with psycopg.connect(console.settings.tracker_database_url) as tracker:
            parts += [repr(row) for row in tracker.execute("SELECT * FROM events")]
    for path in (console.settings.tracker_db_path, console.settings.conversation_db_path):
        with sqlite3.connect(path) as connection:
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
                parts += [repr(row) for row in connection.execute(f'SELECT * FROM "{name}"')]
        connection.close()
    for path in Path(console.tmp).rglob("*"):
        if path.is_file():
            parts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


def test_erasure_by_reference_code_leaves_nothing_anywhere(console: Console) -> None:
    gone = _gateway_conversation(console, "pl", "ERASEME2")
    kept = _gateway_conversation(console, "pl", "KEEPME23")
    erased, other = (
        assessed(gone, "pl", reference_code="ERASEME2"),
        assessed(kept, "pl", reference_code="KEEPME23"),
    )
    console.feed(erased, other)
    console.track(erased, other)
    _supervisor(console)
    token = console.csrf(f"/helpdesk/conversations/{gone}")  # viewed: in the audit log
    console.client.post(
        f"/helpdesk/conversations/{gone}/notes", data={"text": "Notitie", "csrf_token": token}
    )
    console.client.post(
        f"/helpdesk/conversations/{gone}/tags", data={"name": "wis", "csrf_token": token}
    )
    before = _everything(console)
    assert gone in before and "ERASEME2" in before
    page = console.client.post(
        "/helpdesk/erase", data={"reference_code": "eraseme2", "csrf_token": token}
    )
    assert "1 conversation erased." in page.text
    after = _everything(console)
    assert gone not in after
    assert "ERASEME2" not in after
    assert kept in after and "KEEPME23" in after  # the other conversation stays whole
    assert conversation_store(console.settings).get(kept) is not None
    log = console.client.get("/helpdesk/audit").text
    assert "erase" in log and "(erased)" in log


def test_retention_removes_old_conversations_from_every_store(
    console: Console, monkeypatch
) -> None:
    now = time.time()
    old_id = _gateway_conversation(console, "ar", "OLDTEXT9")
    new_id = _gateway_conversation(console, "ar", "NEWTEXT9")
    _started(console, old_id, now - 100 * DAY)
    old = confused(old_id, "ar", start=now - 100 * DAY)
    new = confused(new_id, "ar", start=now - 2 * DAY)
    console.feed(old, new)
    console.track(old, new)
    console.add_user("anna", "agent")
    monkeypatch.setenv("ASSISTANT_RETENTION_DAYS", "90")
    from bot.service.settings import get_settings

    get_settings.cache_clear()
    assert main(["retention"]) == 0
    after = _everything(console)
    assert old_id not in after and "OLDTEXT9" not in after
    assert new_id in after
    with console.session() as session:
        from bot.helpdesk.models import Conversation

        assert [c.sender_id for c in session.scalars(select(Conversation))] == [new_id]
