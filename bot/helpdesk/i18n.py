"""The console's own texts: gettext domain "helpdesk", in Dutch and English.

Catalogs are ``locales/<lang>/LC_MESSAGES/helpdesk.po`` (English source texts; `make locales`
compiles them). A missing .mo is compiled in memory, as bot.i18n does for the assistant.
"""

from __future__ import annotations

from functools import cache

from babel.support import NullTranslations

from bot.i18n.catalog import load_translations

DOMAIN = "helpdesk"
LANGUAGES = ("nl", "en")
DEFAULT = "nl"


@cache
def translations(language: str) -> NullTranslations:
    try:
        return load_translations(language, DOMAIN)
    except OSError:  # no catalog for this language: the English source texts
        return NullTranslations()


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT


def from_header(accept_language: str) -> str:
    for part in accept_language.split(","):
        code = part.split(";")[0].split("-")[0].strip().lower()
        if code in LANGUAGES:
            return code
    return DEFAULT
