"""The five languages: codes, own names, text direction, Babel locales, the nearest supported
language for one we cannot serve, and fallback chains. The one list of them.

Used by the renderer, the NLG router, the gateway (``dir`` on the widget), the language
detector (``bot/language/detect.py``) and the language actions. Pure: no catalogs are loaded
here.
"""

from __future__ import annotations

from typing import Literal

from babel import Locale

Language = Literal["nl", "pl", "ar", "ti", "en"]
Direction = Literal["ltr", "rtl"]

# Dutch first: the reference language and the default when nothing is known.
SUPPORTED: tuple[Language, ...] = ("nl", "pl", "ar", "ti", "en")
DEFAULT: Language = "nl"

# Each language in its own script, for the language buttons.
NATIVE_NAMES: dict[Language, str] = {
    "nl": "Nederlands",
    "pl": "Polski",
    "ar": "العربية",
    "ti": "ትግርኛ",
    "en": "English",
}

# The CLDR locale used for numbers, currency and months. Arabic: the generic locale with Latin
# digits, so amounts match the letters from Dienst Toeslagen; Tigrinya as written in Eritrea.
BABEL_LOCALES: dict[Language, str] = {
    "nl": "nl_NL",
    "pl": "pl_PL",
    "ar": "ar",
    "ti": "ti_ER",
    "en": "en_GB",
}

# Languages we cannot serve, mapped to the supported one most of their speakers read best:
# Amharic and Tigre readers read Ge'ez script (Tigrinya); Farsi, Dari, Urdu, Pashto and Sorani
# Kurdish readers read Arabic script. The detector answers in this language and the "we do not
# speak your language" notice is shown in it, so the two always agree. A language not listed
# gets English: Somali, for one, is written in Latin script, and English is read more widely
# among Somali speakers in the Netherlands than Arabic.
NEAREST_SUPPORTED: dict[str, Language] = {
    "am": "ti",
    "tig": "ti",
    "fa": "ar",
    "prs": "ar",
    "ur": "ar",
    "ps": "ar",
    "ku": "ar",
    "uk": "pl",
    "ru": "pl",
    "de": "nl",
    "fr": "en",
}


def is_supported(code: object) -> bool:
    return isinstance(code, str) and code in SUPPORTED


def normalise(code: object) -> Language:
    """A supported language from whatever a slot or argument holds ("pl-PL", "PL", None)."""
    if isinstance(code, str):
        base = code.strip().replace("_", "-").split("-")[0].lower()
        for language in SUPPORTED:
            if base == language:
                return language
    return DEFAULT


def native_name(language: Language) -> str:
    return NATIVE_NAMES[language]


def direction(language: Language) -> Direction:
    return "rtl" if Locale.parse(BABEL_LOCALES[language]).text_direction == "rtl" else "ltr"


def babel_locale(language: Language) -> str:
    return BABEL_LOCALES[language]


def fallback_chain(code: str) -> tuple[Language, ...]:
    """The languages to try, best first: the language itself (or the nearest supported one),
    then English, then Dutch. Our own catalogs are complete in all five; the chain is for
    content that may exist in fewer languages (later issues) and for unsupported languages."""
    chain: list[Language] = [nearest_supported(code)]
    for language in ("en", DEFAULT):
        if language not in chain:
            chain.append(language)
    return tuple(chain)


def nearest_supported(code: str) -> Language:
    """For an unsupported language: the supported language its speakers read best (else English)."""
    base = _base(code)
    if base in SUPPORTED:
        return normalise(base)
    return NEAREST_SUPPORTED.get(base, "en")


def _base(code: str) -> str:
    return code.strip().replace("_", "-").split("-")[0].lower() if isinstance(code, str) else ""
