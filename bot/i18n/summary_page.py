"""The printable summary page: one HTML document, the user's language first, the Dutch copy
underneath, print CSS, no external resources.

Ge'ez script comes from the bundled Noto Sans Ethiopic (``/web/fonts``); Arabic blocks are
``dir="rtl"`` and every block carries its own ``lang``, so a browser shapes and prints each
script correctly. Text is escaped; only URLs that the catalogs' values produced become links,
with the site's name as the link text on screen and the full address in print.
"""

from __future__ import annotations

import html
import re

from bot.i18n import format as fmt
from bot.i18n import summary
from bot.i18n.catalog import Catalog, catalog
from bot.i18n.languages import DEFAULT, Language, direction
from bot.i18n.results import Data

FONT_URL = "/web/fonts/NotoSansEthiopic-Regular.subset.woff2"
_URL = re.compile(r"https?://[^\s<>\"'\u2068\u2069]+[^\s<>\"'\u2068\u2069.,;:)]")

CSS = f"""
@font-face {{ font-family: "Noto Sans Ethiopic"; src: url("{FONT_URL}") format("woff2");
  unicode-range: U+1200-139F, U+2D80-2DDF, U+AB00-AB2F; }}
body {{ font-family: "Noto Sans Ethiopic", system-ui, "Noto Sans", "Noto Naskh Arabic",
  "DejaVu Sans", sans-serif; max-width: 42rem; margin: 1.5rem auto; padding: 0 1rem;
  line-height: 1.5; color: #111; }}
:lang(ti) {{ font-family: "Noto Sans Ethiopic", system-ui, sans-serif; }}
h1 {{ font-size: 1.4rem; }} h2 {{ font-size: 1.1rem; margin-top: 1.5rem; }}
.reference {{ font-weight: bold; letter-spacing: 0.1em; }}
p {{ white-space: pre-line; }}
.copy {{ border-top: 2px solid #555; margin-top: 2.5rem; padding-top: 1rem; }}
.receipt {{ font-size: 0.8rem; color: #444; border-top: 1px solid #999; margin-top: 2rem; }}
@media print {{
  body {{ margin: 0; max-width: none; font-size: 11pt; }}
  a {{ color: inherit; text-decoration: none; }}
  a[href]::after {{ content: " " attr(href); font-size: 8pt; word-break: break-all; }}
  .copy {{ break-before: page; }}
}}
"""


def page(
    language: Language,
    assessment: Data,
    situation: str | None = None,
    reference_code: str = "",
    partner_gender: str | None = None,
) -> str:
    own = catalog(language).for_partner(partner_gender)
    blocks = [_block(own, assessment, situation, reference_code)]
    if language != DEFAULT:
        dutch = catalog(DEFAULT).for_partner(partner_gender)
        blocks.append(
            f'<section class="copy" lang="nl" dir="ltr">'
            f"<p><strong>{html.escape(fmt.say(own, 'summary.dutch_copy'))}"
            f"</strong></p>{_block(dutch, assessment, situation, reference_code)}</section>"
        )
    receipt = summary.receipt_lines(own, assessment, reference_code)
    blocks.append(
        f'<footer class="receipt"><h2>{html.escape(receipt[0])}</h2>'
        f'<p dir="ltr">{html.escape(receipt[1])}</p></footer>'
    )
    title = summary.build(own, assessment, situation).title
    return (
        f'<!doctype html>\n<html lang="{language}" dir="{direction(language)}"><head>'
        f'<meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        + "".join(blocks)
        + "</body></html>\n"
    )


def _block(catalog_: Catalog, assessment: Data, situation: str | None, reference_code: str) -> str:
    language = catalog_.language
    document = summary.build(catalog_, assessment, situation)
    parts = [f"<h1>{html.escape(document.title)}</h1>"]
    if reference_code:
        code = fmt.say(catalog_, "summary.reference", code=reference_code)
        parts.append(f'<p class="reference">{html.escape(code)}</p>')
    parts.append(f"<p>{_linked(document.intro)}</p>")
    for section in document.sections:
        parts.append(f"<h2>{html.escape(section.heading)}</h2><p>{_linked(section.body)}</p>")
    parts.append(f"<p>{html.escape(document.year)}</p>")
    return f'<article lang="{language}" dir="{direction(language)}">{"".join(parts)}</article>'


def _linked(text: str) -> str:
    """Escaped text with each URL as a link named by its site ("belastingdienst.nl")."""
    out, last = [], 0
    for match in _URL.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        url = match.group(0)
        site = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
        out.append(f'<a href="{html.escape(url)}">{html.escape(site)}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
