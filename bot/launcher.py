"""`python -m bot.launcher`: the whole assistant on one machine, stopped cleanly with Ctrl-C.

Starts the action server (.venv-actions), Rasa with the newest trained model (.venv-rasa) and the
FastAPI service (gateway + NLG + widget) in this interpreter, waits until /readyz says every part
answers, and prints the URL. Every port and path has an embedded default and an environment
override (LAUNCHER_*), so nothing external is needed: Rasa keeps its conversations in SQLite.

Children run in their own process groups, so one Ctrl-C reaches the launcher only, and the
launcher stops them in reverse order (SIGTERM, then SIGKILL after a grace period).

Only the gateway faces the network: LAUNCHER_HOST is the gateway's address, while Rasa and the
action server always listen on loopback (a TLS proxy on the same machine forwards the channel
webhooks, /webhooks/..., to Rasa's port). Every child runs with Rasa's telemetry off
(RASA_TELEMETRY_ENABLED=false), and Rasa starts through bot.rasa_addons.run, which also keeps
Rasa from writing a telemetry id to the home directory and from starting its crash reporter.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import yaml

from bot.helpdesk.broker import rasa_event_broker
from bot.service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

LOOPBACK = "127.0.0.1"
# Every process the launcher starts gets these (Rasa reads the variable before its config file).
TELEMETRY_OFF = {"RASA_TELEMETRY_ENABLED": "false"}


def _env(name: str, default: str) -> str:
    return os.environ.get(f"LAUNCHER_{name}", default)


@dataclass(frozen=True)
class LaunchConfig:
    host: str = field(default_factory=lambda: _env("HOST", "127.0.0.1"))
    gateway_port: int = field(default_factory=lambda: int(_env("GATEWAY_PORT", "8000")))
    rasa_port: int = field(default_factory=lambda: int(_env("RASA_PORT", "5005")))
    actions_port: int = field(default_factory=lambda: int(_env("ACTIONS_PORT", "5055")))
    rasa_venv: Path = field(default_factory=lambda: ROOT / _env("RASA_VENV", ".venv-rasa"))
    actions_venv: Path = field(default_factory=lambda: ROOT / _env("ACTIONS_VENV", ".venv-actions"))
    models_dir: Path = field(default_factory=lambda: ROOT / _env("MODELS_DIR", "bot/models"))
    model: str = field(default_factory=lambda: _env("MODEL", ""))
    run_dir: Path = field(default_factory=lambda: ROOT / _env("RUN_DIR", "var/run"))
    ready_timeout: float = field(default_factory=lambda: float(_env("READY_TIMEOUT", "300")))
    stop_grace: float = field(default_factory=lambda: float(_env("STOP_GRACE", "15")))
    # Empty: the SQLite file named in bot/endpoints.yml (var/tracker.db).
    tracker_db: str = field(default_factory=lambda: _env("TRACKER_DB", ""))

    @property
    def gateway_url(self) -> str:
        """Where the other processes reach the gateway (loopback unless it is bound elsewhere)."""
        bound_everywhere = self.host in ("0.0.0.0", "::", "localhost")  # noqa: S104
        return f"http://{LOOPBACK if bound_everywhere else self.host}:{self.gateway_port}"

    @property
    def rasa_url(self) -> str:
        return f"http://{LOOPBACK}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://{LOOPBACK}:{self.actions_port}"

    @property
    def public_url(self) -> str:
        """What to open in a browser (localhost reads better than the loopback address)."""
        host = "localhost" if self.host in ("127.0.0.1", "0.0.0.0") else self.host  # noqa: S104
        return f"http://{host}:{self.gateway_port}"


def current_model(config: LaunchConfig) -> Path:
    """The model for the current config, domain and data (named by their hash by train.sh).

    LAUNCHER_MODEL overrides it; without train.sh (or before it trained), the newest model.
    """
    if config.model:
        return Path(config.model).resolve()
    train = ROOT / "scripts" / "train.sh"
    if train.exists():
        printed = subprocess.run(  # noqa: S603
            [str(train), "--model-path"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=child_env({}),
        ).stdout.strip()
        if printed and (ROOT / printed).exists():
            return ROOT / printed
    models = sorted(config.models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise SystemExit(f"no trained model in {config.models_dir}: run scripts/train.sh first")
    return models[-1]


# Messaging channels switch on when their credentials are in the environment (see README).
CHANNEL_ENV = {
    "bot.rasa_addons.channels.SafeTelegramInput": (
        "TELEGRAM_ACCESS_TOKEN",
        "TELEGRAM_BOT_NAME",
        "TELEGRAM_WEBHOOK_URL",
    ),
    "bot.rasa_addons.channels.SafeTwilioInput": (
        "TWILIO_ACCOUNT_SID",
        "TWILIO_AUTH_TOKEN",
        "TWILIO_WHATSAPP_NUMBER",
    ),
}


def write_rasa_files(config: LaunchConfig) -> tuple[Path, Path]:
    """endpoints.yml and credentials.yml for this run (ports from the config, channels from env)."""
    config.run_dir.mkdir(parents=True, exist_ok=True)
    endpoints = yaml.safe_load((ROOT / "bot/endpoints.yml").read_text()) or {}
    endpoints.setdefault("action_endpoint", {})["url"] = f"{config.actions_url}/webhook"
    endpoints.setdefault("nlg", {})["url"] = f"{config.gateway_url}/nlg"
    if config.tracker_db:
        endpoints["tracker_store"] = {"type": "SQL", "dialect": "sqlite", "db": config.tracker_db}
    # Rasa publishes its events where the helpdesk console reads them: ASSISTANT_DATABASE_URL.
    endpoints["event_broker"] = event_broker()[0]
    endpoints_path = config.run_dir / "endpoints.yml"
    endpoints_path.write_text(yaml.safe_dump(endpoints, sort_keys=False))

    credentials = yaml.safe_load((ROOT / "bot/credentials.yml").read_text()) or {}
    channels_file = ROOT / "bot/credentials.channels.yml"
    channels = yaml.safe_load(channels_file.read_text()) if channels_file.exists() else {}
    for name, variables in CHANNEL_ENV.items():
        if name in (channels or {}) and all(os.environ.get(v) for v in variables):
            # Rasa expands ${VAR} itself, so secrets never land in this file.
            credentials[name] = channels[name]
    credentials_path = config.run_dir / "credentials.yml"
    credentials_path.write_text(yaml.safe_dump(credentials, sort_keys=False))
    return endpoints_path, credentials_path


def event_broker() -> tuple[dict[str, object], dict[str, str]]:
    """Rasa's event_broker section, and the variables Rasa's process needs for it."""
    return rasa_event_broker(Settings().database_url)


def child_env(extra_env: dict[str, str]) -> dict[str, str]:
    """The environment of every child: this one, the project on the path, telemetry off."""
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra_env, **TELEMETRY_OFF}


def commands(
    config: LaunchConfig, model: Path, endpoints: Path, credentials: Path
) -> list[tuple[str, list[str], dict[str, str]]]:
    quiet = {"TF_CPP_MIN_LOG_LEVEL": "3", "LOG_LEVEL": "WARNING", "PYTHONWARNINGS": "ignore"}
    return [
        (
            "actions",
            [
                str(config.actions_venv / "bin/python"),
                "-m",
                "rasa_sdk",
                "--actions",
                "actions",
                "--port",
                str(config.actions_port),
            ],
            # rasa-sdk 3.6 has no --host option: it binds SANIC_HOST, 0.0.0.0 when unset.
            {**quiet, "SANIC_HOST": LOOPBACK, **TELEMETRY_OFF},
        ),
        (
            "rasa",
            [
                str(config.rasa_venv / "bin/python"),
                "-m",
                "bot.rasa_addons.run",  # Rasa's CLI with telemetry off and cached schema checks
                "run",
                "--model",
                str(model),
                "--endpoints",
                str(endpoints),
                "--credentials",
                str(credentials),
                "--interface",
                LOOPBACK,
                "--port",
                str(config.rasa_port),
            ],
            {**quiet, **event_broker()[1], **TELEMETRY_OFF},
        ),
        (
            "gateway",
            [
                sys.executable,
                "-m",
                "uvicorn",
                "bot.service.app:app",
                "--host",
                config.host,
                "--port",
                str(config.gateway_port),
                "--no-access-log",
                # The client address comes from X-Forwarded-For only through the gateway's own
                # ASSISTANT_TRUSTED_PROXIES check, never from uvicorn's loopback default.
                "--no-proxy-headers",
                # JSON lines without personal data (bot/service/logs.py), access log off.
                "--log-config",
                str(ROOT / "bot/service/logging.json"),
            ],
            {
                "ASSISTANT_RASA_URLS": json.dumps([config.rasa_url]),
                "ASSISTANT_ACTION_SERVER_URL": config.actions_url,
                **TELEMETRY_OFF,
            },
        ),
    ]


class Supervisor:
    def __init__(self, config: LaunchConfig) -> None:
        self.config = config
        self.children: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.stopping = False

    def start(self, name: str, argv: list[str], extra_env: dict[str, str]) -> None:
        log_path = self.config.run_dir / f"{name}.log"
        env = child_env(extra_env)
        with log_path.open("ab") as log:
            process = subprocess.Popen(  # noqa: S603 (our own fixed command lines)
                argv,
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.children.append((name, process))
        print(f"  started {name} (pid {process.pid}, log {log_path})")

    def dead_child(self) -> str | None:
        for name, process in self.children:
            if process.poll() is not None:
                return name
        return None

    def stop(self) -> None:
        if self.stopping:
            return
        self.stopping = True
        for _name, process in reversed(self.children):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + self.config.stop_grace
        for name, process in reversed(self.children):
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                print(f"  {name} did not stop in time; killing it")
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        print("stopped.")


def ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/readyz", timeout=2) as response:  # noqa: S310
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def wait_until_ready(supervisor: Supervisor) -> bool:
    deadline = time.monotonic() + supervisor.config.ready_timeout
    while time.monotonic() < deadline and not supervisor.stopping:
        dead = supervisor.dead_child()
        if dead:
            log = supervisor.config.run_dir / f"{dead}.log"
            print(f"{dead} exited during start-up; last lines of {log}:")
            print("\n".join(log.read_text(errors="replace").splitlines()[-20:]))
            return False
        if ready(supervisor.config.gateway_url):
            return True
        time.sleep(1)
    return False


def main() -> int:
    config = LaunchConfig()
    model = current_model(config)
    endpoints, credentials = write_rasa_files(config)
    supervisor = Supervisor(config)

    def on_signal(signum: int, frame: FrameType | None) -> None:
        print("\nstopping...")
        supervisor.stop()
        raise SystemExit(0)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    print(f"starting the assistant (model {model.name})")
    try:
        for name, argv, extra_env in commands(config, model, endpoints, credentials):
            supervisor.start(name, argv, extra_env)
        if not wait_until_ready(supervisor):
            print("the assistant did not become ready; stopping.")
            supervisor.stop()
            return 1
        print(
            f"\nThe assistant is ready: {config.public_url}/   (API docs: {config.public_url}/docs)"
        )
        print("Press Ctrl-C to stop.")
        while True:
            dead = supervisor.dead_child()
            if dead:
                print(f"{dead} stopped unexpectedly (see {config.run_dir / (dead + '.log')}).")
                supervisor.stop()
                return 1
            time.sleep(1)
    finally:
        supervisor.stop()


if __name__ == "__main__":
    sys.exit(main())
