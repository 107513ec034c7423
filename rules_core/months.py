"""Months as integers (year * 12 + month - 1), so ranges and differences are plain arithmetic."""

from __future__ import annotations

from functools import cache


def parse(text: str) -> int:
    """ "2025-03" -> month index. The text is already validated by the Household model."""
    return int(text[:4]) * 12 + int(text[5:7]) - 1


@cache  # a few hundred distinct months, formatted tens of thousands of times a second
def fmt(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def year(index: int) -> int:
    return index // 12


def january(year_: int) -> int:
    return year_ * 12


def months_per_year(start: int, end: int) -> list[tuple[int, int]]:
    """Split the inclusive range start..end into (year, number of months) pieces."""
    pieces: list[tuple[int, int]] = []
    current = start
    while current <= end:
        last_in_year = min(end, january(year(current)) + 11)
        pieces.append((year(current), last_in_year - current + 1))
        current = last_in_year + 1
    return pieces
