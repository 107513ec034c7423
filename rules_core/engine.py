"""``assess``: run every rule for one household and month, and gather the result.

The order is the law's: first who the toeslagpartner is, then what follows from that for each
benefit. Each rule module returns a Finding; this module only merges them, orders the actions and
questions, and writes the receipt.
"""

from __future__ import annotations

from collections.abc import Callable

from rules_core import __version__, months
from rules_core.assessment import (
    Action,
    Assessment,
    ParameterUse,
    Question,
    Receipt,
    Step,
    ToeslagpartnerDecision,
)
from rules_core.household import Household
from rules_core.params import ParameterSet, default_parameters, rules_digest
from rules_core.rules import alo_kop, eu, kinderopvang, koppeling, toeslagpartner
from rules_core.rules.finding import Finding

RiskRule = Callable[[Household, int, ToeslagpartnerDecision, ParameterSet], Finding]
RISK_RULES: tuple[RiskRule, ...] = (alo_kop.risks, kinderopvang.risks, koppeling.risks, eu.risks)


def assess(household: Household, params: ParameterSet | None = None) -> Assessment:
    params = params or default_parameters()
    month = months.parse(household.assessment_month)
    decision, partner_steps, partner_questions = toeslagpartner.decide(household, month, params)
    entitlement_step, alo = alo_kop.entitlement(household, decision)

    found = Finding(steps=[*partner_steps, entitlement_step], questions=list(partner_questions))
    for rule in RISK_RULES:
        found.extend(rule(household, month, decision, params))
    if found.risks or decision.outcome == "needs_answer":
        # A person can always help; it comes last, after the steps the user can take alone.
        found.propose("contact_helpdesk", 99)

    return Assessment(
        assessment_month=household.assessment_month,
        toeslagpartner=decision,
        alo_kop=alo,
        risks=tuple(found.risks),
        actions=_ordered_actions(found.actions),
        questions=_unique_questions(found.questions),
        trace=tuple(found.steps),
        receipt=_receipt(found.steps, month, params),
    )


def _ordered_actions(proposed: list[Action]) -> tuple[Action, ...]:
    """One action per code, at the most urgent priority any rule gave it, numbered from 1."""
    best: dict[str, Action] = {}
    for action in proposed:
        known = best.get(action.code)
        if known is None or action.priority < known.priority:
            best[action.code] = action
    order = {code: index for index, code in enumerate(a.code for a in proposed)}
    ranked = sorted(best.values(), key=lambda a: (a.priority, order[a.code]))
    return tuple(Action(a.code, rank, a.reason) for rank, a in enumerate(ranked, start=1))


def _unique_questions(questions: list[Question]) -> tuple[Question, ...]:
    seen: dict[str, Question] = {}
    for question in questions:
        seen.setdefault(question.fact, question)
    return tuple(seen.values())


def _receipt(steps: list[Step], month: int, params: ParameterSet) -> Receipt:
    """Which year's parameters were used: the year assessed, or, where a value had to fall back to
    an earlier verified one, the oldest such year; ``parameters_verified`` is False then."""
    uses: list[ParameterUse] = [use for s in steps for use in s.used]
    unsure = [use for use in uses if use.fallback or not use.verified]
    year = min((int(use.in_force_from[:4]) for use in unsure), default=months.year(month))
    return Receipt(
        rules_version=__version__,
        parameters_hash=params.digest,
        parameter_year=year,
        parameters_verified=not unsure,
        rules_hash=rules_digest(),
    )
