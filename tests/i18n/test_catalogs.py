"""The catalogs as CI checks them: fresh against the code, complete, not fuzzy, placeholders
equal to the Dutch reference, every rules-core key present, all plural forms filled."""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n.languages import SUPPORTED
from rules_core.codes import ALL_MESSAGE_KEYS

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def po(language: str) -> Catalog:
    return read(LOCALES / language / "LC_MESSAGES" / "messages.po", language)


def ids(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {(message.context, _msgid(message.id)) for message in catalog if message.id}


def _msgid(msgid: str | tuple[str, ...]) -> str:
    return msgid[0] if isinstance(msgid, tuple) else msgid


def forms(message: object) -> tuple[str, ...]:
    string_ = message.string  # type: ignore[attr-defined]
    return tuple(string_) if isinstance(string_, tuple | list) else (string_,)


# The placeholder that carries the number of a plural message.
COUNTS = {"count", "months"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_template_is_fresh_against_the_code(tmp_path: Path) -> None:
    """Equivalent of `pybabel update --check`: extraction gives exactly the committed template."""
    fresh = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [pybabel, "extract", "-F", "babel.cfg", "-c", "TRANSLATORS:", "--no-location",
         "--sort-output", "-o", str(fresh), "."],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )  # fmt: skip
    assert ids(read(fresh)) == ids(read(LOCALES / "messages.pot"))


@pytest.mark.parametrize("language", SUPPORTED)
def test_catalog_has_exactly_the_template_messages(language: str) -> None:
    assert ids(po(language)) == ids(read(LOCALES / "messages.pot"))


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_message_is_missing_or_fuzzy(language: str) -> None:
    catalog = po(language)
    assert not catalog.fuzzy
    empty = [_msgid(m.id) for m in catalog if m.id and not all(f.strip() for f in forms(m))]
    fuzzy = [_msgid(m.id) for m in catalog if m.id and m.fuzzy]
    assert (empty, fuzzy) == ([], [])


@pytest.mark.parametrize("language", SUPPORTED)
def test_placeholders_equal_the_dutch_reference(language: str) -> None:
    reference = {(m.context, _msgid(m.id)): m for m in po("nl") if m.id}
    wrong = []
    for message in po(language):
        if not message.id:
            continue
        expected = placeholders(forms(reference[(message.context, _msgid(message.id))])[-1])
        if isinstance(message.id, tuple):
            # A plural form may spell its number out ("two months": Arabic "شهرين"), so it may
            # drop the count; every other placeholder must stay, and together the forms use all.
            found = [placeholders(form) for form in forms(message)]
            ok = (
                all(f - COUNTS == expected - COUNTS for f in found)
                and set().union(*found) == expected
            )
        else:
            ok = all(placeholders(form) == expected for form in forms(message))
        if not ok:
            wrong.append(_msgid(message.id))
    assert wrong == []


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_rules_core_key_has_a_message(language: str) -> None:
    present = {msgid for context, msgid in ids(po(language)) if context is None}
    assert sorted(set(ALL_MESSAGE_KEYS) - present) == []


@pytest.mark.parametrize(
    ("language", "count"), [("nl", 2), ("en", 2), ("pl", 3), ("ar", 6), ("ti", 2)]
)
def test_plural_messages_have_every_form_of_the_language(language: str, count: int) -> None:
    catalog = po(language)
    assert catalog.num_plurals == count
    plural = [m for m in catalog if m.id and isinstance(m.id, tuple)]
    assert plural, "the template declares plural messages"
    assert all(len(forms(m)) == count and all(forms(m)) for m in plural)


def test_the_dutch_reference_has_no_stray_braces() -> None:
    for message in po("nl"):
        for form in forms(message):
            list(string.Formatter().parse(form))  # raises ValueError on a lone brace


# Official Dutch terms the user must be able to match with letters from Dienst Toeslagen.
OFFICIAL_TERMS = ("toeslagpartner", "alleenstaande-ouderkop", "Dienst Toeslagen", "BSN")


@pytest.mark.parametrize("language", [code for code in SUPPORTED if code != "nl"])
def test_official_dutch_terms_stay_visible_in_every_translation(language: str) -> None:
    """Where the Dutch text uses an official term, the translation keeps it (in brackets
    after the translation, the first time), so the user can find it on a letter."""
    reference = {(m.context, _msgid(m.id)): forms(m) for m in po("nl") if m.id}
    missing = []
    for message in po(language):
        if not message.id:
            continue
        dutch = " ".join(reference[(message.context, _msgid(message.id))])
        text = " ".join(forms(message))
        missing += [
            f"{_msgid(message.id)}: {term}"
            for term in OFFICIAL_TERMS
            if term in dutch and term not in text
        ]
    assert missing == []


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_action_of_the_core_has_its_own_first_step_sentence(language):
    """The result's first message names the first thing to do; no action falls back to the
    generic "see all steps" (as the care-home choice and stopping the benefits once did)."""
    from rules_core.codes import ACTION_CODES

    translated = {_msgid(message.id) for message in po(language) if message.id and message.string}
    missing = [code for code in ACTION_CODES if f"first.{code}" not in translated]
    assert missing == []
