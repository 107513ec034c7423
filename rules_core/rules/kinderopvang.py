"""Kinderopvangtoeslag: hours declared above hours used, and the labour requirement.

The estimates use the hours, the hourly price capped at the year's maximum, and the income-
dependent percentage. Where the percentage is unknown (income unknown, or no verified maximum for
the year) the estimate takes the highest percentage, or the whole cost of the hours when no
percentage is verified: an upper bound, said so in the result.
"""

from __future__ import annotations

from typing import get_args

from rules_core import citations as cite
from rules_core import months
from rules_core.assessment import ParameterUse, Repayment, Risk, ToeslagpartnerDecision
from rules_core.household import Activity, CareType, Household, Kinderopvangtoeslag
from rules_core.params import NotInForceError, ParameterSet
from rules_core.rules._step import step
from rules_core.rules.finding import Finding

# Every activity but "none" meets the labour requirement (work, study, a trajectory).
ACTIVE: tuple[str, ...] = tuple(activity for activity in get_args(Activity) if activity != "none")
CARE_TYPES: tuple[str, ...] = get_args(CareType)


def _hourly_price(
    kot: Kinderopvangtoeslag, month: int, params: ParameterSet
) -> tuple[int, bool, list[ParameterUse]]:
    """The price per hour the toeslag is computed on: the real price capped at the maximum."""
    types = (kot.care_type,) if kot.care_type else CARE_TYPES
    maxima = [params.number(f"kot.maximum_uurprijs_{t}", month) for t in types]
    cap, use = max(maxima, key=lambda pair: pair[0])
    upper = kot.care_type is None or kot.hourly_rate_eurocent is None
    price = cap if kot.hourly_rate_eurocent is None else min(kot.hourly_rate_eurocent, cap)
    return price, upper, [use]


def _percentage(
    household: Household, decision: ToeslagpartnerDecision, month: int, params: ParameterSet
) -> tuple[int, bool, list[ParameterUse]]:
    """Basis points of the price the toeslag pays, and whether that is an upper bound."""
    try:
        highest, use = params.number("kot.maximaal_vergoedingspercentage", month)
        limit, limit_use = params.number("kot.inkomensgrens_maximaal_percentage", month)
    except NotInForceError:
        return (
            10_000,
            True,
            [],
        )  # no verified percentage: the cost of the hours is the most it can be
    income = household.income.applicant_annual_eurocent
    if decision.outcome == "partner" and income is not None:
        partner_income = household.income.partner_annual_eurocent
        income = None if partner_income is None else income + partner_income
    exact = income is not None and income <= limit
    return highest, not exact, [use, limit_use]


def _ask_incomes(found: Finding, household: Household, decision: ToeslagpartnerDecision) -> None:
    """Ask the incomes that would make the percentage exact instead of an upper bound: the
    parent's, and the partner's when there is one (KOT counts the incomes together)."""
    if household.income.applicant_annual_eurocent is None:
        found.ask("income.applicant_annual_eurocent")
    if decision.outcome == "partner" and household.income.partner_annual_eurocent is None:
        found.ask("income.partner_annual_eurocent")


def _capped_hours(hours: int, month: int, params: ParameterSet) -> tuple[int, ParameterUse]:
    # Interpretation: the hours the user gives are for one child, so the per-child cap applies.
    cap, use = params.number("kot.maximum_uren_per_maand", month)
    return min(hours, cap), use


def _money(
    per_month: int, month: int, upper: bool, used: list[ParameterUse], stop: bool = False
) -> Repayment:
    """KOT is settled per calendar year on the provider's annual statement (S110), so what has
    gone wrong so far is counted from January of the year assessed."""
    count = month - months.january(months.year(month)) + 1
    return Repayment(
        so_far_eurocent=per_month * count,
        per_month_eurocent=0 if stop else per_month,
        upper_bound=upper,
        estimate=any(u.fallback or not u.verified for u in used),
        months_so_far=count,
        from_month=months.fmt(months.january(months.year(month))),
    )


