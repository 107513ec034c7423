"""Run in Rasa's environment by test_turn_stream.py: one conversation saved turn by turn through
Rasa's real SQLTrackerStore and SQLEventBroker, with Rasa's own stream_events and with
bot/rasa_addons/turn_stream.py, into databases of their own. argv: a database URL prefix
(`sqlite:///<folder>/` or `postgresql://.../`; for PostgreSQL the databases must exist, named
<prefix>{rasa,patched}_{tracker,broker}). Prints one JSON object."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.brokers.sql import SQLEventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_addons import turn_stream

DOMAIN = Domain.from_dict(
    {
        "slots": {
            "language": {"type": "text", "mappings": [{"type": "custom"}]},
            "household_size": {"type": "float", "mappings": [{"type": "custom"}]},
        }
    }
)
T0 = 1_767_225_600.0


def turns() -> list[list[Event]]:
    """What the processor adds to the tracker turn by turn (fixed timestamps: both runs equal)."""
    t = iter(T0 + i for i in range(10_000))
    first: list[Event] = [
        ActionExecuted("action_session_start", timestamp=next(t)),
        SessionStarted(timestamp=next(t)),
        ActionExecuted("action_listen", timestamp=next(t)),
    ]
    result = [first]
    for n in range(6):
        user = UserUttered(
            f"antwoord {n}",
            intent={"name": "inform", "confidence": 0.9},
            metadata={"message_id": f"m{n}", "language": "pl"},
            timestamp=next(t),
        )
        turn: list[Event] = [user, SlotSet("household_size", n, timestamp=next(t))]
        turn += [ActionExecuted("utter_ask", timestamp=next(t))]
        turn += [BotUttered(f"vraag {n}", {"buttons": [{"title": "Ja", "payload": "/affirm"}]})]
        turn[-1].timestamp = next(t)
        if n == 2:  # a reverted message, then a new session in the same conversation
            turn += [UserUtteranceReverted(timestamp=next(t))]
        if n == 3:
            turn += [
                ActionExecuted("action_session_start", timestamp=next(t)),
                SessionStarted(timestamp=next(t)),
                SlotSet("language", "pl", timestamp=next(t)),
            ]
        turn += [ActionExecuted("action_listen", timestamp=next(t))]
        result.append(turn)
    return result


class Collecting(EventBroker):
    """Any other broker: gets `publish` per event."""

    def __init__(self) -> None:
        self.published: list[dict[str, Any]] = []

    def publish(self, event: dict[str, Any]) -> None:
        self.published.append(event)


def counting_commits(engine: sa.engine.Engine) -> list[int]:
    commits = [0]
    sa.event.listen(engine, "commit", lambda _conn: commits.__setitem__(0, commits[0] + 1))
    return commits


async def conversation(store: SQLTrackerStore) -> dict[str, Any]:
    """Save the conversation turn by turn, each turn on the tracker read back from the store (as
    the processor does); what was read and committed per save."""
    retrieves = [0]
    original = store._retrieve

    async def counted(*args: Any, **kwargs: Any) -> Any:
        retrieves[0] += 1
        return await original(*args, **kwargs)

    store._retrieve = counted  # type: ignore[method-assign]
    broker = store.event_broker
    commits = counting_commits(broker.engine) if isinstance(broker, SQLEventBroker) else [0]
    saves = []
    for events in turns():
        tracker = await store.retrieve("s1") or DialogueStateTracker("s1", DOMAIN.slots)
        for event in events:
            tracker.update(event)
        retrieves[0] = commits[0] = 0
        await store.save(tracker)
        saves.append({"retrieves": retrieves[0], "broker_commits": commits[0]})
    return {"saves": saves}


def rows(url: str, query: str) -> list[list[Any]]:
    engine = sa.create_engine(url)
    with engine.connect() as db:
        found = [list(row) for row in db.execute(sa.text(query))]
    engine.dispose()
    return found


async def run(prefix: str, name: str) -> dict[str, Any]:
    tracker_url, broker_url = f"{prefix}{name}_tracker", f"{prefix}{name}_broker"
    if tracker_url.startswith("sqlite"):
        tracker_url, broker_url = f"{tracker_url}.db", f"{broker_url}.db"
    broker = SQLEventBroker(host=broker_url)
    store = SQLTrackerStore(DOMAIN, host=tracker_url, event_broker=broker)
    found = await conversation(store)
    found["broker"] = rows(broker_url, "SELECT sender_id, data FROM events ORDER BY id")
    found["tracker"] = rows(
        tracker_url, "SELECT sender_id, type_name, data FROM events ORDER BY id"
    )
    if tracker_url.startswith("sqlite"):
        other_url = tracker_url.replace(".db", "_other.db")
        other = SQLTrackerStore(DOMAIN, host=other_url, event_broker=Collecting())
        await conversation(other)
        found["other_broker"] = other.event_broker.published
    return found


async def main(prefix: str) -> dict[str, Any]:
    rasa = await run(prefix, "rasa")
    turn_stream.install()
    turn_stream.install()  # idempotent
    patched = await run(prefix, "patched")
    turn_stream.uninstall()
    return {
        "rasa": rasa,
        "patched": patched,
        "restored": "stream_events" not in vars(SQLTrackerStore),
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
