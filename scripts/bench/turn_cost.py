"""`python -m scripts.bench.turn_cost`: what a turn of the scaled profile costs, process by process.

Starts the scaled stack (tests/scale/scaled_stack.py), warms it up, then drives TURN_COST_TURNS
(120) turns through the gateway, TURN_COST_CONCURRENCY (1) conversations at a time, and prints:
- the latency of those turns (p50 / p95);
- the CPU time every process of the stack used per turn (/proc/<pid>/stat), PostgreSQL's
  backends of the stack's two databases included (pg_stat_activity);
- with TURN_COST_PYSPY=1, where the Rasa replicas' main threads (their event loops, added up)
  spent their wall time, from `py-spy record --idle` (py-spy in .venv-rasa): the samples inside
  each of a few functions (inclusive), in milliseconds per turn and as a share. Raw profiles
  stay in TURN_COST_OUT. py-spy is not a dependency of the project: `.venv-rasa/bin/pip install
  py-spy` first.

Not one of `make bench`'s areas: a tool to find where a turn's time goes. The load generator
runs on the same cores as the stack. `... turn_cost report <folder> <turns>` reports the
profiles of an earlier run again.
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
import psycopg

from tests.scale.load import start, turn
from tests.scale.scaled_stack import POSTGRES, ROOT, ScaledStack, scaled_stack

TURNS = int(os.environ.get("TURN_COST_TURNS", "120"))
CONCURRENCY = int(os.environ.get("TURN_COST_CONCURRENCY", "1"))
PYSPY = os.environ.get("TURN_COST_PYSPY") == "1"
OUT = Path(os.environ.get("TURN_COST_OUT", "var/turn_cost"))
RATE = 200  # py-spy samples per second
CONVERSATION_TURNS = 20
TICK = os.sysconf("SC_CLK_TCK")

# What is reported of a replica's event-loop thread: the samples whose stack holds these frames
# in this order (a frame as py-spy writes it, "function (file"), inclusive; a "leaf:" row counts
# the samples whose innermost frame is one of those named.
SPOTS: dict[str, tuple[str, ...]] = {
    "handling a message (MessageProcessor.handle_message)": ("handle_message (rasa/core/proc",),
    "  reading the tracker (log_message)": ("log_message (rasa/core/processor.py",),
    "  prediction loop (policies, actions, NLG)": ("_run_prediction_loop (rasa/core/proc",),
    "  saving the tracker (save_tracker)": ("save_tracker (rasa/core/processor.py",),
    "    to the event broker (stream_events)": ("save_tracker (rasa/", "stream_events ("),
    "      reading the tracker again": ("stream_events (", "_retrieve (rasa/core/tracker_store"),
    "      writing the events": ("stream_events (", "_stream_new_events ("),
    "events parsed from JSON (Event.from_parameters)": ("from_parameters (rasa/shared/core/ev",),
    "leaf: waiting for PostgreSQL (execute, commit, rollback)": (
        "do_execute (sqlalchemy/",
        "do_commit (sqlalchemy/",
        "do_rollback (sqlalchemy/",
        "execute_values (psycopg2/",
    ),
    "leaf: idle (the event loop waiting)": ("serve (sanic/server/runners.py",),
}


def _matches(frames: list[str], needles: tuple[str, ...], leaf: bool) -> bool:
    if leaf:
        return bool(frames) and frames[-1].startswith(needles)
    at = 0
    for needle in needles:
        at = next((i for i in range(at, len(frames)) if frames[i].startswith(needle)), -1)
        if at < 0:
            return False
    return True


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


def _postgres_backends(stack: ScaledStack) -> list[int]:
    names = [stack.database_url.rsplit("/", 1)[1], stack.tracker_database_url.rsplit("/", 1)[1]]
    with psycopg.connect(f"{POSTGRES}/postgres") as db:
        rows = db.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = ANY(%s) AND pid <> pg_backend_pid()",
            (names,),
        ).fetchall()
    return [int(pid) for (pid,) in rows]


def _processes(stack: ScaledStack) -> dict[str, list[int]]:
    processes = {name: [pid] for name, pid in stack.pids().items()}
    processes["postgres (stack's backends)"] = _postgres_backends(stack)
    return processes


async def _drive(stack: ScaledStack, turns: int, latencies: list[float]) -> None:
    async def one(count: int) -> None:
        async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=120) as client:
            done = 0
            while done < count:
                conversation, answer = await start(client)
                for _ in range(min(CONVERSATION_TURNS, count - done)):
                    result, answer = await turn(client, conversation, answer)
                    latencies.append(result.seconds)
                    done += 1

    share = turns // CONCURRENCY
    await asyncio.gather(*(one(share) for _ in range(CONCURRENCY)))


def _spy(stack: ScaledStack) -> list[tuple[str, subprocess.Popen[bytes], Path]]:
    OUT.mkdir(parents=True, exist_ok=True)
    spies = []
    for name, pid in stack.pids().items():
        if not name.startswith("rasa"):
            continue
        path = OUT / f"{name}.txt"
        command = [str(ROOT / ".venv-rasa/bin/py-spy"), "record", "--idle", "--pid", str(pid)]
        command += ["--rate", str(RATE), "--format", "raw", "--threads", "--output", str(path)]
        spies.append((name, subprocess.Popen(command, stdout=subprocess.DEVNULL), path))
    time.sleep(2)  # py-spy attaches
    return spies


def _main_thread(path: Path) -> Counter[str]:
    """Collapsed stacks of the thread with the most samples (the event loop's), with counts."""
    threads: dict[str, Counter[str]] = {}
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        thread, _, frames = stack.partition(";")
        threads.setdefault(thread, Counter())[frames] += int(count)
    return max(threads.values(), key=lambda c: sum(c.values())) if threads else Counter()


def report_spy(paths: list[Path], turns: int) -> list[str]:
    """Where the Rasa replicas' event-loop threads spent their wall time, added up, per turn."""
    stacks: Counter[str] = Counter()
    for path in paths:
        stacks.update(_main_thread(path))
    total = sum(stacks.values()) or 1
    lines = [f"Rasa event loops ({len(paths)}), {total / RATE:.1f} s sampled; per turn:"]
    for label, needles in SPOTS.items():
        leaf = label.startswith("leaf: ")
        hits = sum(n for f, n in stacks.items() if _matches(f.split(";"), needles, leaf))
        label = label.removeprefix("leaf: ")
        lines.append(f"  {label}: {hits / RATE / turns * 1000:.1f} ms ({hits / total:.1%})")
    return lines


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, scaled_stack(Path(tmp)) as stack:
        asyncio.run(_drive(stack, 2 * CONCURRENCY * 3, []))  # warm-up
        processes = _processes(stack)
        spies = _spy(stack) if PYSPY else []
        before = {n: sum(_cpu_seconds(p) for p in pids) for n, pids in processes.items()}
        latencies: list[float] = []
        started = time.perf_counter()
        asyncio.run(_drive(stack, TURNS, latencies))
        seconds = time.perf_counter() - started
        after = {n: sum(_cpu_seconds(p) for p in pids) for n, pids in processes.items()}
        for _, spy, _ in spies:
            spy.send_signal(signal.SIGINT)  # py-spy writes its output on Ctrl-C
            spy.wait(timeout=120)
        turns = len(latencies)
        cut = statistics.quantiles(latencies, n=100)
        print(f"{turns} turns, {CONCURRENCY} at a time, in {seconds:.1f} s")
        print(f"latency p50 {cut[49] * 1000:.0f} ms, p95 {cut[94] * 1000:.0f} ms")
        for name in processes:
            print(f"CPU per turn, {name}: {(after[name] - before[name]) / turns * 1000:.0f} ms")
        total = sum(after.values()) - sum(before.values())
        print(f"CPU per turn, whole stack: {total / turns * 1000:.0f} ms")
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        if spies:
            print("\n".join(report_spy([path for _, _, path in spies], turns)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["report"]:  # report <folder> <turns>: the profiles of an earlier run
        print("\n".join(report_spy(sorted(Path(sys.argv[2]).glob("rasa-*.txt")), int(sys.argv[3]))))
    else:
        main()
