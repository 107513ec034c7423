"""The compiled catalogs, one per language, loaded once per process.

``make locales`` builds the ``.mo`` files (they are not committed). When a ``.mo`` is missing or
older than its ``.po`` (a fresh checkout, a test run before ``make``), the ``.po`` is compiled in
memory instead, so the service never speaks message keys.
"""

from __future__ import annotations

import io
import logging
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from bot.i18n.languages import DEFAULT as DEFAULT_LANGUAGE
from bot.i18n.languages import Language

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
DOMAIN = "messages"

log = logging.getLogger(__name__)


class MissingMessageError(KeyError):
    """A key with no text in a catalog: a bug the tests catch, never shown to a user."""


# The partner's grammatical gender, as the user said it ("my wife", "żona", "مرتي", "ሰበይተይ").
# A message that needs another form for a female partner has a variant in this context; the
# plain message is the form for a male partner or an unknown one (docs/i18n.md, "Gender").
PARTNER_GENDERS = ("female", "male")


def partner_context(gender: str) -> str:
    return f"partner.{gender}"


class Catalog:
    """One language's messages, looked up by key. Raises instead of returning the key.

    ``for_partner(gender)`` gives the same catalog speaking of a partner of that gender: ``text``
    then prefers the key's variant in the ``partner.<gender>`` context where one exists."""

    def __init__(
        self, language: Language, translations: Translations, partner_gender: str | None = None
    ) -> None:
        self.language = language
        self._translations = translations
        self._partner_gender = partner_gender
        # gettext keeps plural entries under (msgid, index) and contexts as "ctx\x04msgid".
        self._keys = {key[0] if isinstance(key, tuple) else key for key in translations._catalog}

    @property
    def partner_gender(self) -> str | None:
        return self._partner_gender

    def for_partner(self, gender: str | None) -> Catalog:
        if gender == self._partner_gender or (gender is not None and gender not in PARTNER_GENDERS):
            return self
        return _for_partner(self.language, gender)

    def has(self, key: str, context: str | None = None) -> bool:
        return (f"{context}\x04{key}" if context else key) in self._keys

    def text(self, key: str) -> str:
        if key not in self._keys:
            raise MissingMessageError(key)
        if self._partner_gender and self.has(key, partner_context(self._partner_gender)):
            return str(self._translations.pgettext(partner_context(self._partner_gender), key))
        return self._translations.gettext(key)

    def plural(self, key: str, n: int) -> str:
        if key not in self._keys:
            raise MissingMessageError(key)
        return self._translations.ngettext(key, f"{key}.plural", n)

    def option(self, context: str, key: str) -> str:
        if not self.has(key, context):
            raise MissingMessageError(f"{context}|{key}")
        return str(self._translations.pgettext(context, key))


@cache
def catalog(language: Language) -> Catalog:
    try:
        return Catalog(language, _load(language))
    except OSError:
        # A deployment without this language's files: answer in Dutch rather than fail.
        log.error("catalog_missing", extra={"language": language})
        if language == DEFAULT_LANGUAGE:
            raise
        return catalog(DEFAULT_LANGUAGE)


@cache
def _for_partner(language: Language, gender: str | None) -> Catalog:
    plain = catalog(language)
    return Catalog(plain.language, plain._translations, gender)


def _load(language: Language) -> Translations:
    return load_translations(language, DOMAIN)


def load_translations(language: str, domain: str) -> Translations:
    """A gettext domain's translations for ``language``: the compiled .mo when it is current, else
    the .po compiled in memory (a checkout before `make locales`). Raises OSError without a .po.
    Shared with the helpdesk console's own domain."""
    folder = LOCALES_DIR / language / "LC_MESSAGES"
    po, mo = folder / f"{domain}.po", folder / f"{domain}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return Translations(handle, domain=domain)
    log.warning("catalog_compiled_in_memory", extra={"language": language, "domain": domain})
    with po.open("rb") as handle:
        parsed = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, parsed)
    buffer.seek(0)
    return Translations(buffer, domain=domain)
