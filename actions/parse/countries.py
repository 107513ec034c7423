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
    "BG": ("bulgaria", "bulgarije", "bułgari", "bulgari", "بلغاريا", "ቡልጋርያ", "ቡልጋሪያ"),
    "LT": (
        "lithuania",
        "litouwen",
        "litw",
        "litwa",
        "litwy",
        "litwie",
        "ليتوانيا",
        "ليتوانا",
        "ሊትዌንያ",
        "ሊቱዋንያ",
    ),
    "LV": (
        "latvia",
        "letland",
        "łotw",
        "lotw",
        "lotwa",
        "lotwy",
        "lotwie",
        "لاتفيا",
        "ላትቭያ",
        "ላትቪያ",
    ),
    "HU": (
        "hungary",
        "hongarije",
        "węgr",
        "węgier",
        "wegr",
        "wegry",
        "wegier",
        "wegrzech",
        "هنغاريا",
        "المجر",
        "ሃንጋሪ",
        "ሀንጋሪ",
    ),
    "SK": ("slovakia", "slowakije", "słowacj", "slowacj", "سلوفاكيا", "ስሎቫክያ", "ስሎቫኪያ"),
    "CZ": ("czech", "tsjechi", "czesk", "التشيك", "تشيكيا", "ቸክያ", "ቼክያ", "ቸክ ሪፓብሊክ"),
    "PT": ("portugal", "portugali", "البرتغال", "ፖርቱጋል"),
    "ES": ("spain", "spanje", "hiszpani", "إسبانيا", "اسبانيا", "ስጳኛ", "ስፔን", "እስፓንያ"),
    "IT": (
        "italy",
        "itali",
        "włoch",
        "wloch",
        "włosz",
        "wlosz",
        "إيطاليا",
        "ايطاليا",
        "ጣልያን",
        "ኢጣልያ",
    ),
    "GR": ("greece", "griekenland", "grecj", "اليونان", "يونان", "ግሪኽ", "ግሪክ"),
    "DE": ("germany", "duitsland", "niemc", "niemiec", "ألمانيا", "المانيا", "ጀርመን"),
    "BE": ("belgium", "belgi", "بلجيكا", "ቤልጅየም", "ቤልጁም", "ቤልጂየም"),
    "FR": ("france", "frankrijk", "francj", "فرنسا", "ፈረንሳ"),
    "GB": (
        "united kingdom",
        "england",
        "engeland",
        "uk",
        "wielka brytani",
        "angli",
        "بريطانيا",
        "انجلترا",
        "ዓዲ እንግሊዝ",
        "ብሪጣንያ",
    ),
    "UA": ("ukraine", "oekraïne", "oekraine", "ukrain", "أوكرانيا", "اوكرانيا", "ዩክሬን", "ዩክሬይን"),
    "TR": ("turkey", "türkiye", "turkije", "turcj", "تركيا", "ቱርኪ", "ቱርክ"),
    "SY": ("syria", "syrië", "syrie", "syri", "syrii", "سوريا", "سورية", "الشام", "ሶርያ", "ሶሪያ"),
    "LB": ("lebanon", "libanon", "liban", "لبنان", "ሊባኖስ", "ሊባኖን"),
    "JO": ("jordan", "الأردن", "الاردن", "أردن", "اردن", "ዮርዳኖስ", "ጆርዳን"),
    "PS": ("palestin", "palestyn", "فلسطين", "غزة", "ፍልስጤም", "ፓለስታይን"),
    "IQ": ("iraq", "irak", "iraku", "العراق", "عراق", "ዒራቕ", "ኢራቕ", "ኢራቅ"),
    "YE": ("yemen", "jemen", "اليمن", "يمن", "የመን"),
    "SA": ("saudi", "saoedi", "saudyjsk", "السعودية", "سعودية", "ስዑዲ", "ሳውዲ"),
    "AF": ("afghanistan", "afganistan", "أفغانستان", "افغانستان", "ኣፍጋኒስታን", "ኣፍጋንስታን"),
    "IR": ("iran", "iranu", "iranie", "إيران", "ايران", "ኢራን"),
    "MA": ("morocco", "marokko", "marok", "المغرب", "مغرب", "ሞሮኮ"),
    "EG": ("egypt", "egypte", "egipt", "مصر", "ግብጺ", "ግብጽ"),
    # "south sudan" is longer than "sudan", so it is tried first.
    "SS": (
        "south sudan",
        "zuid-soedan",
        "zuid soedan",
        "sudan południow",
        "sudan poludniow",
        "جنوب السودان",
        "ደቡብ ሱዳን",
    ),
    "SD": ("sudan", "soedan", "السودان", "سودان", "ሱዳን"),
    "ER": ("eritrea", "erytre", "إريتريا", "اريتريا", "ارتيريا", "ኤርትራ", "ኤርትራን"),
    "ET": ("ethiopia", "ethiopië", "ethiopie", "etiopi", "إثيوبيا", "اثيوبيا", "الحبشة", "ኢትዮጵያ"),
    "SO": ("somalia", "somali", "somalië", "somalie", "الصومال", "صومال", "ሶማል"),
    "LY": ("libya", "libië", "libie", "libi", "libii", "libia", "ليبيا", "ሊብያ"),
    "UG": ("uganda", "أوغندا", "اوغندا", "ኡጋንዳ"),
    "KE": ("kenya", "kenia", "kenii", "كينيا", "ኬንያ"),
    "IL": ("israel", "israël", "izrael", "إسرائيل", "እስራኤል"),
    "IN": ("india", "indi", "indii", "الهند", "ህንዲ"),
}

# Longest stems first so "polsk" is tried before "pols" and two-word names before one-word ones.
_ORDERED = sorted(
    ((stem.casefold(), code) for code, stems in _STEMS.items() for stem in stems),
    key=lambda item: -len(item[0]),
)
_SHORT = 4  # stems this short must be whole words ("uk", "pols")
# Arabic glues the article and prepositions to the name ("بسوريا", "بالعراق"); Tigrinya
# sometimes glues ን/ብ ("ንኤርትራ").
_PREFIX = "(?:ال|في|من|ب|و|ل|ን|ብ)?"


def parse_country(text: str) -> str | None:
    """ISO 3166 alpha-2 of the first country named in the text, or ``None``."""
    cleaned = clean(text)
    for stem, code in _ORDERED:
        if len(stem) <= _SHORT and stem.isascii():
            if re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", cleaned):
                return code
        elif re.search(rf"(?<!\w){_PREFIX}{re.escape(stem)}", cleaned):
            return code
    code = cleaned.upper()
    return code if re.fullmatch(r"[A-Z]{2}", code) and code in _STEMS else None
