"""Who is the toeslagpartner in the month assessed (Awir art. 3 with AWR art. 5a, Awir art. 5).

The grounds are evaluated in the law's order and the first that holds is reported: art. 3 lid 4
says that where several people qualify, the AWR 5a partner comes first, then the first category of
lid 2 ("die hierna als eerste wordt genoemd"). A ground whose facts are unknown does not hold and
does not fail: if no later ground holds either, the outcome is ``needs_answer`` with the question.
"""

from __future__ import annotations

from collections.abc import Callable

from rules_core import citations as cite
from rules_core import months
from rules_core.assessment import Assumption, Question, Step, ToeslagpartnerDecision
from rules_core.household import Household, Partner
from rules_core.params import ParameterSet
from rules_core.rules._step import step

SPOUSE = ("married", "registered_partnership")
# Unmarried partners the lid-2 grounds can apply to. "other" (a friend, a relative) is left out:
# the team does not decide those households; the Belastingdienst's own tool does.
UNMARRIED = ("notarial_cohabitation", "cohabiting")


def _living_together(partner: Partner) -> bool | None:
    """Registered at the same BRP address, as the lid-2 grounds require.

    Interpretation: during detention the BRP address usually stays (S93: huurtoeslag changes only
    after more than a year), so a detained partner counts as still registered at the address.
    """
    if partner.lives is None:
        return None
    return partner.lives in ("same_address", "detention")


# What a ground found: its steps, whether it holds (None: a fact is unknown), the questions, and
# the facts it took at their default because only an exception needs them.
Ground = tuple[list[Step], bool | None, list[Question], list[Assumption]]
# What an exception found: its step, the questions left open and the assumptions made.
Exception_ = tuple[Step, list[Question], list[Assumption]]


def _question(fact: str) -> Question:
    return Question(fact=fact, reason=f"question.{fact}")


def _ground(found: Step, questions: list[Question]) -> Ground:
    return [found], None if found.result is None else bool(found.result), questions, []


def _assume(fact: str, value: bool | str) -> tuple[list[Question], list[Assumption]]:
    """An exception's fact is unknown: take the value under which the main rule applies, and keep
    the question so the user can still establish the exception."""
    return [_question(fact)], [Assumption(fact, value)]


def scheidingsverzoek(partner: Partner) -> Exception_:
    """AWR art. 5a: a spouse stops being the partner once a request for divorce (or separation, or
    ending the registered partnership) is filed, they no longer live at the same address, and the
    request date was reported to Toeslagen (S87). Not reported: still partners until the divorce.
    A detained spouse keeps the BRP address (see ``_living_together``), so the exit does not apply.

    An exception applies only when established: each of its three facts that is unknown is taken
    at the value under which the spouse stays the partner (no request, not reported, same address).
    """
    read = {
        "partner.divorce_requested": partner.divorce_requested,
        "partner.divorce_request_reported": partner.divorce_request_reported,
        "partner.lives": partner.lives,
    }
    questions: list[Question] = []
    assumes: list[Assumption] = []
    if _living_together(partner) or partner.divorce_requested is False:
        result = False
    elif partner.divorce_requested is None:
        result = False
        questions, assumes = _assume("partner.divorce_requested", False)
    elif partner.divorce_request_reported is None:
        result = False
        questions, assumes = _assume("partner.divorce_request_reported", False)
    elif not partner.divorce_request_reported:
        result = False
    elif partner.lives is None:
        result = False
        questions, assumes = _assume("partner.lives", "same_address")
    else:
        result = True
    found = step("awr_art5a_scheidingsverzoek", cite.AWR_ART5A_SCHEIDINGSVERZOEK, read, result)
    return found, questions, assumes


def zorginstelling_keuze(partner: Partner) -> Exception_:
    """Care home (S82, S85): partners stay partners when one of them moves to a care home, unless
    they tell Dienst Toeslagen in writing that they no longer want to be each other's
    toeslagpartner. Since the Wet verbetering uitvoerbaarheid toeslagen married couples may make
    that choice too (review 2026-12; S82: "U mag kiezen of u toeslagpartners wilt blijven").
    Unknown: no choice made, they stay partners."""
    choice = partner.care_home_not_partners
    questions: list[Question] = []
    assumes: list[Assumption] = []
    if choice is None:
        questions, assumes = _assume("partner.care_home_not_partners", False)
    read = {"partner.care_home_not_partners": choice, "partner.lives": partner.lives}
    found = step("awir_art3_zorginstelling_keuze", cite.AWIR_ART3_LID6, read, bool(choice))
    return found, questions, assumes


