"""The queue's state changes on SQLite and PostgreSQL: one agent per conversation, even when
several take it at the same moment; a silent agent's conversation waits again."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.service.handoff import queue
from bot.service.handoff.models import BOT, CLOSED, WITH_AGENT, HandoffRequest

FATIMA = queue.Holder(1, "Fatima")
JAN = queue.Holder(2, "Jan")


def _status(sessions: sessionmaker[Session], sender_id: str) -> str:
    with sessions() as session:
        request = session.get(HandoffRequest, sender_id)
        assert request is not None
        return request.status


def test_a_request_waits_and_is_counted_in_order(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        queue.open_request(session, "first-conversation", "ar", "web", now=100)
        queue.open_request(session, "second-conversation", "ti", "web", now=200)
        assert queue.waiting_ahead(session, "first-conversation") == 0
        assert queue.waiting_ahead(session, "second-conversation") == 1
        assert [r.sender_id for r in queue.queue(session)] == [
            "first-conversation",
            "second-conversation",
        ]


def test_asking_again_while_waiting_keeps_the_place(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        queue.open_request(session, "conversation-a", "ar", "web", now=100)
        queue.open_request(session, "conversation-a", "ar", "web", now=500)
        request = session.get(HandoffRequest, "conversation-a")
        assert request is not None and request.requested_at == 100


def test_two_agents_taking_at_once_one_wins(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        queue.open_request(session, "contested-conversation", "ar", "web")
    agents = [queue.Holder(n, f"agent{n}") for n in range(1, 9)]
    barrier = threading.Barrier(len(agents))
    outcomes: dict[int, str] = {}

    def attempt(agent: queue.Holder) -> None:
        with sessions() as session:
            barrier.wait()
            try:
                queue.take(session, "contested-conversation", agent)
                outcomes[agent.id] = "took"
            except queue.HandoffError as error:
                outcomes[agent.id] = error.code

    threads = [threading.Thread(target=attempt, args=(a,)) for a in agents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [agent_id for agent_id, outcome in outcomes.items() if outcome == "took"]
    assert len(winners) == 1
    assert sorted(outcomes.values()).count("taken") == len(agents) - 1
    with sessions() as session:
        holder = queue.holder(session, "contested-conversation")
        assert holder is not None and holder.id == winners[0]


def test_an_assigned_conversation_can_be_taken_only_by_that_agent(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as session:
        queue.open_request(session, "assigned-conversation", "nl", "web")
        queue.assign(session, "assigned-conversation", JAN.id)
        with pytest.raises(queue.HandoffError):
            queue.take(session, "assigned-conversation", FATIMA)
        queue.take(session, "assigned-conversation", JAN)
    assert _status(sessions, "assigned-conversation") == WITH_AGENT


def test_only_the_holder_hands_back_or_closes(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        queue.open_request(session, "held-conversation", "nl", "web")
        queue.take(session, "held-conversation", FATIMA)
        with pytest.raises(queue.HandoffError):
            queue.release(session, "held-conversation", JAN.id, BOT)
        queue.release(session, "held-conversation", FATIMA.id, BOT)
        assert queue.holder(session, "held-conversation") is None
    assert _status(sessions, "held-conversation") == BOT
    with sessions() as session:
        queue.open_request(session, "held-conversation", "nl", "web")
        queue.take(session, "held-conversation", JAN)
        queue.release(session, "held-conversation", JAN.id, CLOSED)
    assert _status(sessions, "held-conversation") == CLOSED


def test_without_heartbeat_the_conversation_waits_again(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        queue.open_request(session, "left-conversation", "ti", "web", now=1000)
        queue.open_request(session, "kept-conversation", "ti", "web", now=1000)
        queue.take(session, "left-conversation", FATIMA, now=1000)
        queue.take(session, "kept-conversation", JAN, now=1000)
        assert queue.heartbeat(session, "kept-conversation", JAN.id, now=1040)
        assert queue.release_stale(session, 45, now=1050) == ["left-conversation"]
        assert not queue.heartbeat(session, "left-conversation", FATIMA.id, now=1051)
        # Waiting again, for anyone.
        queue.take(session, "left-conversation", JAN, now=1052)
    assert _status(sessions, "kept-conversation") == WITH_AGENT
    assert _status(sessions, "left-conversation") == WITH_AGENT


def test_messages_are_kept_in_order_with_the_agent(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        queue.add_message(
            session,
            sender_id="c1",
            role="user",
            kind="text",
            agent_id=None,
            key=None,
            text="سؤال",
            language="ar",
        )
        queue.add_message(
            session,
            sender_id="c1",
            role="agent",
            kind="canned",
            agent_id=FATIMA.id,
            key="handoff.canned.greeting",
            text="مرحبًا",
            language="ar",
            dutch="Hallo",
        )
        first, second = queue.messages(session, "c1")
        assert (first.role, first.dutch) == ("user", "سؤال")
        assert (second.agent_id, second.dutch) == (FATIMA.id, "Hallo")
        assert [m.id for m in queue.messages(session, "c1", after=first.id)] == [second.id]
