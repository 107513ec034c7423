"""The console's own texts: gettext domain "helpdesk", in Dutch and English.

Catalogs are ``locales/<lang>/LC_MESSAGES/helpdesk.po`` (English source texts; `make locales`
compiles them). A missing .mo is compiled in memory, as bot.i18n does for the assistant.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

DOMAIN = "helpdesk"
LANGUAGES = ("nl", "en")
DEFAULT = "nl"
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"


@cache
def translations(language: str) -> NullTranslations:
    folder = LOCALES_DIR / language / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return Translations(handle, domain=DOMAIN)
    if not po.exists():
        return NullTranslations()
    with po.open("rb") as handle:
        parsed = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, parsed)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT


def from_header(accept_language: str) -> str:
    for part in accept_language.split(","):
        code = part.split(";")[0].split("-")[0].strip().lower()
        if code in LANGUAGES:
            return code
    return DEFAULT
