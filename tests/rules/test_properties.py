"""Properties that hold for every household, checked on generated ones (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from rules_core import Household, assess
from rules_core.codes import ACTION_CODES, ALL_MESSAGE_KEYS, BENEFITS, RISK_CODES, RULE_IDS
from tests.rules.strategies import household_dicts, households

MANY = settings(max_examples=400, deadline=None)


@MANY
@given(households())
def test_assessment_is_deterministic(household: Household) -> None:
    assert assess(household).as_dict() == assess(household).as_dict()


@MANY
@given(households())
def test_amounts_are_never_negative(household: Household) -> None:
    for risk in assess(household).risks:
        if risk.repayment is not None:
            assert risk.repayment.so_far_eurocent >= 0
            assert risk.repayment.per_month_eurocent >= 0
            assert risk.repayment.months_so_far >= 0


@MANY
@given(household_dicts())
def test_no_partner_means_no_alo_kop_risk(data: dict[str, Any]) -> None:
    data = {**data, "partner": None}
    assessment = assess(Household.model_validate(data))
    assert assessment.toeslagpartner.outcome == "no_partner"
    assert not [r for r in assessment.risks if r.code.startswith("alo_kop")]


@MANY
@given(households())
def test_every_code_and_key_is_known(household: Household) -> None:
    """Everything the core emits has a message (ALL_MESSAGE_KEYS is what the locales cover)."""
    assessment = assess(household)
    keys = set(ALL_MESSAGE_KEYS)
    for risk in assessment.risks:
        assert risk.code in RISK_CODES
        assert risk.benefit in BENEFITS
        assert risk.reason in keys
    for action in assessment.actions:
        assert action.code in ACTION_CODES
        assert action.reason in keys
    for question in assessment.questions:
        assert question.reason in keys
    for step in assessment.trace:
        assert step.rule in RULE_IDS
        assert step.reason in keys
    assert f"toeslagpartner.{assessment.toeslagpartner.outcome}" in keys


@MANY
@given(households())
def test_actions_are_numbered_from_one_without_duplicates(household: Household) -> None:
    actions = assess(household).actions
    assert [a.priority for a in actions] == list(range(1, len(actions) + 1))
    assert len({a.code for a in actions}) == len(actions)


@MANY
@given(household_dicts(), st.data())
def test_adding_facts_never_crashes(data: dict[str, Any], draw: st.DataObject) -> None:
    """Start from a household, then fill in one more fact: the core still answers."""
    assess(Household.model_validate(data))
    richer = draw.draw(household_dicts())
    merged = {**richer, **data, "assessment_month": data["assessment_month"]}
    assess(Household.model_validate(merged))


@MANY
@given(households())
def test_needs_answer_always_comes_with_a_question(household: Household) -> None:
    assessment = assess(household)
    if assessment.toeslagpartner.outcome == "needs_answer":
        assert assessment.questions
