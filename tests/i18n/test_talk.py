"""Corrections and the talk after the result, rendered in every language (bot/i18n/talk.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actions.corrections import given_answers, named_answers
from actions.what_if import partner_arrives
from bot.i18n import render
from bot.i18n.format import money
from bot.i18n.languages import SUPPORTED
from bot.i18n.messages_talk import ANSWER_LABELS
from bot.questions import ORDER
from tests.questions.test_dependants import SPOUSE_ABROAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nlg"
SPOUSE = json.loads((FIXTURES / "assessment_spouse_abroad.json").read_text())


def test_every_form_question_has_a_short_label():
    assert set(ANSWER_LABELS) == {f"answer.{slot}" for slot in ORDER}


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_answers_are_listed_as_the_user_gave_them_each_with_a_change_button(language):
    answers = [list(answer) for answer in given_answers(SPOUSE_ABROAD)]
    message = render(
        "utter_change_answer_list", {"answers": answers, "partial": False}, language, "rest"
    )
    assert len(message.buttons) == len(SPOUSE_ABROAD)
    by_payload = {button.payload: button.title for button in message.buttons}
    kgb_since = by_payload['/change_one_answer{"change_slot":"kgb_since"}']
    assert "2025" in kgb_since and "{" not in kgb_since
    country = by_payload['/change_one_answer{"change_slot":"partner_country"}']
    assert "PL" not in country, "the country's name, not its code"
    assert all(title.strip() for title in by_payload.values())


def test_a_typed_correction_names_the_answers_it_is_about():
    slots = SPOUSE_ABROAD | {"foreign_benefit": "PL"}
    text = "is that right? I never got money from Poland"
    assert named_answers(slots, text) == ["partner_country", "foreign_benefit"]
    assert named_answers(slots, "I said no, that's wrong") == []
    assert named_answers(slots, '/change_one_answer{"change_slot":"kgb"}') == []


@pytest.mark.parametrize("language", SUPPORTED)
def test_how_much_and_since_when_come_from_the_assessment(language):
    (risk,) = [r for r in SPOUSE["risks"] if r["repayment"]]
    amount = render("utter_result_amount", {"assessment": SPOUSE}, language, "rest").text
    assert money(risk["repayment"]["per_month_eurocent"], language) in amount
    since = render("utter_result_since", {"assessment": SPOUSE}, language, "rest").text
    if risk["repayment"].get("months_so_far"):
        assert str(risk["repayment"]["months_so_far"]) in since


@pytest.mark.parametrize("language", SUPPORTED)
def test_what_if_the_partner_arrives_is_the_core_asked_again(language):
    arrival = partner_arrives(SPOUSE_ABROAD, "2026-12")
    assert arrival is not None
    assert "alo_kop_retroactive" in [risk["code"] for risk in arrival["risks"]]
    text = render(
        "utter_result_partner_arrives", {"assessment": SPOUSE, "arrival": arrival}, language, "rest"
    ).text
    assert text.count("\n") >= 2
    assert partner_arrives(SPOUSE_ABROAD | {"has_partner": False}, "2026-12") is None
    plain = render("utter_result_partner_arrives", {"arrival": None}, language, "rest").text
    assert plain == render("utter_faq_report_partner", {}, language, "rest").text
