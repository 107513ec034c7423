"""Talk to a person: the time from an agent's send in the console to the user's web chat
receiving it on its live stream (server-sent events), with 50 conversations open at once.

One uvicorn worker (the service: gateway, console, NLG) in front of the fake Rasa; 50 web chats
each hold a live stream open; one agent has taken all 50 and sends canned replies round robin.
The latency is measured from just before the agent's POST to the event's arrival on the user's
stream, on the same machine (loopback, load generator on the same cores).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import tempfile
import time

import httpx

from scripts.bench.gateway import service_on_fake_rasa

CONVERSATIONS = 50
ROUNDS = 6
PASSWORD = "bench password 1234"


async def _listen(
    base: str, cid: str, after: int, arrived: dict[tuple[str, int], float], ready: asyncio.Event
) -> None:
    path = f"/api/v1/conversations/{cid}/live?after={after}"
    async with (
        httpx.AsyncClient(base_url=base, timeout=None) as client,
        client.stream("GET", path) as live,
    ):
        ready.set()
        async for line in live.aiter_lines():
            if line.startswith("data: "):
                message = json.loads(line[6:])
                arrived[(cid, message["seq"])] = time.perf_counter()


async def _run(base: str, database_url: str) -> list[float]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as user:
        cids = []
        for _ in range(CONVERSATIONS):
            created = await user.post("/api/v1/conversations", json={"language": "ar"})
            cid = created.json()["conversation_id"]
            body = {
                "response": "utter_handoff",
                "arguments": {},
                "tracker": {"sender_id": cid, "slots": {"language": "ar"}},
                "channel": {"name": "collector"},
            }
            (await user.post("/nlg", json=body)).raise_for_status()
            cids.append(cid)
    async with httpx.AsyncClient(base_url=base, timeout=60) as agent:
        form = await agent.get("/helpdesk/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)[1]  # type: ignore[index]
        await agent.post(
            "/helpdesk/login",
            data={"username": "bench", "password": PASSWORD, "csrf_token": token},
        )
        page = await agent.get("/helpdesk/handoff")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)[1]  # type: ignore[index]
        for cid in cids:
            await agent.post(f"/helpdesk/handoff/{cid}/take", data={"csrf_token": csrf})
        arrived: dict[tuple[str, int], float] = {}
        readies = []
        listeners = []
        async with httpx.AsyncClient(base_url=base, timeout=60) as user:
            seqs = {}
            for cid in cids:
                pushed = (await user.get(f"/api/v1/conversations/{cid}/pushed")).json()
                seqs[cid] = pushed["last_seq"]
        for cid in cids:
            ready = asyncio.Event()
            readies.append(ready)
            listeners.append(asyncio.create_task(_listen(base, cid, seqs[cid], arrived, ready)))
        await asyncio.gather(*(r.wait() for r in readies))
        sent: dict[tuple[str, int], float] = {}
        for _ in range(ROUNDS):
            for cid in cids:
                seqs[cid] += 1
                sent[(cid, seqs[cid])] = time.perf_counter()
                reply = await agent.post(
                    f"/helpdesk/handoff/{cid}/reply",
                    data={"csrf_token": csrf, "kind": "canned", "key": "handoff.canned.greeting"},
                )
                assert reply.status_code == 303, reply.status_code
        deadline = time.monotonic() + 30
        while len([k for k in sent if k in arrived]) < len(sent) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for task in listeners:
            task.cancel()
        missing = [k for k in sent if k not in arrived]
        if missing:
            raise RuntimeError(f"{len(missing)} of {len(sent)} agent messages never arrived")
        return [arrived[k] - sent[k] for k in sent]


def bench_handoff() -> dict[str, object]:
    from bot.helpdesk import auth, db

    with tempfile.TemporaryDirectory() as tmp:
        database_url = f"sqlite:///{tmp}/helpdesk.db"
        with db.sessions(database_url)() as session:
            auth.add_user(session, "bench", PASSWORD, "agent", "nl")
        db.dispose(database_url)
        office_hours = json.dumps({d: ["00:00", "23:59"] for d in range(1, 8)})
        with service_on_fake_rasa(
            tmp,
            ASSISTANT_DATABASE_URL=database_url,
            ASSISTANT_TRACKER_DB_PATH=f"{tmp}/tracker.db",
            ASSISTANT_HANDOFF_OFFICE_HOURS=office_hours,
        ) as url:
            latencies = asyncio.run(_run(url, database_url))
    cuts = statistics.quantiles(latencies, n=100)
    load = os.getloadavg()[0]
    return {
        f"agent send -> user's live stream, {CONVERSATIONS} open conversations (p50 / p95)": (
            f"{cuts[49] * 1000:.1f} ms / {cuts[94] * 1000:.1f} ms "
            f"({len(latencies)} messages; target p95 < 500 ms)"
        ),
        "setup": (
            "one uvicorn worker (gateway + console + NLG), fake Rasa, SQLite stores; one agent "
            f"sends canned replies round robin; 1-min load average at the end: {load:.1f}"
        ),
    }
