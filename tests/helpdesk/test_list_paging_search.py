"""Migration 0004 and the list over it: seek paging, the word search, the capped count."""

from __future__ import annotations

import random
import re

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select, text

from bot.helpdesk import db, paging, queries, search
from bot.helpdesk.models import Conversation
from tests.helpdesk.conftest import Console

START = 1_767_225_600.0
VOCABULARY = (
    "heeft", "u", "een", "partner", "toeslagpartner", "toeslag", "gdańsk", "asmara", "aleppo",
    "huur", "huurcontract", "ሰበይተይ", "ኤርትራ", "حلب", "2026", "50",
)  # fmt: skip


def _conversation(n: int, words: str = "") -> Conversation:
    """Ties on purpose: few distinct times, languages, channels and fallback counts."""
    rng = random.Random(n)
    return Conversation(
        sender_id=f"c-{n:03d}",
        language=rng.choice(("nl", "pl", "ti")),
        channel=rng.choice(("rest", "telegram")),
        started_at=START + rng.randrange(5) * 60,
        last_activity_at=START + rng.randrange(5) * 60 + 0.25,
        risk_codes=" ",
        asked_questions=" ",
        fallbacks=rng.randrange(3),
        asked_person=False,
        user_turns=1,
        search_text=search.stored(words),
        last_event_id=0,
    )


def _store(console: Console, rows: list[Conversation]) -> None:
    with console.session() as session:
        session.add_all(rows)
        session.commit()
    console.add_user("anna", "agent", "en")
    console.login("anna")


def _listed(page: str) -> list[str]:
    return re.findall(r'href="/helpdesk/conversations/([^"]+)"', page)


def _link(page: str, rel: str) -> str | None:
    found = re.search(rf'<a rel="{rel}" href="\?([^"]+)"', page)
    return found[1].replace("&amp;", "&") if found else None


@pytest.mark.parametrize("sort", sorted(queries.SORTS))
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_next_and_previous_visit_every_conversation_once_in_order(
    console: Console, monkeypatch: pytest.MonkeyPatch, sort: str, order: str
) -> None:
    monkeypatch.setattr(queries, "PAGE_SIZE", 4)
    rows = [_conversation(n) for n in range(23)]
    _store(console, rows)
    column = queries.SORTS[sort].key
    expected = [
        row.sender_id
        for row in sorted(
            rows, key=lambda r: (getattr(r, column), r.sender_id), reverse=order == "desc"
        )
    ]
    pages, query = [], f"sort={sort}&order={order}"
    while query is not None:
        page = console.client.get(f"/helpdesk/?{query}").text
        pages.append(_listed(page))
        assert f"Page {len(pages)} of 6" in page
        query = _link(page, "next")
    assert [sender for listed in pages for sender in listed] == expected
    assert [len(listed) for listed in pages] == [4, 4, 4, 4, 4, 3]
    back = []
    while query := _link(page, "prev"):  # from the last page back to the first
        page = console.client.get(f"/helpdesk/?{query}").text
        back.append(_listed(page))
    assert back == pages[-2::-1]


def test_a_page_by_number_equals_the_page_reached_by_links(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "PAGE_SIZE", 4)
    _store(console, [_conversation(n) for n in range(10)])
    second = console.client.get("/helpdesk/?sort=fallbacks").text
    by_link = console.client.get(f"/helpdesk/?{_link(second, 'next')}").text
    by_number = console.client.get("/helpdesk/?sort=fallbacks&page=2").text
    assert _listed(by_number) == _listed(by_link)
    # A cursor that is not one (edited by hand) falls back to the page number.
    edited = console.client.get("/helpdesk/?sort=fallbacks&page=2&after=bm9uc2Vuc2U")
    assert _listed(edited.text) == _listed(by_link)
    # Past the last page: nothing listed (the count says so, no query reads), a way back.
    beyond = console.client.get("/helpdesk/?sort=fallbacks&page=9").text
    assert _listed(beyond) == [] and _link(beyond, "next") is None
    assert _link(beyond, "prev") == "sort=fallbacks&order=desc&page=8"