def echtgenoot(partner: Partner, _household: Household) -> Ground:
    """Awir art. 3 lid 1 with AWR art. 5a lid 1: the spouse or registered partner is the
    toeslagpartner, wherever he or she lives (S83: also when living elsewhere or abroad, and also
    when we do not know where)."""
    is_spouse = None if partner.relationship is None else partner.relationship in SPOUSE
    ground = step(
        "awir_art3_lid1_echtgenoot",
        cite.AWIR_ART3_LID1,
        {"partner.relationship": partner.relationship, "partner.lives": partner.lives},
        is_spouse,
    )
    if is_spouse is None:
        return [ground], None, [_question("partner.relationship")], []
    if not is_spouse:
        return [ground], False, [], []
    exit_step, questions, assumes = scheidingsverzoek(partner)
    steps = [ground, exit_step]
    left = bool(exit_step.result)
    if not left and partner.lives == "care_home":
        choice_step, more_questions, more_assumes = zorginstelling_keuze(partner)
        steps.append(choice_step)
        questions, assumes = questions + more_questions, assumes + more_assumes
        left = bool(choice_step.result)
    return steps, not left, questions, assumes


def notarieel_samenlevingscontract(partner: Partner, _household: Household) -> Ground:
    """AWR art. 5a: unmarried adults with a notarial cohabitation contract who live at the same
    address are partners."""
    together = _living_together(partner)
    questions: list[Question] = []
    if partner.relationship != "notarial_cohabitation":
        result: bool | None = False
    elif together is None:
        result, questions = None, [_question("partner.lives")]
    else:
        result = together
    read = {"partner.relationship": partner.relationship, "partner.lives": partner.lives}
    found = step("awir_art3_lid1_notarieel_samenlevingscontract", cite.AWIR_ART3_LID1, read, result)
    return _ground(found, questions)


def gezamenlijk_kind(partner: Partner, _household: Household) -> Ground:
    """Awir art. 3 lid 2 onderdeel a: registered at the same address and a child together."""
    together = _living_together(partner)
    questions: list[Question] = []
    if partner.relationship not in UNMARRIED or together is False:
        result: bool | None = False
    elif together is None:
        result, questions = None, [_question("partner.lives")]
    elif partner.joint_child is None:
        result, questions = None, [_question("partner.joint_child")]
    else:
        result = partner.joint_child
    read = {
        "partner.relationship": partner.relationship,
        "partner.lives": partner.lives,
        "partner.joint_child": partner.joint_child,
    }
    return _ground(
        step("awir_art3_lid2_a_gezamenlijk_kind", cite.AWIR_ART3_LID2, read, result), questions
    )


# Lid 2 onderdeel e also covers an adult who is not a partner at all (a sibling, a friend, a
# lodger) with exceptions we do not ask about (a commercial sublease; a parent or child under 27,
# lid 5): such a household gets a person to look at it, not a guess.
OTHER_ADULT = Question(
    fact="partner.relationship", reason="question.partner.relationship.other_adult"
)


def minderjarig_kind_op_adres(partner: Partner, household: Household) -> Ground:
    """Awir art. 3 lid 2 onderdeel e: an adult registered at the same address as a minor child of
    either of them. (The exception for a written commercial sublease is not asked.)"""
    together = _living_together(partner)
    children = household.children
    questions: list[Question] = []
    other_adult = partner.relationship == "other"
    if (partner.relationship not in UNMARRIED and not other_adult) or together is False:
        result: bool | None = False
    elif together is None:
        result, questions = None, [_question("partner.lives")]
    elif children is None:
        result, questions = None, [_question("children")]
    else:
        result = any(child.age < 18 and child.lives_in in (None, "NL") for child in children)
        if result and other_adult:
            result, questions = None, [OTHER_ADULT]
    read = {
        "partner.relationship": partner.relationship,
        "partner.lives": partner.lives,
        "children.minor_in_nl": None
        if children is None
        else sum(1 for c in children if c.age < 18 and c.lives_in in (None, "NL")),
    }
    found = step("awir_art3_lid2_e_minderjarig_kind_op_adres", cite.AWIR_ART3_LID2, read, result)
    return _ground(found, questions)


def zorginstelling(partner: Partner, _household: Household) -> Ground:
    """Awir art. 3 lid 6: partners stay partners when one of them moves to a care home; they can
    end that by letter to Dienst Toeslagen (S85; ``zorginstelling_keuze``)."""
    result = partner.relationship in UNMARRIED and partner.lives == "care_home"
    read = {"partner.relationship": partner.relationship, "partner.lives": partner.lives}
    ground = step("awir_art3_lid6_zorginstelling", cite.AWIR_ART3_LID6, read, result)
    if not result:
        return [ground], False, [], []
    choice_step, questions, assumes = zorginstelling_keuze(partner)
    return [ground, choice_step], not choice_step.result, questions, assumes


