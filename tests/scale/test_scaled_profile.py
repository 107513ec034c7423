"""The scaled profile (`make run-scaled`) under faults, with real processes: two Rasa replicas on
PostgreSQL and Redis behind the gateway.

- Exposure: only the gateway listens beyond loopback; Rasa's REST channel and the action server
  listen on 127.0.0.1 only and cannot be reached from this machine's network address.
- Fault: FAULT_CONVERSATIONS (100; 20 in CI) conversations of FAULT_TURNS (20; 10 in CI) turns
  through the gateway,
  FAULT_CONCURRENCY (20) at a time; when half the turns are done one Rasa replica is killed with
  SIGKILL. Every message gets exactly one answer (HTTP 200 with at least one bot message), and
  the tracker store holds exactly one user event per message: none lost, none processed twice.
  The launcher starts the killed replica again and the gateway takes it back.
The load stays on loopback and is bounded (turns are counted, every wait has a deadline).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.scale.load import Conversation, start, turn
from tests.scale.scaled_stack import ScaledStack, scaled_stack

pytestmark = pytest.mark.rasa

# CI (2 shared cores, CI=true) runs 20 x 10 so that the test stays within a few minutes (about
# 2 turns a second there); the full 100 x 20 runs locally and in `make bench` (scripts/bench/scale.py).
_IN_CI = bool(os.environ.get("CI"))
CONVERSATIONS = int(os.environ.get("FAULT_CONVERSATIONS", "20" if _IN_CI else "100"))
TURNS = int(os.environ.get("FAULT_TURNS", "10" if _IN_CI else "20"))
CONCURRENCY = int(os.environ.get("FAULT_CONCURRENCY", "20"))
COMEBACK_SECONDS = 900


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScaledStack]:
    # The gateway bound to every interface, as behind a real network: the others must not be.
    with scaled_stack(tmp_path_factory.mktemp("scaled"), host="0.0.0.0") as running:
        yield running


def listening(pids: set[int]) -> set[tuple[str, int]]:
    """(address, port) of every listening TCP socket the given processes hold (/proc)."""
    inodes: set[str] = set()
    for pid in pids:
        fd_dir = Path(f"/proc/{pid}/fd")
        for fd in fd_dir.iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state != "0A" or inode not in inodes:  # 0A: LISTEN
                continue
            address, port = local.split(":")
            found.add((_address(address, width), int(port, 16)))
    return found


def _address(hex_address: str, width: int) -> str:
    raw = bytes.fromhex(hex_address)
    if width == 8:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def network_address() -> str | None:
    """This machine's address on its default route (no packet is sent), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing only
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


def test_only_the_gateway_listens_beyond_loopback(stack: ScaledStack) -> None:
    sockets = listening(set(stack.pids().values()))
    ports = {port for _address, port in sockets}
    assert {stack.gateway_port, *stack.rasa_ports, *stack.actions_ports} <= ports
    for address, port in sockets:
        if port == stack.gateway_port:
            assert address == "0.0.0.0"
        else:
            assert address == "127.0.0.1", (address, port)


def test_rasa_and_the_action_server_cannot_be_reached_from_the_network(
    stack: ScaledStack,
) -> None:
    address = network_address()
    assert address is not None, "this machine has no network address to test from"
    for port in [*stack.rasa_ports, *stack.actions_ports]:
        with pytest.raises(ConnectionRefusedError), socket.create_connection((address, port), 2):
            pass
    with socket.create_connection((address, stack.gateway_port), 2):
        pass  # the gateway is there


async def _load(stack: ScaledStack, killed: dict[str, float]) -> list[Conversation]:
    conversations: list[Conversation] = []
    done = 0
    half = CONVERSATIONS * TURNS // 2
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY + 5)

    async def one(client: httpx.AsyncClient) -> None:
        nonlocal done
        async with gate:
            conversation, answer = await start(client)
            conversations.append(conversation)
            for _ in range(TURNS):
                _result, answer = await turn(client, conversation, answer)
                done += 1
                if done >= half and "at" not in killed:
                    pid = stack.pids()["rasa-1"]
                    os.kill(pid, signal.SIGKILL)
                    killed.update(at=time.monotonic(), pid=pid)

    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=120, limits=limits) as client:
        await asyncio.gather(*(one(client) for _ in range(CONVERSATIONS)))
    return conversations


def user_events(stack: ScaledStack, ids: list[str]) -> dict[str, list[str | None]]:
    """The message id of every user event in the tracker store, per conversation."""
    found: dict[str, list[str | None]] = {i: [] for i in ids}
    with psycopg.connect(stack.tracker_database_url) as db:
        rows = db.execute(
            "SELECT sender_id, data FROM events WHERE type_name = 'user' AND sender_id = ANY(%s)"
            " ORDER BY id",
            (ids,),
        ).fetchall()
    for sender, data in rows:
        found[sender].append((json.loads(data).get("metadata") or {}).get("message_id"))
    return found


def test_a_killed_replica_loses_no_turn_and_duplicates_none(stack: ScaledStack) -> None:
    killed: dict[str, float] = {}
    started = time.monotonic()
    # In a thread of its own: an earlier test in the run may leave an event loop running in
    # this thread, and asyncio.run refuses to start inside one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        conversations = pool.submit(asyncio.run, _load(stack, killed)).result()
    seconds = time.monotonic() - started
    turns = [t for c in conversations for t in c.turns]
    failed = [t for t in turns if t.status != 200 or t.messages < 1]
    print(
        f"\n{len(turns)} turns in {seconds:.0f} s, {len(failed)} failed; replica killed "
        f"{killed.get('at', started) - started:.0f} s in"
    )
    assert "at" in killed, "the replica was never killed"
    assert len(conversations) == CONVERSATIONS
    assert len(turns) == CONVERSATIONS * TURNS
    assert failed == []

    events = user_events(stack, [c.conversation_id for c in conversations])
    lost = {cid: TURNS + 1 - len(ids) for cid, ids in events.items() if len(ids) < TURNS + 1}
    duplicated = {
        cid: [i for i, n in Counter(ids).items() if n > 1]
        for cid, ids in events.items()
        if len(ids) != len(set(ids)) or len(ids) > TURNS + 1
    }
    without_id = sum(1 for ids in events.values() for i in ids if not i)
    print(f"lost {sum(lost.values())}, duplicated {len(duplicated)}, without id {without_id}")
    assert lost == {}
    assert duplicated == {}
    assert without_id == 0


def test_the_killed_replica_is_started_again_and_taken_back(stack: ScaledStack) -> None:
    # Runs after the fault test (file order): the launcher restarted rasa-1 under a new pid.
    deadline = time.monotonic() + COMEBACK_SECONDS
    while time.monotonic() < deadline:
        try:
            ready = httpx.get(f"{stack.gateway_url}/readyz", timeout=5)
            if ready.status_code == 200 and ready.json()["checks"]["rasa"]:
                break
        except httpx.HTTPError:
            pass
        time.sleep(2)
    else:
        raise AssertionError("the killed replica did not come back")
    out = (stack.run_dir.parent / "launcher.out").read_text()
    assert "rasa-1 stopped unexpectedly; starting it again." in out
    replica = httpx.get(f"http://127.0.0.1:{stack.rasa_ports[0]}/", timeout=5)
    assert replica.status_code == 200
