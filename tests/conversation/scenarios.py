"""The households of the e2e scenarios: how the user answers each question, and the same
household written out as rules-core facts (the test's own mapping, independent of the bot's).

An answer is ("press", value) for a button, ("say", phrase) for typed text in the scenario's
language (tests/conversation/phrases.py), or ("dont_know", None).
"""

from __future__ import annotations

from datetime import date
from typing import Any

Answer = tuple[str, Any]


def this_month() -> str:
    return date.today().strftime("%Y-%m")


def march_last_year() -> str:
    return f"{date.today().year - 1}-03"


COMMON: dict[str, Answer] = {
    "brp_registration": ("press", "resident"),
    "children_abroad": ("say", "no"),
    "kgb": ("press", True),
    "alo_kop": ("press", True),
    "kgb_since": ("say", "since"),
    "zorgtoeslag": ("say", "yes"),
    "huurtoeslag": ("press", False),
    "kinderbijslag": ("press", True),
    "foreign_benefit": ("press", "no"),
    "alo_kop_stop_requested": ("say", "no"),
    "income": ("press", "declined"),
    "partner_income": ("press", "declined"),
    # Asked when the core needs them (ALO-kop with a partner; KOT hours above those used).
    "partner_since": ("dont_know", None),
    "kot_hourly_rate": ("dont_know", None),
}

SPOUSE_ABROAD: dict[str, Answer] = COMMON | {
    "situation": ("press", "labour_migrant"),
    "has_partner": ("say", "yes"),
    "relationship": ("press", "married"),
    "partner_lives": ("press", "abroad"),
    "partner_country": ("say", "poland"),
    "partner_has_bsn": ("say", "no"),
    "divorce_requested": ("press", False),
    "children_count": ("say", "two"),
    "children_ages": ("say", "ages"),
    "joint_child": ("press", True),
    "kot": ("press", False),
}

REFUGEE_AWAITING: dict[str, Answer] = COMMON | {
    "situation": ("press", "refugee"),
    "has_partner": ("press", True),
    "relationship": ("press", "married"),
    "partner_lives": ("press", "abroad"),
    "partner_country": ("say", "syria"),
    "partner_has_bsn": ("press", False),
    "expected_arrival": ("say", "arrival"),
    "divorce_requested": ("press", False),
    "children_count": ("say", "one"),
    "children_ages": ("say", "age"),
    "joint_child": ("say", "yes"),
    "kot": ("press", False),
}

SINGLE_PARENT: dict[str, Answer] = COMMON | {
    "situation": ("press", "labour_migrant"),
    "has_partner": ("say", "no"),
    "children_count": ("say", "one"),
    "children_ages": ("say", "age"),
    "kot": ("press", False),
}

KOT_MISMATCH: dict[str, Answer] = COMMON | {
    "situation": ("press", "labour_migrant"),
    "has_partner": ("press", False),
    "children_count": ("say", "one"),
    "children_ages": ("press", [3]),
    "kot": ("say", "yes"),
    "kot_care_type": ("press", "dagopvang"),
    "kot_declared_hours": ("say", "hours_declared"),
    "kot_actual_hours": ("say", "hours_used"),
    "applicant_activity": ("press", "works"),
}

DETAINED_PARTNER: dict[str, Answer] = COMMON | {
    "situation": ("press", "other"),
    "has_partner": ("press", True),
    "relationship": ("press", "married"),
    "partner_lives": ("press", "detention"),
    "detention_sentence_months": ("say", "months"),
    "partner_lawful_residence": ("press", True),
    "divorce_requested": ("say", "no"),
    "children_count": ("say", "one"),
    "children_ages": ("say", "age"),
    "joint_child": ("press", True),
    "kot": ("press", False),
}


# The refugee household again, with every button question answered by typing: a word in the
# user's language, or the option's number as channels without buttons show it.
TYPED_CHOICES: dict[str, Answer] = REFUGEE_AWAITING | {
    "situation": ("say", "refugee"),
    "brp_registration": ("say", "first_option"),
    "relationship": ("say", "married"),
    "partner_lives": ("say", "abroad"),
}


# The questions the core asks only sometimes, answered: the ALO-kop repayment then starts when
# the partnership began (three months ago, after the kgb start), the KOT repayment is priced at
# 8.50 an hour instead of the maximum. Care type and activity are typed, not pressed.
PARTNER_SINCE: dict[str, Answer] = SPOUSE_ABROAD | {"partner_since": ("say", "partnership_start")}
KOT_PRICED: dict[str, Answer] = KOT_MISMATCH | {
    "kot_hourly_rate": ("say", "hourly_rate"),
    "kot_care_type": ("say", "daycare"),
    "applicant_activity": ("say", "working"),
}
TYPED_PARTNER_SINCE_MONTHS_AGO = 3

# The married labour migrant again, who does not know whether a divorce was requested: the
# exception is not established, so the ALO-kop warning stands, with its condition.
DIVORCE_UNKNOWN: dict[str, Answer] = SPOUSE_ABROAD | {"divorce_requested": ("dont_know", None)}

