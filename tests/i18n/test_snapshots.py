"""Snapshots of the live result sequence and the summary, for recorded assessments, in every
language, plus the properties a reader relies on.

The sequence is the one action_assess sends (``actions.result_messages.result_messages``), then
"why?" and "all steps" as action_result_detail sends them, then the summary as the text
download. The assessments are frozen in tests/fixtures/nlg (not computed by the live core; two
are hand-made: a provisional risk, and no risk with a question open), so these only change when a
text or the rendering changes. Review the diff, then refresh with
``UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/i18n/test_snapshots.py``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from actions.result_messages import result_messages
from bot.i18n import render
from bot.i18n.catalog import catalog
from bot.i18n.format import month
from bot.i18n.languages import SUPPORTED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nlg"
SNAPSHOTS = FIXTURES / "snapshots"
ASSESSMENTS = {
    "spouse_abroad": "labour_migrant",
    "refugee": "refugee",
    "provisional": "labour_migrant",
    "open_question": "other",
}
CODE = "TEST2345"
FIRST_MESSAGE_LIMIT = 300
# Dutch words that join the parts of a citation in the core ("Awir (met AWR art. 5a)",
# "tekst tot en met 2020"): none may stand inside a citation the user reads.
DUTCH_CONNECTING = {"met", "tot", "en", "van", "de", "het", "sinds", "tekst", "voor", "bij"}
CITATION = re.compile(r"\(\u2068?([^()]*?(?:artikel|Wet kinderopvang)[^()]*?)\u2069?\)")


def assessment(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"assessment_{name}.json").read_text())
    data.pop("trace", None)
    return data


def sequence(name: str, language: str, channel: str) -> list[str]:
    data, situation = assessment(name), ASSESSMENTS[name]
    texts = [
        render(r, args, language, channel).text for r, args in result_messages(data, situation)
    ]
    for response in ("utter_result_why", "utter_result_steps"):
        arguments = {"assessment": data, "situation": situation}
        texts.append(render(response, arguments, language, channel).text)
    return texts


def summary(name: str, language: str) -> str:
    arguments = {
        "assessment": assessment(name),
        "situation": ASSESSMENTS[name],
        "reference_code": CODE,
    }
    return render("utter_summary", arguments, language, "twilio").text


def rendered(name: str, language: str) -> str:
    parts = [*sequence(name, language, "twilio"), summary(name, language)]
    return "\n\n---\n\n".join(parts) + "\n"


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_rendered_result_matches_the_snapshot(name: str, language: str) -> None:
    path = SNAPSHOTS / f"{name}.{language}.txt"
    text = rendered(name, language)
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_the_first_message_fits_a_phone(name: str, language: str) -> None:
    first = sequence(name, language, "rest")[0]
    visible = first.replace("\u2068", "").replace("\u2069", "").replace("\u200f", "")
    assert len(visible) <= FIRST_MESSAGE_LIMIT, (len(visible), first)


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_the_first_message_names_the_months_counted(name: str, language: str) -> None:
    risks = assessment(name)["risks"]
    first = sequence(name, language, "rest")[0]
    for risk in risks[:1]:
        repayment = risk["repayment"]
        if repayment and repayment["from_month"]:
            assert month(repayment["from_month"], language) in first  # type: ignore[arg-type]
            assert str(repayment["months_so_far"]) in first


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_no_version_string_outside_the_helpdesk_receipt(name: str, language: str) -> None:
    version = assessment(name)["receipt"]["rules_version"]
    for text in sequence(name, language, "rest"):
        assert version not in text
    document = summary(name, language)
    receipt_heading = catalog(language).text("summary.receipt.heading")  # type: ignore[arg-type]
    assert version not in document.split(receipt_heading)[0]
    assert version in document.split(receipt_heading)[1]
    assert CODE in document.split(receipt_heading)[0]  # the reference code is for people too


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_the_summary_says_the_year_of_the_amounts_and_why_when_earlier(
    name: str, language: str
) -> None:
    data = assessment(name)
    used, checked = data["receipt"]["parameter_year"], int(data["assessment_month"][:4])
    catalog_ = catalog(language)  # type: ignore[arg-type]
    key = "summary.year.earlier" if used < checked else "summary.year"
    own = summary(name, language).split("────────────")[0]
    expected = catalog_.text(key).format(year=used, checked=checked)
    assert expected.replace("\u2068", "").replace("\u2069", "") in own.replace(
        "\u2068", ""
    ).replace("\u2069", "")


@pytest.mark.parametrize("language", [lang for lang in SUPPORTED if lang != "nl"])
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_no_dutch_connecting_words_inside_a_citation(name: str, language: str) -> None:
    own = summary(name, language).split("────────────")[0]
    texts = [*sequence(name, language, "rest"), own]
    found = [match for text in texts for match in CITATION.findall(text)]
    assert found, "every fixture cites at least one law"
    for citation in found:
        words = set(re.findall(r"[a-zA-Z]+", citation.lower()))
        assert not words & DUTCH_CONNECTING, citation
    for text in texts:
        assert "(met " not in text and "(with " not in text and "tekst tot" not in text


@pytest.mark.parametrize("language", SUPPORTED)
def test_a_provisional_risk_is_said_with_its_condition(language: str) -> None:
    first = sequence("provisional", language, "rest")[0]
    assert catalog(language).text("unless.partner.divorce_requested") in first  # type: ignore[arg-type]


@pytest.mark.parametrize("language", SUPPORTED)
def test_an_open_question_is_never_called_no_risk(language: str) -> None:
    catalog_ = catalog(language)  # type: ignore[arg-type]
    first = sequence("open_question", language, "rest")[0]
    assert catalog_.text("utter_result_nothing_found") not in first
    assert catalog_.text("assumed.partner.wlz_indication") in first
    assert catalog_.text("question.partner.wlz_indication") in first


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("name", ASSESSMENTS)
def test_no_line_of_a_message_is_repeated(name: str, language: str) -> None:
    for text in sequence(name, language, "rest"):
        lines = [line for line in text.splitlines() if line.strip()]
        assert len(lines) == len(set(lines)), text
