"""Publish a turn's events to Rasa's SQL event broker without reading the conversation again, and
in one transaction instead of one per event.

Rasa 3.6.21 saves a turn with `SQLTrackerStore.save` (rasa/core/tracker_store.py), which first
calls `TrackerStore.stream_events` to send the new events to the event broker:
- to find which events are new it calls `self.retrieve(sender_id)`: every event of the current
  session is read from the database, parsed from JSON and replayed into a new tracker, and then
  `TrackerEventDiffEngine.event_difference` uses only `len(old_tracker.events)`;
- `_stream_new_events` then calls `SQLEventBroker.publish` once per event (rasa/core/brokers/
  sql.py), a session, an INSERT and a COMMIT of its own each, inside the event loop.
A turn of the household check has 5-15 events, and the read costs more the longer the
conversation is (measured: docs/capacity.md, "Where a Rasa turn's time goes").

`install()` replaces both on `SQLTrackerStore` only:
- the number of stored events of the current session comes from the query Rasa's own
  `_additional_events` runs a moment later to decide which events to insert (`_event_query(...)
  .count()`): the same rows the retrieve would have read, so the same offset. (Every row was
  written by Rasa, so every row parses back to one event; `retrieve` replays without
  `max_event_history`, so its length is that count.) The new events are the same;
- when the broker is Rasa's `SQLEventBroker`, the new events are written in one session with one
  COMMIT, in order: the same rows (`sender_id`, `data` = the same JSON) as `publish` would write.
  A replica killed mid-turn leaves all of the turn's events in the broker table or none of them
  (before, a prefix of them), and the tracker is still saved after the broker, as in Rasa. Any
  other broker (or a broker subclass) gets `publish` per event, as before.
With `max_event_history` set on the store, Rasa's own `stream_events` runs unchanged.

Applied by `bot.rasa_addons.run` before Rasa's CLI starts; nothing is patched on import.
Runs in Rasa's environment (.venv-rasa, SQLAlchemy 1.4).
"""

from __future__ import annotations

import json
from typing import Any

_originals: dict[str, Any] = {}


def stored_events(store: Any, sender_id: str) -> int:
    """How many events of the conversation's current session the store holds."""
    with store.session_scope() as session:
        count: int = store._event_query(
            session, sender_id, fetch_events_from_all_sessions=False
        ).count()
    return count


async def stream_events(self: Any, tracker: Any) -> None:
    # As rasa.core.tracker_store.TrackerStore.stream_events (3.6.21), the offset counted.
    if self.event_broker is None:
        return None
    if self.max_event_history is not None:
        await _originals["stream_events"](self, tracker)
        return None
    offset = stored_events(self, tracker.sender_id)
    new_events = list(tracker.events)[offset:]
    await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
    return None


async def _stream_new_events(
    self: Any, event_broker: Any, new_events: list[Any], sender_id: str
) -> None:
    from rasa.core.brokers.sql import SQLEventBroker

    if type(event_broker) is not SQLEventBroker:
        await _originals["_stream_new_events"](self, event_broker, new_events, sender_id)
        return
    if not new_events:
        return
    rows = []
    for event in new_events:
        body = {"sender_id": sender_id}
        body.update(event.as_dict())
        rows.append({"sender_id": body.get("sender_id"), "data": json.dumps(body)})
    with event_broker.session_scope() as session:
        # One multi-row INSERT in list order: ids follow the order of the events, as before.
        session.execute(SQLEventBroker.SQLBrokerEvent.__table__.insert(), rows)
        session.commit()


def install() -> None:
    """Replace the two methods on SQLTrackerStore (idempotent)."""
    from rasa.core.tracker_store import SQLTrackerStore, TrackerStore

    if _originals:
        return
    _originals["stream_events"] = TrackerStore.stream_events
    _originals["_stream_new_events"] = TrackerStore._stream_new_events
    SQLTrackerStore.stream_events = stream_events
    SQLTrackerStore._stream_new_events = _stream_new_events


def uninstall() -> None:
    """Rasa's own methods again (for tests that compare both)."""
    from rasa.core.tracker_store import SQLTrackerStore

    if not _originals:
        return
    _originals.clear()
    del SQLTrackerStore.stream_events
    del SQLTrackerStore._stream_new_events
