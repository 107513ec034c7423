"""Catalogs load from the compiled .mo, or from the .po when no fresh .mo exists (a checkout
before `make locales`); a language without files falls back to Dutch instead of failing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.i18n import catalog as catalog_module
from bot.i18n.catalog import LOCALES_DIR


@pytest.fixture
def only_po(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for language in ("nl", "pl"):
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copy(LOCALES_DIR / language / "LC_MESSAGES" / "messages.po", folder)
    monkeypatch.setattr(catalog_module, "LOCALES_DIR", tmp_path)
    catalog_module.catalog.cache_clear()
    yield tmp_path
    catalog_module.catalog.cache_clear()


def test_a_catalog_without_mo_is_compiled_from_the_po(only_po: Path) -> None:
    polish = catalog_module.catalog("pl")
    assert polish.text("button.yes") == "Tak"
    assert polish.plural("result.headline", 5).startswith("Uwaga: widzę {count} ryzyk,")
    assert not list(only_po.rglob("*.mo"))  # compiled in memory, nothing written


def test_a_language_without_files_falls_back_to_dutch(only_po: Path) -> None:
    assert catalog_module.catalog("ti").text("button.yes") == "Ja"
