"""`rasa test core` over bot/tests: every flow and every FAQ interruption, in every language.

The stories carry the user's text, so the model's NLU is tested with them (an FAQ typed in
Tigrinya must be understood as that FAQ for its story to pass).
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.conversation.stack import ROOT, model_path

pytestmark = pytest.mark.rasa


def test_every_test_story_passes(tmp_path):
    env = os.environ | {
        "PYTHONPATH": str(ROOT),
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "RASA_TELEMETRY_ENABLED": "false",
    }
    subprocess.run(
        [
            str(ROOT / ".venv-rasa/bin/rasa"),
            "test",
            "core",
            "--stories",
            "bot/tests",
            "--model",
            str(model_path()),
            "--out",
            str(tmp_path),
            "--no-plot",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    report = json.loads((tmp_path / "story_report.json").read_text())
    accuracy = report["conversation_accuracy"]
    failed = (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
    assert accuracy["correct"] == accuracy["total"] > 100, failed[:3000]
