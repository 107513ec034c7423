"""The household form's slots: what kind of answer each one takes.

Slot names follow the ``Household`` fields; the domain (``bot/domain/household.yml``) declares
the same names and a test keeps the two in step. Pure: no Rasa import, so it is tested on 3.11.
"""

from __future__ import annotations

from dataclasses import dataclass

# Stored in a slot when the user says "I don't know". Maps to ``None`` (unknown) in Household.
DONT_KNOW = "dont_know"
# Stored in ``income`` or ``partner_income`` when the user prefers not to give it.
DECLINED = "declined"


@dataclass(frozen=True)
class SlotKind:
    """How an answer is read: ``enum`` (one of ``values``), ``bool``, ``int`` (``low``..``high``),
    ``month`` (YYYY-MM), ``month_or_no``, ``country``, ``country_or_no``, ``ages``, ``money``
    (whole euros a year), ``rate`` (eurocents per hour, ``low``..``high``)."""

    kind: str
    values: tuple[str, ...] = ()
    low: int = 0
    high: int = 0


ACTIVITY = ("works", "studies", "reintegration", "inburgering", "none")

FORM_SLOTS: dict[str, SlotKind] = {
    "situation": SlotKind("enum", ("labour_migrant", "refugee", "other")),
    "brp_registration": SlotKind("enum", ("resident", "non_resident", "none")),
    "applicant_activity": SlotKind("enum", ACTIVITY),
    "has_partner": SlotKind("bool"),
    "relationship": SlotKind(
        "enum",
        ("married", "registered_partnership", "notarial_cohabitation", "cohabiting", "other"),
    ),
    "partner_since": SlotKind("month"),
    "partner_lives": SlotKind(
        "enum", ("same_address", "other_address_nl", "abroad", "detention", "care_home")
    ),
    "partner_country": SlotKind("country"),
    "partner_has_bsn": SlotKind("bool"),
    "partner_known_to_toeslagen": SlotKind("bool"),
    "partner_lawful_residence": SlotKind("bool"),
    "applicant_lawful_residence": SlotKind("bool"),
    "divorce_requested": SlotKind("bool"),
    "divorce_request_reported": SlotKind("bool"),
    "detention_sentence_months": SlotKind("int", low=0, high=1200),
    "partner_arrived": SlotKind("month_or_no"),
    "expected_arrival": SlotKind("month"),
    "partner_activity": SlotKind("enum", ACTIVITY),
    "children_count": SlotKind("int", low=0, high=20),
    "children_ages": SlotKind("ages"),
    "children_abroad": SlotKind("country_or_no"),
    "joint_child": SlotKind("bool"),
    "kgb": SlotKind("bool"),
    "alo_kop": SlotKind("bool"),
    "kgb_since": SlotKind("month"),
    "kot": SlotKind("bool"),
    "kot_care_type": SlotKind("enum", ("dagopvang", "bso", "gastouderopvang")),
    "kot_declared_hours": SlotKind("int", low=0, high=744),
    "kot_actual_hours": SlotKind("int", low=0, high=744),
    # A childcare price per hour: from 1 cent to 50 euros, so "850" typed as cents is refused.
    "kot_hourly_rate": SlotKind("rate", low=1, high=5000),
    "zorgtoeslag": SlotKind("bool"),
    "huurtoeslag": SlotKind("bool"),
    "kinderbijslag": SlotKind("bool"),
    "foreign_benefit": SlotKind("country_or_no"),
    "alo_kop_stop_requested": SlotKind("bool"),
    "income": SlotKind("money"),
    "partner_income": SlotKind("money"),
}
