"""The responses action_assess sends and the summary's reference code (pure; no Rasa)."""

from __future__ import annotations

import json
from pathlib import Path

from actions.result_messages import (
    DETAIL_RESPONSES,
    REFERENCE_ALPHABET,
    new_reference_code,
    result_messages,
    summary_of,
)
from rules_core import Household, assess

EXAMPLE = Path(__file__).resolve().parents[2] / "rules_core" / "examples"


def test_the_result_is_one_short_message_with_the_assessment_and_the_situation() -> None:
    household = json.loads((EXAMPLE / "spouse_abroad_labour_migrant.json").read_text())
    data = summary_of(assess(Household.model_validate(household)))
    assert "trace" not in data
    assert result_messages(data, "labour_migrant") == [
        ("utter_result_headline", {"assessment": data, "situation": "labour_migrant"})
    ]


def test_each_question_about_the_result_is_answered_by_its_own_response() -> None:
    assert DETAIL_RESPONSES == {
        "ask_result_why": "utter_result_why",
        "ask_result_steps": "utter_result_steps",
        "ask_result_amount": "utter_result_amount",
        "ask_result_since": "utter_result_since",
        "ask_partner_arrives": "utter_result_partner_arrives",
    }


def test_reference_codes_are_short_unambiguous_and_random() -> None:
    codes = {new_reference_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 8
        assert set(code) <= set(REFERENCE_ALPHABET)
    assert not set("01ILO") & set(REFERENCE_ALPHABET)
