"""Helpdesk console: the list and its filters over 100,000 stored conversations on PostgreSQL.

Creates a throwaway database on 127.0.0.1:5432 (trust auth, user postgres), migrates it with the
console's own Alembic migrations, and bulk-loads (COPY) 100,000 index rows made from real
summaries: conversations built as Rasa's event broker stores them (tests/helpdesk/rasa_events.py),
summarised by bot.helpdesk.events, in five languages and three channels, spread over the 90 days
of the default retention, with tags and flags on a few. Then it times, for each filter, the
console's own query functions (count and one page) and the whole HTTP view (GET /helpdesk/?...,
signed in, in process: ingest, count, page, filter menus, template), and drops the database.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from starlette.datastructures import QueryParams

from bot.helpdesk.search import stored

PG = "postgresql://postgres@127.0.0.1:5432"
CONVERSATIONS = int(os.environ.get("HELPDESK_BENCH_CONVERSATIONS", "100000"))
CALLS = 30
DAY = 86_400.0
NOW = time.time()
LANGUAGES = {"nl": 0.25, "pl": 0.25, "ar": 0.2, "ti": 0.15, "en": 0.15}
CHANNELS = {"rest": 0.6, "telegram": 0.25, "twilio_whatsapp": 0.15}
TAGS = ("terugbellen", "vertaling", "partner-buitenland")
# What users type beside the buttons: the words a search finds in a few conversations only.
TYPED = ("Gdańsk", "Asmara", "Aleppo", "uitzendbureau", "kindgebonden", "huurcontract")
SCENARIOS = {
    "first page, newest first": "",
    "page 2,000 by number (deep paging, OFFSET)": "page=2000",
    "page 2,000 by its Next link (deep paging, seek)": "",  # the cursor is found at run time
    "language ti": "language=ti",
    "language ti, had a fallback": "language=ti&fallback=1",
    "risk code": "risk=alo_kop_unregistered_partner",
    "not reviewed, asked for a person": "unreviewed=1&person=1",
    "tag": "tag=terugbellen",
    "flagged": "flagged=1",
    "one week": "",  # filled in with dates a month ago
    "sorted by fallbacks": "sort=fallbacks",
    "search, frequent Dutch word": "q=toeslagpartner",
    "search, rare typed word": "q=asmara",
    "search, frequent Dutch word, language ti": "q=toeslagpartner&language=ti",
    # Risks come from an assessment, a request for a person from confusion: nothing passes both,
    # so the start-date order is walked to its end looking for 25.
    "a filter nothing passes, sorted by start": (
        "risk=alo_kop_unregistered_partner&person=1&sort=started"
    ),
}


@dataclass(frozen=True)
class Template:
    language: str
    search_text: str
    risk_codes: str
    asked_questions: str
    fallbacks: int
    asked_person: bool
    user_turns: int
    assessed: bool


def _templates() -> list[Template]:
    """Real summaries, in each language: a completed check (every question), a confused one
    with a request for a person, and one that stopped at the first question."""
    from actions.household_from_slots import household_from_slots
    from actions.result_messages import summary_of
    from bot.helpdesk.events import summarise
    from bot.questions.declarations import QUESTIONS
    from rules_core import assess
    from tests.helpdesk.rasa_events import SPOUSE_ABROAD, Conversation, confused

    def full(sender_id: str, language: str) -> Conversation:
        """Every question of a household with a partner abroad answered, then the result."""
        conversation = Conversation(sender_id, language)
        for question in QUESTIONS:
            if question.slot not in SPOUSE_ABROAD:
                continue
            value = SPOUSE_ABROAD[question.slot]
            conversation.bot(question.message)
            conversation.listen()
            conversation.user(f"/inform{json.dumps({question.slot: value})}", "inform")
            conversation.slot(question.slot, value)
        data = summary_of(assess(household_from_slots(SPOUSE_ABROAD, "2026-11")))
        for response in ("utter_result_headline", "utter_result_why", "utter_result_steps"):
            conversation.bot(response, assessment=data, situation="labour_migrant")
        conversation.slot("assessment", data)
        conversation.listen()
        return conversation

    def stopped(sender_id: str, language: str) -> Conversation:
        conversation = Conversation(sender_id, language)
        conversation.bot("utter_ask_situation")
        conversation.listen()
        return conversation

    templates = []
    for language in LANGUAGES:
        for build in (full, confused, stopped):
            conversation = build(f"template-{language}", language)
            rows = [(n, data) for n, (_, data) in enumerate(conversation.rows(), 1)]
            summary = summarise(conversation.sender_id, rows)
            templates.append(
                Template(
                    language,
                    summary.search_text,
                    " " + " ".join(summary.risk_codes) + " ",
                    " " + " ".join(summary.asked_questions) + " ",
                    summary.fallbacks,
                    summary.asked_person,
                    summary.user_turns,
                    bool(summary.risk_codes),
                )
            )
    return templates


def _next_link_to(query: str, number: int, sessions: Any) -> str:
    """The query string of the "Next" link on the page before page ``number``."""
    from bot.helpdesk import queries

    before = queries.Filters.from_query(QueryParams(f"{query}&page={number - 1}"))
    with sessions() as session:
        total = queries.count(session, before)
        _, following = queries.links(before, queries.page(session, before, total), total)
    assert following, f"no page {number}"
    return following


def _count_and_page(session: Any, filters: Any) -> None:
    from bot.helpdesk import queries

    queries.page(session, filters, queries.count(session, filters))


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _rows(templates: list[Template], count: int) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(13)
    by_language: dict[str, list[Template]] = {}
    for template in templates:
        by_language.setdefault(template.language, []).append(template)
    for n in range(count):
        language = _weighted(rng, LANGUAGES)
        # Half complete the check, a third stop early, the rest get confused.
        kind = rng.choices((0, 1, 2), (0.5, 0.17, 0.33))[0]
        template = by_language[language][kind]
        started = NOW - rng.uniform(0, 90 * DAY)
        typed = rng.choice(TYPED) if rng.random() < 0.05 else ""
        reviewed = rng.random() < 0.4
        yield (
            f"bench-{n:06d}-{secrets.token_hex(4)}",
            language,
            _weighted(rng, CHANNELS),
            started,
            started + rng.uniform(30, 1800),
            "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=8))
            if template.assessed
            else None,
            template.risk_codes,
            template.asked_questions,
            template.fallbacks,
            template.asked_person,
            template.user_turns,
            stored(template.search_text + ("\n" + typed if typed else "")),
            0,
            "anna" if reviewed else None,
            started + DAY if reviewed else None,
        )


COLUMNS = (
    "sender_id, language, channel, started_at, last_activity_at, reference_code, risk_codes,"
    " asked_questions, fallbacks, asked_person, user_turns, search_text, last_event_id,"
    " reviewed_by, reviewed_at"
)


def _load(url: str, count: int) -> float:
    """COPY the rows, a few tags and flags; VACUUM ANALYZE as autovacuum would. Seconds taken."""
    started = time.perf_counter()
    rng = random.Random(7)
    senders: list[str] = []
    with psycopg.connect(url) as connection:
        with connection.cursor().copy(
            f"COPY helpdesk_conversations ({COLUMNS}) FROM STDIN"
        ) as copy:
            for row in _rows(_templates(), count):
                copy.write_row(row)
                senders.append(row[0])
        tagged = rng.sample(senders, count // 20)
        with connection.cursor().copy(
            "COPY helpdesk_tags (sender_id, name, created_by, created_at) FROM STDIN"
        ) as copy:
            for sender in tagged:
                copy.write_row((sender, rng.choice(TAGS), "anna", NOW))
        with connection.cursor().copy(
            "COPY helpdesk_flags (sender_id, event_id, reason, intent, comment, created_by,"
            " created_at) FROM STDIN"
        ) as copy:
            for sender in rng.sample(senders, count // 33):
                copy.write_row(
                    (sender, rng.randint(1, 10**6), "misunderstood", "inform", "", "anna", NOW)
                )
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


@contextmanager
def _database() -> Iterator[str]:
    name = f"helpdesk_bench_{secrets.token_hex(4)}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=3) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG}/{name}"
    try:
        yield url
    finally:
        from bot.helpdesk import db

        db.dispose(url)
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _timed(call: Callable[[], object], calls: int = CALLS) -> list[float]:
    for _ in range(3):  # warm-up: plans, caches, templates
        call()
    timings = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        timings.append(time.perf_counter() - started)
    return timings


def _ms(timings: list[float]) -> str:
    return f"{1000 * statistics.median(timings):.1f} / {1000 * _percentile(timings, 0.95):.1f}"


def _environment(url: str, workdir: Path) -> None:
    tracker = workdir / "tracker.db"
    with sqlite3.connect(tracker) as connection:
        connection.execute(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), type_name"
            " VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255),"
            " data TEXT)"
        )
    connection.close()
    os.environ.update(
        {
            "ASSISTANT_DATABASE_URL": url,
            "ASSISTANT_TRACKER_DB_PATH": str(tracker),
            "ASSISTANT_CONVERSATION_DB_PATH": str(workdir / "conversations.sqlite3"),
            "ASSISTANT_RASA_URLS": json.dumps(["http://127.0.0.1:9"]),
            "ASSISTANT_RETENTION_DAYS": "36500",
        }
    )


def bench_helpdesk() -> dict[str, object]:
    from fastapi.testclient import TestClient

    from bot.helpdesk import auth, db, queries
    from bot.helpdesk.queries import COUNT_CAP
    from bot.service.app import create_app
    from bot.service.settings import get_settings

    month_ago = time.gmtime(NOW - 30 * DAY)
    week_end = time.gmtime(NOW - 24 * DAY)
    scenarios = dict(SCENARIOS)
    scenarios["one week"] = (
        f"date_from={time.strftime('%Y-%m-%d', month_ago)}"
        f"&date_to={time.strftime('%Y-%m-%d', week_end)}"
    )
    seek = "page 2,000 by its Next link (deep paging, seek)"
    figures: dict[str, object] = {}
    saved = dict(os.environ)
    with _database() as url, tempfile.TemporaryDirectory() as workdir:
        db.engine_for(url)  # the console's migrations make the tables
        seconds = _load(url, CONVERSATIONS)
        with psycopg.connect(url) as connection:
            size = connection.execute(
                "SELECT pg_size_pretty(pg_total_relation_size('helpdesk_conversations'))"
            ).fetchone()
        figures["data"] = (
            f"{CONVERSATIONS:,} conversations ({size[0] if size else '?'} with indexes), "
            f"{CONVERSATIONS // 20:,} tags, {CONVERSATIONS // 33:,} flags;"
            f" loaded in {seconds:.0f} s"
        )
        sessions = db.sessions(url)
        with sessions() as session:
            auth.add_user(session, "bench", "a long bench password", "supervisor", "nl")
        _environment(url, Path(workdir))
        get_settings.cache_clear()
        worst = 0.0
        scenarios[seek] = _next_link_to("", 2000, sessions)
        load_before = os.getloadavg()[0]
        try:
            with TestClient(create_app()) as client:
                form = client.get("/helpdesk/login").text
                token = form.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
                client.post(
                    "/helpdesk/login",
                    data={"username": "bench", "password": "a long bench password",
                          "csrf_token": token},
                )  # fmt: skip
                for name, query in scenarios.items():
                    filters = queries.Filters.from_query(QueryParams(query))
                    with sessions() as session:
                        total = queries.count(session, filters)
                        query_times = _timed(lambda s=session, f=filters: _count_and_page(s, f))

                    def view(q: str = query) -> None:
                        response = client.get(f"/helpdesk/?{q}")
                        response.raise_for_status()

                    view_times = _timed(view)
                    worst = max(worst, _percentile(view_times, 0.95))
                    matched = f"more than {total.number:,}" if total.capped else f"{total.number:,}"
                    figures[f"{name} ({matched} match)"] = (
                        f"page {_ms(view_times)} ms; queries {_ms(query_times)} ms"
                    )
        finally:
            os.environ.clear()
            os.environ.update(saved)
            get_settings.cache_clear()
    figures["how to read"] = (
        f"p50 / p95 of {CALLS} calls each: the whole page (GET /helpdesk/?..., signed in, in"
        " process: ingest, count, page, filter menus, template) and the console's count + page"
        f" queries; a search's count stops at {COUNT_CAP:,}"
    )
    figures["machine load"] = (
        f"1-min load average {load_before:.1f} before the timings, {os.getloadavg()[0]:.1f} at"
        f" the end, on {os.cpu_count()} CPUs (other work on the machine lengthens every figure)"
    )
    figures["slowest page p95"] = f"{1000 * worst:.0f} ms (target < 200 ms)"
    return figures
