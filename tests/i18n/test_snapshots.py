"""Snapshots of the rendered result for one recorded assessment, in every language.

The assessment is frozen in tests/fixtures/nlg (not computed by the live core), so these only
change when a text or the rendering changes. Review the diff, then refresh with
``UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/i18n/test_snapshots.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.i18n import render, render_assessment
from bot.i18n.languages import SUPPORTED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nlg"
SNAPSHOTS = FIXTURES / "snapshots"
ASSESSMENTS = ("spouse_abroad", "refugee")


def rendered(name: str, language: str) -> str:
    assessment = json.loads((FIXTURES / f"assessment_{name}.json").read_text())
    messages = render_assessment(assessment, language, "twilio")
    parts = [f"[{m.direction}] {m.text}" for m in messages]
    parts.append(render("utter_summary", {"assessment": assessment}, language).text)
    return "\n\n---\n\n".join(parts) + "\n"


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_rendered_result_matches_the_snapshot(name: str, language: str) -> None:
    path = SNAPSHOTS / f"{name}.{language}.txt"
    text = rendered(name, language)
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text
