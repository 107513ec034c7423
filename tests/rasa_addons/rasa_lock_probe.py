"""Run in Rasa's environment by test_lock_wait.py: Rasa's real ticket lock store (in memory; the
Redis store shares the same LockStore code), first with Rasa's own `_acquire_lock`, then with
bot/rasa_addons/lock_wait.py installed. Prints one JSON object."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from rasa.core import lock_store
from rasa.core.lock_store import InMemoryLockStore

from bot.rasa_addons import lock_wait

WAITER_LIFETIME = 1.0  # the waiter's ticket outlives neither the holder's nor the wait
HOLDER_LIFETIME = 3.0  # a holder that died: its ticket frees the lock after this
GIVE_UP = 6.0


class CountingStore(InMemoryLockStore):
    def __init__(self) -> None:
        super().__init__()
        self.saves = 0

    def save_lock(self, lock: Any) -> None:
        self.saves += 1
        super().save_lock(lock)


async def wait_behind_a_dead_holder() -> dict[str, Any]:
    """A replica took the conversation's ticket and died; the next message waits behind it."""
    store = CountingStore()
    dead = store.issue_ticket("c1", HOLDER_LIFETIME)
    started = time.monotonic()

    async def waiter() -> int:
        async with store.lock("c1", lock_lifetime=WAITER_LIFETIME) as lock:
            return int(lock.now_serving)

    try:
        served = await asyncio.wait_for(waiter(), GIVE_UP)
    except asyncio.TimeoutError:
        return {"outcome": "still waiting", "seconds": round(time.monotonic() - started, 2)}
    return {
        "outcome": "served",
        "served": served,
        "dead": dead,
        "seconds": round(time.monotonic() - started, 2),
        "lock_left": store.get_lock("c1") is not None,
    }


async def two_waiters_keep_their_order() -> list[str]:
    store = InMemoryLockStore()
    store.issue_ticket("c2", HOLDER_LIFETIME)
    order: list[str] = []

    async def waiter(name: str, delay: float) -> None:
        await asyncio.sleep(delay)
        async with store.lock("c2", lock_lifetime=WAITER_LIFETIME):
            order.append(name)
            await asyncio.sleep(0.3)

    await asyncio.wait_for(asyncio.gather(waiter("first", 0.0), waiter("second", 0.1)), GIVE_UP)
    return order


async def saves_without_contention() -> int:
    store = CountingStore()
    async with store.lock("c3", lock_lifetime=WAITER_LIFETIME):
        return store.saves  # issue_ticket's save only


async def main() -> None:
    lock_store.LOCK_LIFETIME = int(WAITER_LIFETIME)
    result: dict[str, Any] = {"holder_lifetime": HOLDER_LIFETIME, "give_up": GIVE_UP}
    result["rasa"] = await wait_behind_a_dead_holder()
    lock_wait.install()
    result["patched"] = await wait_behind_a_dead_holder()
    result["order"] = await two_waiters_keep_their_order()
    result["saves"] = await saves_without_contention()
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
