"""Digits as users type them, whatever the script: the one table of Ethiopic numerals.

Python's ``int()`` reads Arabic-Indic and other Unicode decimal digits, but not the Ethiopic
digits ፩..፱ (U+1369..U+1371, no zero) nor the numeral ፲ (ten), which Tigrinya users may type.
Used by the answer parsers (``actions/parse``) and by the numbered options of channels without
buttons (``bot/i18n/channels.py`` and the connectors in ``bot/rasa_addons``, which run in Rasa's
environment and so may import nothing that needs pydantic v2). Pure.
"""

from __future__ import annotations

ETHIOPIC_NUMERALS: dict[str, int] = {chr(0x1369 + i): i + 1 for i in range(9)} | {"፲": 10}
# Only the digits: ፲ is a numeral of its own, not a digit ("፲፪" is not "1" then "2").
_ETHIOPIC_DIGITS = str.maketrans(
    {char: str(value) for char, value in ETHIOPIC_NUMERALS.items() if value < 10}
)


def unicode_digits_as_ascii(text: str) -> str:
    """Arabic-Indic and other decimal digits as ASCII, so one regex reads them all."""
    return "".join(str(int(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)


def ascii_digits(text: str) -> str:
    """Every digit a user may type, Ethiopic ones included, as ASCII."""
    return unicode_digits_as_ascii(text.translate(_ETHIOPIC_DIGITS))


def option_number(reply: str) -> int | None:
    """The number a user typed as a reply ("2", " 2.", "٢", "፪"), or None."""
    try:
        return int(ascii_digits(reply.strip().rstrip(".)")))
    except ValueError:
        return None
