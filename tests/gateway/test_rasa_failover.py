"""Fail-over of the gateway's Rasa client between real HTTP servers (fake Rasa replicas): the next
instance of the conversation's ranking answers when the first is gone, a message sent again is
marked for Rasa's duplicate check with the same message id, and the first instance gets its
conversations back when it returns."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from bot.service.gateway.rasa_client import RasaClient, RasaUnavailableError, ranked_instances
from tests.fakes.fake_rasa import FakeRasa

ROOT = Path(__file__).resolve().parents[2]


def conversation_first_on(url: str, urls: list[str]) -> str:
    for n in range(1000):
        if ranked_instances(f"conversation-{n:04d}", urls)[0] == url:
            return f"conversation-{n:04d}"
    raise AssertionError("no conversation ranks this instance first")


def test_the_ranking_is_a_permutation_and_the_same_for_every_gateway() -> None:
    urls = ["http://a:1", "http://b:2", "http://c:3"]
    ranked = ranked_instances("abc", urls)
    assert sorted(ranked) == sorted(urls)
    assert ranked == ranked_instances("abc", list(reversed(urls)))
    firsts = {ranked_instances(f"c{n}", urls)[0] for n in range(200)}
    assert firsts == set(urls)  # every instance gets conversations


@contextmanager
def replica_process(port: int = 0) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A fake Rasa in its own process, so that SIGKILL ends it as it ends a real replica (its
    open keep-alive connections die with it)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.fake_rasa", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip(), process
    finally:
        process.kill()
        process.wait(timeout=10)


def test_a_killed_instance_fails_over_and_comes_back_after_retry_after() -> None:
    with replica_process() as (first_url, first), FakeRasa() as second:
        urls = [first_url, second.url]
        cid = conversation_first_on(first_url, urls)
        port = urlsplit(first_url).port
        assert port is not None

        async def scenario() -> None:
            client = RasaClient(urls, timeout_seconds=5, retry_after_seconds=0.5)
            await client.send(cid, "hallo", "nl")
            assert not second.received  # the first instance answered

            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
            replies = await client.send(cid, "tweede", "nl", message_id="client-id-0001")
            assert replies[0]["text"] == "you said: tweede"
            resent = second.received[-1]
            assert resent["metadata"]["message_id"] == "client-id-0001"
            assert resent["metadata"]["check_duplicate"] is True

            # Marked down: the next message goes straight to the second instance, unchecked.
            await client.send(cid, "derde", "nl")
            assert [r["message"] for r in second.received] == ["tweede", "derde"]
            assert "check_duplicate" not in second.received[-1]["metadata"]

            with replica_process(port):
                await client.send(cid, "nog steeds weg?", "nl")  # within retry-after
                assert second.received[-1]["message"] == "nog steeds weg?"
                time.sleep(0.6)
                await client.send(cid, "terug", "nl")
                assert second.received[-1]["message"] == "nog steeds weg?"  # not to the second
            await client.aclose()

        _run(scenario())


def test_a_probe_brings_an_instance_back_at_once() -> None:
    with FakeRasa() as first, FakeRasa() as second:
        urls = [first.url, second.url]
        cid = conversation_first_on(first.url, urls)

        async def scenario() -> None:
            client = RasaClient(urls, timeout_seconds=5, retry_after_seconds=3600)
            client.health.mark_down(first.url)
            await client.send(cid, "een", "nl")
            assert not first.received and second.received
            assert await client.reachable() == {first.url: True, second.url: True}
            await client.send(cid, "twee", "nl")
            assert [r["message"] for r in first.received] == ["twee"]
            await client.aclose()

        _run(scenario())


def test_no_instance_answering_is_rasa_unavailable() -> None:
    with FakeRasa() as only:
        url = only.url
    client = RasaClient([url], timeout_seconds=2, retry_after_seconds=1)

    async def scenario() -> None:
        try:
            await client.send("conversation-x", "hallo", "nl")
        finally:
            await client.aclose()

    with pytest.raises(RasaUnavailableError, match="ConnectError"):
        _run(scenario())


def _run(scenario: Coroutine[Any, Any, None]) -> None:
    """In a thread of its own: an earlier test in the same run may leave an event loop running in
    this thread, and asyncio.run refuses to start inside one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, scenario).result()
