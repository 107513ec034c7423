"""`python -m bot.launcher`: the whole assistant on one machine, stopped cleanly with Ctrl-C.

Starts the action server (.venv-actions), Rasa with the newest trained model (.venv-rasa) and the
FastAPI service (gateway + NLG + widget) in this interpreter, waits until /readyz says every part
answers, and prints the URL. Every port and path has an embedded default and an environment
override (LAUNCHER_*), so nothing external is needed: Rasa keeps its conversations in SQLite.

Children run in their own process groups, so one Ctrl-C reaches the launcher only, and the
launcher stops them in reverse order (SIGTERM, then SIGKILL after a grace period).

`make run-scaled` (LAUNCHER_PROFILE=scaled) starts the production shape on this machine instead:
LAUNCHER_RASA_REPLICAS Rasa replicas (default 2) and LAUNCHER_ACTION_SERVERS action servers
(default 1; replica i calls action server i mod M), Rasa's SQL tracker store on PostgreSQL
(LAUNCHER_TRACKER_DATABASE_URL) with Rasa's Redis lock store (LAUNCHER_REDIS_URL), and the
gateway, the helpdesk console and Rasa's event broker on one PostgreSQL database
(LAUNCHER_DATABASE_URL, passed on as ASSISTANT_DATABASE_URL). Both databases are created when
missing. The tracker gets a database of its own because Rasa's SQL tracker store and its SQL event
broker both write a table called `events`. A Rasa replica or action server that dies is started
again (the gateway fails over meanwhile); in the embedded profile any dead child stops everything.

Only the gateway faces the network: LAUNCHER_HOST is the gateway's address, while Rasa and the
action server always listen on loopback, in both profiles. The messaging channels' webhooks
(/webhooks/telegram/webhook, /webhooks/twilio/webhook) reach the gateway, which reads the same
TELEGRAM_*, TWILIO_* and CHANNEL_SENDER_SECRET variables from the environment every child
inherits, and forwards them to the conversation's Rasa replica on loopback.

Every child runs with Rasa's telemetry off (RASA_TELEMETRY_ENABLED=false), and Rasa starts
through bot.rasa_addons.run, which also keeps Rasa from writing a telemetry id to the home
directory and from starting its crash reporter.
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
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

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
    # "embedded" (make run: one of each, SQLite) or "scaled" (make run-scaled).
    profile: str = field(default_factory=lambda: _env("PROFILE", "embedded"))
    rasa_replicas: int = field(default_factory=lambda: int(_env("RASA_REPLICAS", "2")))
    action_servers: int = field(default_factory=lambda: int(_env("ACTION_SERVERS", "1")))
    database_url: str = field(
        default_factory=lambda: _env(
            "DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/toeslagen_assistant"
        )
    )
    tracker_database_url: str = field(
        default_factory=lambda: _env(
            "TRACKER_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/toeslagen_tracker"
        )
    )
    redis_url: str = field(default_factory=lambda: _env("REDIS_URL", "redis://127.0.0.1:6379/0"))
    # A Rasa replica killed while it held a conversation's Redis lock blocks that conversation
    # until the lock's ticket expires (Rasa's default is 60 s). A turn takes well under a second.
    lock_lifetime_seconds: int = field(default_factory=lambda: int(_env("LOCK_LIFETIME", "10")))

    @property
    def scaled(self) -> bool:
        return self.profile == "scaled"

    @property
    def replica_count(self) -> int:
        return max(1, self.rasa_replicas) if self.scaled else 1

    @property
    def action_server_count(self) -> int:
        return max(1, self.action_servers) if self.scaled else 1

    def rasa_replica_url(self, index: int) -> str:
        return f"http://{LOOPBACK}:{self.rasa_port + index}"

    def actions_replica_url(self, index: int) -> str:
        return f"http://{LOOPBACK}:{self.actions_port + index}"

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


def replica_endpoints(endpoints: Path, index: int) -> Path:
    """The endpoints file of Rasa replica `index` (0 is the file write_rasa_files returns)."""
    return endpoints if index == 0 else endpoints.with_name(f"endpoints-{index + 1}.yml")


def write_rasa_files(config: LaunchConfig) -> tuple[Path, Path]:
    """endpoints.yml and credentials.yml for this run (ports from the config, channels from env).

    In the scaled profile every Rasa replica gets its own endpoints file (replica_endpoints):
    the same stores, its own action server.
    """
    config.run_dir.mkdir(parents=True, exist_ok=True)
    endpoints = yaml.safe_load((ROOT / "bot/endpoints.yml").read_text()) or {}
    endpoints.setdefault("nlg", {})["url"] = f"{config.gateway_url}/nlg"
    if config.tracker_db:
        endpoints["tracker_store"] = {"type": "SQL", "dialect": "sqlite", "db": config.tracker_db}
    # Rasa publishes its events where the helpdesk console reads them: ASSISTANT_DATABASE_URL
    # (the scaled profile names its own PostgreSQL stores below).
    endpoints["event_broker"] = event_broker()[0]
    if config.scaled:
        endpoints.update(scaled_stores(config))
    endpoints_path = config.run_dir / "endpoints.yml"
    for index in range(config.replica_count):
        actions = config.actions_replica_url(index % config.action_server_count)
        endpoints.setdefault("action_endpoint", {})["url"] = f"{actions}/webhook"
        replica_endpoints(endpoints_path, index).write_text(
            yaml.safe_dump(endpoints, sort_keys=False)
        )

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


def scaled_stores(config: LaunchConfig) -> dict[str, Any]:
    """Rasa's tracker store, lock store and event broker of the scaled profile."""
    tracker = urlsplit(config.tracker_database_url)
    broker = urlsplit(config.database_url)
    redis = urlsplit(config.redis_url)

    def sql(url: SplitResult) -> dict[str, Any]:
        return {
            "type": "SQL",
            "dialect": "postgresql",  # SQLAlchemy's default PostgreSQL driver: psycopg2
            "url": url.hostname or LOOPBACK,
            "port": url.port or 5432,
            "db": url.path.lstrip("/"),
            "username": url.username or "postgres",
            "password": url.password or "",
        }

    return {
        "tracker_store": sql(tracker),
        "lock_store": {
            "type": "redis",
            "url": redis.hostname or LOOPBACK,
            "port": redis.port or 6379,
            "db": int(redis.path.lstrip("/") or 0),
            "key_prefix": "toeslagen",
        },
        "event_broker": sql(broker),
    }


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named in `url` when it does not exist yet."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True, connect_timeout=10) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"  created database {name}")


