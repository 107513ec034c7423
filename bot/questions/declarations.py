"""Every question of the household form, in the order the conversation asks them.

A question is asked when it is ``relevant`` to the answers so far, or when the rules core asks
for a fact it ``answers`` (``assessment.questions``); "I don't know" counts as an answer. Its
text is the catalog message ``utter_ask_<slot>`` (locales/<lang>/LC_MESSAGES/messages.po), its
buttons are listed here. docs/questions.md explains how to add one.
"""

from __future__ import annotations

from typing import Any

from bot.questions.kinds import (
    DECLINED,
    ONLY_DONT_KNOW,
    YES_NO,
    SlotKind,
    one_of,
    option_buttons,
    shortcut_buttons,
    yes_no_buttons,
)
from bot.questions.question import Question, Rule, Slots
from rules_core.household import (
    Activity,
    BrpRegistration,
    CareType,
    PartnerLives,
    Relationship,
    Situation,
)


def _is(slot: str, *values: Any) -> Rule:
    return lambda slots: slots.get(slot) in values


def always(slots: Slots) -> bool:
    return True


def partner(slots: Slots) -> bool:
    return slots.get("has_partner") is True


def children(slots: Slots) -> bool:
    count = slots.get("children_count")
    return isinstance(count, int) and count > 0


def partner_abroad(slots: Slots) -> bool:
    return partner(slots) and slots.get("partner_lives") == "abroad"


def partner_lives(*places: str) -> Rule:
    return lambda slots: partner(slots) and slots.get("partner_lives") in places


ACTIVITY = one_of(Activity)
CARE_TYPE = one_of(CareType)

