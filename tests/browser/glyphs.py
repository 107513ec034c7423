"""Which font Chromium really drew a text with (DevTools' CSS.getPlatformFontsForNode).

A canvas check of single letters is not enough: Chromium picks a font for a whole run of text,
and with system-ui first in the stack it drew "ኣየናይ ይገልጸኩም?" entirely in DejaVu Sans, as
empty boxes, while the same letters without the question mark came out in Noto Sans Ethiopic.
So the tests ask the browser what it used for each element that holds Ge'ez letters."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

GEEZ = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
ETHIOPIC_FONT = "Noto Sans Ethiopic"


def is_geez(character: str) -> bool:
    return any(low <= ord(character) <= high for low, high in GEEZ)


def geez_drawn_elsewhere(page: Page, selector: str) -> dict[str, Any]:
    """How many elements matching `selector` hold Ge'ez letters ("checked"), and those whose
    Ge'ez letters were not all drawn with the bundled Ethiopic font ("wrong": the element and
    the fonts Chromium used)."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    checked, wrong = 0, []
    for node in session.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})[
        "nodeIds"
    ]:
        text = session.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
        letters = {c for c in text if is_geez(c)}
        if not letters:
            continue
        checked += 1
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        drawn = sum(f["glyphCount"] for f in fonts if f["familyName"] == ETHIOPIC_FONT)
        if drawn < len(letters):
            wrong.append({"text": text, "fonts": fonts})
    session.detach()
    return {"checked": checked, "wrong": wrong}