def child_env(extra_env: dict[str, str]) -> dict[str, str]:
    """The environment of every child: this one, the project on the path, telemetry off."""
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra_env, **TELEMETRY_OFF}


def _numbered(config: LaunchConfig, name: str, index: int) -> str:
    """ "rasa" in the embedded profile (one of each); "rasa-1", "rasa-2", ... when scaled."""
    return f"{name}-{index + 1}" if config.scaled else name


def scaled_env(config: LaunchConfig) -> dict[str, dict[str, str]]:
    """What the scaled profile adds to the environment of Rasa and of the gateway."""
    if not config.scaled:
        return {"rasa": {}, "gateway": {}}
    return {
        "rasa": {
            "TICKET_LOCK_LIFETIME": str(config.lock_lifetime_seconds),
            # The WhatsApp numbered options, shared by the replicas (bot/rasa_addons/channels.py).
            "CHANNEL_OPTIONS_REDIS_URL": config.redis_url,
        },
        # The gateway's retention job and erasure clean Rasa's tracker store too.
        "gateway": {
            "ASSISTANT_DATABASE_URL": config.database_url,
            "ASSISTANT_TRACKER_DATABASE_URL": config.tracker_database_url,
        },
    }


def commands(
    config: LaunchConfig, model: Path, endpoints: Path, credentials: Path
) -> list[tuple[str, list[str], dict[str, str]]]:
    quiet = {"TF_CPP_MIN_LOG_LEVEL": "3", "LOG_LEVEL": "WARNING", "PYTHONWARNINGS": "ignore"}
    extra = scaled_env(config)
    actions = [
        (
            _numbered(config, "actions", index),
            [
                str(config.actions_venv / "bin/python"),
                "-m",
                "rasa_sdk",
                "--actions",
                "actions",
                "--port",
                str(config.actions_port + index),
            ],
            # rasa-sdk 3.6 has no --host option: it binds SANIC_HOST, 0.0.0.0 when unset.
            {**quiet, "SANIC_HOST": LOOPBACK, **TELEMETRY_OFF},
        )
        for index in range(config.action_server_count)
    ]
    rasa = [
        (
            _numbered(config, "rasa", index),
            [
                str(config.rasa_venv / "bin/python"),
                "-m",
                "bot.rasa_addons.run",  # Rasa's CLI with telemetry off and cached schema checks
                "run",
                "--model",
                str(model),
                "--endpoints",
                str(replica_endpoints(endpoints, index)),
                "--credentials",
                str(credentials),
                "--interface",
                LOOPBACK,
                "--port",
                str(config.rasa_port + index),
            ],
            {**quiet, **event_broker()[1], **extra["rasa"], **TELEMETRY_OFF},
        )
        for index in range(config.replica_count)
    ]
    gateway = (
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
            "ASSISTANT_RASA_URLS": json.dumps(
                [config.rasa_replica_url(i) for i in range(config.replica_count)]
            ),
            "ASSISTANT_ACTION_SERVER_URL": config.actions_url,
            **extra["gateway"],
            **TELEMETRY_OFF,
        },
    )
    return [*actions, *rasa, gateway]


