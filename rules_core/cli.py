"""Command line: ``python -m rules_core assess|explain FILE|-``, ``schema`` and ``demo``.

Bad input exits with status 2 and one line that names the field and what is allowed; never a
traceback. This is the only module of the core that does I/O.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from rules_core.assessment import Assessment
from rules_core.engine import assess
from rules_core.household import Household

EXAMPLES = Path(__file__).parent / "examples"


class InputError(Exception):
    """Input the core cannot use; the message is one line for the user."""


def describe_validation_error(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    path = ".".join(str(part) for part in first["loc"]) or "(top level)"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "is not a known field (see `python -m rules_core schema`)"
    elif first["type"] == "missing":
        message = "is required"
    more = len(error.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{path}: {message}{suffix}"


def read_household(source: str, stdin: TextIO) -> Household:
    try:
        text = stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    if not isinstance(data, dict):
        raise InputError("the household must be a JSON object")
    try:
        return Household.model_validate(data)
    except ValidationError as error:
        raise InputError(describe_validation_error(error)) from None


def explain(assessment: Assessment) -> str:
    """The trace as text, one rule per line, for a person reading a terminal."""
    lines = [f"Assessment for {assessment.assessment_month}"]
    partner = assessment.toeslagpartner
    lines.append(f"  toeslagpartner: {partner.outcome} (ground: {partner.ground})")
    for assumption in partner.assumes:
        lines.append(f"    assumes {assumption.fact} = {assumption.value!r}")
    alo = assessment.alo_kop
    lines.append(f"  ALO-kop entitled: {alo.entitled}, received: {alo.received}")
    lines.append("Rules, in the order evaluated:")
    for number, step in enumerate(assessment.trace, start=1):
        cite = step.citation
        article = f" art. {cite.article}" if cite.article else ""
        lines.append(f"  {number:2}. {step.rule} -> {step.result!r}   [{cite.law}{article}]")
        facts = ", ".join(f"{key}={value!r}" for key, value in step.read.items())
        if facts:
            lines.append(f"      read: {facts}")
        for use in step.used:
            flag = " (fallback)" if use.fallback else ""
            value = f"{use.value} {use.unit} from {use.in_force_from}{flag}"
            lines.append(f"      used: {use.id} = {value}; {use.source}")
    lines.append("Risks:")
    for risk in assessment.risks or ():
        money = risk.repayment
        amount = (
            "amount unknown"
            if money is None
            else (
                f"so far {money.so_far_eurocent / 100:.2f} EUR over {money.months_so_far} months, "
                f"{money.per_month_eurocent / 100:.2f} EUR per month"
                + (
                    f" (upper bound; missing: {', '.join(money.missing) or 'a parameter'})"
                    if money.upper_bound
                    else ""
                )
                + (
                    f" (at least: {money.months_not_counted} months not counted)"
                    if money.months_not_counted
                    else ""
                )
                + (" (estimate)" if money.estimate else "")
            )
        )
        lines.append(f"  - {risk.code} [{risk.benefit}, {risk.severity}]: {amount}")
        if risk.provisional:
            assumed = ", ".join(f"{a.fact} = {a.value!r}" for a in risk.assumes)
            lines.append(f"    provisional, assumes {assumed}")
    if not assessment.risks:
        lines.append("  none")
    lines.append(
        "Actions: " + (", ".join(f"{a.priority}. {a.code}" for a in assessment.actions) or "none")
    )
    lines.append("Questions: " + (", ".join(q.fact for q in assessment.questions) or "none"))
    receipt = assessment.receipt
    lines.append(
        f"Receipt: rules {receipt.rules_version} ({receipt.rules_hash}), "
        f"parameters {receipt.parameters_hash}, "
        f"year {receipt.parameter_year}, verified {receipt.parameters_verified}"
    )
    return "\n".join(lines)


def main(
    argv: list[str] | None = None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    parser = argparse.ArgumentParser(prog="python -m rules_core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("assess", "print the Assessment as JSON"),
        ("explain", "print the trace readably"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("file", help="a Household JSON file, or - for standard input")
    commands.add_parser("schema", help="print the Household JSON Schema")
    commands.add_parser("demo", help="explain every bundled example household")
    args = parser.parse_args(argv)

    if args.command == "schema":
        stdout.write(json.dumps(Household.model_json_schema(), indent=2) + "\n")
        return 0
    if args.command == "demo":
        for path in sorted(EXAMPLES.glob("*.json")):
            household = read_household(str(path), stdin)
            stdout.write(f"== {path.stem}\n{explain(assess(household))}\n\n")
        return 0
    try:
        household = read_household(args.file, stdin)
    except InputError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
    assessment = assess(household)
    if args.command == "assess":
        stdout.write(json.dumps(assessment.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(explain(assessment) + "\n")
    return 0
