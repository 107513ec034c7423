"""Country names in Dutch, Polish, Arabic, Tigrinya and English to ISO 3166 alpha-2.

Only the countries our users come from or where their family lives; stems cover declensions
("w Polsce", "z Polski"). Pure; no Rasa.
"""

from __future__ import annotations

import difflib
import re

from actions.parse.text import clean, fold
from bot.language.detect import script_of

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

# Cities people name instead of the country ("ኣዲስ ኣበባ", "w Warszawie", "بحلب"), and country
# names in Arabizi (Arabic in Latin letters: "b turkya", "bi souria").
_PLACES: dict[str, tuple[str, ...]] = {
    "PL": ("warszaw", "warsaw", "krakow", "wroclaw", "gdansk", "gdynia", "poznan", "lodz",
           "lublin", "katowic", "szczecin", "bialystok", "rzeszow", "polanda", "bolanda",
           "وارسو", "ፖላንድ", "ፖላንድ"),
    "RO": ("bucharest", "bucuresti", "boekarest", "iasi", "cluj"),
    "BG": ("plovdiv", "varna"),
    "LT": ("vilnius", "kaunas", "wilno"),
    "DE": ("berlin", "hamburg", "munich", "munchen", "almanya", "almania", "برلين"),
    "TR": ("istanbul", "ankara", "izmir", "gaziantep", "antep", "mersin", "turkya", "turkia",
           "turkiya", "torkya", "torkia", "tourkia", "اسطنبول", "استنبول", "انقرة", "عنتاب",
           "غازي عنتاب", "مرسين", "ازمير", "ኢስታንቡል"),
    "SY": ("damascus", "damaskus", "aleppo", "homs", "hama", "idlib", "latakia", "daraa",
           "souria", "suria", "sooria", "sourya", "surya", "دمشق", "الشام", "حلب", "حمص",
           "حماة", "ادلب", "اللاذقية", "درعا", "دير الزور", "الرقة", "القامشلي"),
    "IQ": ("baghdad", "bagdad", "mosul", "erbil", "basra", "kirkuk", "3iraq", "el3iraq",
           "بغداد", "الموصل", "اربيل", "البصرة", "كركوك", "النجف", "دهوك"),
    "LB": ("beirut", "bejroet", "tripoli lebanon", "lubnan", "libnan", "بيروت", "طرابلس لبنان"),
    "JO": ("amman", "irbid", "zarqa", "urdun", "ordon", "el urdon", "عمان", "اربد", "الزرقاء"),
    "EG": ("cairo", "alexandria", "masr", "القاهرة", "الاسكندرية"),
    "SD": ("khartoum", "khartum", "omdurman", "الخرطوم", "ام درمان", "ካርቱም"),
    "ER": ("asmara", "asmera", "keren", "massawa", "eritria", "اسمرة", "ኣስመራ", "ከረን",
           "ምጽዋዕ", "መንደፈራ", "ደቀምሓረ", "ባረንቱ", "ኣቆርደት", "ኤርትራ"),
    "ET": ("addis ababa", "addis abeba", "addis", "gondar", "mekelle", "habesha",
           "اديس ابابا", "ኣዲስ ኣበባ", "ጎንደር", "መቐለ", "ባሕር ዳር", "ደሴ", "ኣዳማ",
           "ኢትዮጰያ", "ኢትዮጲያ"),
    "UG": ("kampala", "ካምፓላ"),
    "KE": ("nairobi", "ናይሮቢ"),
    "AF": ("kabul", "herat", "كابول"),
    "YE": ("sanaa", "aden", "صنعاء", "عدن"),
    "PS": ("gaza", "ramallah", "غزة", "رام الله"),
    "LY": ("tripoli", "benghazi", "بنغازي", "ትሪፖሊ", "ሊብያ"),
    "SO": ("mogadishu", "hargeisa", "مقديشو", "ሞቓዲሾ"),
}  # fmt: skip

# Longest stems first so "polsk" is tried before "pols" and two-word names before one-word ones.
# Stems and text are compared folded (no diacritics, one spelling per sound: "ኣ" is "አ").
_ORDERED = sorted(
    {
        (fold(stem), code)
        for table in (_STEMS, _PLACES)
        for code, stems in table.items()
        for stem in stems
    },
    key=lambda item: (-len(item[0]), item[0]),
)
_SHORT = 4  # stems this short must be whole words ("uk", "pols")
# Arabic glues the article and prepositions to the name ("بسوريا", "بالعراق"); Tigrinya
# sometimes glues ን/ብ ("ንኤርትራ"), and "ካብ" (from).
_PREFIX = "(?:ال|في|من|ب|و|ل|ع|بال|وال|عال|ن|ብ|ካብ|ከ)?"
# For typos ("Polnd", "Etiopia", "Turkye"): whole words this long, close to a full name,
# in Latin or Ethiopic script.
_FUZZY_MIN = 5
_FUZZY_CUTOFF = 0.82
_FUZZY_CUTOFF_ETHIOPIC = 0.8
_NAMES = {stem: code for stem, code in _ORDERED if len(stem) >= _FUZZY_MIN and " " not in stem}


def _exact(cleaned: str) -> str | None:
    for stem, code in _ORDERED:
        if len(stem) <= _SHORT and stem.isascii():
            if re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", cleaned):
                return code
        elif re.search(rf"(?<!\w){_PREFIX}{re.escape(stem)}", cleaned):
            return code
    return None


def _fuzzy(cleaned: str) -> str | None:
    for word in cleaned.split():
        if len(word) < _FUZZY_MIN or script_of(word) == "arabic":
            continue  # Arabic glues articles and prepositions: too many near misses
        # A Ge'ez syllable is a consonant and a vowel: one wrong syllable in five still counts.
        cutoff = _FUZZY_CUTOFF_ETHIOPIC if script_of(word) == "ethiopic" else _FUZZY_CUTOFF
        close = difflib.get_close_matches(word, _NAMES, n=1, cutoff=cutoff)
        if close:
            return _NAMES[close[0]]
    return None


def parse_country(text: str) -> str | None:
    """ISO 3166 alpha-2 of the first country (or city in it) named in the text, or ``None``."""
    cleaned = fold(text)
    found = _exact(cleaned)
    if found:
        return found
    code = clean(text).upper()
    if re.fullmatch(r"[A-Z]{2}", code) and code in _STEMS:
        return code
    return _fuzzy(cleaned)
