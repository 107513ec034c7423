"""Typed answers to button questions: "refugee", "za granicą", "bso" or the option's number.

A user who types instead of pressing gets the same value as the button. The text is matched
against the button titles the user saw (rendered from the catalogs; the other four languages'
titles count too, and where a word names different options in two languages the user's own
language decides) and a few natural synonyms per language (``choice_words.py``).
Never a guess: two options named at once, a negation outside the option's own words, or a
long sentence are not an answer, and the form asks again. Pure: reads the catalogs, no Rasa.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from actions.parse.choice_words import FILLERS, NEGATIONS, SYNONYMS, WEAK
from bot.i18n.buttons import QUESTION_OPTIONS, Option
from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED
from bot.language.numerals import option_number

# A longer text is a sentence about something else, not a typed option.
_MAX_WORDS = 8
# Arabic spelling variants users mix: hamza seats, teh marbuta, alef maksura; no tatweel.
_ARABIC = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ء": None, "ة": "ه", "ى": "ي"}
    | {"ـ": None}
)
# Letters NFKD does not take apart (Polish ł, Dutch ĳ is handled by NFKD).
_LATIN = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "đ": "d"})
# Everything that is not a letter, digit or combining mark separates words ("re-integratie",
# Ethiopic word space ፡, Arabic comma ،, brackets around "(bso)").
_SEPARATOR = re.compile(r"[^\w\u0300-\u036f]+")
_PARENTHESISED = re.compile(r"\(([^)]*)\)")

Phrase = tuple[str, ...]


def normalise(text: str) -> str:
    """Lower case, no Latin diacritics, one Arabic alef/teh marbuta/yeh, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC).translate(_LATIN)
    decomposed = unicodedata.normalize("NFKD", text)
    # Drop combining marks: Latin accents and Arabic harakat. Ethiopic syllables do not decompose.
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_SEPARATOR.sub(" ", unicodedata.normalize("NFKC", kept)).split())


def _phrase(text: str) -> Phrase:
    return tuple(normalise(text).split())


_NEGATIONS = frozenset(normalise(word) for word in NEGATIONS)
_WEAK = frozenset(_phrase(word) for word in WEAK)
_FILLERS = frozenset(normalise(word) for word in FILLERS)


def _value(option: Option) -> object:
    """The slot value a button payload carries: ``/inform{"slot":value}`` or ``/dont_know``."""
    if option.payload == "/dont_know":
        return "dont_know"
    _, _, entities = option.payload.partition("{")
    return next(iter(json.loads("{" + entities).values()))


def _label_phrases(title: str) -> set[Phrase]:
    """The title, the title without its bracketed Dutch term, and that term on its own."""
    phrases = {_phrase(title), _phrase(_PARENTHESISED.sub(" ", title))}
    phrases |= {_phrase(term) for term in _PARENTHESISED.findall(title)}
    return {phrase for phrase in phrases if phrase}


@cache
def _candidates(slot: str, language: str) -> tuple[tuple[Phrase, object], ...]:
    """Every phrase that names an option of ``slot`` in ``language``, with the option's value."""
    found: set[tuple[Phrase, object]] = set()
    catalog_ = catalog(language)
    for option in QUESTION_OPTIONS.get(slot, ()):
        if option.context is None:
            continue  # "I don't know" has its own reading (answers.py)
        title = catalog_.option(option.context, option.key)
        value = _value(option)
        found |= {(phrase, value) for phrase in _label_phrases(title)}
        for synonym in SYNONYMS.get(option.context, {}).get(str(value), {}).get(language, ()):
            found.add((_phrase(synonym), value))
    return tuple(sorted(found, key=lambda item: (item[0], str(item[1]))))


# Arabic glues "and" (و) and "so" (ف) to the next word: "حضانة ومربية" names two options.
_ARABIC_CONJUNCTION = re.compile(r"^[وف](?=[\u0621-\u064a]{3})")


def _forms(word: str) -> set[str]:
    return {word, _ARABIC_CONJUNCTION.sub("", word)}


def _spans(words: Phrase, phrase: Phrase) -> list[tuple[int, int]]:
    forms = [_forms(word) for word in words]
    size = len(phrase)
    return [
        (i, i + size)
        for i in range(len(words) - size + 1)
        if all(part in forms[i + j] for j, part in enumerate(phrase))
    ]


Hit = tuple[tuple[int, int], object]


def _hits(words: Phrase, candidates: tuple[tuple[Phrase, object], ...]) -> list[Hit]:
    hits = [(span, value) for phrase, value in candidates for span in _spans(words, phrase)]
    # A phrase inside a longer one that also matched is part of it: "resident" in "non resident",
    # "work" in "back to work programme".
    return [
        (span, value)
        for span, value in hits
        if not any(
            other != span and other[0] <= span[0] and span[1] <= other[1] for other, _ in hits
        )
    ]


def _decide(words: Phrase, hits: list[Hit]) -> object | None:
    if len({json.dumps(value) for _, value in hits}) != 1:
        return None  # nothing, or two different options named: never guess
    covered = {i for (start, end), _ in hits for i in range(start, end)}
    rest = [word for i, word in enumerate(words) if i not in covered]
    if any(word in _NEGATIONS for word in rest):
        return None  # "not married", "nie pracuję", "geen werk"
    weak = all(words[start:end] in _WEAK for (start, end), _ in hits)
    if weak and any(word not in _FILLERS for word in rest):
        return None  # "no" answers; "I have no idea" does not
    return hits[0][1]


def read_option_number(slot: str, text: str) -> object | None:
    """The value of the option a channel without buttons showed under the number the user typed
    ("2", "٢", "፪"), or ``None``. The WhatsApp connector already turns a number into the
    option's payload; this reads one that arrives as text (after a restart, or on another
    channel without buttons)."""
    options = QUESTION_OPTIONS.get(slot, ())
    number = option_number(text)
    if number is None or not 1 <= number <= len(options):
        return None
    return _value(options[number - 1])


def read_choice(slot: str, text: str, language: str | None) -> object | None:
    """The value of the option ``text`` names, or ``None``. Titles and synonyms of all five
    languages count (people mix them); where they disagree, the user's language decides."""
    words = _phrase(text)
    if not words or len(words) > _MAX_WORDS:
        return None
    found = _decide(words, _hits(words, _all_candidates(slot)))
    if found is not None or language not in SUPPORTED:
        return found
    # A word that names one option in the user's language and another in a second language.
    return _decide(words, _hits(words, _candidates(slot, language)))


@cache
def _all_candidates(slot: str) -> tuple[tuple[Phrase, object], ...]:
    return tuple(candidate for language in SUPPORTED for candidate in _candidates(slot, language))


@cache
def _shortcut_titles(slot: str) -> dict[Phrase, object]:
    """The titles, in every language, of the shortcut buttons under a typed question ("Skip")."""
    titles: dict[Phrase, object] = {}
    for option in QUESTION_OPTIONS.get(slot, ()):
        if option.context is not None or option.payload == "/dont_know":
            continue
        for language in SUPPORTED:
            titles[_phrase(catalog(language).text(option.key))] = _value(option)
    return titles


def read_shortcut(slot: str, text: str) -> object | None:
    """The value of the shortcut button whose title is the whole typed text ("overslaan" under
    the income question), or ``None``. Only the whole text: "skip the rest" is no answer."""
    return _shortcut_titles(slot).get(_phrase(text))
