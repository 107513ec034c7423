"""Corrections and the talk after the result (issue 11), end to end through Rasa, the action
server and the NLG, in each of the five languages: questions typed after the result are answered
from it without a restart, a typed "that's wrong" offers the answer it is about, and a changed
answer asks again only what depends on it and gives a new result.

The new results are checked against the rules core run directly on the household the scenario
describes, changed as the user changed it (tests/conversation/scenarios.py).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.i18n.format import money
from tests.conversation.client import Conversation
from tests.conversation.phrases import LANGUAGES, PHRASES
from tests.conversation.scenarios import SCENARIOS, expected_household
from tests.conversation.test_conversations import assessed, fill_form, start

pytestmark = pytest.mark.rasa

# What users typed in the issue, per language.
TYPED: dict[str, dict[str, str]] = {
    "en": {
        "change": "I said no, that's wrong",
        "dispute": "is that right? I never got money from Poland",
        "amount": "how much exactly?",
        "since": "since when?",
        "arrives": "what if my partner arrives?",
        "first": "what do i do first",
    },
    "nl": {
        "change": "ik wil iets veranderen",
        "dispute": "klopt dat? ik heb nooit geld uit Polen gekregen",
        "amount": "hoeveel precies?",
        "since": "sinds wanneer?",
        "arrives": "wat als mijn partner komt?",
        "first": "wat doe ik eerst",
    },
    "pl": {
        "change": "zmień odpowiedź",
        "dispute": "czy to prawda? nigdy nie dostałam pieniędzy z Polski",
        "amount": "ile dokładnie?",
        "since": "od kiedy?",
        "arrives": "a co jeśli mój partner przyjedzie?",
        "first": "co zrobić najpierw",
    },
    "ar": {
        "change": "غيرت رأيي",
        "dispute": "هل هذا صحيح؟ لم أحصل أبدا على مال من بولندا",
        "amount": "كم بالضبط؟",
        "since": "من متى؟",
        "arrives": "ماذا لو وصل شريكي؟",
        "first": "شو اعمل اول شي",
    },
    "ti": {
        "change": "ቀይረ",
        "dispute": "እዚ ቅኑዕ ድዩ? ካብ ፖላንድ ገንዘብ ተቐቢለ ኣይፈልጥን",
        "amount": "ክንደይ?",
        "since": "ካብ መዓስ?",
        "arrives": "መጻምድተይ እንተ መጺኣኸ?",
        "first": "ቅድም እንታይ ክገብር",
    },
}

# The spouse abroad, but the user pressed "Poland" for a child benefit from abroad by mistake.
WITH_POLISH_BENEFIT = SCENARIOS["spouse_abroad"] | {"foreign_benefit": ("press", "PL")}


def change_payload(slot: str) -> str:
    return "/change_one_answer" + json.dumps({"change_slot": slot}, separators=(",", ":"))


def codes(assessment: dict[str, Any]) -> list[str]:
    return [risk["code"] for risk in assessment["risks"]]


def asked_since(chat: Conversation, count: int) -> list[str]:
    """The form questions the bot asked after the first ``count`` bot messages."""
    return [name for name in chat.uttered()[count:] if name and name.startswith("utter_ask_")]


def assert_no_new_check(chat: Conversation, before: dict[str, Any], count: int) -> None:
    names = chat.uttered()[count:]
    assert "utter_ask_situation" not in names and "utter_greet" not in names, names
    assert "utter_check_scope" not in names, names
    assert chat.slot("assessment") == before, "the result is kept"
    assert chat.slot("situation") == "labour_migrant", "no answer was lost"


@pytest.mark.parametrize("language", LANGUAGES)
def test_questions_after_the_result_are_answered_from_it_without_a_restart(conversation, language):
    chat = conversation(language)
    start(chat, language)
    fill_form(chat, language, SCENARIOS["spouse_abroad"])
    result = chat.slot("assessment")
    (risk,) = result["risks"]
    repayment = risk["repayment"]
    count = len(chat.uttered())

    chat.say(TYPED[language]["amount"])
    assert chat.uttered()[-1] == "utter_result_amount"
    assert money(repayment["so_far_eurocent"], language) in chat.text()
    assert money(repayment["per_month_eurocent"], language) in chat.text()

    chat.say(TYPED[language]["since"])
    assert chat.uttered()[-1] == "utter_result_since"
    assert str(repayment["months_so_far"]) in chat.text()

    chat.say(TYPED[language]["first"])
    assert chat.uttered()[-1] == "utter_result_steps"

    chat.say(TYPED[language]["arrives"])
    assert chat.uttered()[-1] == "utter_result_partner_arrives"
    (arrival,) = chat.bot_events("utter_result_partner_arrives")
    arrived = expected_household("spouse_abroad", language)
    arrived["partner"] |= {"lives": "same_address", "arrived_in_nl": arrived["assessment_month"]}
    assert codes(arrival["metadata"]["arrival"]) == codes(assessed(arrived))
    assert "alo_kop_retroactive" in codes(arrival["metadata"]["arrival"]), "the core's answer"

    # A typed number, a yes and a greeting after the result are no new check.
    for text in ("28000", PHRASES[language]["yes"], PHRASES[language]["hello"]):
        chat.say(text)
        assert chat.uttered()[-1] in {"utter_after_result", "utter_fallback_after_result"}, text
    assert_no_new_check(chat, result, count)

    # Other questions: the FAQ, and what the bot does not understand leads to a person.
    chat.say(PHRASES[language]["ask_alo_kop"])
    assert chat.uttered()[-1] == "utter_faq_alo_kop"
    chat.press("nlu_fallback")
    assert chat.uttered()[-1] == "utter_fallback_after_result"
    assert "/request_human" in [button["payload"] for button in chat.buttons()]
    chat.press("nlu_fallback")
    assert chat.uttered()[-1] == "utter_offer_helpdesk"
    assert_no_new_check(chat, result, count)

    # The summary button keeps working after all of this.
    chat.press("request_summary")
    assert chat.uttered()[-1] == "utter_summary"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_answer_is_corrected_after_the_result_and_a_new_result_follows(
    conversation, language
):
    chat = conversation(language)
    start(chat, language)
    fill_form(chat, language, WITH_POLISH_BENEFIT)
    first = chat.slot("assessment")
    assert "foreign_family_benefit" in codes(first)
    first_code = chat.slot("reference_code")

    # "I never got money from Poland": the answers that say Poland, to change.
    chat.say(TYPED[language]["dispute"])
    assert chat.uttered()[-1] == "utter_change_answer_list"
    payloads = [button["payload"] for button in chat.buttons()]
    assert payloads == [
        change_payload("partner_country"),
        change_payload("foreign_benefit"),
        "/change_answer",
    ]
    count = len(chat.uttered())
    chat.say(change_payload("foreign_benefit"))
    assert chat.asked == "foreign_benefit"
    chat.press("inform", foreign_benefit="no")

    assert asked_since(chat, count) == ["utter_ask_foreign_benefit"], "only that question"
    assert chat.uttered()[-1] == "utter_result_headline", "a new result"
    expected = assessed(expected_household("spouse_abroad", language))
    assert chat.slot("assessment")["risks"] == expected["risks"]
    assert chat.slot("reference_code") != first_code

    # Typed "change an answer": every answer, and changing one clears what depends on it.
    chat.say(TYPED[language]["change"])
    assert chat.uttered()[-1] == "utter_change_answer_list"
    payloads = [button["payload"] for button in chat.buttons()]
    assert change_payload("kgb") in payloads and change_payload("situation") in payloads
    count = len(chat.uttered())
    chat.say(change_payload("kgb"))
    assert chat.asked == "kgb"
    chat.press("inform", kgb=False)
    assert chat.uttered()[-1] == "utter_result_headline"
    assert asked_since(chat, count) == ["utter_ask_kgb"], "nothing else depends on it"
    assert chat.slot("alo_kop") is None and chat.slot("kgb_since") is None, "dependants cleared"
    facts = expected_household("spouse_abroad", language)
    del facts["benefits"]["kindgebonden_budget"]
    facts.pop("alo_kop_stop_requested", None)
    assert chat.slot("assessment")["risks"] == assessed(facts)["risks"]
    assert "alo_kop_unregistered_partner" not in codes(chat.slot("assessment"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_answer_is_changed_inside_the_check(conversation, language):
    chat = conversation(language)
    start(chat, language)
    chat.press("inform", situation="labour_migrant")
    chat.press("inform", brp_registration="resident")
    chat.press("inform", has_partner=False)
    waiting = chat.asked
    chat.say(TYPED[language]["change"])
    names = chat.uttered()
    assert names[-2:] == ["utter_change_answer_list", f"utter_ask_{waiting}"], "then on"
    assert chat.slot("has_partner") is False, "a correction is no answer"
    payloads = [button["payload"] for button in chat.buttons()]
    assert change_payload("has_partner") in payloads
    chat.say(change_payload("has_partner"))
    assert chat.asked == "has_partner"
    chat.press("inform", has_partner=True)
    assert chat.asked == "relationship", "the partner's questions follow"
    assert chat.slot("situation") == "labour_migrant"
