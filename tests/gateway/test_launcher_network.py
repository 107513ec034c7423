"""What the launcher, scripts/train.sh and the test stack start: telemetry off everywhere, and
only the gateway on a network address (Rasa and the action server on loopback). The embedded
profile's real Rasa and action server are started here and cannot be reached from this
machine's network address; tests/scale/test_scaled_profile.py checks the same for the scaled
profile. The messaging channels' webhooks enter through the gateway (gateway/channels.py)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.launcher import LaunchConfig, Supervisor, child_env, commands, write_rasa_files
from tests.conversation.stack import model_path, stack_commands, stack_env
from tests.scale.test_scaled_profile import network_address

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LaunchConfig:
    monkeypatch.setenv("LAUNCHER_RUN_DIR", str(tmp_path))
    monkeypatch.setenv("LAUNCHER_HOST", "0.0.0.0")  # the gateway open to the network
    monkeypatch.setenv("LAUNCHER_STOP_GRACE", "2")
    monkeypatch.delenv("RASA_TELEMETRY_ENABLED", raising=False)
    return LaunchConfig()


def launched(config: LaunchConfig) -> dict[str, tuple[list[str], dict[str, str]]]:
    return {
        name: (argv, child_env(extra))
        for name, argv, extra in commands(config, Path("m.tar.gz"), Path("e"), Path("c"))
    }


def test_every_launched_process_has_telemetry_off(
    config: LaunchConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "true")  # not even when the shell says so
    for name, (_argv, env) in launched(config).items():
        assert env["RASA_TELEMETRY_ENABLED"] == "false", name


def test_rasa_starts_through_the_entry_point_that_also_stops_crash_reports(
    config: LaunchConfig,
) -> None:
    argv = launched(config)["rasa"][0]
    assert argv[0].endswith(".venv-rasa/bin/python")
    assert argv[1:4] == ["-m", "bot.rasa_addons.run", "run"]


def test_a_started_child_really_gets_the_setting(config: LaunchConfig) -> None:
    supervisor = Supervisor(config)
    script = "import os; print('telemetry=' + os.environ['RASA_TELEMETRY_ENABLED'])"
    supervisor.start("probe", [sys.executable, "-c", script], {"RASA_TELEMETRY_ENABLED": "true"})
    supervisor.children[0][1].wait(timeout=30)
    supervisor.stop()
    assert "telemetry=false" in (config.run_dir / "probe.log").read_text()


def test_only_the_gateway_listens_on_the_configured_address(config: LaunchConfig) -> None:
    by_name = launched(config)
    rasa, gateway = by_name["rasa"][0], by_name["gateway"][0]
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"
    assert by_name["actions"][1]["SANIC_HOST"] == "127.0.0.1"  # rasa-sdk 3.6 reads only this
    assert "--host" not in by_name["actions"][0]
    assert gateway[gateway.index("--host") + 1] == "0.0.0.0"
    # The others reach each other on loopback, not on the open address.
    assert (
        by_name["gateway"][1]["ASSISTANT_RASA_URLS"] == f'["http://127.0.0.1:{config.rasa_port}"]'
    )
    assert by_name["gateway"][1]["ASSISTANT_ACTION_SERVER_URL"].startswith("http://127.0.0.1:")
    endpoints, _ = write_rasa_files(config)
    text = endpoints.read_text()
    assert f"http://127.0.0.1:{config.actions_port}/webhook" in text
    assert f"http://127.0.0.1:{config.gateway_port}/nlg" in text
    assert "0.0.0.0" not in text


def test_the_test_stack_binds_loopback_with_telemetry_off(tmp_path: Path) -> None:
    env = stack_env()
    assert env["RASA_TELEMETRY_ENABLED"] == "false"
    assert env["SANIC_HOST"] == "127.0.0.1"
    built = stack_commands(tmp_path, Path("m.tar.gz"), "bot.service.app:app", (1, 2, 3))
    assert built["rasa"][1:3] == ["-m", "bot.rasa_addons.run"]
    assert built["rasa"][built["rasa"].index("--interface") + 1] == "127.0.0.1"
    assert built["nlg"][built["nlg"].index("--host") + 1] == "127.0.0.1"


def test_train_sh_trains_with_telemetry_off_through_the_entry_point(tmp_path: Path) -> None:
    # A copy of the script in a tree of its own (no model there), with a stand-in for Python
    # that records what it was started with instead of training.
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts/train.sh", tmp_path / "scripts/train.sh")
    for folder in ("bot/domain", "bot/data", "bot/rasa_addons/nlu"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "bot/config.yml").write_text("language: nl\n")
    record = tmp_path / "record.txt"
    fake = tmp_path / "fake-python"
    fake.write_text(f'#!/bin/sh\necho "$RASA_TELEMETRY_ENABLED $*" > {record}\n')
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "RASA_TELEMETRY_ENABLED"}
    result = subprocess.run(
        ["bash", str(tmp_path / "scripts/train.sh")],
        env={**env, "RASA_PYTHON": str(fake)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    telemetry, *argv = record.read_text().split()
    assert telemetry == "false"
    assert argv[:3] == ["-m", "bot.rasa_addons.run", "train"]


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of the sockets listening on `port` (from /proc, no traffic sent)."""
    addresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                addresses.add(address)
    return addresses


