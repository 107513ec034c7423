"""What a year of ALO-kop while there was a toeslagpartner costs (Wkb art. 2; review 2026-12).

Toeslagen pays the kgb as to a single parent: the child amounts plus the ALO-kop, reduced by the
afbouwpercentage of the parent's income above the single drempelinkomen. Once it sees the
partner it recomputes the kgb as for a couple: the child amounts only, reduced above the couple's
drempelinkomen on the *joint* income (the partner's worldwide income counts). The repayment for
the year is the difference: ``paid as a single parent - due as a couple``, never below zero.

Unknown facts give a bound, not a guess, and the bound names them:
- the partner's income unknown: the couple's kgb can be as low as nothing, so the most is all the
  kgb paid (``income.partner_annual_eurocent``);
- the parent's income unknown: the largest difference over every income (the difference is
  piecewise linear in the income, so it is largest at one of its corner points);
- no couple drempelinkomen in force for the year (before 2024): the single one, never higher,
  gives the most it can be.
Without the children the kgb cannot be computed at all (``None``: no amount; the children asked).
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
APPLICANT_INCOME = "income.applicant_annual_eurocent"
PARTNER_INCOME = "income.partner_annual_eurocent"


@dataclass(frozen=True, slots=True)
class YearAmount:
    year: int
    alo_kop_eurocent: int  # for the whole year: kgb paid as a single parent - kgb due as a couple
    upper_bound: bool
    used: tuple[ParameterUse, ...]
    missing: tuple[str, ...] = ()  # the facts whose absence makes it a bound


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


def _kgb(base: int, afbouw: int, income: int, drempel: int) -> int:
    # Rounded down to whole cents: our estimate's rounding, not the law's.
    return max(0, base - afbouw * max(0, income - drempel) // 10_000)


def _optional(param_id: str, month: int, params: ParameterSet) -> tuple[int, ParameterUse] | None:
    # A comparison, not a caught exception: this runs for every year of every assessment.
    if month < params.first_month(param_id):
        return None
    return params.number(param_id, month)


def alo_kop_for_year(
    household: Household, year: int, assessed_year: int, params: ParameterSet
) -> YearAmount | None:
    """The repayment for ``year``. Raises NotInForceError when the year has no ALO-kop amount."""
    month = months.january(year)
    alo_kop, alo_use = params.number("wkb.alleenstaande_ouderkop", month)
    children = _children_amount(household, year, assessed_year, params)
    if children is None:
        return None
    child_total, used = children
    used = [alo_use, *used]
    income = household.income.applicant_annual_eurocent
    partner_income = household.income.partner_annual_eurocent
    single = _optional("wkb.drempelinkomen_alleenstaande", month, params)
    afbouw = _optional("wkb.afbouwpercentage", month, params)
    couple = _optional("wkb.drempelinkomen_partners", month, params)
    paid_most = child_total + alo_kop
    if single is None or afbouw is None:
        # No reduction known: the kgb paid is at most the child amounts plus the ALO-kop.
        unknown: tuple[str, ...] = () if income is not None else (APPLICANT_INCOME,)
        return YearAmount(year, paid_most, True, tuple(used), unknown)
    (single_drempel, single_use), (rate, afbouw_use) = single, afbouw
    used += [single_use, afbouw_use]

    def paid(at: int) -> int:
        return _kgb(paid_most, rate, at, single_drempel)

    missing = tuple(
        fact
        for fact, value in ((APPLICANT_INCOME, income), (PARTNER_INCOME, partner_income))
        if value is None
    )
    if partner_income is None:
        # A partner's income high enough makes the couple's kgb nothing: everything paid is the
        # most it can be.
        most = paid(0) if income is None else paid(income)
        return YearAmount(year, most, True, tuple(used), missing)
    if couple is None:
        # Before 2024 the couple's threshold is not in the parameters. It was never lower than
        # the single parent's (one threshold for all until 2020, raised for couples by Wet 35 010;
        # fact sheet 1D), so using the single one gives the couple too little: an upper bound.
        couple_drempel, exact = single_drempel, False
    else:
        couple_drempel, couple_use = couple
        used.append(couple_use)
        exact = True

    def difference(at: int) -> int:
        due = _kgb(child_total, rate, at + partner_income, couple_drempel)
        return max(0, paid(at) - due)

    if income is not None:
        return YearAmount(year, difference(income), not exact, tuple(used))
    # Corner points of the piecewise-linear difference: where either kgb starts to fall, and
    # where it reaches zero (ceil, so the zero is reached).
    rate_ = max(rate, 1)
    corners = {
        0,
        single_drempel,
        max(0, couple_drempel - partner_income),
        single_drempel + -(-paid_most * 10_000 // rate_),
        max(0, couple_drempel - partner_income) + -(-child_total * 10_000 // rate_),
    }
    return YearAmount(year, max(difference(c) for c in corners), True, tuple(used), missing)
