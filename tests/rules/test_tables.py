"""Rule tables: every case in tables/*.yaml is one test, named by its case name.

A case gives a household and what must come out. Only the keys written under ``expect`` are
compared, but each of those is compared exactly (amounts to the cent, lists in order).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from rules_core import Household, assess

TABLES = sorted((Path(__file__).parent / "tables").glob("*.yaml"))


def _cases() -> list[Any]:
    cases = []
    for table in TABLES:
        for case in yaml.safe_load(table.read_text(encoding="utf-8"))["cases"]:
            cases.append(pytest.param(case, id=f"{table.stem}: {case['name']}"))
    return cases


def _risk_view(risk: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    view = {key: risk[key] for key in wanted if key != "repayment"}
    if "repayment" in wanted:
        money, want = risk["repayment"], wanted["repayment"]
        # ``repayment: null`` in a table means the engine must give no amount at all.
        view["repayment"] = money if money is None or want is None else {k: money[k] for k in want}
    return view


@pytest.mark.parametrize("case", _cases())
def test_rule_table(case: dict[str, Any]) -> None:
    result = assess(Household.model_validate(case["household"])).as_dict()
    expect = case["expect"]
    if "toeslagpartner" in expect:
        got = {key: result["toeslagpartner"][key] for key in expect["toeslagpartner"]}
        assert got == expect["toeslagpartner"]
    if "alo_kop" in expect:
        assert result["alo_kop"] == expect["alo_kop"]
    if "risks" in expect:
        assert len(result["risks"]) == len(expect["risks"]), [r["code"] for r in result["risks"]]
        for risk, wanted in zip(result["risks"], expect["risks"], strict=True):
            assert _risk_view(risk, wanted) == wanted
    if "actions" in expect:
        assert [a["code"] for a in result["actions"]] == expect["actions"]
    if "action_reasons" in expect:
        assert [a["reason"] for a in result["actions"]] == expect["action_reasons"]
    if "questions" in expect:
        assert [q["fact"] for q in result["questions"]] == expect["questions"]
    if "question_reasons" in expect:
        assert [q["reason"] for q in result["questions"]] == expect["question_reasons"]
    if "receipt" in expect:
        got = {key: result["receipt"][key] for key in expect["receipt"]}
        assert got == expect["receipt"]
    if "trace" in expect:
        # Each listed rule must appear in the trace with this result.
        results = {}
        for step in result["trace"]:
            results.setdefault(step["rule"], step["result"])
        for rule, wanted in expect["trace"].items():
            assert rule in results, f"{rule} not evaluated"
            assert results[rule] == wanted, f"{rule}: {results[rule]!r} != {wanted!r}"


def test_tables_are_present() -> None:
    assert TABLES, "no rule tables found"
