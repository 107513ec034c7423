"""Stale translations: which translations were confirmed against which Dutch text.

Dutch is the reference. ``locales/nl-hashes.json`` records, per message key and language, a hash
of the Dutch text as it was when that translation was last confirmed (written or checked by a
translator). When a Dutch text changes, its recorded hashes no longer match and every translation
of it is *stale* until someone checks it and confirms it again:

    python -m bot.i18n.stale --check                 # exit 1 on stale or unrecorded translations
    python -m bot.i18n.stale --confirm ti utter_greet [more keys]
    python -m bot.i18n.stale --confirm-unrecorded    # after adding keys with their translations

The record is a separate JSON file, not a comment in the ``.po`` files: ``pybabel update`` rewrites
extracted comments from the source code, so a hash kept there would be lost or copied blindly.
One line per key keeps merges of parallel work clean.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po

from bot.i18n.catalog import DOMAIN, LOCALES_DIR

REFERENCE = "nl"
TRANSLATED = ("pl", "ar", "ti", "en")
RECORD_NAME = "nl-hashes.json"

Record = dict[str, dict[str, str]]


def text_hash(text: str) -> str:
    """A short hash of a Dutch text (plural forms joined), enough to notice any change."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def catalog_texts(locales_dir: Path, language: str) -> dict[str, str]:
    """Every translated message of a catalog: "context|key" or "key" -> its text (plurals joined
    by a NUL). Empty and fuzzy translations are left out: they are not translations yet."""
    path = locales_dir / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    texts: dict[str, str] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        raw = message.string if isinstance(message.string, tuple) else (message.string,)
        strings = [text for text in raw if isinstance(text, str)]
        if strings and len(strings) == len(raw) and all(strings):
            name = f"{message.context}|{key}" if message.context else key
            texts[name] = "\x00".join(strings)
    return texts


def load_record(path: Path) -> Record:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save_record(path: Path, record: Record) -> None:
    lines = [
        f"  {json.dumps(key, ensure_ascii=False)}: "
        f"{json.dumps(dict(sorted(record[key].items())), ensure_ascii=False)}"
        for key in sorted(record)
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


@dataclass
class Report:
    stale: list[tuple[str, str]] = field(default_factory=list)  # (key, language)
    unrecorded: list[tuple[str, str]] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)  # recorded keys no longer in Dutch

    @property
    def ok(self) -> bool:
        return not self.stale and not self.unrecorded


def check(locales_dir: Path, record: Record) -> Report:
    dutch = {key: text_hash(text) for key, text in catalog_texts(locales_dir, REFERENCE).items()}
    report = Report(obsolete=sorted(set(record) - set(dutch)))
    for language in TRANSLATED:
        translated = catalog_texts(locales_dir, language)
        for key in sorted(dutch.keys() & translated.keys()):
            confirmed = record.get(key, {}).get(language)
            if confirmed is None:
                report.unrecorded.append((key, language))
            elif confirmed != dutch[key]:
                report.stale.append((key, language))
    return report


def confirm(locales_dir: Path, record: Record, language: str, keys: Iterable[str]) -> Record:
    """Record that `language`'s translations of `keys` match today's Dutch text."""
    if language not in TRANSLATED:
        raise ValueError(f"not a translated language: {language}")
    dutch = catalog_texts(locales_dir, REFERENCE)
    translated = catalog_texts(locales_dir, language)
    updated = {key: dict(languages) for key, languages in record.items() if key in dutch}
    for key in keys:
        if key not in dutch or key not in translated:
            raise KeyError(f"{key} has no Dutch text or no {language} translation")
        updated.setdefault(key, {})[language] = text_hash(dutch[key])
    return updated


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.i18n.stale", description=__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true", help="list stale translations")
    action.add_argument("--confirm", nargs="+", metavar=("LANG", "KEY"), help="confirm keys")
    action.add_argument(
        "--confirm-unrecorded", action="store_true", help="confirm translations with no record"
    )
    parser.add_argument("--locales", type=Path, default=LOCALES_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    path = args.locales / RECORD_NAME
    record = load_record(path)

    if args.check:
        report = check(args.locales, record)
        for key, language in report.stale:
            print(f"stale: {language} {key} (the Dutch text changed after it was confirmed)")
        for key, language in report.unrecorded:
            print(f"unrecorded: {language} {key}")
        if report.unrecorded:
            print("After checking them: python -m bot.i18n.stale --confirm-unrecorded")
        if report.stale:
            print(
                "After checking each against the Dutch: python -m bot.i18n.stale --confirm LANG KEY"
            )
        return 0 if report.ok else 1

    if args.confirm:
        language, *keys = args.confirm
        if not keys:
            parser.error("--confirm needs a language and at least one key")
        save_record(path, confirm(args.locales, record, language, keys))
        return 0

    report = check(args.locales, record)
    for language in TRANSLATED:
        keys = [key for key, lang in report.unrecorded if lang == language]
        record = confirm(args.locales, record, language, keys)
    save_record(path, record)
    print(f"recorded {len(report.unrecorded)} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
