"""A side question inside the check: "what does X mean?" about a word the check uses.

"شو يعني توسلاخ بارتنر؟", "co to jest toeslagpartner", "wat is de alo-kop", "ቱስላኽ ፓርትነር ምንታይ
እዩ?". The answer is the explanation that exists (the FAQ texts); the check then asks its
question again. Only words with an explanation count, and only when the message asks (a
question word or a question mark): "toeslagpartner" typed as an answer is no side question.
Pure; no Rasa.
"""

from __future__ import annotations

from actions.parse.text import fold

# The FAQ response that explains each word, and how people write the word.
_TERMS: dict[str, tuple[str, ...]] = {
    "utter_faq_toeslagpartner": (
        "toeslagpartner", "toeslag partner", "toeslagenpartner", "toeslagpartnera",
        "partner do dodatku", "partnera do dodatku", "partner for benefits", "benefit partner",
        "توسلاخ بارتنر", "توسلاغ بارتنر", "توسلاخبارتنر", "تسلاخ بارتنر", "شريك الاعانه",
        "شريك الإعانة", "شريك التوسلاخ", "ቱስላኽ ፓርትነር", "ቶስላኽ ፓርትነር", "ቱስላግ ፓርትነር",
        "ቶስላግ ፓርትነር", "ቱስላኽፓርትነር",
    ),
    "utter_faq_alo_kop": (
        "alo-kop", "alo kop", "alokop", "alleenstaande-ouderkop", "alleenstaande ouderkop",
        "الو كوب", "ألو كوب", "ኣሎ ኮፕ", "ኣሎኮፕ",
    ),
    "utter_faq_kinderopvangtoeslag": (
        "kinderopvangtoeslag", "kinderopvang toeslag", "dodatek na opieke", "dodatek na opiekę",
        "كيندر اوبفانغ", "اعانة رعاية الاطفال", "ኪንደርኦፕቫንግ", "ኪንደር ኦፕቫንግ",
    ),
}  # fmt: skip
# "What does it mean", "what is": a message with one of these, or a question mark, asks.
_ASKING = (
    "what", "mean", "meaning", "explain", "wat", "betekent", "betekenis", "uitleg", "bedoel",
    "co to", "co znaczy", "co oznacza", "czym jest", "czym", "wyjasnij", "znaczy",
    "شو", "ما معني", "ماذا", "ما هو", "ما هي", "يعني", "ايش", "وش", "معني", "اشرح",
    "shu", "sho", "shou", "ya3ni", "ma3na", "ምንታይ", "ትርጉም", "ማለት", "ምንድን", "ምንድነው", "እንታይ",
)  # fmt: skip
_FOLDED_TERMS = {
    response: tuple(fold(word) for word in words) for response, words in _TERMS.items()
}
_FOLDED_ASKING = tuple(fold(word) for word in _ASKING)


def _asks(text: str, folded: str) -> bool:
    if any(mark in text for mark in ("?", "؟", "፧")):
        return True
    tokens = folded.split()
    return any((word in folded) if " " in word else (word in tokens) for word in _FOLDED_ASKING)


def explanation_asked(text: str) -> str | None:
    """The FAQ response that answers "what does X mean" in this message, or ``None``."""
    folded = fold(text)
    for response, words in _FOLDED_TERMS.items():
        if any(word in folded for word in words):
            return response if _asks(text, folded) else None
    return None
