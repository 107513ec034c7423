"""Koppelingsbeginsel (Awir art. 9): no toeslag for a parent without lawful residence, and none
when the toeslagpartner has no lawful residence (lid 2), with the exception since 2022 for the
kindgebonden budget when the parent and the children are lawfully resident (S101, S102). Amounts
are not estimated: they depend on facts we do not ask.
"""

from __future__ import annotations

from rules_core import citations as cite
from rules_core.assessment import Risk, ToeslagpartnerDecision
from rules_core.household import Household
from rules_core.params import ParameterSet
from rules_core.rules._step import step
from rules_core.rules.finding import Finding

IN_NL = ("same_address", "other_address_nl", "detention", "care_home")


def _received(household: Household) -> list[str]:
    b = household.benefits
    pairs = (
        ("kindgebonden_budget", b.kindgebonden_budget),
        ("kinderopvangtoeslag", b.kinderopvangtoeslag),
        ("zorgtoeslag", b.zorgtoeslag),
        ("huurtoeslag", b.huurtoeslag),
    )
    return [name for name, benefit in pairs if benefit is not None and benefit.receives]


def applicant_without_residence(household: Household, received: list[str]) -> Finding:
    """Awir art. 9 lid 1: only a parent with Dutch nationality or lawful residence (art. 8
    Vreemdelingenwet 2000; a pending application counts, S101) has a right to a toeslag. Every
    toeslag received is at risk, for every month without lawful residence."""
    found = Finding()
    lawful = household.applicant.lawful_residence
    if not received or lawful is not False:
        return found
    found.steps.append(
        step(
            "awir_art9_lid1_aanvrager_zonder_verblijf",
            cite.AWIR_ART9_LID1,
            {"applicant.lawful_residence": lawful},
            True,
        )
    )
    for benefit in received:
        found.risks.append(
            Risk(
                "applicant_without_residence",
                benefit,
                "high",
                None,
                "risk.applicant_without_residence.no_entitlement",
                (cite.AWIR_ART9_LID1,),
            )
        )
    found.propose("stop_toeslagen", 1)
    found.propose("municipal_support", 2)
    return found


def risks(
    household: Household, month: int, decision: ToeslagpartnerDecision, params: ParameterSet
) -> Finding:
    partner = household.partner
    received = _received(household)
    found = applicant_without_residence(household, received)
    # A benefit the parent has no right to is not at risk a second time through the partner.
    received = [b for b in received if b not in {r.benefit for r in found.risks}]
    if decision.outcome != "partner" or partner is None or not received:
        return found
    if partner.lives == "abroad":
        return found  # the rule is about a partner in the Netherlands without a permit
    lawful = partner.lawful_residence
    read = {"partner.lawful_residence": lawful, "partner.lives": partner.lives}
    found.steps.append(
        step(
            "awir_art9_lid2_koppelingsbeginsel",
            cite.AWIR_ART9_LID2,
            read,
            None if lawful is None else not lawful,
        )
    )
    if lawful is None:
        # A partner living abroad is not "in the Netherlands without a permit"; only ask about
        # a partner who lives here and whom the user did not describe as an EU labour migrant.
        if partner.lives in IN_NL and household.applicant.situation != "labour_migrant":
            found.ask("partner.lawful_residence")
        return found
    if lawful:
        return found
    exception, exception_use = params.number(
        "awir.kgb_ondanks_partner_zonder_verblijfsrecht", month
    )
    # The exception needs the parent and the children lawfully here (S101). We do not ask about
    # the children's permits: children living in the Netherlands with a lawful parent are taken
    # as lawful (docs/rules.md, interpretations). Unknown applicant residence is asked.
    applicant_lawful = household.applicant.lawful_residence
    children = household.children
    children_here = None if children is None else any(c.lives_in in (None, "NL") for c in children)
    kgb_allowed = exception == 1 and applicant_lawful is not False and children_here is not False
    if exception == 1 and applicant_lawful is None:
        found.ask("applicant.lawful_residence")
    found.steps.append(
        step(
            "awir_art9_kgb_uitzondering_partner_zonder_verblijf",
            cite.AWIR_ART9_LID2,
            {
                "applicant.lawful_residence": applicant_lawful,
                "children.in_nl": None
                if children is None
                else sum(1 for c in children if c.lives_in in (None, "NL")),
            },
            kgb_allowed,
            (exception_use,),
        )
    )
    for benefit in received:
        if benefit == "kindgebonden_budget" and kgb_allowed:
            continue
        reason = (
            "risk.partner_without_residence.kgb_before_2022"
            if benefit == "kindgebonden_budget" and exception == 0
            else "risk.partner_without_residence.no_entitlement"
        )
        found.risks.append(
            Risk(
                "partner_without_residence",
                benefit,
                "high",
                None,
                reason,
                (cite.AWIR_ART9_LID2,),
                provisional=bool(decision.assumes),
                assumes=decision.assumes,
            )
        )
    if any(r.code == "partner_without_residence" for r in found.risks):
        found.propose("municipal_support", 1)
        found.propose("contact_helpdesk", 2)
    return found
