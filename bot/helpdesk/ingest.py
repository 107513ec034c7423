"""Keep the console's index (helpdesk_conversations) up to date with Rasa's event table.

Each call reads the broker rows after the last one seen, and rebuilds the summary of every
conversation they touch from all of that conversation's events (the stream is the truth; the
index only makes filtering, searching and paging a query). What agents set (status, review) is
kept.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.helpdesk import search
from bot.helpdesk.events import Summary, summarise
from bot.helpdesk.models import BrokerEvent, Conversation, State

CURSOR = "ingested_event_id"


def _cursor(session: Session) -> int:
    state = session.get(State, CURSOR)
    return int(state.value) if state else 0


def _set_cursor(session: Session, value: int) -> None:
    state = session.get(State, CURSOR)
    if state is None:
        session.add(State(key=CURSOR, value=str(value)))
    else:
        state.value = str(value)


def events_of(session: Session, sender_id: str) -> list[tuple[int, str | None]]:
    rows = session.execute(
        select(BrokerEvent.id, BrokerEvent.data)
        .where(BrokerEvent.sender_id == sender_id)
        .order_by(BrokerEvent.id)
    )
    return [(row[0], row[1]) for row in rows]


def load(session: Session, sender_id: str) -> Summary:
    return summarise(sender_id, events_of(session, sender_id))


def ingest(session: Session) -> int:
    """Index the new events; returns how many conversations were (re)built."""
    after = _cursor(session)
    new = session.execute(
        select(BrokerEvent.id, BrokerEvent.sender_id)
        .where(BrokerEvent.id > after)
        .order_by(BrokerEvent.id)
    ).all()
    if not new:
        return 0
    senders = {sender for _, sender in new if sender}
    for sender in sorted(senders):
        apply(session, load(session, sender))
    _set_cursor(session, max(event_id for event_id, _ in new))
    session.commit()
    return len(senders)


def apply(session: Session, summary: Summary) -> None:
    row = session.get(Conversation, summary.sender_id)
    if row is None:
        row = Conversation(sender_id=summary.sender_id)
        session.add(row)
    row.language = summary.language
    row.channel = summary.channel
    row.started_at = summary.started_at
    row.last_activity_at = summary.last_activity_at
    row.reference_code = summary.reference_code
    row.risk_codes = " " + " ".join(summary.risk_codes) + " "
    row.asked_questions = " " + " ".join(summary.asked_questions) + " "
    row.fallbacks = summary.fallbacks
    row.asked_person = summary.asked_person
    row.user_turns = summary.user_turns
    row.search_text = search.stored(summary.search_text)
    row.last_event_id = summary.last_event_id
