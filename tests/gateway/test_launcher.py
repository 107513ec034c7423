"""bot.launcher: Rasa files for the chosen ports, and children stopped cleanly."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
import yaml

from bot.launcher import LaunchConfig, Supervisor, commands, current_model, write_rasa_files


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LaunchConfig:
    monkeypatch.setenv("LAUNCHER_RUN_DIR", str(tmp_path))
    monkeypatch.setenv("LAUNCHER_GATEWAY_PORT", "18123")
    monkeypatch.setenv("LAUNCHER_RASA_PORT", "15123")
    monkeypatch.setenv("LAUNCHER_ACTIONS_PORT", "15124")
    monkeypatch.setenv("LAUNCHER_STOP_GRACE", "2")
    return LaunchConfig()


def test_the_rasa_endpoints_follow_the_configured_ports(config: LaunchConfig) -> None:
    endpoints, credentials = write_rasa_files(config)
    written = yaml.safe_load(endpoints.read_text())
    assert written["action_endpoint"]["url"] == "http://127.0.0.1:15124/webhook"
    assert written["nlg"]["url"] == "http://127.0.0.1:18123/nlg"
    assert written["tracker_store"]["type"] == "SQL"  # embedded SQLite, no external service
    assert "rest" in yaml.safe_load(credentials.read_text())


def test_the_tracker_store_file_can_be_moved(
    config: LaunchConfig, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LAUNCHER_TRACKER_DB", str(tmp_path / "t.db"))
    endpoints, _ = write_rasa_files(LaunchConfig())
    assert yaml.safe_load(endpoints.read_text())["tracker_store"]["db"] == str(tmp_path / "t.db")


def test_the_gateway_is_pointed_at_its_rasa_and_action_server(config: LaunchConfig) -> None:
    model = Path("bot/models/x.tar.gz")
    by_name = {name: (argv, env) for name, argv, env in commands(config, model, Path(), Path())}
    assert set(by_name) == {"actions", "rasa", "gateway"}
    rasa_argv = by_name["rasa"][0]
    assert rasa_argv[rasa_argv.index("--port") + 1] == "15123"
    assert rasa_argv[rasa_argv.index("--model") + 1] == str(model)
    assert "--enable-api" not in rasa_argv  # Rasa's HTTP API stays closed; the gateway is the door
    assert by_name["gateway"][1]["ASSISTANT_RASA_URLS"] == '["http://127.0.0.1:15123"]'


def test_an_explicit_model_wins(config: LaunchConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAUNCHER_MODEL", "/models/chosen.tar.gz")
    assert current_model(LaunchConfig()) == Path("/models/chosen.tar.gz")


def test_stop_ends_every_child_even_one_that_ignores_sigterm(config: LaunchConfig) -> None:
    supervisor = Supervisor(config)
    polite = [sys.executable, "-c", "import time; time.sleep(60)"]
    stubborn = [
        sys.executable,
        "-c",
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)",
    ]
    supervisor.start("polite", polite, {})
    supervisor.start("stubborn", stubborn, {})
    time.sleep(0.5)
    assert supervisor.dead_child() is None
    started = time.monotonic()
    supervisor.stop()
    assert all(process.poll() is not None for _, process in supervisor.children)
    assert time.monotonic() - started < 10
    supervisor.stop()  # a second Ctrl-C is harmless


def test_a_child_that_exits_is_noticed(config: LaunchConfig) -> None:
    supervisor = Supervisor(config)
    supervisor.start("short", [sys.executable, "-c", "pass"], {})
    deadline = time.monotonic() + 10
    while supervisor.dead_child() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert supervisor.dead_child() == "short"
    supervisor.stop()
