"""Numbers as users type them: digits (also Arabic-Indic and Ethiopic), number words in Dutch,
Polish, Arabic (with the Levantine and Iraqi forms), Tigrinya (with the Amharic forms) and
English ("veertig", "dwadzieścia osiem", "خمسة وعشرين", "ኣርብዓ", "forty two"), and amounts
with a thousands word ("28 tysięcy", "28k", "٢٠ ألف", "17.000"). Pure; no Rasa.
"""

from __future__ import annotations

import re
import unicodedata

from actions.parse.text import clean, fold, words
from bot.language.numerals import ETHIOPIC_NUMERALS, ascii_digits, unicode_digits_as_ascii

_WORDS: dict[int, tuple[str, ...]] = {
    0: ("zero", "nul", "geen", "none", "no", "żadnych", "zadnego", "صفر", "لا", "ዜሮ", "የለን"),
    1: ("one", "een", "één", "jeden", "jedno", "jedna", "jednego", "jedynak", "jedynaczka",
        "واحد", "واحدة", "وحدة", "ሓደ", "ሓንቲ", "አንድ"),
    2: ("two", "twee", "dwa", "dwie", "dwoje", "dwóch", "dwojga", "dwójka", "dwójkę", "dwojka",
        "اثنان", "اثنين", "اثنتين", "ثنتين", "اتنين", "تنين", "ثنين", "ولدين", "طفلين", "بنتين",
        "ابنين", "ክልተ", "ሁለት"),
    3: ("three", "drie", "trzy", "troje", "trojga", "trójka", "trójkę", "trzech",
        "ثلاثة", "ثلاث", "تلاتة", "تلات", "تلاته", "ሰለስተ", "ሶስት", "ሦስት"),
    4: ("four", "vier", "cztery", "czworo", "czwórka", "czwórkę", "czterech",
        "أربعة", "اربعة", "أربع", "اربع", "ኣርባዕተ", "ኣርባዕ", "አራት"),
    5: ("five", "vijf", "pięć", "pięcioro", "pięciu", "piątka", "خمسة", "خمس", "ሓሙሽተ", "አምስት"),
    6: ("six", "zes", "sześć", "sześcioro", "sześciu", "ستة", "ست", "ሽዱሽተ", "ስድስት"),
    7: ("seven", "zeven", "siedem", "siedmioro", "سبعة", "سبع", "ሸውዓተ", "ሰባት"),
    8: ("eight", "acht", "osiem", "ośmioro", "ثمانية", "ثماني", "تمانية", "تمنة", "ሸሞንተ", "ስምንት"),
    9: ("nine", "negen", "dziewięć", "dziewięcioro", "تسعة", "تسع", "ትሽዓተ", "ዘጠኝ"),
    10: ("ten", "tien", "dziesięć", "dziesięcioro", "عشرة", "عشر", "ዓሰርተ", "አስር", "አሥር"),
    11: ("eleven", "elf", "jedenaście", "احدعش", "حداش", "حدعش", "احد عشر"),
    12: ("twelve", "twaalf", "dwanaście", "اثنعش", "اطنعش", "اثنا عشر"),
    13: ("thirteen", "dertien", "trzynaście", "تلتعش", "ثلاثة عشر"),
    14: ("fourteen", "veertien", "czternaście", "اربعتعش", "أربعة عشر"),
    15: ("fifteen", "vijftien", "piętnaście", "خمستعش", "خمسة عشر"),
    16: ("sixteen", "zestien", "szesnaście", "ستعش", "ستة عشر"),
    17: ("seventeen", "zeventien", "siedemnaście", "سبعتعش", "سبعة عشر"),
    18: ("eighteen", "achttien", "osiemnaście", "تمنتعش", "ثمانية عشر"),
    19: ("nineteen", "negentien", "dziewiętnaście", "تسعتعش", "تسعة عشر"),
    20: ("twenty", "twintig", "dwadzieścia", "عشرين", "عشرون", "ዕስራ", "ሃያ"),
    30: ("thirty", "dertig", "trzydzieści", "ثلاثين", "تلاتين", "ثلاثون", "ሰላሳ"),
    40: ("forty", "fourty", "veertig", "czterdzieści", "أربعين", "اربعين", "أربعون", "ኣርብዓ", "አርባ"),
    50: ("fifty", "vijftig", "pięćdziesiąt", "خمسين", "خمسون", "ሓምሳ", "ሃምሳ"),
    60: ("sixty", "zestig", "sześćdziesiąt", "ستين", "ستون", "ሱሳ", "ስልሳ"),
    70: ("seventy", "zeventig", "siedemdziesiąt", "سبعين", "سبعون", "ሰብዓ", "ሰባ"),
    80: ("eighty", "tachtig", "osiemdziesiąt", "ثمانين", "تمانين", "ثمانون", "ሰማንያ", "ሰማኒያ"),
    90: ("ninety", "negentig", "dziewięćdziesiąt", "تسعين", "تسعون", "ቴስዓ", "ዘጠና"),
    100: ("hundred", "honderd", "sto", "مية", "مئة", "مائة", "ميه", "ሚእቲ", "መቶ"),
    200: ("dwieście", "ميتين", "مئتين", "مائتين", "مئتان"),
}  # fmt: skip
# A thousand: after digits it multiplies ("28 tysięcy", "٢٠ ألف"), on its own it is 1000.
_THOUSAND = ("thousand", "duizend", "tysiąc", "tysiące", "tysięcy", "tys", "ألف", "الف",
             "آلاف", "الاف", "ሽሕ", "ሺ", "ሺህ", "k")  # fmt: skip