LOOPBACK_V4 = "0100007F"  # 127.0.0.1 as /proc/net/tcp writes it


@pytest.mark.skipif(
    not (ROOT / ".venv-actions/bin/python").exists(), reason="needs .venv-actions (make setup)"
)
def test_a_real_action_server_started_by_the_launcher_listens_on_loopback_only(
    config: LaunchConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conversation.stack import free_port

    monkeypatch.setenv("LAUNCHER_ACTIONS_PORT", str(free_port()))
    config = LaunchConfig()
    name, argv, extra = commands(config, Path("m"), Path("e"), Path("c"))[0]
    assert name == "actions"
    supervisor = Supervisor(config)
    supervisor.start(name, argv, extra)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert supervisor.dead_child() is None, (config.run_dir / "actions.log").read_text()
            try:
                if httpx.get(f"{config.actions_url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("the action server did not start")
        assert _listening_addresses(config.actions_port) == {LOOPBACK_V4}
        _refused_from_the_network(config.actions_port)
    finally:
        supervisor.stop()


def _refused_from_the_network(port: int) -> None:
    address = network_address()
    assert address is not None, "this machine has no network address to test from"
    with pytest.raises(ConnectionRefusedError), socket.create_connection((address, port), 2):
        pass


@pytest.mark.rasa
def test_the_embedded_profiles_rasa_cannot_be_reached_from_the_network(
    config: LaunchConfig, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Rasa's REST channel (which skips the gateway's cleaning, redaction and rate limits) and
    its channel connectors listen on loopback only: the webhooks come through the gateway."""
    from tests.conversation.stack import free_port

    model = model_path()
    assert model.exists(), "train the model first (make train)"
    monkeypatch.setenv("LAUNCHER_RASA_PORT", str(free_port()))
    monkeypatch.setenv("LAUNCHER_TRACKER_DB", str(tmp_path / "tracker.db"))
    monkeypatch.setenv("ASSISTANT_DATABASE_URL", f"sqlite:///{tmp_path / 'helpdesk.db'}")
    # A messaging channel on, as in production. WhatsApp: Twilio's connector makes no network
    # call at start (Telegram's would register its webhook with Telegram).
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t" * 32)
    monkeypatch.setenv("TWILIO_WHATSAPP_NUMBER", "whatsapp:+14155238886")
    config = LaunchConfig()
    endpoints, credentials = write_rasa_files(config)
    assert "SafeTwilioInput" in credentials.read_text()
    ((name, argv, extra),) = [
        c for c in commands(config, model, endpoints, credentials) if c[0] == "rasa"
    ]
    supervisor = Supervisor(config)
    supervisor.start(name, argv, extra)
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            assert supervisor.dead_child() is None, (config.run_dir / "rasa.log").read_text()
            try:
                if httpx.get(f"{config.rasa_url}/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)
        else:
            pytest.fail("Rasa did not start")
        # Its WhatsApp connector is there on loopback (the gateway forwards to it) ...
        assert httpx.get(f"{config.rasa_url}/webhooks/twilio/", timeout=5).status_code == 200
        # ... and nothing of Rasa listens beyond it.
        assert _listening_addresses(config.rasa_port) == {LOOPBACK_V4}
        _refused_from_the_network(config.rasa_port)
    finally:
        supervisor.stop()
