"""Gateway turn latency (loopback) at 1, 10 and 50 concurrent conversations, and widget size.

Two set-ups. (1) The gateway as a real uvicorn process in front of a fake Rasa REST server (its
own process, instant scripted replies): the gateway's own cost per turn (parsing, cleaning,
redaction, rate limiting, the SQLite transcript, the HTTP hop). (2) When a trained model exists,
the whole stack from `python -m bot.launcher` (Rasa, action server, NLG): what a user waits for,
on this machine, for the first turns of the check (typed start, then button answers).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "bot" / "web"
TURNS_PER_CONVERSATION = 20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def widget_size() -> dict[str, object]:
    js = (WEB / "widget.js").read_bytes()
    css = (WEB / "widget.css").read_bytes()
    font = sum(p.stat().st_size for p in (WEB / "fonts").glob("*.woff2"))
    return {
        "widget.js + widget.css, raw": f"{(len(js) + len(css)) / 1024:.1f} KiB",
        "widget.js + widget.css, gzip -9": (
            f"{(len(gzip.compress(js, 9)) + len(gzip.compress(css, 9))) / 1024:.1f} KiB "
            "(target < 50 KiB)"
        ),
        "bundled Ethiopic font (woff2, loaded only for Ge'ez text)": f"{font / 1024:.1f} KiB",
    }


async def _conversation(client: httpx.AsyncClient, latencies: list[float]) -> None:
    created = await client.post("/api/v1/conversations", json={"language": "pl"})
    cid = created.json()["conversation_id"]
    for turn in range(TURNS_PER_CONVERSATION):
        started = time.perf_counter()
        response = await client.post(
            f"/api/v1/conversations/{cid}/messages",
            json={"text": f"Zarabiam 2000 euro miesięcznie, tura {turn}"},
        )
        latencies.append(time.perf_counter() - started)
        response.raise_for_status()


async def _load(base_url: str, concurrency: int) -> list[float]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        await _conversation(client, [])  # warm-up
        await asyncio.gather(*(_conversation(client, latencies) for _ in range(concurrency)))
    return latencies


def _wait_ready(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("gateway did not start")


# So that the load generator measures the service, not its rate limits.
UNLIMITED_RATES = {
    "ASSISTANT_RATE_MESSAGES_PER_CONVERSATION": "100000",
    "ASSISTANT_RATE_REQUESTS_PER_CLIENT": "1000000",
    "ASSISTANT_RATE_NEW_CONVERSATIONS_PER_CLIENT": "100000",
}


@contextmanager
def service_on_fake_rasa(tmp: str, **env: str) -> Iterator[str]:
    """One uvicorn worker of the service (gateway, console, NLG) in front of the fake Rasa, its
    transcripts under `tmp`, the rate limits out of the way and `env` on top; yields its URL
    once it answers, and stops both processes after."""
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.fake_rasa"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    port = _free_port()
    service = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bot.service.app:app",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "ASSISTANT_RASA_URLS": json.dumps([fake.stdout.readline().strip()]),  # type: ignore[union-attr]
            "ASSISTANT_CONVERSATION_DB_PATH": f"{tmp}/conversations.sqlite3",
            **UNLIMITED_RATES,
            **env,
        },
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_ready(url)
        yield url
    finally:
        for process in (service, fake):
            process.terminate()
        for process in (service, fake):
            process.wait(timeout=30)


DETOURS = ("/choose_language", "/restart", "/go_back", "/handoff", "/request_human", "/deny")
REAL_TURNS = 6


async def _real_conversation(client: httpx.AsyncClient, latencies: list[float]) -> None:
    created = await client.post("/api/v1/conversations", json={"language": "pl"})
    cid = created.json()["conversation_id"]
    body: dict[str, str] = {"text": "zacznij sprawdzanie"}
    for _ in range(REAL_TURNS):
        started = time.perf_counter()
        response = await client.post(f"/api/v1/conversations/{cid}/messages", json=body)
        latencies.append(time.perf_counter() - started)
        response.raise_for_status()
        buttons = [
            b["payload"]
            for m in response.json()["messages"]
            for b in m["buttons"]
            if not b["payload"].startswith(DETOURS)
        ]
        body = {"payload": buttons[0]} if buttons else {"text": "0"}


async def _real_load(base_url: str, concurrency: int) -> list[float]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=300) as client:
        await asyncio.gather(*(_real_conversation(client, latencies) for _ in range(concurrency)))
    return latencies


def real_stack_latency() -> dict[str, object]:
    if not list((ROOT / "bot" / "models").glob("*.tar.gz")):
        return {"whole stack": "not measured: no trained model (make train)"}
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        port = _free_port()
        env = {
            **os.environ,
            "LAUNCHER_GATEWAY_PORT": str(port),
            "LAUNCHER_RASA_PORT": str(_free_port()),
            "LAUNCHER_ACTIONS_PORT": str(_free_port()),
            "LAUNCHER_RUN_DIR": tmp,
            "LAUNCHER_TRACKER_DB": f"{tmp}/tracker.db",
            "ASSISTANT_CONVERSATION_DB_PATH": f"{tmp}/conversations.sqlite3",
            **UNLIMITED_RATES,
        }
        stack = subprocess.Popen(
            [sys.executable, "-m", "bot.launcher"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(1)
            else:
                return {"whole stack": "not measured: the stack did not become ready in 300 s"}
            asyncio.run(_real_load(url, 1))  # warm-up: TensorFlow's first predictions are slow
            for concurrency in (1, 10, 50):
                latencies = asyncio.run(_real_load(url, concurrency))
                cuts = statistics.quantiles(latencies, n=100)
                figures[f"whole stack turn latency, {concurrency} concurrent (p50 / p95)"] = (
                    f"{cuts[49] * 1000:.0f} ms / {cuts[94] * 1000:.0f} ms ({len(latencies)} turns)"
                )
        finally:
            os.killpg(stack.pid, signal.SIGTERM)
            stack.wait(timeout=60)
    return figures


def bench_gateway() -> dict[str, object]:
    if hasattr(os, "sched_setaffinity"):  # another benchmark may have pinned this process
        os.sched_setaffinity(0, range(os.cpu_count() or 1))
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp, service_on_fake_rasa(tmp) as url:
        for concurrency in (1, 10, 50):
            latencies = asyncio.run(_load(url, concurrency))
            cuts = statistics.quantiles(latencies, n=100)
            figures[f"turn latency, {concurrency} concurrent conversations (p50 / p95)"] = (
                f"{cuts[49] * 1000:.1f} ms / {cuts[94] * 1000:.1f} ms ({len(latencies)} turns)"
            )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    figures["setup"] = (
        "one uvicorn worker, fake Rasa on loopback, SQLite transcript store; load generator on "
        f"the same {os.cpu_count()} CPUs (1-min load average at the end: {load:.1f})"
    )
    figures.update(real_stack_latency())
    figures.update(widget_size())
    return figures


if __name__ == "__main__":
    for name, value in bench_gateway().items():
        print(f"{name}: {value}")