# Words between the parts of one number: "a hundred and five", "خمسة وعشرين" (glued).
_JOINERS = frozenset({"and", "en", "i", "و", "a"})

WORD_TO_NUMBER = {word: number for number, forms in _WORDS.items() for word in forms}
_FOLDED = {fold(word): number for word, number in WORD_TO_NUMBER.items()}
_FOLDED_THOUSAND = frozenset(fold(word) for word in _THOUSAND)
# "k" multiplies digits ("28k") but is no number on its own.
_K = "k"
# Dutch writes 21..99 as one word: "vierentwintig", "tweeëntwintig" (folded: "tweeentwintig").
_DUTCH_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                "acht": 8, "negen": 9}  # fmt: skip
_DUTCH_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
               "zeventig": 70, "tachtig": 80, "negentig": 90}  # fmt: skip
_DUTCH_COMPOUND = re.compile(
    rf"^({'|'.join(_DUTCH_UNITS)})e?en({'|'.join(_DUTCH_TENS)})$"  # "eenentwintig", "tweeen.."
)
# English "forty-two" is split at the hyphen by ``_tokens``.
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")

_DIGITS = re.compile(r"\d+")
# Money: "1.200", "1,200", "1.200,50", "€ 30000", and "18 000" (Polish groups thousands with a
# space; NFKC turns the no-break space into a plain one).
_AMOUNT = re.compile(r"\d+(?:(?:[.,]| (?=\d{3}(?!\d)))\d{3})*(?:[.,]\d{1,2})?")
# "28k", "28 tys.", "1,5 tysiąca", "٢٠ ألف", "30 duizend": digits and a thousands word.
_THOUSANDS_AMOUNT = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d{1,2})?)\s*(k|tys\w*|tysi\w*|thousand|duizend|[أا]لف|[آا]لاف|ሽሕ|ሽህ|ሺህ?)(?!\w)"
)
# An amount per month is twelve a year: the income questions ask for a year.
_PER_MONTH = (
    "per maand", "in de maand", "per month", "a month", "monthly", "miesiecznie", "na miesiac",
    "w miesiacu", "شهريا", "بالشهر", "في الشهر", "كل شهر", "ብወርሒ", "አብ ወርሒ", "ንወርሒ",
)  # fmt: skip
_FOLDED_PER_MONTH = tuple(fold(phrase) for phrase in _PER_MONTH)


def _to_int(token: str) -> int | None:
    digits = re.sub(r"[.,]\d{1,2}$", "", token)  # drop cents: "1.200,50" -> "1.200"
    digits = re.sub(r"[., ]", "", digits)
    try:
        return int(digits)
    except ValueError:
        return None


