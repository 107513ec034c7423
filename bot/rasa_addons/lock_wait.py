"""A message that waits for its conversation's lock keeps its place, and does not wait forever.

Rasa 3.6's ticket lock (rasa/core/lock_store.py, rasa/core/lock.py) gives every ticket a
lifetime (TICKET_LOCK_LIFETIME; 10 s in the scaled profile), so that the lock of a replica that
died while holding it frees itself. A message that is *waiting* loses its ticket in the same
way. When the holder died just after taking its ticket, the dead ticket and the waiter's expire
close together; if Rasa's one-second poll misses the short moment between the two, both are
removed, `now_serving` never equals the waiter's number again, and `_acquire_lock` loops for
ever. The fault test (tests/scale) found this: after a replica was killed, one turn hung until
the gateway gave up after 30 s and answered 503.

The fix: a waiter renews its own ticket while it waits (same number, so it keeps its place in
the queue), and polls at most every POLL_SECONDS, so a fail-over waits for the dead ticket's
expiry and hardly longer. A holder that is processing does not renew its ticket, as in Rasa:
expiry is still how a dead holder's lock is freed. The renewal writes to the lock store only
when the ticket is past half its lifetime, so a turn without contention costs nothing extra.

Installed by bot.rasa_addons.run (Rasa's environment; imports only Rasa).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

log = logging.getLogger("lock_wait")

POLL_SECONDS = 0.2


def renew(lock: Any, number: int, lifetime: float, now: float) -> bool:
    """Give the waiter's ticket a fresh lifetime when it is past half of it, or put it back in
    its place when it has expired already. True when the lock changed (and must be saved)."""
    from rasa.core.lock import Ticket

    # lock.tickets is read directly: TicketLock's own accessors drop expired tickets first,
    # which would drop this one before it can be renewed.
    for ticket in lock.tickets:
        if ticket.number == number:
            if ticket.expires - now > lifetime / 2:
                return False
            ticket.expires = now + lifetime
            return True
    place = sum(1 for t in lock.tickets if t.number < number)
    lock.tickets.insert(place, Ticket(number, now + lifetime))
    return True


def install() -> None:
    from rasa.core import lock_store

    original = lock_store.LockStore._acquire_lock
    if getattr(original, "renews_tickets", False):
        return

    async def _acquire_lock(
        self: lock_store.LockStore, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> Any:
        lifetime = float(lock_store.LOCK_LIFETIME)
        poll = min(wait_time_in_seconds, POLL_SECONDS)
        while True:
            lock = self.get_lock(conversation_id)
            if lock is None:
                # Deleted by a holder that saw nobody waiting (our ticket had gone): queue again.
                lock = self.create_lock(conversation_id)
            if renew(lock, ticket, lifetime, time.time()):
                lock.remove_expired_tickets()
                self.save_lock(lock)
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(poll)

    _acquire_lock.renews_tickets = True  # type: ignore[attr-defined]
    lock_store.LockStore._acquire_lock = _acquire_lock
