"""Country names in Dutch, Polish, Arabic, Tigrinya and English to ISO 3166 alpha-2.

Only the countries our users come from or where their family lives; stems cover declensions
("w Polsce", "z Polski"). Pure; no Rasa.
"""

from __future__ import annotations

import re

from actions.parse.text import clean

_STEMS: dict[str, tuple[str, ...]] = {
    "NL": (
        "netherlands",
        "holland",
        "nederland",
        "holandi",
        "holandii",
        "holandia",
        "holandię",
        "هولندا",
        "هولاندا",
        "ሆላንድ",
        "ኔዘርላንድ",
        "ነዘርላንድ",
    ),
    "PL": ("poland", "polen", "polsk", "polsc", "pols", "بولندا", "بولونيا", "ፖላንድ", "ፖሎኛ"),
    "RO": ("romania", "roemeni", "rumuni", "رومانيا", "ሩማንያ", "ሮማንያ"),
    "BG": ("bulgaria", "bulgarije", "bułgari", "bulgari", "بلغاريا", "ቡልጋርያ"),
    "LT": ("lithuania", "litouwen", "litw", "ليتوانيا"),
    "LV": ("latvia", "letland", "łotw", "lotw", "لاتفيا"),
    "HU": ("hungary", "hongarije", "węgr", "wegr", "هنغاريا", "المجر"),
    "SK": ("slovakia", "slowakije", "słowacj", "slowacj", "سلوفاكيا"),
    "CZ": ("czech", "tsjechi", "czech", "czesk", "التشيك"),
    "PT": ("portugal", "portugali", "البرتغال"),
    "ES": ("spain", "spanje", "hiszpani", "إسبانيا", "اسبانيا"),
    "IT": ("italy", "itali", "włoch", "wloch", "إيطاليا", "ايطاليا", "ጣልያን"),
    "DE": ("germany", "duitsland", "niemc", "niemiec", "ألمانيا", "المانيا", "ጀርመን"),
    "BE": ("belgium", "belgi", "بلجيكا"),
    "FR": ("france", "frankrijk", "francj", "فرنسا"),
    "GB": (
        "united kingdom",
        "england",
        "engeland",
        "uk",
        "wielka brytani",
        "angli",
        "بريطانيا",
        "انجلترا",
    ),
    "UA": ("ukraine", "oekraïne", "oekraine", "ukrain", "أوكرانيا", "اوكرانيا"),
    "TR": ("turkey", "türkiye", "turkije", "turcj", "تركيا", "ቱርኪ", "ቱርክ"),
    "SY": ("syria", "syrië", "syrie", "syri", "سوريا", "سورية", "الشام", "ሶርያ"),
    "IQ": ("iraq", "irak", "العراق", "عراق"),
    "YE": ("yemen", "jemen", "اليمن", "يمن", "የመን"),
    "AF": ("afghanistan", "afganistan", "أفغانستان", "افغانستان"),
    "IR": ("iran", "إيران", "ايران"),
    "MA": ("morocco", "marokko", "maroko", "المغرب", "مغرب"),
    "EG": ("egypt", "egypte", "egipt", "مصر"),
    "SD": ("sudan", "soedan", "السودان", "سودان", "ሱዳን"),
    "ER": ("eritrea", "erytre", "إريتريا", "اريتريا", "ارتيريا", "ኤርትራ", "ኤርትራን"),
    "ET": ("ethiopia", "ethiopië", "ethiopie", "etiopi", "إثيوبيا", "اثيوبيا", "ኢትዮጵያ"),
    "SO": ("somalia", "somalië", "somalie", "الصومال", "ሶማል"),
    "LY": ("libya", "libië", "libie", "libi", "ليبيا", "ሊብያ"),
    "UG": ("uganda", "أوغندا", "ኡጋንዳ"),
    "KE": ("kenya", "kenia", "كينيا", "ኬንያ"),
    "IL": ("israel", "israël", "izrael", "إسرائيل", "እስራኤል"),
    "IN": ("india", "indi", "الهند"),
}

# Longest stems first so "polsk" is tried before "pols" and two-word names before one-word ones.
_ORDERED = sorted(
    ((stem.casefold(), code) for code, stems in _STEMS.items() for stem in stems),
    key=lambda item: -len(item[0]),
)
_SHORT = 4  # stems this short must be whole words ("uk", "pols")
_ARABIC_PREFIX = "(?:ال|في|من|ب|و|ل)?"


def parse_country(text: str) -> str | None:
    """ISO 3166 alpha-2 of the first country named in the text, or ``None``."""
    cleaned = clean(text)
    for stem, code in _ORDERED:
        if len(stem) <= _SHORT and stem.isascii():
            if re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", cleaned):
                return code
        elif re.search(rf"(?<!\w){_ARABIC_PREFIX}{re.escape(stem)}", cleaned):
            return code
    code = cleaned.upper()
    return code if re.fullmatch(r"[A-Z]{2}", code) and code in _STEMS else None
