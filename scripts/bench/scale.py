"""The scaled profile (`make run-scaled`: 2 Rasa replicas, PostgreSQL, Redis) measured in one run:

- the whole-stack turn (through the gateway) and the bare Rasa REST turn (the same replica's
  /webhooks/rest/webhook, with its actions and NLG) side by side, one conversation at a time;
- throughput, turns per second per core, with 10 conversations at once and no think time;
- an open load: SCALE_USERS (50) users who send a message every 3 s on average (exponential),
  on a schedule that does not wait for the answers, each turn timed from when it was due;
- the memory (RSS, and PSS: shared pages counted once) of every process of the stack;
- the fault run of tests/scale (SCALE_FAULT_CONVERSATIONS x SCALE_FAULT_TURNS, 100 x 20,
  one replica SIGKILLed half-way): lost, duplicated and failed turns;
- a soak: the open load for SCALE_SOAK_MINUTES (30), p95 and RSS per fifth of the run.
The load generator runs on the same cores as the stack.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from tests.scale import test_scaled_profile as fault
from tests.scale.load import Conversation, next_body, start, turn
from tests.scale.scaled_stack import ScaledStack, scaled_stack

USERS = int(os.environ.get("SCALE_USERS", "50"))
THINK_SECONDS = 3.0
OPEN_SECONDS = float(os.environ.get("SCALE_OPEN_SECONDS", "120"))
SOAK_MINUTES = float(os.environ.get("SCALE_SOAK_MINUTES", "30"))
SIDE_BY_SIDE_TURNS = 40
THROUGHPUT_CONCURRENCY = 10
THROUGHPUT_TURNS = 300


def _ms(values: list[float], cut: int) -> float:
    return statistics.quantiles(values, n=100)[cut - 1] * 1000 if len(values) > 1 else float("nan")


def _status_mb(pid: int, field: str, source: str = "status") -> float:
    for line in Path(f"/proc/{pid}/{source}").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb(stack: ScaledStack) -> dict[str, float]:
    return {name: _status_mb(pid, "VmRSS") for name, pid in stack.pids().items()}


def pss_mb(stack: ScaledStack) -> dict[str, float]:
    """Proportional set size: pages shared between processes (the two Rasa replicas map the same
    TensorFlow libraries) counted once in total, where RSS counts them in every process."""
    return {name: _status_mb(pid, "Pss", "smaps_rollup") for name, pid in stack.pids().items()}


async def _bare_rasa(rasa_url: str, latencies: list[float]) -> None:
    """The REST channel directly: what Rasa itself costs for the same path through the check."""
    sender = f"bench-bare-{random.getrandbits(64):016x}"
    async with httpx.AsyncClient(base_url=rasa_url, timeout=120) as client:
        answer: dict = {"messages": []}
        message = "/greet"
        for _ in range(SIDE_BY_SIDE_TURNS // 4 + 1):
            started = time.perf_counter()
            response = await client.post(
                "/webhooks/rest/webhook",
                json={"sender": sender, "message": message, "metadata": {"language": "pl"}},
            )
            latencies.append(time.perf_counter() - started)
            answer = {"messages": [{"buttons": r.get("buttons", [])} for r in response.json()]}
            body = next_body(answer)
            message = body.get("payload") or body["text"]


async def _gateway(client: httpx.AsyncClient, turns: int, latencies: list[float]) -> None:
    conversation, answer = await start(client)
    for _ in range(turns):
        result, answer = await turn(client, conversation, answer)
        latencies.append(result.seconds)


async def side_by_side(stack: ScaledStack) -> dict[str, object]:
    whole: list[float] = []
    bare: list[float] = []
    rasa_url = f"http://127.0.0.1:{stack.rasa_ports[0]}"
    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=120) as client:
        await _gateway(client, 3, [])  # warm-up
        for _ in range(4):  # interleaved, so that both see the same machine
            await _gateway(client, SIDE_BY_SIDE_TURNS // 4, whole)
            await _bare_rasa(rasa_url, bare)
    ratio = _ms(whole, 95) / _ms(bare, 95)
    return {
        "whole-stack turn, 1 conversation (p50 / p95)": (
            f"{_ms(whole, 50):.0f} ms / {_ms(whole, 95):.0f} ms ({len(whole)} turns)"
        ),
        "bare Rasa REST turn, same replica, same run (p50 / p95)": (
            f"{_ms(bare, 50):.0f} ms / {_ms(bare, 95):.0f} ms ({len(bare)} turns)"
        ),
        "whole-stack p95 / bare-Rasa p95": f"{ratio:.1f}x (target <= 3x)",
    }


async def throughput(stack: ScaledStack) -> dict[str, object]:
    latencies: list[float] = []
    per_conversation = THROUGHPUT_TURNS // THROUGHPUT_CONCURRENCY
    cpu_before = os.times()
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=120) as client:
        await asyncio.gather(
            *(_gateway(client, per_conversation, latencies) for _ in range(THROUGHPUT_CONCURRENCY))
        )
    seconds = time.perf_counter() - started
    cores = os.cpu_count() or 1
    rate = len(latencies) / seconds
    load_cpu = sum(os.times()[:2]) - sum(cpu_before[:2])
    return {
        f"throughput, {THROUGHPUT_CONCURRENCY} conversations at once": (
            f"{rate:.1f} turns/s = {rate / cores:.1f} turns/s/core on {cores} cores "
            f"({len(latencies)} turns; p95 {_ms(latencies, 95):.0f} ms; load generator used "
            f"{load_cpu:.0f} s of CPU in {seconds:.0f} s)"
        )
    }


async def open_load(stack: ScaledStack, seconds: float, windows: int = 1) -> list[list[float]]:
    """USERS users, each: start, then a message every exponential think time (mean 3 s).

    The times to send are drawn in advance from each user's own clock: the next message is due
    a think time after the previous one was *due*, not after its answer came. A slow answer
    therefore does not slow the load down, and its delay is counted in full: a message that
    could only go out late (a user cannot type the next answer before seeing the question) is
    timed from when it was due (the correction for "coordinated omission", as wrk2 does). So the
    figures are those of an open model, as far as a conversation can be one."""
    buckets: list[list[float]] = [[] for _ in range(windows)]
    started = time.monotonic()
    end = started + seconds

    async def user(client: httpx.AsyncClient) -> None:
        due = started + random.uniform(0, THINK_SECONDS)
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        conversation, answer = await start(client)
        turns = 0
        while True:
            due += random.expovariate(1 / THINK_SECONDS)
            if due >= end:
                break
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            if turns >= 25:  # a finished check: this user starts a new conversation
                conversation, answer = await start(client)
                turns = 0
            result, answer = await turn(client, conversation, answer)
            turns += 1
            window = min(windows - 1, int((due - started) / seconds * windows))
            late = time.monotonic() - due  # from when the message was due to its answer
            buckets[window].append(late if result.status == 200 else float("inf"))

    limits = httpx.Limits(max_connections=USERS + 5)
    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=120, limits=limits) as client:
        await asyncio.gather(*(user(client) for _ in range(USERS)))
    return buckets


async def soak_run(stack: ScaledStack, seconds: float) -> tuple[list[list[float]], list[float]]:
    """The open load for `seconds`, with the stack's total RSS taken at the end of each fifth:
    memory that grows from fifth to fifth is a leak, a flat line is not."""
    memory: list[float] = []

    async def sample() -> None:
        for _ in range(5):
            await asyncio.sleep(seconds / 5)
            memory.append(sum(rss_mb(stack).values()))

    latencies, _ = await asyncio.gather(open_load(stack, seconds, windows=5), sample())
    return latencies, memory


def fault_run(stack: ScaledStack) -> dict[str, object]:
    conversations = int(os.environ.get("SCALE_FAULT_CONVERSATIONS", "100"))
    turns = int(os.environ.get("SCALE_FAULT_TURNS", "20"))
    fault.CONVERSATIONS, fault.TURNS = conversations, turns
    killed: dict[str, float] = {}
    started = time.monotonic()
    done: list[Conversation] = asyncio.run(fault._load(stack, killed))
    seconds = time.monotonic() - started
    all_turns = [t for c in done for t in c.turns]
    failed = sum(1 for t in all_turns if t.status != 200 or t.messages < 1)
    events = fault.user_events(stack, [c.conversation_id for c in done])
    lost = sum(max(0, turns + 1 - len(ids)) for ids in events.values())
    duplicated = sum(len(ids) - len(set(ids)) for ids in events.values())
    return {
        f"fault run, {conversations} x {turns} turns, rasa-1 SIGKILLed half-way": (
            f"{len(all_turns)} turns in {seconds:.0f} s: {lost} lost, {duplicated} duplicated, "
            f"{failed} failed (killed {killed.get('at', started) - started:.0f} s in)"
        )
    }


def bench_scale() -> dict[str, object]:
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp, scaled_stack(Path(tmp)) as stack:
        figures.update(asyncio.run(side_by_side(stack)))
        figures.update(asyncio.run(throughput(stack)))
        (latencies,) = asyncio.run(open_load(stack, OPEN_SECONDS))
        figures[f"open load, {USERS} users, think time 3 s mean (p50 / p95)"] = (
            f"{_ms(latencies, 50):.0f} ms / {_ms(latencies, 95):.0f} ms ({len(latencies)} turns "
            f"in {OPEN_SECONDS:.0f} s; target p95 <= 300 ms)"
        )
        sizes = rss_mb(stack)
        figures["memory (RSS) of the whole stack"] = (
            f"{sum(sizes.values()):.0f} MB: "
            + ", ".join(f"{name} {size:.0f}" for name, size in sizes.items())
            + " (target < 2,048 MB)"
        )
        shared = pss_mb(stack)
        figures["memory (PSS) of the whole stack"] = f"{sum(shared.values()):.0f} MB: " + ", ".join(
            f"{name} {size:.0f}" for name, size in shared.items()
        )
        soak, memory = asyncio.run(soak_run(stack, SOAK_MINUTES * 60))
        figures[f"soak, {SOAK_MINUTES:g} min of the open load, p95 per fifth"] = (
            " / ".join(f"{_ms(w, 95):.0f} ms" for w in soak)
            + f" ({sum(len(w) for w in soak)} turns)"
        )
        figures["soak, memory (RSS) of the whole stack at the end of each fifth"] = " / ".join(
            f"{size:.0f} MB" for size in memory
        )
        figures.update(fault_run(stack))
        figures["setup"] = (
            "make run-scaled: 2 Rasa replicas, 1 action server, gateway; PostgreSQL 15 and "
            f"Redis 7 on this machine; load generator on the same cores (load average at the "
            f"end {os.getloadavg()[0]:.1f})"
        )
    return figures


if __name__ == "__main__":
    for name, value in bench_scale().items():
        print(f"{name}: {value}")