def hours_mismatch(
    household: Household,
    kot: Kinderopvangtoeslag,
    month: int,
    decision: ToeslagpartnerDecision,
    params: ParameterSet,
) -> Finding:
    found = Finding()
    if kot.declared_hours_per_month is None:
        found.ask("benefits.kinderopvangtoeslag.declared_hours_per_month")
        return found
    if kot.actual_hours_per_month is None:
        found.ask("benefits.kinderopvangtoeslag.actual_hours_per_month")
        return found
    read = {
        "benefits.kinderopvangtoeslag.declared_hours_per_month": kot.declared_hours_per_month,
        "benefits.kinderopvangtoeslag.actual_hours_per_month": kot.actual_hours_per_month,
        "benefits.kinderopvangtoeslag.hourly_rate_eurocent": kot.hourly_rate_eurocent,
        "benefits.kinderopvangtoeslag.care_type": kot.care_type,
    }
    money: Repayment | None
    try:
        declared, cap_use = _capped_hours(kot.declared_hours_per_month, month, params)
        actual, _ = _capped_hours(kot.actual_hours_per_month, month, params)
        price, price_upper, price_uses = _hourly_price(kot, month, params)
    except NotInForceError:
        # No verified maxima for that year: the hours still differ, the amount is unknown.
        difference = max(0, kot.declared_hours_per_month - kot.actual_hours_per_month)
        found.steps.append(step("wko_kot_uren", cite.WKO_KOT_UREN, read, None))
        money = None
    else:
        percent, percent_upper, percent_uses = _percentage(household, decision, month, params)
        difference = max(0, declared - actual)
        # Rounded down to whole cents: our estimate's rounding, not the law's.
        per_month = difference * price * percent // 10_000
        used = (cap_use, *price_uses, *percent_uses)
        found.steps.append(step("wko_kot_uren", cite.WKO_KOT_UREN, read, per_month, used))
        money = _money(per_month, month, price_upper or percent_upper, list(used))
    if difference == 0:
        return found
    if kot.care_type is None:
        found.ask("benefits.kinderopvangtoeslag.care_type")
    if kot.hourly_rate_eurocent is None:
        found.ask("benefits.kinderopvangtoeslag.hourly_rate_eurocent")
    _ask_incomes(found, household, decision)
    found.risks.append(
        Risk(
            "kot_hours_mismatch",
            "kinderopvangtoeslag",
            "medium",
            money,
            "risk.kot_hours_mismatch.declared_above_actual",
            (cite.WKO_KOT_UREN, cite.AWIR_TERUGVORDERING),
        )
    )
    found.propose("update_kot_hours", 1)
    if money is not None and money.so_far_eurocent > 0:
        found.propose("payment_plan", 2)
    return found


def partner_detained_exception(
    household: Household, month: int, params: ParameterSet
) -> tuple[bool | None, list[ParameterUse], Finding]:
    """Since 2022 the working parent keeps KOT while the partner serves a custodial sentence or
    measure of at least three months, for the period it is executed (S75, S94)."""
    found = Finding()
    partner = household.partner
    assert partner is not None
    flag, flag_use = params.number("wko.arbeidseis_uitzondering_partner_gedetineerd", month)
    used = [flag_use]
    holds: bool | None
    if flag == 0 or partner.lives != "detention":
        holds = False
    elif partner.detention_sentence_months is None:
        holds = None
        found.ask("partner.detention_sentence_months")
    else:
        minimum, minimum_use = params.number("wko.arbeidseis_detentie_minimaal_maanden", month)
        used.append(minimum_use)
        holds = partner.detention_sentence_months >= minimum
    read = {
        "partner.lives": partner.lives,
        "partner.detention_sentence_months": partner.detention_sentence_months,
    }
    found.steps.append(
        step("wko_arbeidseis_partner_gedetineerd", cite.WKO_DETENTIE, read, holds, tuple(used))
    )
    return holds, used, found