def partnership_start(partner: Partner, params: ParameterSet) -> tuple[Step | None, int | None]:
    """From which month the partnership counts.

    Since 2021 (Awir art. 5, S89): from the first of the month after the event, or that day if it is
    the first. We only know the month of the event, so we assume it was not on the first: the
    partnership counts from the next month. Until 2020 (old art. 3 lid 3, S90): back to the start of
    living together in that year, so from the event month itself.
    """
    if partner.since is None:
        return None, None
    event = months.parse(partner.since)
    # A marriage from before the Awir (2006) is read with the Awir's first rule: the partnership
    # counts from the event, and no toeslag is older than the Awir anyway.
    flag = "awir.partnerschap_vanaf_maand_na_gebeurtenis"
    knip = params.use(flag, max(event, params.first_month(flag)))
    if knip.value == 1:
        start = event + 1
        rule, citation = "awir_art5_partner_vanaf_maand_na_gebeurtenis", cite.AWIR_ART5
    else:
        start = event
        rule, citation = "awir_art3_lid3_partner_vanaf_samenwonen_tot_2021", cite.AWIR_ART3_LID3_OUD
    read = {"partner.since": partner.since}
    return step(rule, citation, read, months.fmt(start), used=(knip,)), start


# In the law's order (art. 3 lid 4): the AWR 5a partner first, then lid 2 in its own order.
GROUNDS: tuple[tuple[str, Callable[[Partner, Household], Ground]], ...] = (
    ("awir_art3_lid1_echtgenoot", echtgenoot),
    ("awir_art3_lid1_notarieel_samenlevingscontract", notarieel_samenlevingscontract),
    ("awir_art3_lid2_a_gezamenlijk_kind", gezamenlijk_kind),
    ("awir_art3_lid2_e_minderjarig_kind_op_adres", minderjarig_kind_op_adres),
    ("awir_art3_lid6_zorginstelling", zorginstelling),
)


def decide(
    household: Household, month: int, params: ParameterSet
) -> tuple[ToeslagpartnerDecision, list[Step], list[Question]]:
    """The toeslagpartner in ``month``, the steps that decided it, and the questions left open."""
    if not household.partner_known:
        return (
            ToeslagpartnerDecision(
                "needs_answer", "awir_art3_geen_partner", (cite.AWIR_ART3_LID1,)
            ),
            [step("awir_art3_geen_partner", cite.AWIR_ART3_LID1, {"partner": None}, None)],
            [_question("partner")],
        )
    partner = household.partner
    if partner is None:
        no_partner = step("awir_art3_geen_partner", cite.AWIR_ART3_LID1, {"partner": "none"}, True)
        decision = ToeslagpartnerDecision(
            "no_partner", "awir_art3_geen_partner", (cite.AWIR_ART3_LID1,)
        )
        return decision, [no_partner], []

    steps: list[Step] = []
    open_questions: list[Question] = []
    for ground_id, check in GROUNDS:
        ground_steps, holds, questions, assumes = check(partner, household)
        steps.extend(ground_steps)
        if holds:
            decision, steps, _ = _partner_from(
                ground_id, ground_steps[0], partner, month, params, steps
            )
            if not assumes or decision.outcome != "partner":
                return decision, steps, []
            return decision._replace(assumes=tuple(assumes)), steps, questions
        if holds is None:
            open_questions.extend(questions)

    if open_questions:
        decision = ToeslagpartnerDecision(
            "needs_answer", "awir_art3_geen_partner", (cite.AWIR_ART3_LID1, cite.AWIR_ART3_LID2)
        )
        return decision, steps, _unique(open_questions)
    steps.append(
        step("awir_art3_geen_partner", cite.AWIR_ART3_LID1, {"grounds_checked": len(GROUNDS)}, True)
    )
    decision = ToeslagpartnerDecision(
        "no_partner", "awir_art3_geen_partner", (cite.AWIR_ART3_LID1, cite.AWIR_ART3_LID2)
    )
    return decision, steps, []


def _partner_from(
    ground_id: str,
    ground_step: Step,
    partner: Partner,
    month: int,
    params: ParameterSet,
    steps: list[Step],
) -> tuple[ToeslagpartnerDecision, list[Step], list[Question]]:
    start_step, start = partnership_start(partner, params)
    if start_step is not None:
        steps.append(start_step)
    citations = (
        (ground_step.citation,)
        if start_step is None
        else (ground_step.citation, start_step.citation)
    )
    from_month = None if start is None else months.fmt(start)
    if start is not None and start > month:
        # The event happened, but the partnership only counts from a later month.
        assert start_step is not None
        return (
            ToeslagpartnerDecision("no_partner", start_step.rule, citations, from_month),
            steps,
            [],
        )
    return ToeslagpartnerDecision("partner", ground_id, citations, from_month), steps, []


def _unique(questions: list[Question]) -> list[Question]:
    seen: dict[str, Question] = {}
    for question in questions:
        seen.setdefault(question.fact, question)
    return list(seen.values())