def test_cursors_for_another_sort_key_are_refused() -> None:
    token = paging.encode(1.5, "a")
    assert paging.decode(token, float) == paging.Cursor(1.5, "a")
    assert paging.decode(token, str) is None
    assert paging.decode(paging.encode(True, "a"), int) is None
    assert paging.decode("!!!", float) is None
    assert paging.decode(paging.encode(3, "a"), float) == paging.Cursor(3.0, "a")


def _reference(texts: dict[str, str], query: str) -> set[str]:
    """Naive: every query word begins some word of the text."""
    wanted = search.words(query)
    return {
        sender
        for sender, text_ in texts.items()
        if wanted and all(any(w.startswith(q) for w in search.words(text_)) for q in wanted)
    }


def test_the_search_equals_a_naive_reference(console: Console) -> None:
    rng = random.Random(4)
    texts = {
        f"c-{n:03d}": " ".join(rng.choices(VOCABULARY, k=rng.randrange(0, 6))) for n in range(60)
    }
    _store(console, [_conversation(n, texts[f"c-{n:03d}"]) for n in range(60)])
    queries_ = ["toeslag", "toeslagpartner", "Heeft U", "gdań", "GDAŃSK", "ሰበይተ", "حلب",
                "huur asmara", "50%", "2026", "zzz", "%", "u_een", "partner-toeslag"]  # fmt: skip
    with console.session() as session:
        for query in queries_:
            filters = queries.Filters(q=query)
            found = {row.sender_id for row in queries.every(session, filters)}
            assert found == _reference(texts, query), query
            assert queries.count(session, filters) == queries.Total(len(found))


def test_a_searchs_count_stops_at_the_cap_and_says_so(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "COUNT_CAP", 5)
    monkeypatch.setattr(queries, "PAGE_SIZE", 4)
    _store(console, [_conversation(n, "toeslagpartner") for n in range(12)])
    page = console.client.get("/helpdesk/?q=toeslag").text
    assert "More than 5 conversations" in page
    assert "Page 1 of more than 2" in page
    seen = _listed(page)
    while query := _link(page, "next"):
        page = console.client.get(f"/helpdesk/?{query}").text
        seen += _listed(page)
    assert sorted(seen) == [f"c-{n:03d}" for n in range(12)]
    assert "Page 3 of 3" in page  # the last: no Next link, so the number is known
    # Filters alone are counted exactly.
    assert "12 conversations" in console.client.get("/helpdesk/").text
    console.add_user("dirk", "agent", "nl")
    console.logout()
    console.login("dirk")
    assert "Meer dan 5 gesprekken" in console.client.get("/helpdesk/?q=toeslag").text


def test_the_migration_upgrades_an_existing_database(database_url: str) -> None:
    engine = create_engine(db.normalise_url(database_url))
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_handoff")
        connection.execute(
            text(
                "INSERT INTO helpdesk_conversations (sender_id, language, channel, started_at,"
                " last_activity_at, risk_codes, asked_questions, fallbacks, asked_person,"
                " user_turns, search_text, last_event_id) VALUES ('old', 'pl', 'rest', 1, 2,"
                " ' ', ' ', 0, false, 1, :text, 0)"
            ),
            {"text": "heeft u een partner?\nik woon in gdańsk (polen)"},
        )
    engine.dispose()
    engine = db.engine_for(database_url)  # migrates to the heads, as the app does
    indexes = {i["name"] for i in inspect(engine).get_indexes("helpdesk_conversations")}
    assert "ix_helpdesk_conversations_list" in indexes
    assert "ix_helpdesk_conversations_last_activity_at" not in indexes
    with db.sessions(database_url)() as session:
        stored = session.scalar(select(Conversation.search_text))
        assert stored == " heeft u een partner ik woon in gdańsk polen "
        found = queries.every(session, queries.Filters(q="GDAŃ pol"))
        assert [row.sender_id for row in found] == ["old"]
        assert queries.every(session, queries.Filters(q="partner?")) == found
