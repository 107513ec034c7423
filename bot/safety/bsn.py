"""The Dutch citizen service number (BSN) and its eleven test (elfproef).

A BSN has nine digits d1..d9. It is valid when 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11
(the "elfproef" as applied to BSNs, with weight -1 on the last digit) and it is not all zeros.
Eight-digit numbers are old BSNs written without their leading zero.
"""

from __future__ import annotations

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def passes_elfproef(digits: str) -> bool:
    """True when `digits` (8 or 9 digits, nothing else) is a valid BSN."""
    if not digits.isascii() or not digits.isdigit() or len(digits) not in (8, 9):
        return False
    digits = digits.zfill(9)
    if digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True))
    return total % 11 == 0
