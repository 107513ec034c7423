"""Yearly kindgebonden-budget amounts used to estimate how much ALO-kop was paid (Wkb art. 2).

The kgb is the sum of the child amounts plus the ALO-kop, reduced by the afbouwpercentage of the
income above the drempelinkomen. The part of that total the ALO-kop added is
``clamp(children + ALO-kop - reduction, 0, ALO-kop)``: what would be paid with it minus what would
be paid without it, at the same income. That is the amount a repayment of the ALO-kop takes back.
Without the income (or without a verified drempelinkomen for the year) the estimate is the full
ALO-kop: an upper bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from rules_core import months
from rules_core.assessment import ParameterUse
from rules_core.household import Household
from rules_core.params import NotInForceError, ParameterSet

CHILD_AMOUNTS = (
    "wkb.kindbedrag_eerste_kind",
    "wkb.kindbedrag_tweede_kind",
    "wkb.kindbedrag_derde_en_volgende_kinderen",
)
# Ages are part of the law's parameters, but as the boundaries of the two age supplements they are
# named in the parameter ids themselves (12 tot 16, 16 tot 18); kinderbijslag ends at 18.
AGE_SUPPLEMENTS = (
    (12, 16, "wkb.leeftijdstoeslag_12_tot_16"),
    (16, 18, "wkb.leeftijdstoeslag_16_tot_18"),
)


@dataclass(frozen=True, slots=True)
class YearAmount:
    year: int
    alo_kop_eurocent: int  # the ALO-kop part of the kgb for the whole year
    upper_bound: bool
    used: tuple[ParameterUse, ...]


def _children_amount(
    household: Household, year: int, assessed_year: int, params: ParameterSet
) -> tuple[int, list[ParameterUse]] | None:
    """Sum of the child amounts in ``year``; ages are taken back from the assessed year."""
    if household.children is None:
        return None
    month = months.january(year)
    ages = sorted(
        (c.age - (assessed_year - year) for c in household.children if c.lives_in in (None, "NL")),
        reverse=True,
    )
    ages = [age for age in ages if 0 <= age < 18]
    total, used = 0, []
    try:
        for rank, age in enumerate(ages):
            amount, use = params.number(CHILD_AMOUNTS[min(rank, 2)], month)
            used.append(use)
            total += amount
            for low, high, param_id in AGE_SUPPLEMENTS:
                if low <= age < high:
                    supplement, use = params.number(param_id, month)
                    used.append(use)
                    total += supplement
    except NotInForceError:
        return None
    return total, used


def alo_kop_for_year(
    household: Household, year: int, assessed_year: int, params: ParameterSet
) -> YearAmount:
    month = months.january(year)
    full, alo_kop = params.number("wkb.alleenstaande_ouderkop", month)
    income = household.income.applicant_annual_eurocent
    if income is None:
        return YearAmount(year, full, True, (alo_kop,))
    try:
        drempel_value, drempel = params.number("wkb.drempelinkomen_alleenstaande", month)
        afbouw_value, afbouw = params.number("wkb.afbouwpercentage", month)
    except NotInForceError:
        return YearAmount(year, full, True, (alo_kop,))
    # Rounded down to whole cents: our estimate's rounding, not the law's.
    reduction = afbouw_value * max(0, income - drempel_value) // 10_000
    if reduction == 0:
        return YearAmount(year, full, False, (alo_kop, drempel, afbouw))
    children = _children_amount(household, year, assessed_year, params)
    if children is None:
        return YearAmount(year, full, True, (alo_kop, drempel, afbouw))
    children_total, child_uses = children
    part = min(full, max(0, children_total + full - reduction))
    return YearAmount(year, part, False, (alo_kop, drempel, afbouw, *child_uses))
