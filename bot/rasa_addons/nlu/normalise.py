"""Normalise the user's text before tokenising: NFKC, and Latin letters without diacritics.

Rasa's WhitespaceTokenizer treats U+24C2..U+1F251 as emoji and drops tokens made only of such
characters. That range holds the Arabic presentation forms (text pasted from PDFs) and Ethiopic
Extended, so without NFKC those words vanish.

Latin diacritics are folded ("człowiekiem" -> "czlowiekiem", "één" -> "een") because users on a
phone type Polish and Dutch both with and without them; one letter becomes one letter, so the
entity offsets in the training data stay right. Arabic and Ge'ez are left as they are.
Runs inside Rasa (Python 3.10, rasa 3.6).
"""

from __future__ import annotations

import unicodedata

TATWEEL = "\u0640"


_NO_DECOMPOSITION = str.maketrans("łŁøØđĐ", "lLoOdD")


def _fold_latin(char: str) -> str:
    if not "\u00c0" <= char <= "\u024f":
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base.translate(_NO_DECOMPOSITION)


def normalise(text: str) -> str:
    """NFKC, Latin letters without diacritics, and no Arabic tatweel (a stretching stroke)."""
    text = unicodedata.normalize("NFKC", text).replace(TATWEEL, "")
    return "".join(_fold_latin(char) for char in text)
