"""Households as the form's slots hold them, shared by the tests of the actions, the questions and
the helpdesk (which replays them as Rasa events).

A labour migrant, married, whose spouse lives in Poland without a BSN; two children here, a
child budget with the single-parent supplement (ALO-kop) since March 2025.
"""

from __future__ import annotations

from typing import Any

# The partner and the children, up to the start of the child budget.
SPOUSE_ABROAD_FAMILY: dict[str, Any] = {
    "situation": "labour_migrant",
    "brp_registration": "resident",
    "has_partner": True,
    "relationship": "married",
    "partner_lives": "abroad",
    "partner_country": "PL",
    "partner_has_bsn": False,
    "divorce_requested": False,
    "children_count": 2,
    "children_ages": [4, 7],
    "children_abroad": "no",
    "joint_child": True,
    "kgb": True,
    "alo_kop": True,
    "kgb_since": "2025-03",
}

# The other benefits received, the foreign one, and the supplement not stopped.
SPOUSE_ABROAD_BENEFITS: dict[str, Any] = {
    "kot": False,
    "zorgtoeslag": True,
    "huurtoeslag": False,
    "kinderbijslag": True,
    "foreign_benefit": "no",
    "alo_kop_stop_requested": False,
}

SPOUSE_ABROAD: dict[str, Any] = SPOUSE_ABROAD_FAMILY | SPOUSE_ABROAD_BENEFITS
