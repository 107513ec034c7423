"""Hypothesis strategies that build any valid Household, unknowns (None/absent) included."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from rules_core.household import Household

COUNTRIES = ("NL", "PL", "RO", "DE", "ER", "SY", "AF", "BG", None)


def months_text() -> st.SearchStrategy[str]:
    return st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1990, 2027), st.integers(1, 12))


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def partners() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "relationship": maybe(
                st.sampled_from(
                    [
                        "married",
                        "registered_partnership",
                        "notarial_cohabitation",
                        "cohabiting",
                        "other",
                    ]
                )
            ),
            "since": maybe(months_text()),
            "lives": maybe(
                st.sampled_from(
                    ["same_address", "other_address_nl", "abroad", "detention", "care_home"]
                )
            ),
            "country": st.sampled_from(COUNTRIES),
            "has_bsn": maybe(st.booleans()),
            "known_to_toeslagen": maybe(st.booleans()),
            "lawful_residence": maybe(st.booleans()),
            "joint_child": maybe(st.booleans()),
            "divorce_requested": maybe(st.booleans()),
            "divorce_request_reported": maybe(st.booleans()),
            "detention_sentence_months": maybe(st.integers(0, 120)),
            "wlz_indication": maybe(st.booleans()),
            "activity": maybe(
                st.sampled_from(["works", "studies", "reintegration", "inburgering", "none"])
            ),
            "activity_stopped": maybe(months_text()),
            "care_home_not_partners": maybe(st.booleans()),
            "arrived_in_nl": maybe(months_text()),
            "expected_arrival": maybe(months_text()),
        },
    )


def benefits() -> st.SearchStrategy[dict[str, Any]]:
    received = st.fixed_dictionaries({}, optional={"receives": maybe(st.booleans())})
    return st.fixed_dictionaries(
        {},
        optional={
            "kindgebonden_budget": st.fixed_dictionaries(
                {},
                optional={
                    "receives": maybe(st.booleans()),
                    "alo_kop": maybe(st.booleans()),
                    "since": maybe(months_text()),
                },
            ),
            "kinderopvangtoeslag": st.fixed_dictionaries(
                {},
                optional={
                    "receives": maybe(st.booleans()),
                    "care_type": maybe(st.sampled_from(["dagopvang", "bso", "gastouderopvang"])),
                    "declared_hours_per_month": maybe(st.integers(0, 744)),
                    "actual_hours_per_month": maybe(st.integers(0, 744)),
                    "hourly_rate_eurocent": maybe(st.integers(0, 100_000)),
                },
            ),
            "zorgtoeslag": received,
            "huurtoeslag": received,
            "kinderbijslag": received,
            "foreign_family_benefit": st.fixed_dictionaries(
                {},
                optional={"receives": maybe(st.booleans()), "country": st.sampled_from(COUNTRIES)},
            ),
        },
    )


def household_dicts() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "assessment_month": st.builds(
                lambda y, m: f"{y:04d}-{m:02d}", st.integers(2015, 2026), st.integers(1, 12)
            )
        },
        optional={
            "applicant": st.fixed_dictionaries(
                {},
                optional={
                    "situation": maybe(st.sampled_from(["labour_migrant", "refugee", "other"])),
                    "brp_registration": maybe(
                        st.sampled_from(["resident", "non_resident", "none"])
                    ),
                    "lawful_residence": maybe(st.booleans()),
                    "activity": maybe(
                        st.sampled_from(
                            ["works", "studies", "reintegration", "inburgering", "none"]
                        )
                    ),
                },
            ),
            "partner": st.none() | partners(),
            "children": maybe(
                st.lists(
                    st.fixed_dictionaries(
                        {"age": st.integers(0, 30)},
                        optional={"lives_in": st.sampled_from(COUNTRIES)},
                    ),
                    max_size=6,
                )
            ),
            "benefits": benefits(),
            "alo_kop_stop_requested": maybe(st.booleans()),
            "income": st.fixed_dictionaries(
                {},
                optional={
                    "applicant_annual_eurocent": maybe(st.integers(0, 20_000_000)),
                    "partner_annual_eurocent": maybe(st.integers(0, 20_000_000)),
                },
            ),
        },
    )


def households() -> st.SearchStrategy[Household]:
    return household_dicts().map(Household.model_validate)
