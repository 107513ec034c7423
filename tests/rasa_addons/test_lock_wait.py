"""A message waiting for its conversation's lock is served once the dead holder's ticket expires,
in its place in the queue (bot/rasa_addons/lock_wait.py); Rasa's own wait loops for ever in that
case. Rasa's real lock store in Rasa's environment (tests/rasa_addons/rasa_lock_probe.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.rasa_probe import run_probe

PROBE = Path(__file__).with_name("rasa_lock_probe.py")

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def probed() -> dict[str, Any]:
    return dict(run_probe(PROBE, timeout=120))


def test_rasa_alone_waits_for_ever_once_the_waiters_own_ticket_expired(probed: dict) -> None:
    # The defect the patch is for: if this starts passing, Rasa fixed it and the patch can go.
    assert probed["rasa"]["outcome"] == "still waiting"
    assert probed["rasa"]["seconds"] >= probed["give_up"]


def test_the_waiter_is_served_when_the_dead_holders_ticket_expires(probed: dict) -> None:
    patched = probed["patched"]
    assert patched["outcome"] == "served"
    assert patched["served"] == patched["dead"] + 1
    holder = probed["holder_lifetime"]
    assert holder - 0.1 <= patched["seconds"] < holder + 1.0
    assert patched["lock_left"] is False  # cleaned up after the turn


def test_waiters_keep_their_order(probed: dict) -> None:
    assert probed["order"] == ["first", "second"]


def test_a_turn_without_contention_writes_the_lock_no_more_than_rasa_does(probed: dict) -> None:
    assert probed["saves"] == 1
