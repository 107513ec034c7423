"""Imports point one way: actions and bot import rules_core; rules_core imports neither, and
stays free of I/O frameworks (STYLE.md: the pure domain of cosmicpython)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN_IN_CORE = (
    "actions",
    "bot",
    "rasa",
    "rasa_sdk",
    "fastapi",
    "babel",
    "httpx",
    "requests",
    "sqlite3",
    "logging",
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_rules_core_imports_no_outer_layer_or_framework() -> None:
    offenders = {}
    for path in (ROOT / "rules_core").rglob("*.py"):
        bad = _imports(path) & set(FORBIDDEN_IN_CORE)
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_rules_core_does_not_read_the_clock() -> None:
    for path in (ROOT / "rules_core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "date.today" not in text and "datetime.now" not in text, path
