"""Dated legal parameters: strict loading and "value in force on" look-ups.

The YAML files in ``parameters/`` hold every amount, percentage, threshold and start date the rules
use, one value per start date, each with its source. The loader refuses what would make a silent
error later: an unknown unit, a value without a source, unsorted or duplicate dates, and a look-up
before the first value (no silent zero, unlike OpenFisca before a formula exists).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from rules_core import months
from rules_core.assessment import ParameterUse

PARAMETER_DIR = Path(__file__).parent / "parameters"
UNITS = frozenset(
    {
        "eurocent_per_year",
        "eurocent_per_hour",
        "hours_per_month",
        "basis_points",
        "flag",
        "months",
        "country_set",
    }
)


# The keys a parameter and one of its dated values may have. Anything else is refused: a typo
# ("verifed: false") would otherwise silently count as verified.
PARAMETER_KEYS = frozenset({"label", "unit", "values"})
VALUE_KEYS = frozenset({"from", "value", "source", "url", "verified", "verified_through", "note"})


class ParameterError(ValueError):
    """A parameter file breaks one of the loader's rules."""


class NotInForceError(LookupError):
    """No value of this parameter is in force yet on the date asked."""


@dataclass(frozen=True, slots=True)
class DatedValue:
    start: int  # month index
    value: int | tuple[str, ...]
    source: str
    url: str
    verified_through: int  # last year a source confirms this value
    verified: bool

    @property
    def start_text(self) -> str:
        return months.fmt(self.start)


@dataclass(frozen=True, slots=True)
class Parameter:
    id: str
    label: str
    unit: str
    values: tuple[DatedValue, ...]


def _dated_value(param_id: str, unit: str, raw: dict[str, Any]) -> DatedValue:
    unknown = sorted(set(raw) - VALUE_KEYS)
    if unknown:
        raise ParameterError(f"{param_id}: unknown key(s) {unknown} in a value")
    for key in ("from", "value", "source", "url"):
        if raw.get(key) in (None, ""):
            raise ParameterError(f"{param_id}: a value has no '{key}'")
    if not isinstance(raw.get("verified"), bool):
        raise ParameterError(f"{param_id}: every value needs 'verified: true' or 'verified: false'")
    start = raw["from"]
    if not isinstance(start, date) or start.day != 1:
        raise ParameterError(f"{param_id}: 'from' must be a date on the first of a month")
    value = raw["value"]
    if unit == "country_set":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ParameterError(f"{param_id}: a country_set value must be a list of codes")
        value = tuple(sorted(value))
    elif not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ParameterError(f"{param_id}: value must be a whole, non-negative number in {unit}")
    verified_through = int(raw.get("verified_through", start.year))
    if verified_through < start.year:
        raise ParameterError(f"{param_id}: verified_through is before the value starts")
    return DatedValue(
        start=start.year * 12 + start.month - 1,
        value=value,
        source=str(raw["source"]),
        url=str(raw["url"]),
        verified_through=verified_through,
        verified=raw["verified"],
    )


def parse_parameter(param_id: str, raw: dict[str, Any]) -> Parameter:
    unknown = sorted(set(raw) - PARAMETER_KEYS)
    if unknown:
        raise ParameterError(f"{param_id}: unknown key(s) {unknown}")
    unit = raw.get("unit")
    if unit not in UNITS:
        raise ParameterError(f"{param_id}: unknown unit {unit!r}; known: {sorted(UNITS)}")
    if not raw.get("label"):
        raise ParameterError(f"{param_id}: no label")
    values = tuple(_dated_value(param_id, unit, v) for v in raw.get("values") or ())
    if not values:
        raise ParameterError(f"{param_id}: no values")
    starts = [v.start for v in values]
    if starts != sorted(set(starts)):
        raise ParameterError(f"{param_id}: dates must be sorted and unique")
    return Parameter(id=param_id, label=str(raw["label"]), unit=unit, values=values)


class ParameterSet:
    """All parameters, with cached look-ups by (parameter, month)."""

    def __init__(self, parameters: dict[str, Parameter], digest: str) -> None:
        self._parameters = parameters
        self.digest = digest
        self._uses: dict[tuple[str, int], ParameterUse] = {}
        self._numbers: dict[tuple[str, int], tuple[int, ParameterUse]] = {}

    def __contains__(self, param_id: str) -> bool:
        return param_id in self._parameters

    def first_month(self, param_id: str) -> int:
        """The month the parameter's first value starts: before it, ``use`` raises."""
        return self._parameters[param_id].values[0].start

    def use(self, param_id: str, month: int) -> ParameterUse:
        """The value in force in ``month``, as it goes into the trace.

        Raises NotInForceError before the first value. ``fallback`` is set when no source
        confirms the value for the year asked: it is carried over from an earlier year.
        """
        key = (param_id, month)
        cached = self._uses.get(key)
        if cached is not None:
            return cached
        parameter = self._parameters[param_id]
        in_force = None
        for dated in parameter.values:
            if dated.start <= month:
                in_force = dated
        if in_force is None:
            raise NotInForceError(
                f"{param_id} has no value before {parameter.values[0].start_text}"
            )
        use = ParameterUse(
            id=param_id,
            value=in_force.value,
            unit=parameter.unit,
            in_force_from=in_force.start_text,
            source=in_force.source,
            verified=in_force.verified,
            fallback=months.year(month) > in_force.verified_through,
        )
        self._uses[key] = use
        return use

    def number(self, param_id: str, month: int) -> tuple[int, ParameterUse]:
        """A numeric value in force in ``month`` together with its trace entry."""
        cached = self._numbers.get((param_id, month))
        if cached is not None:
            return cached
        use = self.use(param_id, month)
        if not isinstance(use.value, int):
            raise ParameterError(f"{param_id} is not a number")
        self._numbers[(param_id, month)] = (use.value, use)
        return use.value, use


def load_parameters(directory: Path = PARAMETER_DIR) -> ParameterSet:
    parameters: dict[str, Parameter] = {}
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        text = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + text)
        raw = yaml.safe_load(text) or {}
        for param_id, body in raw.items():
            if param_id in parameters:
                raise ParameterError(f"{param_id}: defined twice")
            parameters[param_id] = parse_parameter(param_id, body)
    return ParameterSet(parameters, digest.hexdigest()[:16])


@cache
def default_parameters() -> ParameterSet:
    return load_parameters()


RULES_SOURCE = Path(__file__).parent


@cache
def rules_digest(directory: Path = RULES_SOURCE) -> str:
    """Digest of the rules' own source (every rules_core Python file), read once like the
    parameters: the receipt tells two versions of the rules apart even under one version number."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.py")):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
