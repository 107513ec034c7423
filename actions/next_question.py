"""Which form questions this household needs, in the order they are asked.

Two sources, both readable here: the household's shape (``_relevant``: a partner abroad makes
its country relevant, children make the benefits for children relevant) and the rules core's
``assessment.questions`` (facts whose answer would change the outcome, mapped by
``FACT_TO_SLOT``). Pure: no Rasa.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from actions.form_slots import DONT_KNOW

Slots = dict[str, Any]

# Rules-core question facts (rules_core/codes.py QUESTION_FACTS) -> the form slot that answers it.
FACT_TO_SLOT = {
    "partner": "has_partner",
    "partner.relationship": "relationship",
    "partner.since": "partner_since",
    "partner.lives": "partner_lives",
    "partner.has_bsn": "partner_has_bsn",
    "partner.known_to_toeslagen": "partner_known_to_toeslagen",
    "partner.lawful_residence": "partner_lawful_residence",
    "partner.joint_child": "joint_child",
    "partner.divorce_requested": "divorce_requested",
    "partner.divorce_request_reported": "divorce_request_reported",
    "partner.detention_sentence_months": "detention_sentence_months",
    "partner.activity": "partner_activity",
    "children": "children_count",
    "applicant.activity": "applicant_activity",
    "applicant.lawful_residence": "applicant_lawful_residence",
    "benefits.kindgebonden_budget.receives": "kgb",
    "benefits.kindgebonden_budget.alo_kop": "alo_kop",
    "benefits.kindgebonden_budget.since": "kgb_since",
    "benefits.kinderopvangtoeslag.care_type": "kot_care_type",
    "benefits.kinderopvangtoeslag.declared_hours_per_month": "kot_declared_hours",
    "benefits.kinderopvangtoeslag.actual_hours_per_month": "kot_actual_hours",
    "benefits.kinderopvangtoeslag.hourly_rate_eurocent": "kot_hourly_rate",
    "benefits.foreign_family_benefit.country": "foreign_benefit",
    "income.applicant_annual_eurocent": "income",
    "income.partner_annual_eurocent": "partner_income",
}


def _is(slots: Slots, name: str, *values: Any) -> bool:
    return slots.get(name) in values


def _partner(slots: Slots) -> bool:
    return _is(slots, "has_partner", True)


def _children(slots: Slots) -> bool:
    count = slots.get("children_count")
    return isinstance(count, int) and count > 0


def _abroad(slots: Slots) -> bool:
    return _partner(slots) and _is(slots, "partner_lives", "abroad")


Rule = Callable[[Slots], bool]

# The household's shape: (slot, when it is relevant). Order is the order of the conversation.
_RELEVANT: tuple[tuple[str, Rule], ...] = (
    ("situation", lambda s: True),
    ("brp_registration", lambda s: True),
    ("has_partner", lambda s: True),
    ("relationship", _partner),
    ("partner_lives", _partner),
    ("partner_country", _abroad),
    ("partner_has_bsn", _abroad),
    ("partner_known_to_toeslagen", lambda s: _abroad(s) and _is(s, "partner_has_bsn", True)),
    ("expected_arrival", lambda s: _abroad(s) and _is(s, "situation", "refugee")),
    (
        "partner_arrived",
        lambda s: (
            _partner(s)
            and _is(s, "partner_lives", "same_address")
            and _is(s, "situation", "refugee", "labour_migrant")
        ),
    ),
    ("divorce_requested", lambda s: _partner(s) and _is(s, "partner_lives", "other_address_nl")),
    ("divorce_request_reported", lambda s: _is(s, "divorce_requested", True)),
    ("detention_sentence_months", lambda s: _partner(s) and _is(s, "partner_lives", "detention")),
    ("children_count", lambda s: True),
    ("children_ages", _children),
    ("children_abroad", _children),
    ("joint_child", lambda s: _partner(s) and _children(s)),
    ("kgb", _children),
    ("alo_kop", lambda s: _is(s, "kgb", True)),
    ("kgb_since", lambda s: _is(s, "kgb", True)),
    ("kot", _children),
    ("kot_care_type", lambda s: _is(s, "kot", True)),
    ("kot_declared_hours", lambda s: _is(s, "kot", True)),
    ("kot_actual_hours", lambda s: _is(s, "kot", True)),
    ("zorgtoeslag", lambda s: True),
    ("huurtoeslag", lambda s: True),
    ("kinderbijslag", _children),
    (
        "foreign_benefit",
        lambda s: _children(s) and (_abroad(s) or _is(s, "situation", "labour_migrant")),
    ),
    ("alo_kop_stop_requested", lambda s: _is(s, "alo_kop", True) and _partner(s)),
)
# Asked only when the core asks for them, next to the question they belong with: when the
# partnership began after when the kgb began (the ALO-kop repayment starts at the later of the
# two), the price per hour after the hours (the KOT repayment is hours times that price).
_ONLY_WHEN_ASKED = {"kgb_since": "partner_since", "kot_actual_hours": "kot_hourly_rate"}
_ORDER = [
    name for slot, _ in _RELEVANT for name in (slot, _ONLY_WHEN_ASKED.get(slot)) if name is not None
] + [
    # The user's own residence right after the partner's: the core asks it only when the
    # partner has none and the kgb exception could apply.
    "partner_lawful_residence",
    "applicant_lawful_residence",
    "partner_activity",
    "applicant_activity",
    # The partner's income after the user's: the core asks it when their incomes count together.
    "income",
    "partner_income",
]


def required_slots(slots: Slots, question_facts: Iterable[str]) -> list[str]:
    """The slots to fill, in conversation order: the relevant ones plus those the core asks for."""
    wanted = {slot for slot, relevant in _RELEVANT if relevant(slots)}
    wanted |= {FACT_TO_SLOT[fact] for fact in question_facts if fact in FACT_TO_SLOT}
    return [slot for slot in _ORDER if slot in wanted]


def next_slot(slots: Slots, question_facts: Iterable[str]) -> str | None:
    """The first required slot without an answer ("I don't know" is an answer)."""
    return next(
        (slot for slot in required_slots(slots, question_facts) if slots.get(slot) is None),
        None,
    )


__all__ = ["DONT_KNOW", "FACT_TO_SLOT", "next_slot", "required_slots"]
