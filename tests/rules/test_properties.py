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


# Facts only an exception needs, with the value under which the exception does not apply.
EXCEPTION_FACTS = {
    "divorce_requested": False,
    "divorce_request_reported": False,
    "detention_sentence_months": 0,
    "wlz_indication": False,
    "care_home_not_partners": False,
    "known_to_toeslagen": False,
}


def _risk_keys(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(r.code, r.benefit) for r in assess(Household.model_validate(data)).risks}


@MANY
@given(household_dicts(), st.sampled_from(sorted(EXCEPTION_FACTS)))
def test_an_unknown_exception_fact_never_removes_a_risk(data: dict[str, Any], fact: str) -> None:
    """Making any single exception fact unknown never removes a risk that is present when the
    fact is false: an exception applies only when established."""
    partner = data.get("partner")
    if not isinstance(partner, dict):
        partner = {"relationship": "married"}
    with_false = {**data, "partner": {**partner, fact: EXCEPTION_FACTS[fact]}}
    unknown = {**data, "partner": {**partner, fact: None}}
    assert _risk_keys(with_false) <= _risk_keys(unknown)


@MANY
@given(household_dicts())
def test_unknown_alo_kop_never_removes_a_risk(data: dict[str, Any]) -> None:
    benefits = dict(data.get("benefits") or {})
    kgb = dict(benefits.get("kindgebonden_budget") or {"receives": True})
    with_false = {
        **data,
        "benefits": {**benefits, "kindgebonden_budget": {**kgb, "alo_kop": False}},
    }
    unknown = {**data, "benefits": {**benefits, "kindgebonden_budget": {**kgb, "alo_kop": None}}}
    assert _risk_keys(with_false) <= _risk_keys(unknown)


@MANY
@given(households())
def test_the_assessment_never_contradicts_itself(household: Household) -> None:
    """ALO-kop paid without a right to it always comes with a risk about it; a provisional risk
    names what it assumed, and every assumed fact is still asked."""
    assessment = assess(household)
    if assessment.alo_kop.entitled is False and assessment.alo_kop.received:
        assert any(r.code.startswith("alo_kop") for r in assessment.risks)
    asked = {q.fact for q in assessment.questions}
    for risk in assessment.risks:
        assert risk.provisional == bool(risk.assumes)
        assert {a.fact for a in risk.assumes} <= asked
        if risk.repayment is not None and risk.repayment.months_not_counted:
            assert not risk.repayment.upper_bound
        if risk.repayment is not None and not risk.repayment.upper_bound:
            assert risk.repayment.missing == ()
    assert {a.fact for a in assessment.toeslagpartner.assumes} <= asked
