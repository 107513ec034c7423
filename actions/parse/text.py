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


# Latin letters NFKD does not take apart.
_LATIN = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "đ": "d"})
# Arabic spelling variants people mix: hamza seats, teh marbuta, alef maksura.
_ARABIC = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ء": None, "ة": "ه", "ى": "ي"}
)


def _ethiopic_table() -> dict[int, int]:
    """One spelling per sound: Ethiopian (Amharic-style) and Eritrean (Tigrinya) writers pick
    different letters for the same sound (አ/ኣ/ዐ/ዓ, ሀ/ሃ/ሐ/ሓ/ኀ/ኃ, ሰ/ሠ, ጸ/ፀ)."""
    table: dict[int, int] = {}
    for family, target in ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230)):
        for order in range(7):
            table[family + order] = target + order
    for family, target in ((0x12D0, 0x12A0), (0x1340, 0x1338)):
        for order in range(7):
            table[family + order] = target + order
    # The fourth order of ሀ and አ is the same sound as the first.
    fourth = {0x1203: 0x1200, 0x12A3: 0x12A0}
    return {key: fourth.get(value, value) for key, value in table.items()} | fourth


_ETHIOPIC = _ethiopic_table()


def fold(text: str) -> str:
    """``clean`` plus one spelling per sound: no Latin diacritics ("polsce" for "Polsce",
    "rozwod" for "rozwód"), one Arabic alef/yeh/teh marbuta, one Ethiopic letter per sound.
    Both the text and the word lists it is compared with go through this."""
    text = clean(text).translate(_LATIN).translate(_ARABIC)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Polish ł→l above; NFKC puts back what NFKD split that was not a mark (Ethiopic, Arabic).
    return unicodedata.normalize("NFKC", kept).translate(_ETHIOPIC)
