"""Reading one answer: button payloads, intents and free text."""

import pytest

from actions.answers import read_answer
from bot.questions import DECLINED, DONT_KNOW

NOW = "2026-11"


def entity(name, value):
    return [{"entity": name, "value": value}]


def test_button_payload_sets_an_enumerated_answer():
    assert (
        read_answer(
            "situation",
            '/inform{"situation":"refugee"}',
            entity("situation", "refugee"),
            "inform",
            NOW,
        )
        == "refugee"
    )


def test_payload_outside_the_enumeration_is_not_an_answer():
    assert read_answer("situation", "", entity("situation", "tourist"), "inform", NOW) is None


def test_bool_from_payload_intent_and_text():
    assert read_answer("has_partner", "", entity("has_partner", True), "inform", NOW) is True
    assert read_answer("has_partner", "yes", [], "affirm", NOW) is True
    assert read_answer("partner_has_bsn", "nie", [], "inform", NOW) is False
    assert read_answer("partner_has_bsn", "نعم", [], "nlu_fallback", NOW) is True


@pytest.mark.parametrize("text", ["I don't know", "weet ik niet", "nie wiem", "لا أعرف", "ኣይፈልጥን"])
def test_dont_know_in_five_languages(text):
    assert read_answer("partner_has_bsn", text, [], "inform", NOW) == DONT_KNOW


def test_dont_know_intent_and_payload():
    assert read_answer("kgb_since", "/dont_know", [], "dont_know", NOW) == DONT_KNOW


def test_numbers_months_and_countries_from_text():
    assert read_answer("children_count", "dwoje", [], "inform", NOW) == 2
    assert read_answer("children_ages", "4 and 7", [], "inform", NOW) == [4, 7]
    assert read_answer("kgb_since", "od stycznia", [], "inform", NOW) == "2026-01"
    assert read_answer("partner_country", "w Polsce", [], "inform", NOW) == "PL"
    assert read_answer("kot_declared_hours", "140", [], "inform", NOW) == 140


def test_a_number_is_an_answer_whatever_intent_the_model_guessed():
    assert read_answer("children_count", "3", [], "greet", NOW) == 3


def test_a_question_is_not_an_answer():
    assert read_answer("children_count", "what is the alo-kop?", [], "ask_alo_kop", NOW) is None


def test_out_of_range_is_not_an_answer():
    assert read_answer("kot_declared_hours", "900", [], "inform", NOW) is None


def test_partner_not_arrived_and_no_foreign_benefit():
    assert read_answer("partner_arrived", "not yet", [], "deny", NOW) == "no"
    assert read_answer("partner_arrived", "since May", [], "inform", NOW) == "2026-05"
    assert read_answer("foreign_benefit", "yes, from Poland", [], "affirm", NOW) == "PL"
    assert read_answer("foreign_benefit", "no", [], "deny", NOW) == "no"


def test_income_can_be_declined():
    assert read_answer("income", "rather not", [], "deny", NOW) == DECLINED
    assert read_answer("income", "about 24.000 euro", [], "inform", NOW) == 24000


def test_country_entity_as_typed_is_mapped_to_its_code():
    typed = [{"entity": "country", "value": "ፖላንድ"}]
    assert read_answer("partner_country", "ፖላንድ", typed, "inform", NOW) == "PL"
    unknown = [{"entity": "country", "value": "Atlantis"}]
    assert read_answer("partner_country", "Atlantis", unknown, "inform", NOW) is None


def test_payloads_are_checked_like_typed_answers():
    def pressed(slot, value):
        return read_answer(slot, "", entity(slot, value), "inform", NOW)

    assert pressed("partner_country", "PL") == "PL"
    assert pressed("partner_country", "nowhere") is None
    assert pressed("kgb_since", "2025-03") == "2025-03"
    assert pressed("kgb_since", "March") is None
    assert pressed("children_ages", [3, 5]) == [3, 5]
    assert pressed("children_ages", [3, 99]) is None
    assert pressed("income", "declined") == DECLINED
    assert pressed("income", 24000) == 24000
