"""EU coordination of family benefits (Regulation (EC) 883/2004, art. 68): when a family benefit is
payable from another EU/EEA country or Switzerland, or a child lives there, the Dutch kgb and KOT
become a top-up paid by the SVB per quarter (S8, S9), and Toeslagen adds the foreign benefit to
its own (S11). Not reporting it leads to a repayment; the amount depends on the foreign benefit.
"""

from __future__ import annotations

from rules_core import citations as cite
from rules_core.assessment import Risk, ToeslagpartnerDecision
from rules_core.household import Household
from rules_core.params import NotInForceError, ParameterSet
from rules_core.rules._step import step
from rules_core.rules.finding import Finding


def _coordinated_benefits(household: Household) -> list[str]:
    b = household.benefits
    pairs = (
        ("kindgebonden_budget", b.kindgebonden_budget),
        ("kinderopvangtoeslag", b.kinderopvangtoeslag),
    )
    return [name for name, benefit in pairs if benefit is not None and benefit.receives]


def risks(
    household: Household, month: int, decision: ToeslagpartnerDecision, params: ParameterSet
) -> Finding:
    found = Finding()
    benefits = _coordinated_benefits(household)
    foreign = household.benefits.foreign_family_benefit
    children_abroad = [
        c.lives_in for c in household.children or () if c.lives_in not in (None, "NL")
    ]
    if not benefits or ((foreign is None or not foreign.receives) and not children_abroad):
        return found
    read = {
        "benefits.foreign_family_benefit.country": None if foreign is None else foreign.country,
        "children.abroad_countries": ",".join(sorted({c for c in children_abroad if c})) or None,
    }
    try:
        use = params.use("vo883.lidstaten", month)
    except NotInForceError:
        # No verified list of member states for that month: undecided, said in the trace.
        found.steps.append(step("vo_883_2004_art68_voorrangsregels", cite.VO_883_ART68, read, None))
        return found
    member_states = use.value
    assert isinstance(member_states, tuple)
    reason = None
    country_unknown = foreign is not None and bool(foreign.receives) and foreign.country is None
    if country_unknown:
        found.ask("benefits.foreign_family_benefit.country")
    elif (
        foreign is not None
        and foreign.receives
        and foreign.country != "NL"
        and foreign.country in member_states
    ):
        reason = "risk.foreign_family_benefit.eu_benefit"
    if reason is None and any(country in member_states for country in children_abroad):
        reason = "risk.foreign_family_benefit.child_in_eu"
    # Undecided (None) while the country of the foreign benefit is unknown and nothing else holds.
    result = True if reason is not None else None if country_unknown else False
    found.steps.append(
        step("vo_883_2004_art68_voorrangsregels", cite.VO_883_ART68, read, result, (use,))
    )
    if reason is None:
        return found
    for benefit in benefits:
        found.risks.append(
            Risk("foreign_family_benefit", benefit, "medium", None, reason, (cite.VO_883_ART68,))
        )
    found.propose("report_foreign_benefit", 1)
    return found
