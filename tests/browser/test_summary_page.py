"""The printable summary, opened from the chat's link and printed by Chromium, in Tigrinya and
Arabic: every Ge'ez and Arabic letter is drawn by a real glyph (none as the empty box a missing
font leaves), Arabic runs right to left with the Dutch copy left to right underneath.

The screenshots (print media) and the PDFs Chromium prints are kept in var/test-output/ for a
reviewer to look at.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import SCREENSHOTS, Stack
from tests.browser.widget_driver import choose_language, complete_check, open_widget

# A letter no font on the machine or in the bundle has: what a missing glyph looks like.
NO_FONT_HAS_IT = "\U0001e900"  # ADLAM CAPITAL LETTER ALIF
SCRIPTS = {"ti": (0x1200, 0x139F), "ar": (0x0600, 0x06FF)}

# For each letter of the script in the page: is it drawn exactly like the missing-glyph box, in
# the font the page gives that element? Draws on a canvas and compares the pixels.
DRAWN_AS_MISSING = """([low, high, missing]) => {
  const article = document.querySelector('article');  // the user's language; the copy is after it
  const font = getComputedStyle(article).fontFamily;
  const letters = [...new Set([...article.innerText].filter(
    (c) => c.codePointAt(0) >= low && c.codePointAt(0) <= high))];
  const canvas = document.createElement('canvas');
  canvas.width = 64; canvas.height = 64;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const pixels = (c) => {
    g.clearRect(0, 0, 64, 64);
    g.font = '40px ' + font;
    g.fillText(c, 8, 48);
    return g.getImageData(0, 0, 64, 64).data.join(',');
  };
  const box = pixels(missing);
  return { count: letters.length, missing: letters.filter((c) => pixels(c) === box) };
}"""


def open_printable_summary(page: Page, stack: Stack, language: str) -> Page:
    open_widget(page, stack.url)
    choose_language(page, language)
    complete_check(page, language)
    link = page.locator(".tsa-summary-links a").first
    href = link.get_attribute("href")
    assert href and "/summary" in href
    printable = page.context.new_page()
    printable.goto(href if href.startswith("http") else f"{stack.url}{href}")
    printable.emulate_media(media="print")
    printable.evaluate("() => document.fonts.ready")
    return printable


def keep_as_output(printable: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    printable.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    pdf = SCREENSHOTS.parent / f"{name}.pdf"
    printable.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000, "Chromium printed the page"


def letters_drawn_as_missing(printable: Page, language: str) -> dict[str, Any]:
    low, high = SCRIPTS[language]
    return printable.evaluate(DRAWN_AS_MISSING, [low, high, NO_FONT_HAS_IT])


@pytest.mark.parametrize("language", ["ti", "ar"])
def test_the_printable_summary_draws_every_letter_of_the_users_script(
    page: Page, stack: Stack, language: str
) -> None:
    printable = open_printable_summary(page, stack, language)
    keep_as_output(printable, f"summary-print-{language}")
    drawn = letters_drawn_as_missing(printable, language)
    assert drawn["count"] > 20, "the summary is written in the user's script"
    assert drawn["missing"] == [], "letters printed as empty boxes"
    dutch = printable.locator('section.copy[lang="nl"]')
    assert dutch.count() == 1, "the Dutch copy underneath"
    assert printable.locator("text=/[A-Z0-9]{8}/").count() >= 1, "the reference code"


def test_the_geez_summary_uses_the_bundled_font_and_nothing_from_elsewhere(
    page: Page, stack: Stack
) -> None:
    printable = open_printable_summary(page, stack, "ti")
    faces = printable.evaluate(
        "() => [...document.fonts].map((f) => [f.family.replaceAll('\"', ''), f.status])"
    )
    assert ["Noto Sans Ethiopic", "loaded"] in faces
    origins = printable.evaluate(
        "() => performance.getEntriesByType('resource').map((r) => new URL(r.name).origin)"
    )
    assert set(origins) <= {stack.url}, "only the assistant's own files"


def test_the_arabic_summary_is_right_to_left_with_the_dutch_copy_left_to_right(
    page: Page, stack: Stack
) -> None:
    printable = open_printable_summary(page, stack, "ar")
    direction = "(selector) => getComputedStyle(document.querySelector(selector)).direction"
    assert printable.evaluate(direction, 'article[lang="ar"]') == "rtl"
    assert printable.evaluate(direction, 'section.copy[lang="nl"]') == "ltr"
    # Where the text itself sits (a range around the heading, not the block box): the Arabic title
    # is nearer the right edge of the page, the Dutch one nearer the left.
    text_box = """(selector) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(selector));
      const text = range.getBoundingClientRect(), page = document.body.getBoundingClientRect();
      return { left: text.left - page.left, right: page.right - text.right };
    }"""
    arabic = printable.evaluate(text_box, 'article[lang="ar"] h1')
    dutch = printable.evaluate(text_box, 'section.copy article[lang="nl"] h1')
    assert arabic["right"] < arabic["left"]
    assert dutch["left"] < dutch["right"]
