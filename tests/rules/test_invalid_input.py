"""Bad input on the command line: exit status 2 and exactly one line on stderr that names the field
and what is allowed; never a traceback. Checked in-process (``cli.main``) and as a real
``python -m rules_core`` subprocess, for ``assess`` and ``explain``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from rules_core import cli

ROOT = Path(__file__).resolve().parents[2]

# (case id, stdin text, words the one stderr line must contain)
BAD_STDIN = [
    ("not JSON", "this is not json", ["not valid JSON", "line 1 column 1"]),
    ("truncated JSON", '{"assessment_month": "2025-01"', ["not valid JSON"]),
    (
        "unknown field",
        '{"assessment_month": "2025-01", "salary": 1}',
        ["salary", "is not a known field", "schema"],
    ),
    (
        "unknown nested field",
        '{"assessment_month": "2025-01", "partner": {"name": "X"}}',
        ["partner.name", "is not a known field"],
    ),
    (
        "unknown enum value",
        '{"assessment_month": "2025-01", "applicant": {"situation": "tourist"}}',
        ["applicant.situation", "'labour_migrant', 'refugee' or 'other'"],
    ),
    (
        "unknown enum value for where the partner lives",
        '{"assessment_month": "2025-01", "partner": {"lives": "moon"}}',
        ["partner.lives", "'same_address'", "'care_home'"],
    ),
    (
        "negative age",
        '{"assessment_month": "2025-01", "children": [{"age": -1}]}',
        ["children.0.age", "greater than or equal to 0"],
    ),
    (
        "negative income",
        '{"assessment_month": "2025-01", "income": {"applicant_annual_eurocent": -5}}',
        ["income.applicant_annual_eurocent", "greater than or equal to 0"],
    ),
    (
        "month 13",
        '{"assessment_month": "2025-13"}',
        ["assessment_month", "YYYY-MM", "from 01 to 12"],
    ),
    ("month 00", '{"assessment_month": "2025-00"}', ["assessment_month", "from 01 to 12"]),
    (
        "month in a partner field",
        '{"assessment_month": "2025-01", "partner": {"since": "2020-13"}}',
        ["partner.since", "from 01 to 12"],
    ),
    (
        "year out of range",
        '{"assessment_month": "1899-12"}',
        ["assessment_month", "between 1900 and 2100"],
    ),
    ("year far in the future", '{"assessment_month": "2101-01"}', ["between 1900 and 2100"]),
    ("non-object JSON: list", "[1, 2]", ["must be a JSON object"]),
    ("non-object JSON: string", '"2025-01"', ["must be a JSON object"]),
    ("non-object JSON: null", "null", ["must be a JSON object"]),
    ("missing assessment_month", "{}", ["assessment_month", "is required"]),
    (
        "missing assessment_month with other facts",
        '{"partner": null}',
        ["assessment_month", "is required"],
    ),
]


def _run_main(
    argv: list[str], stdin_text: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    stdout = io.StringIO()
    code = cli.main(argv, stdin=io.StringIO(stdin_text), stdout=stdout)
    captured = capsys.readouterr()
    return code, stdout.getvalue(), captured.err


def _assert_one_line_error(err: str, words: list[str]) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert err.endswith("\n")
    assert lines[0].startswith("error: ")
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.mark.parametrize("command", ["assess", "explain"])
@pytest.mark.parametrize(
    ("text", "words"), [c[1:] for c in BAD_STDIN], ids=[c[0] for c in BAD_STDIN]
)
def test_bad_stdin_in_process(
    command: str, text: str, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run_main([command, "-"], text, capsys)
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, words)


def _subprocess(args: list[str], stdin_text: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rules_core", *args],
        input=stdin_text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


# One subprocess per kind of problem: starting Python costs time, the in-process test covers all.
SUBPROCESS_CASES = [c for c in BAD_STDIN if not c[0].startswith(("truncated", "month 00"))]


@pytest.mark.parametrize(
    ("text", "words"), [c[1:] for c in SUBPROCESS_CASES], ids=[c[0] for c in SUBPROCESS_CASES]
)
def test_bad_stdin_subprocess(text: str, words: list[str]) -> None:
    done = _subprocess(["assess", "-"], text)
    assert done.returncode == 2
    assert done.stdout == ""
    _assert_one_line_error(done.stderr, words)


def test_missing_file_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.json"
    code, out, err = _run_main(["assess", str(missing)], "", capsys)
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, ["cannot read", str(missing), "No such file"])


def test_directory_instead_of_file_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run_main(["explain", str(tmp_path)], "", capsys)
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, ["cannot read", str(tmp_path)])


def test_file_not_utf8_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin1 = tmp_path / "household.json"
    latin1.write_bytes('{"assessment_month": "2025-01", "x": "café"}'.encode("latin-1"))
    code, out, err = _run_main(["assess", str(latin1)], "", capsys)
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, [str(latin1), "not UTF-8"])


def test_unreadable_file_subprocess(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    done = _subprocess(["assess", str(missing)])
    assert done.returncode == 2
    assert done.stdout == ""
    _assert_one_line_error(done.stderr, ["cannot read", str(missing)])


def test_bad_file_content_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "household.json"
    path.write_text('{"assessment_month": "2025-13"}', encoding="utf-8")
    done = _subprocess(["explain", str(path)])
    assert done.returncode == 2
    _assert_one_line_error(done.stderr, ["assessment_month", "from 01 to 12"])


def test_valid_input_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run_main(["assess", "-"], '{"assessment_month": "2025-01"}', capsys)
    assert code == 0
    assert err == ""
    assert json.loads(out)["toeslagpartner"]["outcome"] == "needs_answer"


def _schema_from(out: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(out)
    Draft202012Validator.check_schema(schema)
    return schema


def test_schema_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run_main(["schema"], "", capsys)
    assert code == 0
    assert err == ""
    schema = _schema_from(out)
    assert schema["title"] == "Household"
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["assessment_month"]
    # Every nested object refuses unknown fields too.
    for name, definition in schema["$defs"].items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


def test_schema_subprocess_validates_and_rejects() -> None:
    done = _subprocess(["schema"])
    assert done.returncode == 0
    assert done.stderr == ""
    validator = Draft202012Validator(_schema_from(done.stdout))
    assert validator.is_valid({"assessment_month": "2025-01", "partner": None})
    assert not validator.is_valid({"assessment_month": "2025-01", "salary": 1})
    assert not validator.is_valid({"partner": None})
