"""End to end, typed only (issue 11): in each language a conversation from the greeting to the
result without a single button press, as people type on a phone. The partner is named in one
sentence with her country ("mam zone ale ona mieszka w polsce"), which answers three questions
at once and is confirmed before it counts; numbers are words; a year comes without a month and
is asked back; "what does toeslagpartner mean?" is answered in the middle of the check.
"""

from __future__ import annotations

import pytest

from tests.conversation.client import Conversation
from tests.conversation.phrases import LANGUAGES

pytestmark = pytest.mark.rasa

START = {
    "nl": "check mijn toeslagen",
    "pl": "sprawdz moje toeslagi",
    "ar": "بدي افحص التوسلاخ تبعي",
    "ti": "toeslagen ክፍትሽ እደሊ",
    "en": "i want to check my benefits",
}
SIDE_QUESTION = {
    "nl": "wat betekent toeslagpartner?",
    "pl": "co to jest toeslagpartner?",
    "ar": "شو يعني توسلاخ بارتنر؟",
    "ti": "ቱስላኽ ፓርትነር ምንታይ እዩ?",
    "en": "what does toeslagpartner mean?",
}
# The answer typed to each question the check may ask on this path.
TYPED: dict[str, dict[str, str]] = {
    "nl": {
        "divorce_requested": "nee",
        "divorce_request_reported": "nee",
        "partner_known_to_toeslagen": "weet ik niet",
        "partner_since": "sinds mei 2018",
        "partner_wlz_indication": "nee",
        "alo_kop_stop_requested": "nee",
        "situation": "ik kom voor werk",
        "brp_registration": "ik sta ingeschreven",
        "has_partner": "ja, mijn vrouw woont in Polen",
        "check_answer": "ja klopt",
        "partner_has_bsn": "nee",
        "children_count": "twee",
        "children_ages": "4 en 9",
        "children_abroad": "nee",
        "joint_child": "ja",
        "kgb": "ja",
        "alo_kop": "nee",
        "kot": "nee",
        "zorgtoeslag": "ja",
        "huurtoeslag": "nee",
        "kinderbijslag": "ja",
        "foreign_benefit": "nee, niks uit het buitenland",
        "income": "28000",
        "partner_income": "weet ik niet",
        "applicant_activity": "ik werk",
        "partner_activity": "weet ik niet",
        "partner_lawful_residence": "weet ik niet",
        "applicant_lawful_residence": "ja",
    },
    "pl": {
        "divorce_requested": "nie",
        "divorce_request_reported": "nie",
        "partner_known_to_toeslagen": "nie wiem",
        "partner_since": "od maja 2018",
        "partner_wlz_indication": "nie",
        "alo_kop_stop_requested": "nie",
        "situation": "do pracy",
        "brp_registration": "zameldowany",
        "has_partner": "mam zone ale ona mieszka w polsce",
        "check_answer": "tak",
        "partner_has_bsn": "nie ma",
        "children_count": "dwoje",
        "children_ages": "4 i 9",
        "children_abroad": "nie",
        "joint_child": "tak",
        "kgb": "tak",
        "alo_kop": "nie",
        "kot": "nie",
        "zorgtoeslag": "tak",
        "huurtoeslag": "nie",
        "kinderbijslag": "tak",
        "foreign_benefit": "nie, nic z polski",
        "income": "28 tysięcy",
        "partner_income": "nie wiem",
        "applicant_activity": "pracuje",
        "partner_activity": "nie wiem",
        "partner_lawful_residence": "nie wiem",
        "applicant_lawful_residence": "tak",
    },
    "ar": {
        "divorce_requested": "لا",
        "divorce_request_reported": "لا",
        "partner_known_to_toeslagen": "ما بعرف",
        "partner_since": "من أيار 2018",
        "partner_wlz_indication": "لا",
        "alo_kop_stop_requested": "لا",
        "situation": "للعمل",
        "brp_registration": "مسجل",
        "has_partner": "اي متزوج ومرتي بتركيا",
        "check_answer": "اي",
        "partner_has_bsn": "لا ما عندها",
        "children_count": "تنين",
        "children_ages": "٤ و ٩",
        "children_abroad": "لا",
        "joint_child": "اكيد",
        "kgb": "اي",
        "alo_kop": "لا",
        "kot": "لا",
        "zorgtoeslag": "اي",
        "huurtoeslag": "لا",
        "kinderbijslag": "اي",
        "foreign_benefit": "لا ما في",
        "income": "٢٠ ألف",
        "partner_income": "ما بعرف",
        "applicant_activity": "اعمل",
        "partner_activity": "ما بعرف",
        "partner_lawful_residence": "ma ba3ref",
        "applicant_lawful_residence": "اي",
    },
    "ti": {
        "divorce_requested": "ኣይፋል",
        "divorce_request_reported": "ኣይፋል",
        "partner_known_to_toeslagen": "ኣይፈልጥን",
        "partner_since": "ካብ ግንቦት 2018",
        "partner_wlz_indication": "ኣይፋል",
        "alo_kop_stop_requested": "ኣይፋል",
        "situation": "ንስራሕ",
        "brp_registration": "ተመዝጊበ",
        "has_partner": "ሰበይተይ ኣብ ኢትዮጵያ ኣላ",
        "check_answer": "እወ",
        "partner_has_bsn": "የብላን",
        "children_count": "ክልተ",
        "children_ages": "4ን 9ን",
        "children_abroad": "ኣይፋል",
        "joint_child": "እወ",
        "kgb": "እወ",
        "alo_kop": "ኣይፋል",
        "kot": "ኣይፋል",
        "zorgtoeslag": "እወ",
        "huurtoeslag": "ኣይፋል",
        "kinderbijslag": "እወ",
        "foreign_benefit": "የብልናን",
        "income": "28 ሽሕ",
        "partner_income": "ኣይፈልጥን",
        "applicant_activity": "እሰርሕ",
        "partner_activity": "ኣይፈልጥን",
        "partner_lawful_residence": "ኣይፈልጥን",
        "applicant_lawful_residence": "እወ",
    },
    "en": {
        "divorce_requested": "no",
        "divorce_request_reported": "no",
        "partner_known_to_toeslagen": "not sure",
        "partner_since": "since may 2018",
        "partner_wlz_indication": "no",
        "alo_kop_stop_requested": "no",
        "situation": "for work",
        "brp_registration": "registered",
        "has_partner": "I'm married, my wife lives in Poland",
        "check_answer": "yes",
        "partner_has_bsn": "no",
        "children_count": "two",
        "children_ages": "4 and 9",
        "children_abroad": "no",
        "joint_child": "yes",
        "kgb": "yes",
        "alo_kop": "no",
        "kot": "no",
        "zorgtoeslag": "yes",
        "huurtoeslag": "no",
        "kinderbijslag": "yes",
        "foreign_benefit": "no, nothing from abroad",
        "income": "28k",
        "partner_income": "dunno",
        "applicant_activity": "i work",
        "partner_activity": "dunno",
        "partner_lawful_residence": "not sure",
        "applicant_lawful_residence": "yes",
    },
}
KGB_SINCE_YEAR = {
    "nl": "sinds 2019",
    "pl": "od 2019",
    "ar": "من 2019",
    "ti": "ካብ 2019",
    "en": "since 2019",
}
KGB_SINCE_MONTH = {"nl": "maart", "pl": "marzec", "ar": "آذار", "ti": "መጋቢት", "en": "march"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_check_typed_from_greeting_to_result(conversation, language: str) -> None:
    chat: Conversation = conversation(language)
    chat.say({"nl": "hallo", "pl": "cześć", "ar": "مرحبا", "ti": "ሰላም", "en": "hello"}[language])
    chat.say(START[language])
    assert chat.asked == "situation"
    chat.say(SIDE_QUESTION[language])
    assert "utter_faq_toeslagpartner" in chat.uttered()
    assert chat.asked == "situation"  # the check goes on with the same question
    typed = TYPED[language]
    asked: list[str] = []
    for _ in range(40):
        slot = chat.asked
        if slot is None:
            break
        asked.append(slot)
        if slot == "kgb_since" and "kgb_since" not in asked[:-1]:
            chat.say(KGB_SINCE_YEAR[language])
            assert chat.asked == "check_answer"  # "January 2019, or another month?"
            assert chat.uttered()[-1] == "utter_which_month_of_year"
            chat.say(KGB_SINCE_MONTH[language])
            assert chat.slot("kgb_since") == "2019-03"
            continue
        assert slot in typed, f"no typed answer for {slot} after {asked}"
        chat.say(typed[slot])
    slots = chat.tracker()["slots"]
    assert "utter_result_headline" in chat.uttered()
    typed_by_user = [e.get("text") or "" for e in chat.tracker()["events"] if e["event"] == "user"]
    assert not [text for text in typed_by_user if text.startswith("/")]  # no button pressed
    assert "kgb_since" in asked  # the year without a month was asked back
    # One sentence answered three partner questions; none of them was asked.
    assert {"relationship", "partner_lives", "partner_country"}.isdisjoint(asked)
    assert slots["relationship"] == "married"
    assert slots["partner_lives"] == "abroad"
    assert slots["partner_country"] in {"PL", "TR", "ET"}
    assert "check_answer" in asked  # the partner abroad was confirmed before it counted
    assert slots["foreign_benefit"] == "no"
    assert slots["children_count"] == 2