QUESTIONS: tuple[Question, ...] = (
    # --- the applicant
    Question(
        "situation",
        "applicant.situation",
        one_of(Situation),
        option_buttons("situation", one_of(Situation)),
        relevant=always,
    ),
    Question(
        "brp_registration",
        "applicant.brp_registration",
        one_of(BrpRegistration),
        option_buttons("brp_registration", one_of(BrpRegistration)),
        relevant=always,
    ),
    # --- the partner
    Question("has_partner", "partner", YES_NO, yes_no_buttons(), always, answers=("partner",)),
    Question(
        "relationship",
        "partner.relationship",
        one_of(Relationship),
        option_buttons("relationship", one_of(Relationship)),
        relevant=partner,
        answers=("partner.relationship",),
        nlu_entity=True,
    ),
    Question(
        "partner_lives",
        "partner.lives",
        one_of(PartnerLives),
        option_buttons("partner_lives", one_of(PartnerLives)),
        relevant=partner,
        answers=("partner.lives",),
    ),
    Question(
        "partner_country",
        "partner.country",
        SlotKind("country"),
        ONLY_DONT_KNOW,
        relevant=partner_abroad,
    ),
    Question(
        "partner_has_bsn",
        "partner.has_bsn",
        YES_NO,
        yes_no_buttons(),
        relevant=partner_abroad,
        answers=("partner.has_bsn",),
    ),
    Question(
        "partner_known_to_toeslagen",
        "partner.known_to_toeslagen",
        YES_NO,
        yes_no_buttons(),
        relevant=lambda s: partner_abroad(s) and s.get("partner_has_bsn") is True,
        answers=("partner.known_to_toeslagen",),
    ),
    Question(
        "expected_arrival",
        "partner.expected_arrival",
        SlotKind("month"),
        ONLY_DONT_KNOW,
        relevant=lambda s: partner_abroad(s) and s.get("situation") == "refugee",
    ),
    Question(
        "partner_arrived",
        "partner.arrived_in_nl",
        SlotKind("month_or_no"),
        shortcut_buttons(("button.not_arrived_yet", "no")),
        relevant=lambda s: (
            partner_lives("same_address")(s) and _is("situation", "refugee", "labour_migrant")(s)
        ),
    ),
    Question(
        "divorce_requested",
        "partner.divorce_requested",
        YES_NO,
        yes_no_buttons(),
        relevant=partner_lives("other_address_nl"),
        answers=("partner.divorce_requested",),
    ),
    Question(
        "divorce_request_reported",
        "partner.divorce_request_reported",
        YES_NO,
        yes_no_buttons(),
        relevant=_is("divorce_requested", True),
        answers=("partner.divorce_request_reported",),
    ),
    Question(
        "detention_sentence_months",
        "partner.detention_sentence_months",
        SlotKind("int", low=0, high=1200),
        ONLY_DONT_KNOW,
        relevant=partner_lives("detention"),
        answers=("partner.detention_sentence_months",),
    ),
    # Asked only when the core asks: a partner in a care home, where a married couple may
    # choose not to be each other's toeslagpartner (Wet verbetering uitvoerbaarheid toeslagen).
    Question(
        "partner_care_home_not_partners",
        "partner.care_home_not_partners",
        YES_NO,
        yes_no_buttons(),
        answers=("partner.care_home_not_partners",),
    ),
    # --- the children
    Question(
        "children_count",
        "children",
        SlotKind("int", low=0, high=20),
        ONLY_DONT_KNOW,
        relevant=always,
        answers=("children",),
    ),
    Question("children_ages", "children[].age", SlotKind("ages"), ONLY_DONT_KNOW, children),
    Question(
        "children_abroad",
        "children[].lives_in",
        SlotKind("country_or_no"),
        shortcut_buttons(("button.children_all_in_nl", "no")),
        relevant=children,
    ),
    Question(
        "joint_child",
        "partner.joint_child",
        YES_NO,
        yes_no_buttons(),
        relevant=lambda s: partner(s) and children(s),
        answers=("partner.joint_child",),
    ),
    # --- kindgebonden budget
    Question(
        "kgb",
        "benefits.kindgebonden_budget.receives",
        YES_NO,
        yes_no_buttons(),
        relevant=children,
        answers=("benefits.kindgebonden_budget.receives",),
    ),
    Question(
        "alo_kop",
        "benefits.kindgebonden_budget.alo_kop",
        YES_NO,
        yes_no_buttons(),
        relevant=_is("kgb", True),
        answers=("benefits.kindgebonden_budget.alo_kop",),
    ),
    Question(
        "kgb_since",
        "benefits.kindgebonden_budget.since",
        SlotKind("month"),
        ONLY_DONT_KNOW,
        relevant=_is("kgb", True),
        answers=("benefits.kindgebonden_budget.since",),
    ),
    # Next to the kgb's start: the ALO-kop repayment starts at the later of the two.
    Question(
        "partner_since",
        "partner.since",
        SlotKind("month"),
        ONLY_DONT_KNOW,
        answers=("partner.since",),
    ),
    # --- kinderopvangtoeslag
    Question(
        "kot",
        "benefits.kinderopvangtoeslag.receives",
        YES_NO,
        yes_no_buttons(),
        relevant=children,
    ),
    Question(
        "kot_care_type",
        "benefits.kinderopvangtoeslag.care_type",
        CARE_TYPE,
        option_buttons("care_type", CARE_TYPE),
        relevant=_is("kot", True),
        answers=("benefits.kinderopvangtoeslag.care_type",),
    ),
    Question(
        "kot_declared_hours",
        "benefits.kinderopvangtoeslag.declared_hours_per_month",
        SlotKind("int", low=0, high=744),
        ONLY_DONT_KNOW,
        relevant=_is("kot", True),
        answers=("benefits.kinderopvangtoeslag.declared_hours_per_month",),
    ),
    Question(
        "kot_actual_hours",
        "benefits.kinderopvangtoeslag.actual_hours_per_month",
        SlotKind("int", low=0, high=744),
        ONLY_DONT_KNOW,
        relevant=_is("kot", True),
        answers=("benefits.kinderopvangtoeslag.actual_hours_per_month",),
    ),
    # After the hours: the KOT repayment is hours times this price. From 1 cent to 50 euros,
    # so "850" typed as cents is refused.
    Question(
        "kot_hourly_rate",
        "benefits.kinderopvangtoeslag.hourly_rate_eurocent",
        SlotKind("rate", low=1, high=5000),
        ONLY_DONT_KNOW,
        answers=("benefits.kinderopvangtoeslag.hourly_rate_eurocent",),
    ),
    # --- other benefits
    Question("zorgtoeslag", "benefits.zorgtoeslag.receives", YES_NO, yes_no_buttons(), always),
    Question("huurtoeslag", "benefits.huurtoeslag.receives", YES_NO, yes_no_buttons(), always),
    Question(
        "kinderbijslag", "benefits.kinderbijslag.receives", YES_NO, yes_no_buttons(), children
    ),
    Question(
        "foreign_benefit",
        "benefits.foreign_family_benefit.country",
        SlotKind("country_or_no"),
        shortcut_buttons(("button.no_foreign_benefit", "no")),
        relevant=lambda s: (
            children(s) and (partner_abroad(s) or s.get("situation") == "labour_migrant")
        ),
        answers=("benefits.foreign_family_benefit.country",),
    ),
    Question(
        "alo_kop_stop_requested",
        "alo_kop_stop_requested",
        YES_NO,
        yes_no_buttons(),
        relevant=lambda s: s.get("alo_kop") is True and partner(s),
    ),
    # --- asked only when the rules core needs them
    # The user's own residence right after the partner's: the core asks it only when the
    # partner has none and the kgb exception could apply.
    Question(
        "partner_lawful_residence",
        "partner.lawful_residence",
        YES_NO,
        yes_no_buttons(),
        answers=("partner.lawful_residence",),
    ),
    Question(
        "applicant_lawful_residence",
        "applicant.lawful_residence",
        YES_NO,
        yes_no_buttons(),
        answers=("applicant.lawful_residence",),
    ),
    Question(
        "partner_activity",
        "partner.activity",
        ACTIVITY,
        option_buttons("activity", ACTIVITY),
        answers=("partner.activity",),
    ),
    # Right after "what does your partner do": a partner who does not work, study or follow a
    # trajectory still meets the childcare labour requirement with a Wlz indication.
    Question(
        "partner_wlz_indication",
        "partner.wlz_indication",
        YES_NO,
        yes_no_buttons(),
        answers=("partner.wlz_indication",),
    ),
    # Asked only when the core asks: childcare benefit runs on for three months after the
    # partner stopped working (the uitloop), so the month they stopped sets what is reclaimed.
    Question(
        "partner_activity_stopped",
        "partner.activity_stopped",
        SlotKind("month"),
        ONLY_DONT_KNOW,
        answers=("partner.activity_stopped",),
    ),
    Question(
        "applicant_activity",
        "applicant.activity",
        ACTIVITY,
        option_buttons("activity", ACTIVITY),
        answers=("applicant.activity",),
    ),
    # The partner's income after the user's: the core asks it when their incomes count together.
    Question(
        "income",
        "income.applicant_annual_eurocent",
        SlotKind("money"),
        shortcut_buttons(("button.skip", DECLINED)),
        answers=("income.applicant_annual_eurocent",),
    ),
    Question(
        "partner_income",
        "income.partner_annual_eurocent",
        SlotKind("money"),
        shortcut_buttons(("button.skip", DECLINED)),
        answers=("income.partner_annual_eurocent",),
    ),
)
