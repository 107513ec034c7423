"""Numbers as users type them: digits (also Arabic-Indic), and number words up to twenty in
Dutch, Polish, Arabic, Tigrinya and English. Pure; no Rasa."""

from __future__ import annotations

import re
import unicodedata

from actions.parse.text import clean, words
from bot.language.numerals import ETHIOPIC_NUMERALS, ascii_digits, unicode_digits_as_ascii

_WORDS: dict[int, tuple[str, ...]] = {
    0: (
        "zero",
        "nul",
        "geen",
        "none",
        "no",
        "zero",
        "żadnych",
        "zadnych",
        "صفر",
        "لا",
        "ዜሮ",
        "የለን",
        "የብለይን",
    ),
    1: ("one", "een", "één", "jeden", "jedno", "jedna", "واحد", "واحدة", "ሓደ", "ሓንቲ"),
    2: ("two", "twee", "dwa", "dwie", "dwoje", "اثنان", "اثنين", "اثنتين", "ክልተ"),
    3: ("three", "drie", "trzy", "troje", "ثلاثة", "ثلاث", "ሰለስተ"),
    4: ("four", "vier", "cztery", "czworo", "أربعة", "اربعة", "أربع", "ኣርባዕተ", "ኣርባዕ"),
    5: ("five", "vijf", "pięć", "piec", "pięcioro", "خمسة", "خمس", "ሓሙሽተ"),
    6: ("six", "zes", "sześć", "szesc", "ستة", "ست", "ሽዱሽተ"),
    7: ("seven", "zeven", "siedem", "سبعة", "سبع", "ሸውዓተ"),
    8: ("eight", "acht", "osiem", "ثمانية", "ثماني", "ሸሞንተ"),
    9: ("nine", "negen", "dziewięć", "dziewiec", "تسعة", "تسع", "ትሽዓተ"),
    10: ("ten", "tien", "dziesięć", "dziesiec", "عشرة", "عشر", "ዓሰርተ"),
    11: ("eleven", "elf", "jedenaście", "jedenascie"),
    12: ("twelve", "twaalf", "dwanaście", "dwanascie"),
}
WORD_TO_NUMBER = {word: number for number, forms in _WORDS.items() for word in forms}

_DIGITS = re.compile(r"\d+")
# Money: "1.200", "1,200", "1.200,50", "€ 30000", and "18 000" (Polish groups thousands with a
# space; NFKC turns the no-break space into a plain one).
_AMOUNT = re.compile(r"\d+(?:(?:[.,]| (?=\d{3}(?!\d)))\d{3})*(?:[.,]\d{1,2})?")


def _to_int(token: str) -> int | None:
    digits = re.sub(r"[.,]\d{1,2}$", "", token)  # drop cents: "1.200,50" -> "1.200"
    digits = re.sub(r"[., ]", "", digits)
    try:
        return int(digits)
    except ValueError:
        return None


def amount(text: str) -> int | None:
    """The first amount in whole units ("€ 1.200,50" -> 1200), or ``None``."""
    match = _AMOUNT.search(unicode_digits_as_ascii(unicodedata.normalize("NFKC", text)))
    return _to_int(match.group()) if match else None


def all_numbers(text: str) -> list[int]:
    """Every whole number in the text, in order: digits, number words and Ge'ez numerals."""
    found: list[tuple[int, int]] = []
    cleaned = unicode_digits_as_ascii(clean(text))
    for match in _DIGITS.finditer(cleaned):
        found.append((match.start(), int(match.group())))
    position = 0
    for word in cleaned.split():
        index = cleaned.find(word, position)
        position = index + len(word)
        if _DIGITS.fullmatch(word):
            continue
        value = WORD_TO_NUMBER.get(word)
        if value is None and word in ETHIOPIC_NUMERALS:
            value = ETHIOPIC_NUMERALS[word]
        if value is None and len(word) > 1 and word[0] in "وب" and word[1:] in WORD_TO_NUMBER:
            value = WORD_TO_NUMBER[word[1:]]  # Arabic "و"/"ب" glued to the number word
        if value is not None:
            found.append((index, value))
    return [value for _, value in sorted(found)]


def first_number(text: str) -> int | None:
    numbers = all_numbers(text)
    return numbers[0] if numbers else None


__all__ = ["WORD_TO_NUMBER", "all_numbers", "amount", "ascii_digits", "first_number", "words"]
