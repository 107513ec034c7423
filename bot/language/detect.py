"""Which language a message is written in, for the five languages the assistant speaks.

Order of evidence (the caller applies the first two): an explicit choice, then the page or
channel metadata, then - here - the script of the text, then a detector: geezswitch for
Tigrinya versus Amharic (no other offline detector knows Tigrinya), lingua for Arabic versus
Farsi/Urdu and for the Latin-script languages. Short messages are never "confident": the
assistant does not switch language on one short message, it offers a switch.

Importable on Python 3.10 and 3.11; the detectors load lazily, once, on first use.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.i18n.languages import SUPPORTED, nearest_supported

MIN_CONFIDENT_LETTERS = 15
MIN_CONFIDENT_WORDS = 3

_LATIN_CANDIDATES = ("nl", "pl", "en", "de", "fr", "ro", "es", "pt", "tr", "it", "so")
_ARABIC_CANDIDATES = ("ar", "fa", "ur")
# Every language ``detect`` can name (geezswitch tells Tigrinya from Amharic).
DETECTABLE = (*_LATIN_CANDIDATES, *_ARABIC_CANDIDATES, "ti", "am")


@dataclass(frozen=True)
class Detection:
    """``language``: ISO 639-1 of what the text looks like (maybe unsupported), or ``None``.
    ``confident``: long enough, and the detector was clear, to act on."""

    language: str | None
    script: str | None
    confident: bool

    @property
    def supported(self) -> bool:
        return self.language in SUPPORTED


def script_of(text: str) -> str | None:
    """ "ethiopic", "arabic" or "latin": the script of most letters, or ``None`` without letters."""
    counts = {"ethiopic": 0, "arabic": 0, "latin": 0}
    for char in unicodedata.normalize("NFKC", text):
        point = ord(char)
        if 0x1200 <= point <= 0x139F or 0x2D80 <= point <= 0x2DDF or 0xAB00 <= point <= 0xAB2F:
            counts["ethiopic"] += 1
        elif 0x0600 <= point <= 0x06FF or 0x0750 <= point <= 0x077F or 0x08A0 <= point <= 0x08FF:
            counts["arabic"] += 1
        elif (char.isalpha() and char.isascii()) or 0x00C0 <= point <= 0x024F:
            counts["latin"] += 1
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else None


def _long_enough(text: str) -> bool:
    letters = sum(char.isalpha() for char in text)
    return letters >= MIN_CONFIDENT_LETTERS and len(text.split()) >= MIN_CONFIDENT_WORDS


@cache
def _geez_factory() -> Any:
    from geezswitch.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # langdetect-derived: random unless seeded
    return factory


def _tigrinya_or_amharic(text: str) -> tuple[str, float]:
    detector = _geez_factory().create()
    detector.set_prior_map({"tir": 0.5, "amh": 0.5})
    detector.append(text)
    best = max(detector.get_probabilities(), key=lambda result: result.prob)
    return ("ti" if best.lang == "tir" else "am"), best.prob


@cache
def _lingua(candidates: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in candidates]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _lingua_best(text: str, candidates: tuple[str, ...]) -> tuple[str | None, float]:
    values = _lingua(candidates).compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), top.value


def detect(text: str) -> Detection:
    """What the text looks like. Script alone decides Arabic-vs-Latin-vs-Ethiopic; the detector
    decides within a script, and only a long, clear message is ``confident``."""
    script = script_of(text)
    if script is None:
        return Detection(None, None, False)
    language: str | None
    if script == "ethiopic":
        language, probability = _tigrinya_or_amharic(text)
    elif script == "arabic":
        language, probability = _lingua_best(text, _ARABIC_CANDIDATES)
    else:
        language, probability = _lingua_best(text, _LATIN_CANDIDATES)
    confident = _long_enough(text) and probability >= 0.6
    return Detection(language, script, confident)


def reply_language(detection: Detection) -> str:
    """The supported language to answer in for what was detected: the language itself, or the
    nearest supported one (``bot/i18n/languages.py``, which the notice uses too); else by
    script, else English."""
    if detection.language is not None:
        return nearest_supported(detection.language)
    if detection.script == "ethiopic":
        return "ti"
    if detection.script == "arabic":
        return "ar"
    return "en"
