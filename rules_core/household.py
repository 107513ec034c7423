"""The facts the rules core decides on: one household, as the user told it.

Absent or ``null`` means *unknown*; an absent benefit means *not received*. The one place where
absent and ``null`` differ is ``partner``: an absent ``partner`` is unknown, an explicit ``null``
says there is no partner. Months are ``"YYYY-MM"``; money is integer eurocents.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _check_month(value: str) -> str:
    match = _MONTH.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError("must be a month written as YYYY-MM, with a month from 01 to 12")
    if not 1900 <= int(match.group(1)) <= 2100:
        raise ValueError("must be a year between 1900 and 2100")
    return value


Month = Annotated[str, AfterValidator(_check_month)]
Eurocent = Annotated[int, Field(ge=0)]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]

Situation = Literal["labour_migrant", "refugee", "other"]
BrpRegistration = Literal["resident", "non_resident", "none"]
Activity = Literal["works", "studies", "reintegration", "inburgering", "none"]
Relationship = Literal[
    "married", "registered_partnership", "notarial_cohabitation", "cohabiting", "other"
]
PartnerLives = Literal["same_address", "other_address_nl", "abroad", "detention", "care_home"]
CareType = Literal["dagopvang", "bso", "gastouderopvang"]


class _Facts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Applicant(_Facts):
    situation: Situation | None = None
    brp_registration: BrpRegistration | None = None
    lawful_residence: bool | None = None
    activity: Activity | None = None


class Partner(_Facts):
    relationship: Relationship | None = None
    since: Month | None = None
    lives: PartnerLives | None = None
    country: CountryCode | None = None
    has_bsn: bool | None = None
    known_to_toeslagen: bool | None = None
    lawful_residence: bool | None = None
    joint_child: bool | None = None
    divorce_requested: bool | None = None
    divorce_request_reported: bool | None = None
    detention_sentence_months: Annotated[int, Field(ge=0, le=1200)] | None = None
    wlz_indication: bool | None = None
    activity: Activity | None = None
    # The month the partner stopped working (or studying, a trajectory): KOT runs on for three
    # months after it (the uitloop, Wko art. 1.6 lid 5).
    activity_stopped: Month | None = None
    # Care home: the couple told Dienst Toeslagen in writing that they no longer want to be each
    # other's toeslagpartner (S82, S85).
    care_home_not_partners: bool | None = None
    arrived_in_nl: Month | None = None
    expected_arrival: Month | None = None


class Child(_Facts):
    age: Annotated[int, Field(ge=0, le=30)]
    lives_in: CountryCode | None = None


class KindgebondenBudget(_Facts):
    receives: bool | None = True
    alo_kop: bool | None = None
    since: Month | None = None


class Kinderopvangtoeslag(_Facts):
    receives: bool | None = True
    care_type: CareType | None = None
    declared_hours_per_month: Annotated[int, Field(ge=0, le=744)] | None = None
    actual_hours_per_month: Annotated[int, Field(ge=0, le=744)] | None = None
    hourly_rate_eurocent: Annotated[int, Field(ge=0, le=100_000)] | None = None


class Received(_Facts):
    receives: bool | None = True


class ForeignFamilyBenefit(_Facts):
    receives: bool | None = True
    country: CountryCode | None = None


class Benefits(_Facts):
    kindgebonden_budget: KindgebondenBudget | None = None
    kinderopvangtoeslag: Kinderopvangtoeslag | None = None
    zorgtoeslag: Received | None = None
    huurtoeslag: Received | None = None
    kinderbijslag: Received | None = None
    foreign_family_benefit: ForeignFamilyBenefit | None = None


class Income(_Facts):
    applicant_annual_eurocent: Eurocent | None = None
    partner_annual_eurocent: Eurocent | None = None


class Household(_Facts):
    """One household at one month. The only required fact is the month being assessed."""

    assessment_month: Month
    applicant: Applicant = Applicant()
    partner: Partner | None = None
    children: tuple[Child, ...] | None = None
    benefits: Benefits = Benefits()
    alo_kop_stop_requested: bool | None = None
    income: Income = Income()

    @property
    def partner_known(self) -> bool:
        """Whether the user said anything about a partner (``null``: none; absent: unknown)."""
        return "partner" in self.model_fields_set