def partner_wlz_exception(
    household: Household, month: int, params: ParameterSet
) -> tuple[bool | None, Finding]:
    """Since 2021 KOT is possible when the partner has a Wlz indication from the CIZ (S95)."""
    found = Finding()
    partner = household.partner
    assert partner is not None
    flag, flag_use = params.number("wko.arbeidseis_uitzondering_partner_wlz", month)
    holds: bool | None = False if flag == 0 else partner.wlz_indication
    found.steps.append(
        step(
            "wko_arbeidseis_partner_wlz",
            cite.WKO_WLZ,
            {"partner.wlz_indication": partner.wlz_indication},
            holds,
            (flag_use,),
        )
    )
    return holds, found


def labour_requirement(
    household: Household,
    kot: Kinderopvangtoeslag,
    month: int,
    decision: ToeslagpartnerDecision,
    params: ParameterSet,
) -> Finding:
    """Wet kinderopvang: KOT needs work, study or a trajectory from the parent and, if there is a
    toeslagpartner, from the partner too, unless one of the two exceptions for the partner applies.
    The exceptions are alternatives with the same effect, so both holding is no conflict."""
    found = Finding()
    applicant_active = (
        None if household.applicant.activity is None else household.applicant.activity in ACTIVE
    )
    if applicant_active is None:
        found.ask("applicant.activity")
    partner_active: bool | None = True
    failing = (
        "risk.kot_labour_requirement.applicant_not_working" if applicant_active is False else None
    )
    if decision.outcome == "partner" and household.partner is not None:
        activity = household.partner.activity
        partner_active = None if activity is None else activity in ACTIVE
        if not partner_active:
            detained, _, detained_found = partner_detained_exception(household, month, params)
            wlz, wlz_found = partner_wlz_exception(household, month, params)
            found.extend(detained_found)
            found.extend(wlz_found)
            if detained or wlz:
                partner_active = True
            elif partner_active is None:
                found.ask("partner.activity")
            elif detained is None or wlz is None:
                partner_active = None
                if wlz is None:
                    found.ask("partner.wlz_indication")
            elif failing is None:
                failing = "risk.kot_labour_requirement.partner_not_working"
    read = {
        "applicant.activity": household.applicant.activity,
        "partner.activity": None if household.partner is None else household.partner.activity,
        "toeslagpartner": decision.outcome,
    }
    met = (
        None
        if applicant_active is None or partner_active is None
        else applicant_active and partner_active
    )
    found.steps.append(step("wko_arbeidseis", cite.WKO_ARBEIDSEIS, read, met))
    if failing is None:
        return found
    hours = kot.declared_hours_per_month
    money: Repayment | None = None
    if hours is None:
        found.ask("benefits.kinderopvangtoeslag.declared_hours_per_month")
    else:
        try:
            capped, cap_use = _capped_hours(hours, month, params)
            price, price_upper, price_uses = _hourly_price(kot, month, params)
        except NotInForceError:
            pass  # no verified maxima for that year: the risk stands, without an amount
        else:
            percent, percent_upper, percent_uses = _percentage(household, decision, month, params)
            per_month = capped * price * percent // 10_000
            used = [cap_use, *price_uses, *percent_uses]
            money = _money(per_month, month, price_upper or percent_upper, used)
            _ask_incomes(found, household, decision)
    found.risks.append(
        Risk(
            "kot_labour_requirement",
            "kinderopvangtoeslag",
            "high",
            money,
            failing,
            (cite.WKO_ARBEIDSEIS, cite.AWIR_TERUGVORDERING),
        )
    )
    found.propose("contact_helpdesk", 1)
    if money is not None and money.so_far_eurocent > 0:
        found.propose("payment_plan", 2)
    return found


def risks(
    household: Household, month: int, decision: ToeslagpartnerDecision, params: ParameterSet
) -> Finding:
    found = Finding()
    kot = household.benefits.kinderopvangtoeslag
    if kot is None or kot.receives is False:
        return found
    found.extend(hours_mismatch(household, kot, month, decision, params))
    found.extend(labour_requirement(household, kot, month, decision, params))
    return found
