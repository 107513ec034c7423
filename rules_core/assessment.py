"""What the rules core answers: an Assessment with its legal trace and a receipt.

Immutable named tuples, not pydantic models or frozen dataclasses: the core builds tens of
thousands of these a second (a frozen dataclass's ``__init__`` costs several times more), and
everything in them has already been validated on the way in. ``as_dict`` gives the
JSON shape that the CLI, the Rasa actions and the HTTP API share.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

Outcome = Literal["partner", "no_partner", "needs_answer"]
Severity = Literal["high", "medium", "low"]
Result = bool | int | str | None
JsonDict = dict[str, object]


class Citation(NamedTuple):
    """Where a rule comes from: the law and article, and the public page that states it."""

    law: str
    article: str | None
    url: str
    bwb: str | None = None

    def as_dict(self) -> JsonDict:
        return {"law": self.law, "article": self.article, "bwb": self.bwb, "url": self.url}


class ParameterUse(NamedTuple):
    """One dated parameter value as a rule used it."""

    id: str
    value: int | tuple[str, ...]
    unit: str
    in_force_from: str
    source: str
    verified: bool
    fallback: bool  # True when the value is from an earlier year than the one assessed

    def as_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "value": list(self.value) if isinstance(self.value, tuple) else self.value,
            "unit": self.unit,
            "in_force_from": self.in_force_from,
            "source": self.source,
            "verified": self.verified,
            "fallback": self.fallback,
        }


class Step(NamedTuple):
    """One rule evaluated: what it read, which parameters it used, and what it found."""

    rule: str
    citation: Citation
    read: Mapping[str, Result]
    result: Result
    reason: str
    used: tuple[ParameterUse, ...] = ()

    def as_dict(self) -> JsonDict:
        return {
            "rule": self.rule,
            "citation": self.citation.as_dict(),
            "read": dict(self.read),
            "used": [use.as_dict() for use in self.used],
            "result": self.result,
            "reason": self.reason,
        }


class Repayment(NamedTuple):
    """Money that will probably be reclaimed, in eurocents.

    ``upper_bound``: a fact we needed is unknown, so this is the most it can be; ``missing`` names
    those facts (dotted paths, as in ``Question.fact``), empty when a parameter is what is missing.
    ``estimate``: at least one parameter is not verified for this year (see the receipt).
    ``months_not_counted``: months that can still be reclaimed but have no verified amount; the
    amount is then at least what is said, so never ``upper_bound``.
    """

    so_far_eurocent: int
    per_month_eurocent: int
    upper_bound: bool
    estimate: bool
    months_so_far: int
    from_month: str | None
    missing: tuple[str, ...] = ()
    months_not_counted: int = 0

    def as_dict(self) -> JsonDict:
        return {
            "so_far_eurocent": self.so_far_eurocent,
            "per_month_eurocent": self.per_month_eurocent,
            "upper_bound": self.upper_bound,
            "estimate": self.estimate,
            "months_so_far": self.months_so_far,
            "from_month": self.from_month,
            "missing": list(self.missing),
            "months_not_counted": self.months_not_counted,
        }


class Assumption(NamedTuple):
    """An unknown fact taken at its default because only an exception needs it.

    The law's exceptions apply only when established: while the user does not know whether a
    divorce was requested, the core assesses as if it was not (``value=False``), marks the risk
    ``provisional`` and keeps the question in ``Assessment.questions``.
    """

    fact: str
    value: Result

    def as_dict(self) -> JsonDict:
        return {"fact": self.fact, "value": self.value}


class Risk(NamedTuple):
    code: str
    benefit: str
    severity: Severity
    repayment: Repayment | None
    reason: str
    citations: tuple[Citation, ...]
    # True when the risk rests on at least one assumed fact (``assumes``): it holds unless an
    # exception is established by answering the open question.
    provisional: bool = False
    assumes: tuple[Assumption, ...] = ()

    def as_dict(self) -> JsonDict:
        return {
            "code": self.code,
            "benefit": self.benefit,
            "severity": self.severity,
            "repayment": self.repayment.as_dict() if self.repayment else None,
            "reason": self.reason,
            "citations": [c.as_dict() for c in self.citations],
            "provisional": self.provisional,
            "assumes": [a.as_dict() for a in self.assumes],
        }


class Action(NamedTuple):
    code: str
    priority: int
    reason: str

    def as_dict(self) -> JsonDict:
        return {"code": self.code, "priority": self.priority, "reason": self.reason}


class Question(NamedTuple):
    fact: str
    reason: str

    def as_dict(self) -> JsonDict:
        return {"fact": self.fact, "reason": self.reason}


class ToeslagpartnerDecision(NamedTuple):
    outcome: Outcome
    ground: str
    citations: tuple[Citation, ...]
    from_month: str | None = None
    assumes: tuple[Assumption, ...] = ()

    def as_dict(self) -> JsonDict:
        return {
            "outcome": self.outcome,
            "ground": self.ground,
            "citations": [c.as_dict() for c in self.citations],
            "from_month": self.from_month,
            "assumes": [a.as_dict() for a in self.assumes],
        }


class AloKop(NamedTuple):
    entitled: bool | None
    received: bool | None

    def as_dict(self) -> JsonDict:
        return {"entitled": self.entitled, "received": self.received}


class Receipt(NamedTuple):
    rules_version: str
    parameters_hash: str
    parameter_year: int
    parameters_verified: bool
    # Digest of the rules' own source (the rules_core Python files): two versions of the rules
    # with the same version number can still be told apart.
    rules_hash: str = ""

    def as_dict(self) -> JsonDict:
        return {
            "rules_version": self.rules_version,
            "rules_hash": self.rules_hash,
            "parameters_hash": self.parameters_hash,
            "parameter_year": self.parameter_year,
            "parameters_verified": self.parameters_verified,
        }


class Assessment(NamedTuple):
    assessment_month: str
    toeslagpartner: ToeslagpartnerDecision
    alo_kop: AloKop
    risks: tuple[Risk, ...]
    actions: tuple[Action, ...]
    questions: tuple[Question, ...]
    trace: tuple[Step, ...]
    receipt: Receipt

    def as_dict(self) -> JsonDict:
        return {
            "assessment_month": self.assessment_month,
            "toeslagpartner": self.toeslagpartner.as_dict(),
            "alo_kop": self.alo_kop.as_dict(),
            "risks": [r.as_dict() for r in self.risks],
            "actions": [a.as_dict() for a in self.actions],
            "questions": [q.as_dict() for q in self.questions],
            "trace": [s.as_dict() for s in self.trace],
            "receipt": self.receipt.as_dict(),
        }
