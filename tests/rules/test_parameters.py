"""The parameter loader refuses what would otherwise become a silent error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rules_core import months
from rules_core.params import (
    NotInForceError,
    ParameterError,
    default_parameters,
    load_parameters,
    parse_parameter,
)


def _value(start: date, value: object = 100, **extra: object) -> dict[str, object]:
    return {
        "from": start,
        "value": value,
        "source": "S1",
        "url": "https://example.org",
        "verified": True,
        **extra,
    }


def _param(*values: dict[str, object], unit: str = "eurocent_per_year") -> dict[str, object]:
    return {"label": "test", "unit": unit, "values": list(values)}


def test_bundled_parameters_load_and_hash_is_stable() -> None:
    first = load_parameters()
    assert first.digest == load_parameters().digest
    assert "wkb.alleenstaande_ouderkop" in first


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (_param(_value(date(2022, 1, 1)), _value(date(2021, 1, 1))), "sorted"),
        (_param(_value(date(2021, 1, 1)), _value(date(2021, 1, 1))), "unique"),
        (_param(_value(date(2021, 1, 1)), unit="euro"), "unknown unit"),
        (
            _param({"from": date(2021, 1, 1), "value": 1, "url": "u", "verified": True}),
            "no 'source'",
        ),
        (_param(_value(date(2021, 1, 15))), "first of a month"),
        (_param(_value(date(2021, 1, 1), value=-5)), "non-negative"),
        (_param(_value(date(2021, 1, 1), value=1.5)), "whole"),
        (_param(_value(date(2021, 1, 1), verified_through=2020)), "verified_through"),
        ({"unit": "flag", "values": [_value(date(2021, 1, 1))]}, "no label"),
        (_param(), "no values"),
        (_param(_value(date(2021, 1, 1), value="PL"), unit="country_set"), "list of codes"),
        # No default for ``verified``: a value must say whether a source confirms it.
        (_param({"from": date(2021, 1, 1), "value": 1, "source": "s", "url": "u"}), "verified"),
        (_param(_value(date(2021, 1, 1), verified="yes")), "verified"),
        # Unknown keys are refused: a typo must not pass as a default.
        (_param(_value(date(2021, 1, 1), verifed=False)), "unknown key"),
        ({**_param(_value(date(2021, 1, 1))), "lable": "x"}, "unknown key"),
    ],
)
def test_loader_refuses(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        parse_parameter("test.parameter", raw)


def test_loader_refuses_a_parameter_defined_twice(tmp_path: Path) -> None:
    body = (
        "x.y:\n  label: t\n  unit: flag\n  values:\n"
        "    - {from: 2021-01-01, value: 1, source: s, url: u, verified: true}\n"
    )
    (tmp_path / "a.yaml").write_text(body)
    (tmp_path / "b.yaml").write_text(body)
    with pytest.raises(ParameterError, match="defined twice"):
        load_parameters(tmp_path)


def test_lookup_before_the_first_value_is_an_error_not_zero() -> None:
    with pytest.raises(NotInForceError):
        default_parameters().use("wkb.alleenstaande_ouderkop", months.parse("2020-12"))


def test_value_in_force_and_fallback_flag() -> None:
    params = default_parameters()
    in_2025 = params.use("wkb.alleenstaande_ouderkop", months.parse("2025-07"))
    assert (in_2025.value, in_2025.in_force_from, in_2025.fallback) == (338900, "2025-01", False)
    in_2026 = params.use("wkb.alleenstaande_ouderkop", months.parse("2026-03"))
    assert (in_2026.value, in_2026.in_force_from, in_2026.fallback) == (338900, "2025-01", True)
    afbouw_2023 = params.use("wkb.afbouwpercentage", months.parse("2023-05"))
    assert (afbouw_2023.value, afbouw_2023.fallback) == (675, False)  # verified through 2024


def test_norway_is_a_member_state_not_a_boolean() -> None:
    states = default_parameters().use("vo883.lidstaten", months.parse("2025-01")).value
    assert "NO" in states and "PL" in states and "SY" not in states


def test_receipt_carries_a_digest_of_the_rules_source(tmp_path: Path) -> None:
    from rules_core import Household, assess
    from rules_core.params import rules_digest

    receipt = assess(Household.model_validate({"assessment_month": "2025-01"})).receipt
    assert receipt.rules_hash == rules_digest() and len(receipt.rules_hash) == 16
    (tmp_path / "rule.py").write_text("x = 1\n")
    first = rules_digest(tmp_path)
    (tmp_path / "rule.py").write_text("x = 2\n")
    assert rules_digest.__wrapped__(tmp_path) != first  # one changed byte, another digest


def test_alo_kop_2021_is_the_amount_in_the_answer_to_kamervragen() -> None:
    use = default_parameters().use("wkb.alleenstaande_ouderkop", months.parse("2021-06"))
    assert (use.value, use.verified) == (324200, True)
