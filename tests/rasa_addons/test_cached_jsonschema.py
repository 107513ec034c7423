"""The cached schema validation and the Rasa entry point (bot.rasa_addons.run), in Rasa's own
environment: a subprocess of .venv-rasa, as for the channels (tests/channels)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.rasa_probe import RASA_PYTHON, run_probe

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("rasa_schema_probe.py")

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="needs .venv-rasa (make setup)")

VALID_ACTIONS: list[Any] = [
    {
        "events": [
            {"event": "slot", "name": "household_size", "value": 3, "timestamp": None},
            {"event": "active_loop", "name": None},
            {"event": "followup", "name": "action_listen"},
        ],
        "responses": [{"response": "utter_invalid_answer", "expected": "situation"}],
    },
    {},
    {"events": [], "responses": []},
    {"events": [{"event": "bot", "text": "hoi", "data": {"buttons": []}}]},
]
INVALID_ACTIONS: list[Any] = [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot"}]},  # a slot event needs its name
    {"responses": [1]},
    {"responses": "utter_x"},
    [],
    "text",
]
NLG: list[Any] = [
    {"text": "Hallo", "buttons": [{"title": "Ja", "payload": "/affirm"}], "custom": {}},
    {"text": "Hoi", "id": None, "image": None, "attachment": None, "elements": None},
    None,
    "",
    {"text": 3},
    {"buttons": "x"},
    {"custom": []},
]


def run(request: dict[str, Any], home: Path) -> dict[str, Any]:
    return dict(run_probe(PROBE, request, env={"HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "3"}))


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    request = {"actions": VALID_ACTIONS + INVALID_ACTIONS, "nlg": NLG, "timing_calls": 30}
    return run(request, tmp_path_factory.mktemp("home"))


def test_the_patch_replaces_rasas_method_and_can_be_undone(probed: dict[str, Any]) -> None:
    assert probed["original"]["method"] == "rasa.core.actions.action"
    assert probed["cached"]["method"] == "bot.rasa_addons.cached_jsonschema"
    assert probed["restored"] == "rasa.core.actions.action"


def test_valid_action_results_are_accepted_by_both(probed: dict[str, Any]) -> None:
    for label in ("original", "cached"):
        outcomes = probed[label]["actions"][: len(VALID_ACTIONS)]
        assert outcomes == [{"ok": True}] * len(VALID_ACTIONS), label


def test_invalid_action_results_are_refused_with_the_same_error(probed: dict[str, Any]) -> None:
    original = probed["original"]["actions"][len(VALID_ACTIONS) :]
    cached = probed["cached"]["actions"][len(VALID_ACTIONS) :]
    assert all(o.get("error") == "ValidationError" for o in original)
    assert all("Failed to validate Action server response" in o["message"] for o in original)
    assert cached == original  # type, message, path in the document and failing keyword


def test_nlg_responses_are_judged_the_same(probed: dict[str, Any]) -> None:
    original, cached = probed["original"]["nlg"], probed["cached"]["nlg"]
    assert original[:4] == [{"ok": True}] * 4
    assert all(o.get("error") == "RasaException" for o in original[4:])
    assert cached == original


def test_the_cached_check_is_much_cheaper(probed: dict[str, Any]) -> None:
    # Rasa's own call rechecks the large events schema each time (~18 ms here); the compiled
    # validator only walks the response (~0.2 ms). A 5x margin leaves room for a busy machine.
    original = probed["original"]["seconds_per_action_call"]
    cached = probed["cached"]["seconds_per_action_call"]
    assert cached * 5 < original, (original, cached)


TELEMETRY_PROBE = """
import json, os, sys
patched = sys.argv[1] == "patched"
if patched:
    from bot.rasa_addons.run import disable_telemetry
    disable_telemetry()
import rasa.telemetry, sentry_sdk
enabled_at_start = rasa.telemetry.initialize_telemetry()
rasa.telemetry.initialize_error_reporting()
print(json.dumps({
    "initialized": enabled_at_start,
    "enabled": rasa.telemetry.is_telemetry_enabled(),
    "sentry": sentry_sdk.Hub.current.client is not None,
    "env": os.environ.get("RASA_TELEMETRY_ENABLED"),
}))
"""


def _telemetry(mode: str, home: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "RASA_TELEMETRY_ENABLED"}
    result = subprocess.run(
        [str(RASA_PYTHON), "-c", TELEMETRY_PROBE, mode],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT), "HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "3"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_entry_point_turns_telemetry_and_crash_reports_off_and_writes_nothing(
    tmp_path: Path,
) -> None:
    plain_home, patched_home = tmp_path / "plain", tmp_path / "patched"
    plain_home.mkdir()
    patched_home.mkdir()
    # What plain Rasa 3.6 does on start: writes an enabled config with an id, starts Sentry.
    plain = _telemetry("plain", plain_home)
    assert plain["initialized"] is True and plain["sentry"] is True
    assert (plain_home / ".config/rasa/global.yml").exists()

    patched = _telemetry("patched", patched_home)
    assert patched == {"initialized": False, "enabled": False, "sentry": False, "env": "false"}
    assert not (patched_home / ".config").exists()


def test_the_entry_point_runs_rasas_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(RASA_PYTHON), "-m", "bot.rasa_addons.run", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Rasa Version" in result.stdout and "3.6." in result.stdout
