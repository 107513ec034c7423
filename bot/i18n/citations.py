"""A legal citation of the rules core, readable in the user's language.

The core cites laws the way Dutch lawyers write them ("Awir (met AWR art. 5a)", "3 lid 1",
"Awir (tekst tot en met 2020)"). People read: the law's name in their language, with the Dutch
law and article in brackets so they can find it, e.g. "the general law on benefits (Awir, artikel
3 lid 1; AWR, artikel 5a)". Dutch connecting words ("met", "tot en met", "sinds") never reach the
text: a note in the law field becomes its own catalog sentence, a descriptive "article" (such as
"arbeidseis ... van beide ouders") is dropped, because the law's name and its plain-words rule
(``rule.*``) already say it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from bot.i18n import format as fmt
from bot.i18n.catalog import Catalog

# The base law (the Dutch abbreviation or name the core uses) -> the key of its name.
LAW_NAMES: dict[str, str] = {
    "Awir": "law.awir",
    "AWR": "law.awr",
    "Wkb": "law.wkb",
    "Wet kinderopvang": "law.wko",
    "Besluit kinderopvangtoeslag": "law.besluit_kot",
    "Uitvoeringsbesluit Awir": "law.uitvoeringsbesluit_awir",
    "Verordening (EG) 883/2004": "law.eu_883_2004",
}
UNKNOWN_LAW = "law.other"

# Notes in brackets after a law or article -> the sentence that says them.
NOTES: dict[str, str] = {
    "tekst tot en met 2020": "citation.note.until_2020",
    "text until 2020": "citation.note.until_2020",
    "de 'knip', sinds 2021": "citation.note.since_2021",
}

# "3 lid 1", "16 lid 5, 26", "1b", "68": an article reference; anything else is a description.
_ARTICLE = re.compile(r"^\d+[a-z]?(?: lid \d+)?(?:, \d+[a-z]?(?: lid \d+)?)*")
# "met AWR art. 5a" / "with AWR art. 5a": a second law read together with the first.
_ALSO = re.compile(r"^(?:met|with) (?P<law>.+?) art\. (?P<article>\S+)$")


class Reading(NamedTuple):
    """A citation taken apart: the laws with their articles, and the notes."""

    references: tuple[tuple[str, str], ...]  # (Dutch law name, article or "")
    notes: tuple[str, ...]  # catalog keys


def read(citation: Mapping[str, Any]) -> Reading:
    law_field = str(citation.get("law") or "")
    article_field = str(citation.get("article") or "")
    laws: list[tuple[str, str]] = []
    notes: list[str] = []

    base, law_notes = _split_brackets(law_field)
    article, article_notes = _split_brackets(article_field)
    match = _ARTICLE.match(article)
    for part in base.split(" / ") if base not in LAW_NAMES else [base]:
        laws.append((part.strip(), ""))
    if match and laws:
        laws[0] = (laws[0][0], match.group(0))
    for note in (*law_notes, *article_notes):
        also = _ALSO.match(note)
        if also:
            laws.append((also["law"], also["article"]))
        elif note in NOTES:
            notes.append(NOTES[note])
        # Anything else (a Kamerstuk number, an explanation in Dutch) stays in the trace only.
    return Reading(tuple(laws), tuple(dict.fromkeys(notes)))


def reference(reading: Reading) -> str:
    """The Dutch part, as on letters and in the law: "Awir, artikel 3 lid 1; AWR, artikel 5a".
    Never translated (like the form names in ``links.py``): it is what the user looks up."""
    return "; ".join(
        f"{law}, artikel {article}" if article else law for law, article in reading.references
    )


def readable(catalog: Catalog, citation: Mapping[str, Any]) -> str:
    """The law's name in the user's language, the Dutch reference in brackets, then any note."""
    reading = read(citation)
    first = reading.references[0][0] if reading.references else ""
    name = fmt.say(catalog, LAW_NAMES.get(first, UNKNOWN_LAW))
    text = fmt.say(catalog, "citation.readable", name=name, reference=reference(reading))
    notes = [fmt.say(catalog, key) for key in reading.notes]
    return " ".join([text, *notes])


def _split_brackets(value: str) -> tuple[str, list[str]]:
    """ "Awir (met AWR art. 5a)" -> ("Awir", ["met AWR art. 5a"]); a law whose own name has
    brackets ("Verordening (EG) 883/2004") is kept whole."""
    value = value.strip()
    if value in LAW_NAMES:
        return value, []
    notes = re.findall(r"\(([^()]*)\)", value)
    base = re.sub(r"\s*\([^()]*\)", "", value).strip()
    return base, notes
