"""The console's own catalogs (gettext domain "helpdesk", nl and en), as tests/i18n checks the
assistant's: every text the templates and code use is in the template, both catalogs hold
exactly those texts, translated, not fuzzy, with the same placeholders, and the compiled
catalogs the console loads give those translations."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from bot.helpdesk import i18n

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
SOURCES = [
    *(ROOT / "bot/helpdesk").rglob("*.py"),
    *(ROOT / "bot/helpdesk/templates").glob("*.html"),
]
# %(name)s, %(num)d ... as the templates' `| format(...)` and Python's % fill them in.
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]")
# A gettext call whose argument is not a literal: extraction cannot see what it translates.
DYNAMIC_CALL = re.compile(r"(?<![\w.])(?:_|gettext|ngettext)\(\s*(?![\"'\s])")


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain="helpdesk")


def po(language: str) -> Catalog:
    return read(LOCALES / language / "LC_MESSAGES" / "helpdesk.po", language)


def ids(catalog: Catalog) -> set[str | tuple[str, ...]]:
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}


def forms(message: Message) -> tuple[str, ...]:
    value = message.string
    return tuple(value) if isinstance(value, tuple | list) else (str(value),)


def singular(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def test_every_text_in_the_templates_and_code_is_in_the_template(tmp_path: Path) -> None:
    """`pybabel extract -F babel-helpdesk.cfg` gives exactly the committed helpdesk.pot."""
    fresh = tmp_path / "helpdesk.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [pybabel, "extract", "-F", "babel-helpdesk.cfg", "-c", "TRANSLATORS:",
         "--no-location", "--sort-output", "-o", str(fresh), "."],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )  # fmt: skip
    extracted = ids(read(fresh))
    assert len(extracted) > 100  # the console's pages, not an empty extraction
    assert extracted == ids(read(LOCALES / "helpdesk.pot"))


def test_every_gettext_call_has_a_literal_text() -> None:
    dynamic = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DYNAMIC_CALL.search(line)
    ]
    assert dynamic == []


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_catalog_has_exactly_the_template_texts(language: str) -> None:
    assert ids(po(language)) == ids(read(LOCALES / "helpdesk.pot"))


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_text_is_missing_or_fuzzy(language: str) -> None:
    catalog = po(language)
    assert not catalog.fuzzy
    empty = [singular(m) for m in catalog if m.id and not all(f.strip() for f in forms(m))]
    fuzzy = [singular(m) for m in catalog if m.id and m.fuzzy]
    assert (empty, fuzzy) == ([], [])


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_placeholders_are_those_of_the_source_text(language: str) -> None:
    wrong = []
    for message in po(language):
        if not message.id:
            continue
        sources = [message.id] if isinstance(message.id, str) else list(message.id)
        expected = set().union(*(PLACEHOLDER.findall(s) for s in sources))
        if any(set(PLACEHOLDER.findall(form)) != expected for form in forms(message)):
            wrong.append(singular(message))
    assert wrong == []


def test_the_plural_texts_have_both_forms() -> None:
    for language in i18n.LANGUAGES:
        catalog = po(language)
        plural = [m for m in catalog if m.id and not isinstance(m.id, str)]
        assert catalog.num_plurals == 2
        assert plural and all(len(forms(m)) == 2 for m in plural)


def test_the_console_loads_the_dutch_translation_of_every_text() -> None:
    """The compiled catalog is the one the pages use (bot.helpdesk.i18n), and it is complete."""
    dutch = i18n.translations("nl")
    english = i18n.translations("en")
    for message in po("nl"):
        if not message.id:
            continue
        if isinstance(message.id, str):
            assert dutch.gettext(message.id) == message.string
            assert english.gettext(message.id) == po("en")[message.id].string
        else:
            for count, form in ((1, 0), (2, 1)):
                assert dutch.ngettext(message.id[0], message.id[1], count) == message.string[form]
    # Not the English source texts shown as Dutch: most texts differ from their source.
    same = [m.id for m in po("nl") if m.id and isinstance(m.id, str) and m.string == m.id]
    assert len(same) < 10, same
