"""Phone numbers and e-mail addresses.

The assistant never needs either, so the patterns lean towards redacting: any run of nine or more
digits that is not a BSN is treated as a phone number (no household amount the assistant asks for
has nine digits). Dates such as 22-11-2026 have eight digits and stay.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# Digits joined by single separators (space, dot, hyphen) with optional brackets around an area
# code, optionally preceded by + or 00. Slashes are not separators, so "22/11/2026 10" is two runs.
NUMBER_RUN = re.compile(r"(?<![\w+])(?:\+|(?=\()|\b)\(?\d(?:\)?[ .\-]?\(?\d)*", re.ASCII)

MIN_PHONE_DIGITS = 9
MAX_PHONE_DIGITS = 15


def digits_of(run: str) -> str:
    return "".join(ch for ch in run if ch.isdigit())


def looks_like_phone(run: str) -> bool:
    """True for a digit run long enough to be a phone number (international or national)."""
    count = len(digits_of(run))
    if run.startswith("+"):
        return 8 <= count <= MAX_PHONE_DIGITS
    return count >= MIN_PHONE_DIGITS