def _word_value(word: str) -> int | None:
    value = _FOLDED.get(word)
    if value is None and word in ETHIOPIC_NUMERALS:
        value = ETHIOPIC_NUMERALS[word]
    if value is None:
        compound = _DUTCH_COMPOUND.match(word)
        if compound:
            value = _DUTCH_UNITS[compound.group(1)] + _DUTCH_TENS[compound.group(2)]
    return value


def _glued(word: str) -> tuple[bool, int | None]:
    """Arabic glues "and"/"with" to a number word ("وعشرين", "بخمسة"): (glued, its value)."""
    if len(word) > 2 and word[0] in "وب":
        return True, _word_value(word[1:])
    return False, None


def _tokens(text: str) -> list[str]:
    return _HYPHEN.sub(" ", fold(unicode_digits_as_ascii(text))).split()


def _word_numbers(tokens: list[str]) -> list[tuple[int, int]]:
    """(token index, value) of every number written in words; one per run of number words, so
    "dwadzieścia osiem tysięcy" is 28000 and "forty two" is 42."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    total = current = 0

    def close() -> None:
        nonlocal start, total, current
        if start is not None:
            found.append((start, total + current))
        start, total, current = None, 0, 0

    for index, token in enumerate(tokens):
        value = _word_value(token)
        joined = False
        if value is None:
            joined, value = _glued(token)
        if token in _FOLDED_THOUSAND and token != _K:
            if start is None:
                start = index
            total += max(current, 1) * 1000
            current = 0
            continue
        if value is None:
            if token in _JOINERS and start is not None:
                continue
            close()
            continue
        if start is not None and value >= 100:
            current = max(current, 1) * value
            continue
        # A run goes on with a smaller part ("forty two", "خمسة وعشرين"): anything else starts
        # a new number ("4 and 7" in words: "vier en zeven").
        continuing = start is not None and (
            (current % 100 >= 20 and current % 10 == 0 and value < 10)
            or (joined and current < 10 and value >= 20 and value % 10 == 0)
            or (current >= 100 and current % 100 == 0 and value < 100)
            or (total and not current)
        )
        if not continuing:
            close()
            start = index
        current += value
    close()
    return found


def amount(text: str) -> int | None:
    """The first amount in whole units ("€ 1.200,50" -> 1200, "28 tysięcy" -> 28000, "2000
    miesięcznie" -> 24000 a year), or ``None``."""
    normalised = unicode_digits_as_ascii(unicodedata.normalize("NFKC", text)).casefold()
    folded = fold(normalised)
    value: int | None = None
    thousands = _THOUSANDS_AMOUNT.search(normalised)
    if thousands:
        value = round(float(thousands.group(1).replace(",", ".")) * 1000)
    else:
        match = _AMOUNT.search(normalised)
        if match:
            value = _to_int(match.group())
        else:
            numbers = _word_numbers(_tokens(text))
            value = numbers[0][1] if numbers else None
    if value is not None and any(phrase in folded for phrase in _FOLDED_PER_MONTH):
        value *= 12
    return value


def all_numbers(text: str) -> list[int]:
    """Every whole number in the text, in order: digits, number words and Ge'ez numerals."""
    found: list[tuple[int, int]] = []
    tokens = _tokens(ascii_digits_only(text))
    for index, token in enumerate(tokens):
        for match in _DIGITS.finditer(token):
            found.append((index, int(match.group())))
    words_only = [token if not _DIGITS.search(token) else "" for token in tokens]
    found += _word_numbers(words_only)
    return [value for _, value in sorted(found)]


def ascii_digits_only(text: str) -> str:
    """Arabic-Indic digits as ASCII; Ethiopic digits stay (they are read as numerals)."""
    return unicode_digits_as_ascii(text)


def first_number(text: str) -> int | None:
    numbers = all_numbers(text)
    return numbers[0] if numbers else None


__all__ = [
    "WORD_TO_NUMBER",
    "all_numbers",
    "amount",
    "ascii_digits",
    "clean",
    "first_number",
    "words",
]
