"""End-to-end conversations through Rasa's REST channel, with the action server and the NLG
service running, in each of the five languages (typed text and button payloads).

What the bot concluded is checked against the rules core run directly on the household the
scenario describes (tests/conversation/scenarios.py), so a wrong slot mapping fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.i18n.catalog import catalog
from bot.i18n.format import money
from bot.i18n.results import assumption_text
from rules_core import Household, assess
from tests.conversation.client import Conversation
from tests.conversation.phrases import LANGUAGES, PHRASES
from tests.conversation.scenarios import (
    DIVORCE_UNKNOWN,
    KOT_PARTNER_AT_HOME,
    KOT_PRICED,
    PARTNER_SINCE,
    PARTNER_WITHOUT_PERMIT,
    SCENARIOS,
    TYPED_CHOICES,
    TYPED_HOURLY_RATE_EUROCENT,
    TYPED_PARTNER_SINCE_MONTHS_AGO,
    Answer,
    expected_household,
    months_ago,
)

pytestmark = pytest.mark.rasa

# The result is one short message; "why?" and "all steps" come on request (their buttons).
RESULT = ["utter_result_headline"]


def why_text(chat: Conversation) -> str:
    """Press "why?" under the result: every risk in full, with its amounts."""
    chat.press("ask_result_why")
    assert chat.uttered()[-1] == "utter_result_why"
    return chat.text()


def headline_assessment(chat: Conversation) -> dict[str, Any]:
    (event,) = chat.bot_events("utter_result_headline")
    return event["metadata"]["assessment"]


def start(conversation: Conversation, language: str) -> None:
    conversation.say(PHRASES[language]["hello"])
    assert conversation.slot("language") == language
    names = conversation.uttered()
    for name in (
        "utter_greet",
        "utter_choose_language",
        "utter_privacy_promise",
        "utter_check_scope",
    ):
        assert name in names
    last = conversation.replies[-1]
    assert [b["payload"] for b in last.get("buttons") or []] == ["/start_check"], "start button"
    conversation.press("start_check")
    assert conversation.asked == "situation"


def answer(conversation: Conversation, language: str, slot: str, how: Answer) -> None:
    kind, value = how
    if kind == "press":
        conversation.press("inform", **{slot: value})
    elif kind == "say":
        conversation.say(PHRASES[language][value])
    else:
        conversation.press("dont_know")
    assert conversation.slot(slot) is not None, f"{slot}: {how} in {language} not understood"


def fill_form(conversation: Conversation, language: str, answers: dict[str, Answer]) -> list[str]:
    """Answer every question the bot asks; fail on a question this household should not get."""
    asked: list[str] = []
    while (slot := conversation.asked) is not None:
        assert slot in answers, f"asked {slot} after {asked}"
        assert slot not in asked, f"asked {slot} twice"
        asked.append(slot)
        answer(conversation, language, slot, answers[slot])
    return asked


def expected_assessment(name: str, language: str) -> dict[str, Any]:
    return assessed(expected_household(name, language))


def assessed(facts: dict[str, Any]) -> dict[str, Any]:
    summary = assess(Household.model_validate(facts)).as_dict()
    summary.pop("trace")
    return summary


def only_risk(assessment: dict[str, Any], code: str) -> dict[str, Any]:
    (risk,) = [risk for risk in assessment["risks"] if risk["code"] == code]
    return risk


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_household_check_reaches_the_right_result(conversation, language, name):
    chat = conversation(language)
    start(chat, language)
    fill_form(chat, language, SCENARIOS[name])

    got = chat.slot("assessment")
    expected = expected_assessment(name, language)
    assert got["risks"] == expected["risks"]
    assert got["actions"] == expected["actions"]
    assert got["toeslagpartner"]["outcome"] == expected["toeslagpartner"]["outcome"]

    names = chat.uttered()
    assert names[-len(RESULT) :] == RESULT
    shown = headline_assessment(chat)
    assert [risk["code"] for risk in shown["risks"]] == [r["code"] for r in expected["risks"]]
    assert chat.text(), "the result was rendered as text"
    payloads = [button["payload"] for button in chat.buttons()]
    assert payloads[:3] == ["/ask_result_why", "/ask_result_steps", "/request_summary"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_typed_choices_are_read_like_the_buttons(conversation, language):
    chat = conversation(language)
    start(chat, language)
    fill_form(chat, language, TYPED_CHOICES)
    assert "utter_invalid_answer" not in chat.uttered(), "every typed choice was understood"
    slots = ("situation", "brp_registration", "relationship", "partner_lives")
    assert [chat.slot(slot) for slot in slots] == ["refugee", "resident", "married", "abroad"]
    got = chat.slot("assessment")
    expected = expected_assessment("refugee_awaiting", language)
    assert got["risks"] == expected["risks"]
    assert got["actions"] == expected["actions"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_childcare_price_per_hour_is_asked_and_prices_the_repayment(conversation, language):
    chat = conversation(language)
    start(chat, language)
    asked = fill_form(chat, language, KOT_PRICED)
    assert asked.index("kot_hourly_rate") == asked.index("kot_actual_hours") + 1
    assert chat.slot("kot_hourly_rate") == TYPED_HOURLY_RATE_EUROCENT
    assert chat.uttered().count("utter_ask_kot_hourly_rate") == 1

    facts = expected_household("kot_mismatch", language)
    unpriced = only_risk(assessed(facts), "kot_hours_mismatch")["repayment"]
    kot = facts["benefits"]["kinderopvangtoeslag"]
    kot["hourly_rate_eurocent"] = TYPED_HOURLY_RATE_EUROCENT
    priced = only_risk(assessed(facts), "kot_hours_mismatch")["repayment"]
    assert priced != unpriced, "the price changes the amount"

    got = only_risk(chat.slot("assessment"), "kot_hours_mismatch")["repayment"]
    assert got == priced
    assert money(priced["per_month_eurocent"], language) in why_text(chat), "the amount read"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_partnership_start_is_asked_and_limits_the_alo_kop_repayment(conversation, language):
    chat = conversation(language)
    start(chat, language)
    asked = fill_form(chat, language, PARTNER_SINCE)
    assert asked.index("partner_since") == asked.index("kgb_since") + 1
    assert chat.slot("partner_since") == months_ago(TYPED_PARTNER_SINCE_MONTHS_AGO)

    facts = expected_household("spouse_abroad", language)
    from_kgb_start = only_risk(assessed(facts), "alo_kop_unregistered_partner")["repayment"]
    facts["partner"]["since"] = months_ago(TYPED_PARTNER_SINCE_MONTHS_AGO)
    from_partnership = only_risk(assessed(facts), "alo_kop_unregistered_partner")["repayment"]
    assert from_partnership["so_far_eurocent"] < from_kgb_start["so_far_eurocent"]

    got = only_risk(chat.slot("assessment"), "alo_kop_unregistered_partner")["repayment"]
    assert got == from_partnership
    assert money(got["so_far_eurocent"], language) in chat.text(), "in the first message"


def risks(assessment: dict[str, Any]) -> set[tuple[str, str]]:
    return {(risk["code"], risk["benefit"]) for risk in assessment["risks"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_own_residence_is_asked_when_the_partner_has_none_and_decides_the_kgb(
    conversation, language
):
    chat = conversation(language)
    start(chat, language)
    asked = fill_form(chat, language, PARTNER_WITHOUT_PERMIT)
    assert asked.index("applicant_lawful_residence") == asked.index("partner_lawful_residence") + 1
    assert chat.slot("applicant_lawful_residence") is False
    assert chat.uttered().count("utter_ask_applicant_lawful_residence") == 1

    facts = expected_household("partner_without_permit", language)
    expected = assessed(facts)
    # Without a right of residence of their own, the user has no right to any toeslag (art. 9
    # Awir); with one, the kgb exception since 2022 keeps the kgb and only the zorgtoeslag is hit.
    no_right = {
        ("applicant_without_residence", "kindgebonden_budget"),
        ("applicant_without_residence", "zorgtoeslag"),
    }
    assert no_right <= risks(expected)
    facts["applicant"]["lawful_residence"] = True
    with_permit = risks(assessed(facts))
    assert ("partner_without_residence", "zorgtoeslag") in with_permit
    assert all(benefit != "kindgebonden_budget" for _, benefit in with_permit), "it decides the kgb"

    got = chat.slot("assessment")
    assert got["risks"] == expected["risks"]
    assert got["actions"] == expected["actions"]
    shown = [risk["benefit"] for risk in headline_assessment(chat)["risks"]]
    assert {"kindgebonden_budget", "zorgtoeslag"} <= set(shown)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partner_at_home_is_asked_about_a_wlz_indication_and_the_kot_warned(
    conversation, language
):
    chat = conversation(language)
    start(chat, language)
    asked = fill_form(chat, language, KOT_PARTNER_AT_HOME)
    assert asked.index("partner_wlz_indication") == asked.index("partner_activity") + 1
    assert chat.slot("partner_wlz_indication") is False, "a typed no, read like every yes/no"

    facts = expected_household("kot_partner_at_home", language)
    expected = assessed(facts)
    labour = ("kot_labour_requirement", "kinderopvangtoeslag")
    assert labour in risks(expected)
    facts["partner"]["wlz_indication"] = True
    assert labour not in risks(assessed(facts)), "the answer decides the warning"

    got = chat.slot("assessment")
    assert got["risks"] == expected["risks"]
    shown = [risk["code"] for risk in headline_assessment(chat)["risks"]]
    assert "kot_labour_requirement" in shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_spouse_abroad_is_warned_with_amount_and_next_steps(conversation, language):
    chat = conversation(language)
    start(chat, language)
    fill_form(chat, language, SCENARIOS["spouse_abroad"])
    (risk,) = headline_assessment(chat)["risks"]
    repayment = risk["repayment"]
    assert risk["code"] == "alo_kop_unregistered_partner"
    assert repayment["so_far_eurocent"] > 0
    assert repayment["from_month"] == chat.slot("kgb_since")
    assert money(repayment["so_far_eurocent"], language) in chat.text(), "the amount first"
    assert money(repayment["per_month_eurocent"], language) in why_text(chat)
    chat.press("ask_result_steps")
    (steps,) = chat.bot_events("utter_result_steps")
    codes = [action["code"] for action in steps["metadata"]["assessment"]["actions"]]
    assert codes[:2] == ["report_partner_abroad", "stop_alo_kop"]
    assert "0800-0543" in chat.text()
    chat.press("request_summary")
    assert chat.uttered()[-1] == "utter_summary"
    assert len(chat.slot("reference_code")) == 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_dont_know_to_the_divorce_question_keeps_the_alo_kop_warning_with_its_condition(
    conversation, language
):
    chat = conversation(language)
    start(chat, language)
    fill_form(chat, language, DIVORCE_UNKNOWN)
    assert chat.slot("divorce_requested") == "dont_know"

    (risk,) = headline_assessment(chat)["risks"]
    assert risk["code"] == "alo_kop_unregistered_partner"
    assert risk["provisional"] is True
    assert {"fact": "partner.divorce_requested", "value": False} in risk["assumes"]
    facts = [question["fact"] for question in chat.slot("assessment")["questions"]]
    assert "partner.divorce_requested" in facts, "the question stays open"

    condition = assumption_text(catalog(language), "unless", "partner.divorce_requested")
    text = chat.text()
    assert money(risk["repayment"]["so_far_eurocent"], language) in text, "the amount first"
    assert condition in text, "said with its condition"
    chat.press("ask_result_steps")
    (steps,) = chat.bot_events("utter_result_steps")
    codes = [action["code"] for action in steps["metadata"]["assessment"]["actions"]]
    assert codes[:2] == ["report_partner_abroad", "stop_alo_kop"], "the same actions"


@pytest.mark.parametrize("language", LANGUAGES)
def test_single_parent_is_not_asked_about_a_partner(conversation, language):
    chat = conversation(language)
    start(chat, language)
    asked = fill_form(chat, language, SCENARIOS["single_parent"])
    assert not {"relationship", "partner_lives", "partner_country"} & set(asked)
    assert chat.slot("assessment")["risks"] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_faq_inside_the_form_keeps_the_form(conversation, language):
    chat = conversation(language)
    start(chat, language)
    chat.press("inform", situation="labour_migrant")
    waiting = chat.asked
    chat.say(PHRASES[language]["ask_alo_kop"])
    names = chat.uttered()
    assert "utter_faq_alo_kop" in names
    assert names[-1] == f"utter_ask_{waiting}", "the form asks its question again"
    assert chat.asked == waiting
    assert chat.slot("situation") == "labour_migrant", "no answer was lost"


@pytest.mark.parametrize("language", LANGUAGES)
def test_dont_know_is_an_answer_and_going_back_reasks(conversation, language):
    chat = conversation(language)
    start(chat, language)
    chat.press("inform", situation="refugee")
    chat.say(PHRASES[language]["dont_know"])
    assert chat.slot("brp_registration") == "dont_know"
    assert chat.asked == "has_partner"
    chat.press("go_back")
    assert chat.asked == "brp_registration"
    assert chat.slot("brp_registration") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switch_mid_conversation(conversation, language):
    other = "pl" if language != "pl" else "ar"
    chat = conversation(language)
    start(chat, language)
    chat.press("inform", situation="labour_migrant")
    waiting = chat.asked
    chat.press("choose_language", language=other)
    assert chat.slot("language") == other
    assert chat.asked == waiting
    assert chat.uttered()[-1] == f"utter_ask_{waiting}"
    chat.press("inform", brp_registration="resident")
    assert chat.slot("language") == other, "the choice sticks"


@pytest.mark.parametrize("language", LANGUAGES)
def test_talk_to_a_person_marks_the_request_and_the_form_goes_on(conversation, language):
    chat = conversation(language)
    start(chat, language)
    chat.press("inform", situation="labour_migrant")
    waiting = chat.asked
    chat.say(PHRASES[language]["human"])
    assert chat.uttered()[-2:] == ["utter_handoff", f"utter_ask_{waiting}"]
    assert chat.slot("handoff") is True
    tracker = chat.tracker()
    assert tracker["paused"] is False, "the user can go on while waiting for a person"
    assert tracker["active_loop"].get("name") == "household_form"
    # The gateway keeps the user's messages from Rasa while an agent holds the conversation;
    # when the agent hands back, the next answer is the form's, where it was.
    chat.press("inform", brp_registration="resident")
    assert chat.slot("brp_registration") == "resident"
    assert chat.asked != waiting


def test_amharic_gets_one_short_notice_with_tigrinya_and_english(conversation):
    """Issue 11 part 4: "Amharic?" in Tigrinya, two buttons, no three-language greeting."""
    chat = conversation()
    replies = chat.say("ሰላም እንዴት ናችሁ? ስለ ገንዘብ መጠየቅ እፈልጋለሁ")
    # The only response (the other event is the channel's language marker, no text).
    assert [name for name in chat.uttered() if name] == ["utter_unsupported_language"]
    (notice,) = chat.bot_events("utter_unsupported_language")
    assert notice["metadata"]["detected"] == "am"
    assert chat.slot("language") == "ti"
    assert len([reply for reply in replies if reply.get("text")]) == 1
    assert [b["payload"] for b in chat.buttons()] == [
        '/choose_language{"language":"ti"}',
        '/choose_language{"language":"en"}',
    ]


def test_amharic_inside_the_check_is_never_a_goodbye(conversation):
    chat = conversation("ti")
    chat.say("ሰላም")
    chat.press("start_check")
    asked = chat.asked
    for text in ("ደህና ሁን", "አመሰግናለሁ ደህና ሁኑ", "አልገባኝም ደህና"):
        chat.say(text)
        assert "utter_goodbye" not in chat.uttered(), text
        assert chat.tracker()["active_loop"].get("name") == "household_form", text
    assert chat.asked == asked


def test_fallback_clarifies_once_then_offers_the_helpdesk(conversation):
    # /nlu_fallback is what the FallbackClassifier makes of a message it does not understand;
    # sent as a payload so the test does not depend on which gibberish the model is unsure of.
    chat = conversation("en")
    chat.say("hello")
    chat.press("nlu_fallback")
    chat.press("nlu_fallback")
    names = chat.uttered()
    assert names[-2:] == ["utter_fallback_clarify", "utter_offer_helpdesk"]
    chat.press("nlu_fallback")
    assert chat.uttered()[-1] == "utter_fallback_clarify", "counting starts again: no loop"


# "Yes, my wife": the yes answers the question, the word sets the partner's grammatical gender.
YES_MY_WIFE = {
    "nl": "Ja, mijn vrouw",
    "pl": "tak, mam żonę",
    "ar": "نعم، زوجتي",
    "ti": "እወ፡ ሰበይተይ",
    "en": "yes, my wife",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_my_wife_makes_the_questions_and_the_warning_speak_of_a_wife(conversation, language):
    chat = conversation(language)
    start(chat, language)
    answers = SCENARIOS["spouse_abroad"]
    asked_texts: dict[str, str] = {}
    while (slot := chat.asked) is not None:
        asked_texts[slot] = chat.text()
        if slot == "has_partner":
            chat.say(YES_MY_WIFE[language])
            assert chat.slot("has_partner") is True
        else:
            answer(chat, language, slot, answers[slot])
    assert chat.slot("partner_gender") == "female"
    female = catalog(language).for_partner("female")
    assert female.text("utter_ask_partner_lives") in asked_texts["partner_lives"]
    key = "risk.alo_kop_unregistered_partner.spouse_abroad"
    assert female.text(key) in why_text(chat)
    assert female.text(key) != catalog(language).text(key)
