"""IBAN detection with the ISO 13616 mod-97 checksum.

Move the first four characters to the end, turn letters into numbers (A=10 ... Z=35), and the
result modulo 97 must be 1. Length is 15 to 34 characters; we do not keep a per-country table
because a false negative here only means a number passes unredacted if its checksum is wrong,
which makes it useless as an account number anyway.
"""

from __future__ import annotations

import re

# Two letters, two check digits, then 11-30 letters/digits, optionally grouped by single spaces.
IBAN_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])",
    re.ASCII,
)


def compact(candidate: str) -> str:
    return candidate.replace(" ", "").upper()


def passes_mod97(candidate: str) -> bool:
    """True when `candidate` (spaces allowed) is a checksum-valid IBAN."""
    iban = compact(candidate)
    if not 15 <= len(iban) <= 34 or not iban.isascii() or not iban.isalnum():
        return False
    if not (iban[:2].isalpha() and iban[2:4].isdigit()):
        return False
    rearranged = iban[4:] + iban[:4]
    as_number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(as_number) % 97 == 1
