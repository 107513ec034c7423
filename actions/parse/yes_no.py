"""Yes, no and "I don't know" as people type them, in the five languages and their neighbours.

Colloquial Syrian and Iraqi Arabic ("اي", "لا ما عندها", "اكيد"), Arabizi ("la2", "akid",
"ma ba3ref"), Polish without diacritics ("nie ma", "nie bylo"), Tigrinya with Ethiopian (Amharic)
spellings beside the Eritrean ones ("አዎ", "የብላን"). Every word list is compared after
``fold`` (one spelling per sound), so "ኣይፋል" and "አይፋል" are one word.

The first yes or no word in the message decides ("nie, nic z polski" is no, "አዎ ባለቤቴ አለች"
is yes); a negation anywhere ("nie bylo wniosku", "ma 3ndi") is no when no yes word came first.
Pure; no Rasa.
"""

from __future__ import annotations

import re

from actions.parse.text import fold

_YES_WORDS = {
    # en
    "yes", "yeah", "yep", "yup", "ya", "sure", "correct", "right", "true", "ok", "okay",
    # nl
    "ja", "jawel", "jazeker", "zeker", "klopt", "tuurlijk", "natuurlijk", "jep",
    # pl
    "tak", "jasne", "oczywiscie", "pewnie", "zgadza", "owszem",
    # ar (colloquial too) and Arabizi
    "نعم", "ايوه", "ايوا", "اي", "ايه", "اه", "اكيد", "طبعا", "صح", "مزبوط", "تمام", "بلي",
    "aywa", "aiwa", "aywah", "akid", "akeed", "na3am", "tab3an", "sa7", "eh", "ee",
    # ti, and Amharic spellings a Tigrinya user from Ethiopia may use
    "እወ", "እወኦ", "ሓቂ", "ብርግጽ", "አዎ", "አዎን", "እሺ", "ርግጽ",
}  # fmt: skip
_NO_WORDS = {
    # en
    "no", "nope", "nah", "never", "not", "none", "nothing",
    # nl
    "nee", "neen", "niet", "nooit", "geen", "niks", "niets",
    # pl ("nie ma", "nic z polski", "zadnego")
    "nie", "nigdy", "nic", "zadnego", "zadnej", "zadne", "brak",
    # ar and Arabizi
    "لا", "كلا", "لاء", "لأ", "مش", "مو", "ابدا", "مافي", "ماكو", "لسا", "لسه",
    "la", "la2", "laa", "la2a", "mafi", "abadan", "mish", "lesa", "lissa",
    # ti and Amharic
    "ኣይፋል", "ኣይ", "የለን", "የብለይን", "የብላን", "የብሉን", "የብልናን", "ኣይኮነን", "ኣይኮንኩን",
    "ኣይነበረን", "የለም", "የለኝም", "አይደለም", "ኣይተመዝገበን",
}  # fmt: skip
# Multi-word negations: "ما عندها" (she has none), "ma 3ndi", "don't", "heb ik niet".
_NO_PHRASES = (
    "don't", "dont", "do not", "doesn't", "does not", "haven't", "have not", "didn't", "did not",
    "ما عند", "ما في", "ما بي", "ما كان", "ما اخذ", "ما باخد", "ما بياخد", "ما بتاخد", "ما صار",
    "ma 3nd", "ma fi", "ma 3and", "ma kan",
)  # fmt: skip
_DONT_KNOW = (
    "don't know", "dont know", "do not know", "not sure", "no idea", "dunno", "idk",
    "weet ik niet", "weet niet", "geen idee", "weet het niet", "geen flauw idee",
    "nie wiem", "nie jestem pewn", "nie pamietam", "nwm", "nie mam pojecia",
    "لا اعرف", "مش عارف", "ما بعرف", "مابعرف", "ما اعرف", "ما ادري", "مدري", "ما اعرف",
    "مو عارف", "لا ادري", "ما بعرفش", "مش عارفه", "مو متاكد", "مش متاكد", "ما متاكد", "مو متأكد",
    "ma ba3ref", "ma ba3rif", "mba3ref", "mb3rf", "ma a3ref", "mesh 3aref", "mish 3arif",
    "ma adri", "madri",
    "ኣይፈልጥን", "ኣይፈልጦን", "ኣይፈለጥኩን", "ኣይፈልጥ", "ኣይርደኣንን", "አላውቅም", "አላውቅ",
)  # fmt: skip

_FOLDED_YES = frozenset(fold(word) for word in _YES_WORDS)
_FOLDED_NO = frozenset(fold(word) for word in _NO_WORDS)
_FOLDED_NO_PHRASES = tuple(fold(phrase) for phrase in _NO_PHRASES)
_FOLDED_DONT_KNOW = tuple(fold(phrase) for phrase in _DONT_KNOW)
# Arabic glues "and"/"so" to the next word ("ولا" is "nor"); never read "و" on its own.
_GLUED = re.compile(r"^[وف](?=\S{2})")


def dont_know(text: str) -> bool:
    """The message says "I don't know" in one of its forms."""
    folded = fold(text)
    return any(phrase in folded for phrase in _FOLDED_DONT_KNOW)


def _signal(word: str) -> bool | None:
    for form in {word, _GLUED.sub("", word)}:
        if form in _FOLDED_YES:
            return True
        if form in _FOLDED_NO:
            return False
    return None


def read_yes_no(text: str) -> bool | None:
    """True for yes, False for no, ``None`` when the text says neither (or "I don't know")."""
    if dont_know(text):
        return None
    folded = fold(text)
    for word in folded.split():
        said = _signal(word)
        if said is not None:
            return said
    padded = f" {folded} "
    if any(f" {phrase}" in padded for phrase in _FOLDED_NO_PHRASES):
        return False  # at the start of a word: "ما عندها", never inside "/dont_know"
    return None


def starts_with_no(text: str) -> bool:
    """The message opens with a no ("nie, nic z polski", "la2 ma fi", "لا ما عندها"), or is a
    negation with no yes before it: for a "which country, or no" question it answers no even
    when a country is named after it."""
    return read_yes_no(text) is False
