"""Assessments from the rules core for every example household, as the actions pass them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rules_core import Household, assess

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "rules_core" / "examples").glob("*.json"))


def assessment_of(path: Path) -> dict[str, Any]:
    household = Household.model_validate(json.loads(path.read_text()))
    return assess(household).as_dict()


@pytest.fixture(params=EXAMPLES, ids=[path.stem for path in EXAMPLES])
def example_assessment(request: pytest.FixtureRequest) -> dict[str, Any]:
    return assessment_of(request.param)
