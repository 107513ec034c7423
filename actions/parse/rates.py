"""A price per hour as users type it, to eurocents: "8,50", "€ 9.12", "9 euro 12", "850 cent".

Only one price in the text: "8 or 9 euro" is not an answer. Arabic-Indic and Ethiopic digits
and the Arabic decimal separator (٫) are read. Pure; no Rasa.
"""

from __future__ import annotations

import re
import unicodedata

from actions.parse.numbers import all_numbers, ascii_digits

_EURO = r"(?:euros?|eur|€|يورو|ዩሮ|ዩሮታት|ኤውሮ)"
_CENT = r"(?:cents?|ct|centów|centow|centy|سنت|ሳንቲም)"
# "9 euro 12", "9 euro en 12 cent", "9€12", "9 يورو و12".
_EURO_AND_CENTS = re.compile(
    rf"(?<![\d.,])(\d{{1,3}})\s*{_EURO}\s*(?:en|i|and|و)?\s*(\d{{1,2}})(?![\d.,])\s*(?:{_CENT})?"
)
# "850 cent".
_CENTS = re.compile(rf"(?<![\d.,])(\d{{1,4}})\s*{_CENT}")
# "8,50", "8.5", "9": euros with at most two decimals; "1.200" is not a price per hour.
_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})(?:[.,](\d{1,2}))?(?![\d.,]*\d)")


def _prepared(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("٫", ",").replace("٬", "")
    return ascii_digits(text)


def hourly_rate_eurocent(text: str) -> int | None:
    """The one price per hour in the text, in eurocents, or ``None``."""
    prepared = _prepared(text)
    euro_and_cents = _EURO_AND_CENTS.findall(prepared)
    if len(euro_and_cents) == 1:
        euros, cents = euro_and_cents[0]
        return int(euros) * 100 + int(cents)
    cents_only = _CENTS.findall(prepared)
    if len(cents_only) == 1 and not _EURO_AND_CENTS.search(prepared):
        return int(cents_only[0])
    decimals = _DECIMAL.findall(prepared)
    if len(decimals) == 1 and not euro_and_cents:
        euros, fraction = decimals[0]
        return int(euros) * 100 + int(fraction.ljust(2, "0") if fraction else 0)
    if not decimals:
        words = all_numbers(prepared)  # "negen euro", "ዓሰርተ ዩሮ"
        return words[0] * 100 if len(words) == 1 else None
    return None