class Supervisor:
    def __init__(self, config: LaunchConfig) -> None:
        self.config = config
        self.children: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.argv: dict[str, tuple[list[str], dict[str, str]]] = {}
        self.stopping = False

    def start(self, name: str, argv: list[str], extra_env: dict[str, str]) -> None:
        self.argv[name] = (argv, extra_env)
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
        self.children = [(n, p) for n, p in self.children if n != name] + [(name, process)]
        print(f"  started {name} (pid {process.pid}, log {log_path})", flush=True)
        # Which process is which, for the fault test and for an operator's `kill`.
        pids = {n: p.pid for n, p in self.children}
        (self.config.run_dir / "pids.json").write_text(json.dumps(pids, indent=1))

    def restart(self, name: str) -> None:
        argv, extra_env = self.argv[name]
        self.start(name, argv, extra_env)

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
        if ready(supervisor.config.gateway_url) and all(
            answers(supervisor.config.rasa_replica_url(i))
            for i in range(supervisor.config.replica_count)
        ):
            return True
        time.sleep(1)
    return False


def answers(url: str) -> bool:
    """Rasa's root answers 200 once the replica has loaded its model."""
    try:
        with urllib.request.urlopen(f"{url}/", timeout=2) as response:  # noqa: S310
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def restartable(config: LaunchConfig, name: str) -> bool:
    """In the scaled profile a dead Rasa replica or action server is started again: the gateway
    fails over to the other replicas meanwhile (and the tracker is in PostgreSQL)."""
    return config.scaled and name.startswith(("rasa-", "actions-"))


def main() -> int:
    config = LaunchConfig()
    model = current_model(config)
    if config.scaled:
        for url in (config.database_url, config.tracker_database_url):
            ensure_database(url)
    endpoints, credentials = write_rasa_files(config)
    supervisor = Supervisor(config)

    def on_signal(signum: int, frame: FrameType | None) -> None:
        print("\nstopping...")
        supervisor.stop()
        raise SystemExit(0)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    profile = (
        f"scaled: {config.replica_count} Rasa replicas, {config.action_server_count} action "
        "servers, PostgreSQL and Redis"
        if config.scaled
        else "embedded"
    )
    print(f"starting the assistant (model {model.name}, {profile})", flush=True)
    try:
        for name, argv, extra_env in commands(config, model, endpoints, credentials):
            supervisor.start(name, argv, extra_env)
        if not wait_until_ready(supervisor):
            print("the assistant did not become ready; stopping.")
            supervisor.stop()
            return 1
        print(
            f"\nThe assistant is ready: {config.public_url}/"
            f"   (API docs: {config.public_url}/docs)",
            flush=True,
        )
        print("Press Ctrl-C to stop.")
        while True:
            dead = supervisor.dead_child()
            if dead and restartable(config, dead):
                print(f"{dead} stopped unexpectedly; starting it again.", flush=True)
                supervisor.restart(dead)
            elif dead:
                print(f"{dead} stopped unexpectedly (see {config.run_dir / (dead + '.log')}).")
                supervisor.stop()
                return 1
            time.sleep(0.5)
    finally:
        supervisor.stop()


if __name__ == "__main__":
    sys.exit(main())
