"""A changed Dutch text makes its translations visibly stale (bot.i18n.stale, in CI)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from bot.i18n import stale
from bot.i18n.catalog import LOCALES_DIR


def test_no_translation_is_older_than_its_dutch_text() -> None:
    report = stale.check(LOCALES_DIR, stale.load_record(LOCALES_DIR / stale.RECORD_NAME))
    assert report.stale == [], (
        "The Dutch text changed after these translations were confirmed. Check each against the "
        "Dutch, then: python -m bot.i18n.stale --confirm LANG KEY"
    )


def test_every_translation_is_recorded() -> None:
    report = stale.check(LOCALES_DIR, stale.load_record(LOCALES_DIR / stale.RECORD_NAME))
    assert report.unrecorded == [], (
        "New translations without a record. After checking them: "
        "python -m bot.i18n.stale --confirm-unrecorded"
    )


@pytest.fixture
def locales_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, copy, ignore=shutil.ignore_patterns("*.mo"))
    return copy


def _change_dutch(locales: Path, key: str, text: str) -> None:
    path = locales / "nl" / "LC_MESSAGES" / "messages.po"
    catalog = read_po(path.open("rb"), locale="nl")
    catalog[key].string = text
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=76)
    path.write_bytes(buffer.getvalue())


def test_changing_a_dutch_text_makes_every_translation_of_it_stale(locales_copy: Path) -> None:
    assert stale.main(["--check", "--locales", str(locales_copy)]) == 0
    _change_dutch(locales_copy, "utter_greet", "Goedendag! Ik kijk of u toeslag moet terugbetalen.")

    report = stale.check(locales_copy, stale.load_record(locales_copy / stale.RECORD_NAME))
    assert report.stale == [("utter_greet", language) for language in stale.TRANSLATED]
    assert stale.main(["--check", "--locales", str(locales_copy)]) == 1


def test_confirming_after_a_check_clears_only_that_translation(locales_copy: Path) -> None:
    _change_dutch(locales_copy, "button.yes", "Ja, graag")
    assert stale.main(["--confirm", "ti", "button.yes", "--locales", str(locales_copy)]) == 0

    report = stale.check(locales_copy, stale.load_record(locales_copy / stale.RECORD_NAME))
    assert ("button.yes", "ti") not in report.stale
    assert ("button.yes", "pl") in report.stale


def test_a_new_translation_is_unrecorded_until_confirmed(locales_copy: Path) -> None:
    record = stale.load_record(locales_copy / stale.RECORD_NAME)
    del record["button.no"]
    stale.save_record(locales_copy / stale.RECORD_NAME, record)
    assert stale.main(["--check", "--locales", str(locales_copy)]) == 1
    assert stale.main(["--confirm-unrecorded", "--locales", str(locales_copy)]) == 0
    assert stale.main(["--check", "--locales", str(locales_copy)]) == 0


def test_a_key_without_a_translation_cannot_be_confirmed(locales_copy: Path) -> None:
    with pytest.raises(KeyError):
        stale.confirm(locales_copy, {}, "pl", ["no.such.key"])
    with pytest.raises(ValueError, match="not a translated language"):
        stale.confirm(locales_copy, {}, "nl", ["button.yes"])


def test_the_record_is_one_line_per_key_for_clean_merges() -> None:
    lines = (LOCALES_DIR / stale.RECORD_NAME).read_text(encoding="utf-8").splitlines()
    keys = stale.load_record(LOCALES_DIR / stale.RECORD_NAME)
    assert len(lines) == len(keys) + 2
