"""One message, several answers: "mam zonę ale ona mieszka w polsce", "I'm married, my wife lives
in Poland", "ሰበይተይ ኣብ ኤርትራ ትነብር".

Reads the partner questions a sentence answers besides the one asked: that there is a partner,
that they are married, that the partner lives abroad, and in which country. The caller keeps
only the slots the question flow would ask and that have no answer yet. Never a guess: a
sentence with a negation ("I'm not married", "nie mam żony") answers nothing beyond the question
asked. Pure; no Rasa.
"""

from __future__ import annotations

from typing import Any

from actions.parse.countries import parse_country
from actions.parse.text import fold
from actions.parse.yes_no import read_yes_no

# Words that name a husband or wife: the user is married.
_SPOUSE = (
    "married", "wife", "husband", "spouse",
    "getrouwd", "gehuwd", "vrouw", "echtgenoot", "echtgenote", "mijn man",
    "zona", "zone", "zony", "zonaty", "zonata", "maz", "meza", "mezem", "mezatka", "zamezna",
    "زوجتي", "زوجي", "مرتي", "مراتي", "جوزي", "متزوج", "متزوجه", "زوجه", "زوج",
    "marti", "mrati", "mara", "jozi", "zawji", "zawjti", "zoji", "mitjawez", "mtjwz", "metzawej",
    "ሰበይተይ", "ሰብአየይ", "በአል ቤተይ", "በአልቲ ቤተይ", "ምርዑው", "ምርእውቲ", "ምርዑ", "ተመርዓወ",
    "ባለቤቴ", "ሚስቴ", "ባሌ", "አግብቻለሁ", "ባለቤት",
)  # fmt: skip
# Words that name a partner without saying married.
_PARTNER = (
    "partner", "girlfriend", "boyfriend", "vriendin", "vriend", "partnerka", "narzeczon",
    "dziewczyn", "chlopak", "شريكي", "شريكتي", "خطيبتي", "خطيبي", "صاحبتي", "ሽሪከይ", "መጻምድተይ",
)  # fmt: skip
_FOLDED_SPOUSE = tuple(fold(word) for word in _SPOUSE)
_FOLDED_PARTNER = tuple(fold(word) for word in _PARTNER)
# The partner slots, in the order the form asks them.
PARTNER_SLOTS = ("has_partner", "relationship", "partner_lives", "partner_country")


def _matches(token: str, word: str) -> bool:
    if token == word or (len(word) >= 4 and token.startswith(word)):
        return True
    # Arabic glues "and"/"with" to the word: "وزوجتي", "بزوجتي".
    return token[:1] in "وب" and token[1:] == word


def _names(folded: str, words: tuple[str, ...]) -> bool:
    tokens = folded.split()
    return any(
        (word in folded) if " " in word else any(_matches(token, word) for token in tokens)
        for word in words
    )


def partner_answers(text: str, about_partner: bool = False) -> dict[str, Any]:
    """The partner slots this text answers: ``has_partner``, ``relationship`` ("married"),
    ``partner_lives`` ("abroad") and ``partner_country`` (ISO code). Empty when it names none.
    ``about_partner``: the question asked is about the partner, so a country named is where the
    partner lives ("tak, w polsce" to "do you have a partner?")."""
    folded = fold(text)
    said = read_yes_no(text)
    spouse = _names(folded, _FOLDED_SPOUSE)
    partner = spouse or _names(folded, _FOLDED_PARTNER) or (about_partner and said is not False)
    if said is False and not (partner and _but(folded)):
        return {}  # "not married", "nie mam zony": only the question asked reads a no
    found: dict[str, Any] = {}
    if partner:
        found["has_partner"] = True
    if spouse:
        found["relationship"] = "married"
    country = parse_country(text)
    if partner and country and country != "NL":
        found["partner_lives"] = "abroad"
        found["partner_country"] = country
    return found


_BUT = tuple(fold(word) for word in ("but", "maar", "ale", "lecz", "بس", "لكن", "ግን", "ግና"))


def _but(folded: str) -> bool:
    """ "nie mieszka ze mną, ale w polsce": a no before "but" is about something else."""
    return any(word in folded.split() for word in _BUT)
