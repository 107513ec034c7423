"""Start the three processes a conversation needs on free local ports, and stop them.

NLG (uvicorn bot.service.app:app from .venv), the action server (.venv-actions) and Rasa
(.venv-rasa, through bot.rasa_addons.run as in the launcher) with an endpoints file pointing at
those ports and a temporary SQLite tracker store; all on loopback, telemetry off. Used by the
e2e tests and by scripts/bench/conversation.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
# A loaded machine (several Rasa processes on two cores) may need longer: E2E_STARTUP_SECONDS.
STARTUP_SECONDS = int(os.environ.get("E2E_STARTUP_SECONDS", "240"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def model_path() -> Path:
    """The model for the current config, domain and data (trained by `make train`)."""
    out = subprocess.run(
        [str(ROOT / "scripts/train.sh"), "--model-path"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return ROOT / out.stdout.strip()


@dataclass
class Stack:
    rasa_url: str
    nlg_url: str
    actions_url: str


def _wait(url: str, process: subprocess.Popen[bytes], name: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}; see {log}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{name} not ready after {STARTUP_SECONDS} s; see {log}")


def _endpoints(workdir: Path, nlg_port: int, actions_port: int) -> Path:
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        f"action_endpoint:\n  url: http://127.0.0.1:{actions_port}/webhook\n"
        f"nlg:\n  url: http://127.0.0.1:{nlg_port}/nlg\n"
        f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {workdir / 'tracker.db'}\n",
        encoding="utf-8",
    )
    return endpoints


def stack_env() -> dict[str, str]:
    """The environment of the three processes (the tests check it, as the launcher's)."""
    return os.environ | {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "PYTHONWARNINGS": "ignore",
        "RASA_TELEMETRY_ENABLED": "false",  # as the launcher: no usage data leaves the machine
        "SANIC_HOST": "127.0.0.1",  # the action server binds loopback (rasa-sdk has no --host)
    }


def stack_commands(
    workdir: Path, model: Path, nlg_app: str, ports: tuple[int, int, int]
) -> dict[str, list[str]]:
    nlg_port, actions_port, rasa_port = ports
    return {
        "nlg": [
            str(ROOT / ".venv/bin/python"),
            "-m",
            "uvicorn",
            nlg_app,
            "--host",
            "127.0.0.1",
            "--port",
            str(nlg_port),
            "--log-level",
            "warning",
        ],
        "actions": [
            str(ROOT / ".venv-actions/bin/python"),
            "-m",
            "rasa_sdk",
            "--actions",
            "actions",
            "--port",
            str(actions_port),
        ],
        "rasa": [
            str(ROOT / ".venv-rasa/bin/python"),
            "-m",
            "bot.rasa_addons.run",  # telemetry off, schema checks compiled once (as make run)
            "run",
            "--enable-api",
            "--model",
            str(model),
            "--endpoints",
            str(_endpoints(workdir, nlg_port, actions_port)),
            "--credentials",
            str(ROOT / "bot/credentials.yml"),
            "--port",
            str(rasa_port),
            "--interface",
            "127.0.0.1",
        ],
    }


@contextmanager
def running_stack(
    workdir: Path, model: Path | None = None, nlg_app: str = "bot.service.app:app"
) -> Iterator[Stack]:
    model = model or model_path()
    if not model.exists():
        raise FileNotFoundError(f"{model} is missing: run `make train` first")
    ports = free_port(), free_port(), free_port()
    nlg_port, actions_port, rasa_port = ports
    env = stack_env()
    commands = stack_commands(workdir, model, nlg_app, ports)
    ready = {
        "nlg": f"http://127.0.0.1:{nlg_port}/openapi.json",
        "actions": f"http://127.0.0.1:{actions_port}/health",
        "rasa": f"http://127.0.0.1:{rasa_port}/status",
    }
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, command in commands.items():
            log = workdir / f"{name}.log"
            with log.open("wb") as out:
                processes[name] = subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
                )
        for name, url in ready.items():
            _wait(url, processes[name], name, workdir / f"{name}.log")
        yield Stack(
            rasa_url=f"http://127.0.0.1:{rasa_port}",
            nlg_url=f"http://127.0.0.1:{nlg_port}",
            actions_url=f"http://127.0.0.1:{actions_port}",
        )
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
