"""A tiny helper so every rule builds its trace step the same way."""

from __future__ import annotations

from collections.abc import Mapping

from rules_core.assessment import Citation, ParameterUse, Result, Step


def step(
    rule: str,
    citation: Citation,
    read: Mapping[str, Result],
    result: Result,
    used: tuple[ParameterUse, ...] = (),
) -> Step:
    return Step(
        rule=rule, citation=citation, read=read, result=result, reason=f"rule.{rule}", used=used
    )
