"""The widget's one hard-coded text, its launcher label before the catalog texts arrive."""

from __future__ import annotations

import re
from pathlib import Path

from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED, direction

WIDGET_JS = Path(__file__).resolve().parents[2] / "bot" / "web" / "widget.js"


def _js_table(name: str) -> dict[str, str]:
    source = WIDGET_JS.read_text(encoding="utf-8")
    body = re.search(rf"var {name} = \{{(.*?)\}};", source, re.S)
    assert body, f"{name} not found in widget.js"
    return dict(re.findall(r'(\w+): "([^"]*)"', body.group(1)))


def test_the_boot_launcher_label_is_the_catalog_text_in_every_language() -> None:
    assert _js_table("BOOT_LAUNCHER") == {
        language: catalog(language).text("widget.open") for language in SUPPORTED
    }


def test_the_boot_direction_is_the_locale_direction() -> None:
    rtl = {language for language in SUPPORTED if direction(language) == "rtl"}
    assert set(_js_table("BOOT_DIR")) == rtl
