"""Conversations into the console's database the way real ones arrive: Rasa's own SQL event
broker (in .venv-rasa), configured by the endpoints.yml the launcher writes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from bot import launcher
from tests.helpdesk.rasa_events import Conversation

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
PROBE = Path(__file__).with_name("rasa_broker_probe.py")


def launcher_endpoints(run_dir: Path, database_url: str) -> tuple[Path, dict[str, str]]:
    """The endpoints.yml `make run` gives Rasa for this database, and Rasa's extra environment."""
    previous = {
        name: os.environ.get(name) for name in ("ASSISTANT_DATABASE_URL", "LAUNCHER_RUN_DIR")
    }
    os.environ["ASSISTANT_DATABASE_URL"] = database_url
    os.environ["LAUNCHER_RUN_DIR"] = str(run_dir)
    try:
        config = launcher.LaunchConfig()
        endpoints, _credentials = launcher.write_rasa_files(config)
        rasa = next(
            c
            for c in launcher.commands(config, Path("model"), endpoints, _credentials)
            if c[0] == "rasa"
        )
        return endpoints, rasa[2]
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def publish(endpoints: Path, rasa_env: dict[str, str], *conversations: Conversation) -> dict:
    """Every event of the conversations, in order, through Rasa's EventBroker; its report."""
    lines = "".join(
        json.dumps(event, ensure_ascii=False) + "\n"
        for conversation in conversations
        for event in conversation.events
    )
    done = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), str(endpoints)],
        cwd=ROOT,
        env=launcher.child_env(rasa_env),
        input=lines,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Rasa's event broker failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