# A refugee whose spouse lives at the same address without a permit. The core then asks the
# user's own residence right (the kgb exception since 2022); typed "no", the kgb is at risk
# next to zorgtoeslag.
PARTNER_WITHOUT_PERMIT: dict[str, Answer] = COMMON | {
    "situation": ("press", "refugee"),
    "has_partner": ("press", True),
    "relationship": ("press", "married"),
    "partner_lives": ("press", "same_address"),
    "partner_arrived": ("dont_know", None),
    "children_count": ("say", "one"),
    "children_ages": ("say", "age"),
    "joint_child": ("press", True),
    "alo_kop": ("press", False),
    "kot": ("press", False),
    "partner_lawful_residence": ("press", False),
    "applicant_lawful_residence": ("say", "no"),
}
TYPED_HOURLY_RATE_EUROCENT = 850

# A working parent with childcare whose spouse stays home: the core asks for the spouse's Wlz
# indication (the exception to the labour requirement); typed "no", the KOT is at risk.
KOT_PARTNER_AT_HOME: dict[str, Answer] = KOT_MISMATCH | {
    "has_partner": ("press", True),
    "relationship": ("press", "married"),
    "partner_lives": ("press", "same_address"),
    "partner_arrived": ("dont_know", None),
    "partner_lawful_residence": ("press", True),
    "joint_child": ("press", True),
    "alo_kop": ("press", False),
    "partner_activity": ("press", "none"),
    "partner_wlz_indication": ("say", "no"),
    # When the partner stopped working (the three-month run-out): not known, so not established.
    "partner_activity_stopped": ("dont_know", None),
    "partner_income": ("dont_know", None),
}


def months_ago(months: int) -> str:
    today = date.today()
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _benefits(kot: dict[str, Any] | None = None) -> dict[str, Any]:
    benefits: dict[str, Any] = {
        "kindgebonden_budget": {"receives": True, "alo_kop": True, "since": march_last_year()},
        "zorgtoeslag": {"receives": True},
        "kinderbijslag": {"receives": True},
    }
    if kot:
        benefits["kinderopvangtoeslag"] = {"receives": True} | kot
    return benefits


def expected_household(name: str, language: str) -> dict[str, Any]:
    """The household each scenario describes, as facts for ``Household.model_validate``."""
    month = this_month()
    child = {"age": 6, "lives_in": "NL"}
    if name == "spouse_abroad":
        return {
            "assessment_month": month,
            "applicant": {"situation": "labour_migrant", "brp_registration": "resident"},
            "partner": {
                "relationship": "married",
                "lives": "abroad",
                "country": "PL",
                "has_bsn": False,
                "divorce_requested": False,
                "joint_child": True,
            },
            "children": [{"age": 4, "lives_in": "NL"}, {"age": 7, "lives_in": "NL"}],
            "benefits": _benefits(),
            "alo_kop_stop_requested": False,
        }
    if name == "refugee_awaiting":
        return {
            "assessment_month": month,
            "applicant": {"situation": "refugee", "brp_registration": "resident"},
            "partner": {
                "relationship": "married",
                "lives": "abroad",
                "country": "ER" if language == "ti" else "SY",
                "has_bsn": False,
                "expected_arrival": "2027-03",
                "divorce_requested": False,
                "joint_child": True,
            },
            "children": [child],
            "benefits": _benefits(),
            "alo_kop_stop_requested": False,
        }
    if name == "single_parent":
        return {
            "assessment_month": month,
            "applicant": {"situation": "labour_migrant", "brp_registration": "resident"},
            "partner": None,
            "children": [child],
            "benefits": _benefits(),
        }
    if name == "kot_mismatch":
        return {
            "assessment_month": month,
            "applicant": {
                "situation": "labour_migrant",
                "brp_registration": "resident",
                "activity": "works",
            },
            "partner": None,
            "children": [{"age": 3, "lives_in": "NL"}],
            "benefits": _benefits(
                {
                    "care_type": "dagopvang",
                    "declared_hours_per_month": 160,
                    "actual_hours_per_month": 100,
                }
            ),
        }
    if name == "detained_partner":
        return {
            "assessment_month": month,
            "applicant": {"situation": "other", "brp_registration": "resident"},
            "partner": {
                "relationship": "married",
                "lives": "detention",
                "lawful_residence": True,
                "detention_sentence_months": 8,
                "divorce_requested": False,
                "joint_child": True,
            },
            "children": [child],
            "benefits": _benefits(),
            "alo_kop_stop_requested": False,
        }
    if name == "partner_without_permit":
        benefits = _benefits()
        benefits["kindgebonden_budget"]["alo_kop"] = False
        return {
            "assessment_month": month,
            "applicant": {
                "situation": "refugee",
                "brp_registration": "resident",
                "lawful_residence": False,
            },
            "partner": {
                "relationship": "married",
                "lives": "same_address",
                "lawful_residence": False,
                "joint_child": True,
            },
            "children": [child],
            "benefits": benefits,
        }
    if name == "kot_partner_at_home":
        kot_household = expected_household("kot_mismatch", language)
        kot_household["benefits"]["kindgebonden_budget"]["alo_kop"] = False
        return kot_household | {
            "partner": {
                "relationship": "married",
                "lives": "same_address",
                "joint_child": True,
                "activity": "none",
                "wlz_indication": False,
            },
        }
    raise KeyError(name)


SCENARIOS = {
    "spouse_abroad": SPOUSE_ABROAD,
    "refugee_awaiting": REFUGEE_AWAITING,
    "single_parent": SINGLE_PARENT,
    "kot_mismatch": KOT_MISMATCH,
    "detained_partner": DETAINED_PARTNER,
}
