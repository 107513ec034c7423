"""Months as users write them, in all five languages, to "YYYY-MM".

"since March last year", "od stycznia", "آذار 2024", "ካብ ጥሪ", "3 maanden geleden", "03/2024".
``now`` is the assessment month, passed in: parsing never looks at the clock. A month without a
year is the latest such month not after ``now`` ("since December" in March 2026 is 2025-12).
Tigrinya month names are the Eritrean ones, which name the Gregorian months (ጥሪ = January).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actions.parse.text import clean
from bot.language.numerals import unicode_digits_as_ascii

# Stems: the start of the month word, long enough to be unambiguous in every declension.
_MONTH_STEMS: dict[int, tuple[str, ...]] = {
    1: ("jan", "stycz", "يناير", "كانون الثاني", "كانونالثاني", "جانفي", "ጥሪ"),
    2: ("feb", "lut", "فبراير", "شباط", "فيفري", "ለካቲት"),
    3: ("march", "marz", "marc", "maart", "mrt", "مارس", "آذار", "اذار", "መጋቢት"),
    4: ("apr", "kwie", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "ሚያዝያ"),
    5: ("may", "mei", "maj", "maja", "maju", "مايو", "أيار", "ايار", "ماي", "ግንቦት"),
    6: ("jun", "juni", "czerw", "يونيو", "حزيران", "جوان", "ሰነ"),
    7: ("jul", "lip", "يوليو", "تموز", "جويلية", "ሓምለ"),
    8: ("aug", "sierp", "أغسطس", "اغسطس", "آب", "اوت", "ነሓሰ"),
    9: ("sep", "wrze", "سبتمبر", "أيلول", "ايلول", "መስከረም"),
    10: ("oct", "okt", "paźdz", "pazdz", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "ጥቅምቲ"),
    11: ("nov", "listop", "نوفمبر", "تشرين الثاني", "ሕዳር"),
    12: ("dec", "grud", "ديسمبر", "كانون الأول", "كانون الاول", "ታሕሳስ"),
}
# Two-word Arabic names first, so "كانون الثاني" is not read as the start of "كانون الأول".
_ORDERED = sorted(
    ((stem, month) for month, stems in _MONTH_STEMS.items() for stem in stems),
    key=lambda item: -len(item[0]),
)
# Short names must be whole words: Polish "maj", Dutch "mei" (and "marc" must not hit "married").
_WHOLE_WORD = {"may", "mei", "maj", "maja", "maju", "mar", "ماي", "آب", "ሰነ", "ጥሪ"}

_LAST_YEAR = (
    "last year",
    "vorig jaar",
    "vorige jaar",
    "afgelopen jaar",
    "zeszłego roku",
    "zeszlego roku",
    "ubiegłego roku",
    "ubieglego roku",
    "w zeszłym roku",
    "poprzedniego roku",
    "العام الماضي",
    "السنة الماضية",
    "السنه الماضيه",
    "عام الماضي",
    "ዝሓለፈ ዓመት",
    "ዝሓለፈ ዓመተ",
    "ኣብ ዝሓለፈ ዓመት",
)
_THIS_YEAR = (
    "this year",
    "dit jaar",
    "tego roku",
    "w tym roku",
    "هذا العام",
    "هذه السنة",
    "هذا السنة",
    "ሎሚ ዓመት",
    "ኣብዚ ዓመት",
)
_AGO = (
    r"(\d+)\s*(?:months?|maanden?|miesi\w*|أشهر|اشهر|شهور|شهر|ኣዋርሕ|ወርሒ)\s*"
    r"(?:ago|geleden|temu)?"
)
_AGO_BEFORE = r"(?:منذ|قبل|ቅድሚ)\s*(\d+)\s*(?:أشهر|اشهر|شهور|شهر|ኣዋርሕ|ወርሒ)"
_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")
_NUMERIC = re.compile(
    r"(?<!\d)(\d{1,2})\s*[/\-.]\s*(\d{4})(?!\d)|(?<!\d)(\d{4})\s*[/\-.]\s*(\d{1,2})(?!\d)"
)


def _month_number(text: str) -> int | None:
    for stem, month in _ORDERED:
        if stem in _WHOLE_WORD:
            if re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", text):
                return month
            continue
        # Prefixes like Polish "od", Arabic "في"/"من" and "ካብ" are separate words or glued
        # one-letter prefixes; match the stem at the start of a word, allowing one glued letter.
        if re.search(rf"(?<!\w)(?:[بلف]|ب|من|ከ)?{re.escape(stem)}", text):
            return month
    return None


def _shift(year: int, month: int, months_back: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - months_back
    return index // 12, index % 12 + 1


def parse_month(text: str, now: str) -> str | None:
    """The month the text names, as "YYYY-MM", or ``None`` when it names none."""
    now_year, now_month = (int(part) for part in now.split("-"))
    cleaned = unicode_digits_as_ascii(clean(text))

    numeric = _NUMERIC.search(cleaned)
    if numeric:
        month, year = (
            (int(numeric.group(1)), int(numeric.group(2)))
            if numeric.group(1)
            else (int(numeric.group(4)), int(numeric.group(3)))
        )
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None

    for pattern in (_AGO, _AGO_BEFORE):
        ago = re.search(pattern, cleaned)
        if ago:
            year, month = _shift(now_year, now_month, int(ago.group(1)))
            return f"{year:04d}-{month:02d}"

    month_number = _month_number(cleaned)
    if month_number is None:
        return None
    year_match = _YEAR.search(cleaned)
    if year_match:
        year = int(year_match.group(1))
    elif any(phrase in cleaned for phrase in _LAST_YEAR):
        year = now_year - 1
    elif any(phrase in cleaned for phrase in _THIS_YEAR):
        year = now_year
    else:
        year = now_year if month_number <= now_month else now_year - 1
    return f"{year:04d}-{month_number:02d}"


@dataclass(frozen=True)
class YearOnly:
    """A year without a month ("ካብ 2012", "من 2010", "since 2012"): never read as January; the
    form asks which month (``actions/validate_household_form.py``)."""

    year: int


def year_only(text: str) -> YearOnly | None:
    """The year the text names when it names no month, or ``None``."""
    cleaned = unicode_digits_as_ascii(clean(text))
    found = _YEAR.search(cleaned)
    if found is None or _month_number(cleaned) is not None or _NUMERIC.search(cleaned):
        return None
    return YearOnly(int(found.group(1)))


def parse_month_in_year(text: str, now: str, year: int | None) -> str | None:
    """Like ``parse_month``; after "January 2012, or another month?" a month without a year
    ("maart", "ምስ መጋቢት") is in that year."""
    month = parse_month(text, now)
    if month is None or year is None:
        return month
    if _YEAR.search(unicode_digits_as_ascii(clean(text))):
        return month
    return f"{year:04d}-{month[5:]}"
