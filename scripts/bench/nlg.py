"""NLG endpoint latency: POST /nlg with a 5-turn and a 60-turn tracker (Rasa 3.6 bodies).

In process, through httpx's ASGI transport, so the figure is the endpoint's own cost: reading
the body, validating only what it needs, rendering and serialising. The bodies are the recorded
ones in tests/fixtures/nlg. Also compares our body parsing with a full ``json.loads`` of the same
body, the cost a parameter model would add on every call.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from pathlib import Path

import httpx

from bot.service.app import create_app
from bot.service.nlg.schemas import NlgRequest

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "nlg"
CASES = {
    "5-turn tracker, utter_greet (nl)": "request_greet_5_turns_nl_socketio.json",
    "60-turn tracker, utter_ask_partner_lives (nl)": "request_long_60_turns_nl_socketio.json",
    "60-turn tracker, utter_result_steps (ar)": "request_long_60_turns_ar_rest.json",
}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _measure(body: bytes, calls: int) -> list[float]:
    transport = httpx.ASGITransport(app=create_app())
    headers = {"content-type": "application/json"}
    async with httpx.AsyncClient(transport=transport, base_url="http://nlg") as client:
        for _ in range(50):  # warm-up: catalogs, pydantic validators
            (await client.post("/nlg", content=body, headers=headers)).raise_for_status()
        latencies = []
        for _ in range(calls):
            started = time.perf_counter()
            response = await client.post("/nlg", content=body, headers=headers)
            latencies.append(time.perf_counter() - started)
            response.raise_for_status()
    return latencies


def _parse_cost(body: bytes, rounds: int = 500) -> tuple[float, float]:
    started = time.perf_counter()
    for _ in range(rounds):
        NlgRequest.model_validate_json(body)
    ours = (time.perf_counter() - started) / rounds
    started = time.perf_counter()
    for _ in range(rounds):
        json.loads(body)
    full = (time.perf_counter() - started) / rounds
    return ours, full


def bench_nlg(calls: int = 1000) -> dict[str, object]:
    figures: dict[str, object] = {}
    for label, name in CASES.items():
        body = (FIXTURES / name).read_bytes()
        latencies = asyncio.run(_measure(body, calls))
        ours, full = _parse_cost(body)
        figures[label] = (
            f"p50 {statistics.median(latencies) * 1000:.2f} ms, "
            f"p95 {_percentile(latencies, 0.95) * 1000:.2f} ms "
            f"({len(body) / 1024:.0f} KiB body, {calls} calls; "
            f"parse {ours * 1e6:.0f} µs vs json.loads {full * 1e6:.0f} µs)"
        )
    return figures


if __name__ == "__main__":
    for key, value in bench_nlg().items():
        print(f"{key}: {value}")
