"""Every question the rules core can ask can be asked in the chat (issue 9 §2)."""

from __future__ import annotations

from bot.questions import QUESTIONS
from bot.questions.coverage import NOT_ASKED, unasked
from rules_core.codes import QUESTION_FACTS


def test_every_question_fact_is_asked_or_has_a_reason() -> None:
    assert unasked(QUESTION_FACTS) == []


def test_removing_a_declaration_is_caught() -> None:
    without_wlz = [q for q in QUESTIONS if q.slot != "partner_wlz_indication"]
    assert unasked(QUESTION_FACTS, without_wlz) == ["partner.wlz_indication"]
    without_income = [q for q in QUESTIONS if q.slot not in {"income", "partner_income"}]
    assert unasked(QUESTION_FACTS, without_income) == [
        "income.applicant_annual_eurocent",
        "income.partner_annual_eurocent",
    ]


def test_a_written_reason_excuses_a_fact_and_an_empty_one_does_not() -> None:
    without_wlz = [q for q in QUESTIONS if q.slot != "partner_wlz_indication"]
    reason = {"partner.wlz_indication": "asked by a person at the helpdesk"}
    assert unasked(QUESTION_FACTS, without_wlz, reason) == []
    assert unasked(QUESTION_FACTS, without_wlz, {"partner.wlz_indication": " "}) == [
        "partner.wlz_indication"
    ]


def test_reasons_name_real_facts_that_no_question_asks() -> None:
    asked = {fact for question in QUESTIONS for fact in question.answers}
    for fact, why in NOT_ASKED.items():
        assert fact in QUESTION_FACTS, fact
        assert fact not in asked, f"{fact} is asked and excused at once"
        assert why.strip(), fact


def test_every_answered_fact_is_one_the_core_can_ask_and_is_answered_once() -> None:
    answers = [fact for question in QUESTIONS for fact in question.answers]
    assert sorted(set(answers)) == sorted(answers), "a fact answered by two questions"
    assert set(answers) <= set(QUESTION_FACTS)
