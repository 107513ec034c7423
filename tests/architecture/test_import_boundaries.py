"""The rules core is pure (STYLE.md: the pure domain of cosmicpython). What it may import is the
import contract "core-is-pure" (pyproject.toml, tests/architecture/test_import_contracts.py); what
no import rule can see is checked here: it never reads the clock, so a decision depends only on
the facts and the dates it is given."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rules_core_does_not_read_the_clock() -> None:
    sources = sorted((ROOT / "rules_core").rglob("*.py"))
    assert len(sources) > 5
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "date.today" not in text and "datetime.now" not in text, path
