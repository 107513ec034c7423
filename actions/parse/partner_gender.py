"""The partner's grammatical gender, from the words the user chose ("my wife", "żona", "مرتي",
"ሰበይተይ"), so that later messages speak of the partner as the user did.

Only words that name a spouse or partner of one gender count; a pronoun alone ("she") does not,
and neither does "partner", which Polish, Arabic and Tigrinya use as the common form. Pure; no
Rasa.
"""

from __future__ import annotations

from actions.parse.text import clean, words

FEMALE = "female"
MALE = "male"

# Whole words after clean() (casefolded, NFKC). Polish with and without diacritics, every case
# people write ("mam żonę", "z żoną", "zona"); Syrian/Iraqi Arabic and Arabizi; Tigrinya with
# the Eritrean ኣ and the Ethiopian አ spellings.
_FEMALE_WORDS = {
    "wife",
    "girlfriend",
    "echtgenote",
    "vriendin",
    "żona",
    "żonę",
    "żony",
    "żoną",
    "żonie",
    "zona",
    "zone",
    "zony",
    "zonie",
    "partnerka",
    "partnerkę",
    "partnerke",
    "partnerki",
    "partnerką",
    "narzeczona",
    "زوجتي",
    "زوجته",
    "زوجة",
    "مرتي",
    "مراتي",
    "مرتو",
    "شريكتي",
    "خطيبتي",
    "marti",
    "mrati",
    "zawjati",
    "zawjti",
    "ሰበይተይ",
    "ሰበይትየ",
    "ሚስቴ",
}
_MALE_WORDS = {
    "husband",
    "boyfriend",
    "echtgenoot",
    "mąż",
    "męża",
    "mężem",
    "mężu",
    "maz",
    "meza",
    "mezem",
    "narzeczony",
    "زوجي",
    "جوزي",
    "خطيبي",
    "zawji",
    "jozi",
    "ሰብኣየይ",
    "ሰብአየይ",
    "ባሌ",
}
# Two-word phrases: "mijn man" (in Dutch "man" and "vrouw" alone are also "a man", "a woman",
# as the Tigrinya ሰብኣይ and ሰበይቲ are), "በዓልቲ ቤተይ" (the lady of my house).
_FEMALE_PHRASES = ("mijn vrouw", "m'n vrouw", "mn vrouw", "በዓልቲ ቤተይ")
_MALE_PHRASES = ("mijn man", "m'n man", "mn man", "በዓል ቤተይ")
# Words that, in these languages, are something else: the English "zone".
_NOT_IN = {"zone": {"en", "nl"}}


def partner_gender(text: str, language: str | None = None) -> str | None:
    """ "female", "male", or None when the text does not say (or says both)."""
    tokens = set(words(text))
    cleaned = f" {clean(text)} "
    female = any(
        token in _FEMALE_WORDS and language not in _NOT_IN.get(token, set()) for token in tokens
    ) or any(f" {phrase} " in cleaned for phrase in _FEMALE_PHRASES)
    male = bool(tokens & _MALE_WORDS) or any(f" {phrase} " in cleaned for phrase in _MALE_PHRASES)
    if female == male:
        return None
    return FEMALE if female else MALE
