"""Text clean-up shared by the parsers: NFKC, casefold, no tatweel, Ethiopic word space -> space."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\u1361-\u1368,;:!?.¿¡،؛؟\"'()]+")


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "").casefold()
    return _SEPARATORS.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return clean(text).split()
