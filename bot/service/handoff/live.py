"""In-process wake-ups for the web chat's live stream (server-sent events).

The message itself is always in the gateway's store first; this only tells an open stream to
look now instead of at its next poll. Streams on another replica find it by polling the store.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict


class LiveHub:
    def __init__(self) -> None:
        self._events: dict[str, set[asyncio.Event]] = defaultdict(set)
        self._loop: asyncio.AbstractEventLoop | None = None

    def subscribe(self, conversation_id: str) -> asyncio.Event:
        self._loop = asyncio.get_running_loop()
        event = asyncio.Event()
        self._events[conversation_id].add(event)
        return event

    def unsubscribe(self, conversation_id: str, event: asyncio.Event) -> None:
        waiting = self._events.get(conversation_id)
        if waiting is not None:
            waiting.discard(event)
            if not waiting:
                self._events.pop(conversation_id, None)

    def wake(self, conversation_id: str) -> None:
        """Safe from any thread (the console's handlers run in the thread pool)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        for event in list(self._events.get(conversation_id, ())):
            loop.call_soon_threadsafe(event.set)

    def open_streams(self) -> int:
        return sum(len(v) for v in self._events.values())


HUB = LiveHub()
