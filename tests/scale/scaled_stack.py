"""`make run-scaled` on free ports, with databases of its own, for the fault and exposure tests and
the benchmarks: the real launcher (bot/launcher.py, LAUNCHER_PROFILE=scaled) with two Rasa
replicas, the machine's PostgreSQL and Redis. The databases are dropped afterwards."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = os.environ.get("SCALED_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
STARTUP_SECONDS = float(os.environ.get("SCALED_STARTUP_SECONDS", "900"))
READY_LINE = "The assistant is ready"


def free_ports(count: int) -> int:
    """The first of `count` consecutive free loopback ports."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = int(probe.getsockname()[1])
        if first + count > 65535:
            continue
        try:
            for port in range(first, first + count):
                with socket.socket() as sock:
                    sock.bind(("0.0.0.0", port))
            return first
        except OSError:
            continue
    raise RuntimeError("no consecutive free ports")


@dataclass
class ScaledStack:
    gateway_url: str
    gateway_port: int
    rasa_ports: list[int]
    actions_ports: list[int]
    run_dir: Path
    database_url: str
    tracker_database_url: str
    launcher: subprocess.Popen[bytes]

    def pids(self) -> dict[str, int]:
        return dict(json.loads((self.run_dir / "pids.json").read_text()))


def _drop(database: str) -> None:
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as db:
        db.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
        )


@contextmanager
def scaled_stack(
    workdir: Path,
    host: str = "127.0.0.1",
    replicas: int = 2,
    extra_env: dict[str, str] | None = None,
) -> Iterator[ScaledStack]:
    suffix = secrets.token_hex(4)
    databases = (f"toeslagen_test_{suffix}", f"toeslagen_test_tracker_{suffix}")
    gateway_port, rasa_port, actions_port = free_ports(1), free_ports(replicas), free_ports(1)
    run_dir = workdir / "run"
    env = {
        **os.environ,
        "LAUNCHER_PROFILE": "scaled",
        "LAUNCHER_HOST": host,
        "LAUNCHER_RASA_REPLICAS": str(replicas),
        "LAUNCHER_ACTION_SERVERS": "1",
        "LAUNCHER_GATEWAY_PORT": str(gateway_port),
        "LAUNCHER_RASA_PORT": str(rasa_port),
        "LAUNCHER_ACTIONS_PORT": str(actions_port),
        "LAUNCHER_RUN_DIR": str(run_dir),
        "LAUNCHER_READY_TIMEOUT": str(STARTUP_SECONDS),
        "LAUNCHER_STOP_GRACE": "10",
        "LAUNCHER_DATABASE_URL": f"{POSTGRES}/{databases[0]}",
        "LAUNCHER_TRACKER_DATABASE_URL": f"{POSTGRES}/{databases[1]}",
        # The load comes from one address and runs faster than people type.
        "ASSISTANT_RATE_MESSAGES_PER_CONVERSATION": "100000",
        "ASSISTANT_RATE_REQUESTS_PER_CLIENT": "10000000",
        "ASSISTANT_RATE_NEW_CONVERSATIONS_PER_CLIENT": "100000",
        **(extra_env or {}),
    }
    workdir.mkdir(parents=True, exist_ok=True)
    out_path = workdir / "launcher.out"
    with out_path.open("wb") as out:
        launcher = subprocess.Popen(
            [sys.executable, "-m", "bot.launcher"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS + 30
        while READY_LINE not in out_path.read_text(errors="replace"):
            if launcher.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the scaled stack did not start:\n{out_path.read_text()}")
            time.sleep(1)
        yield ScaledStack(
            gateway_url=f"http://127.0.0.1:{gateway_port}",
            gateway_port=gateway_port,
            rasa_ports=[rasa_port + i for i in range(replicas)],
            actions_ports=[actions_port],
            run_dir=run_dir,
            database_url=env["LAUNCHER_DATABASE_URL"],
            tracker_database_url=env["LAUNCHER_TRACKER_DATABASE_URL"],
            launcher=launcher,
        )
    finally:
        if launcher.poll() is None:
            os.killpg(launcher.pid, signal.SIGTERM)
            try:
                launcher.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(launcher.pid, signal.SIGKILL)
                launcher.wait()
        for database in databases:
            _drop(database)
