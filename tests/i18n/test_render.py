"""Rendering: every rules-core code and every Rasa response, in every language."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from actions.result_messages import result_messages
from bot.i18n import render, results
from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED
from rules_core.codes import ALL_MESSAGE_KEYS

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "nlg"
SPOUSE = json.loads((FIXTURES / "assessment_spouse_abroad.json").read_text())
REFUGEE = json.loads((FIXTURES / "assessment_refugee.json").read_text())
# A message key left in a text means a lookup went wrong.
LEFTOVER_KEY = re.compile(
    r"\b(risk|action|rule|question|utter|option|button|repayment|why)\.[a-z_]"
)


def domain_responses() -> list[str]:
    names: list[str] = []
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        names += list((yaml.safe_load(path.read_text()) or {}).get("responses", {}))
    return names


def arguments_for(response: str) -> dict[str, Any]:
    """The arguments the Rasa actions pass (actions/result_messages.py and the language actions)."""
    return {
        "utter_result_headline": {"assessment": SPOUSE, "situation": "labour_migrant"},
        "utter_result_why": {"assessment": SPOUSE},
        "utter_result_steps": {"assessment": SPOUSE, "situation": "labour_migrant"},
        "utter_summary": {"assessment": SPOUSE, "reference_code": "ABCD2345"},
        "utter_unsupported_language": {"detected": "am"},
        "utter_offer_language_switch": {"language": "pl"},
        "utter_invalid_answer": {"expected": "situation"},
        "utter_confirm_answer": {"values": {"foreign_benefit": "PL"}},
        "utter_which_month_of_year": {"slot": "kgb_since", "year": 2012},
        "utter_result_amount": {"assessment": SPOUSE},
        "utter_result_since": {"assessment": SPOUSE},
        "utter_change_answer_list": {"answers": [["has_partner", True]], "partial": False},
    }.get(response, {})


def generic(language: str) -> str:
    return catalog(language).text("utter_generic_error")  # type: ignore[arg-type]


def assert_clean(text: str) -> None:
    assert text.strip()
    assert "{" not in text and "}" not in text, text
    assert not LEFTOVER_KEY.search(text), text


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_rules_core_key_renders(language: str) -> None:
    catalog_ = catalog(language)  # type: ignore[arg-type]
    for key in ALL_MESSAGE_KEYS:
        assert_clean(results.core_text(catalog_, key))


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("response", domain_responses())
def test_every_domain_response_renders_in_every_language(response: str, language: str) -> None:
    message = render(response, arguments_for(response), language, "socketio")
    assert_clean(message.text)
    assert message.text != generic(message.language)
    assert all(button.title and button.payload.startswith("/") for button in message.buttons)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_example_assessment_renders_through_the_live_sequence(
    example_assessment: dict[str, Any], language: str
) -> None:
    """The responses action_assess sends (actions/result_messages.py), then "why?" and
    "all steps" as action_result_detail sends them."""
    example_assessment.pop("trace", None)
    sequence = result_messages(example_assessment, "refugee")
    (first,) = [render(name, args, language, "rest") for name, args in sequence]
    assert_clean(first.text)
    assert first.text != generic(language)
    assert [b.payload for b in first.buttons] == [
        "/ask_result_why",
        "/ask_result_steps",
        "/request_summary",
        "/ask_toeslagpartner",
        "/change_answer",
    ]
    why = render("utter_result_why", {"assessment": example_assessment}, language, "rest")
    steps = render("utter_result_steps", {"assessment": example_assessment}, language, "rest")
    for message in (why, steps):
        assert_clean(message.text)
    for risk in example_assessment["risks"]:
        if risk["repayment"] and risk["repayment"]["per_month_eurocent"]:
            assert _money(risk["repayment"]["per_month_eurocent"], language) in why.text


def _money(eurocent: int, language: str) -> str:
    from bot.i18n.format import isolate, money

    return isolate(money(eurocent, language), language)  # type: ignore[arg-type]


def test_unknown_response_gives_the_generic_text_and_logs_only_the_name(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR):
        message = render("utter_no_such_thing", {"x": "secret text"}, "pl", "rest")
    assert message.text == generic("pl")
    assert message.buttons == ()
    record = next(r for r in caplog.records if r.getMessage() == "nlg_unknown_response")
    assert record.response == "utter_no_such_thing"  # type: ignore[attr-defined]
    assert "secret" not in caplog.text


def test_bad_arguments_give_the_generic_text() -> None:
    bad = {"assessment": {"risks": [{"nothing": 1}]}}
    assert render("utter_result_why", bad, "en", "rest").text == generic("en")
    assert render("utter_summary", {}, "nl", "rest").text == generic("nl")


def test_an_argument_language_wins_over_the_slot() -> None:
    assert render("utter_greet", {"language": "en"}, "nl").text == catalog("en").text("utter_greet")
    assert render("utter_greet", {"language": "xx"}, "nl").text == catalog("nl").text("utter_greet")


def steps_for(assessment: dict[str, Any], situation: str | None) -> str:
    arguments = {"assessment": assessment, "situation": situation}
    return render("utter_result_steps", arguments, "en").text


def test_the_refugee_result_names_vluchtelingenwerk_without_a_link() -> None:
    help_text = steps_for(REFUGEE, "refugee")
    assert "VluchtelingenWerk" in help_text
    assert "vluchtelingenwerk.nl" not in help_text.lower()
    assert "VluchtelingenWerk" not in steps_for(SPOUSE, "labour_migrant")


def test_a_labour_migrant_is_sent_to_the_information_points_not_vluchtelingenwerk() -> None:
    help_text = steps_for(SPOUSE, "labour_migrant")
    assert "informatiepunt arbeidsmigranten" in help_text
    assert "VluchtelingenWerk" not in help_text


def test_the_line_from_abroad_comes_with_its_number_and_says_it_is_unverified() -> None:
    help_text = steps_for(SPOUSE, "labour_migrant")
    assert "+31 55 538 53 85" in help_text
    assert "could not confirm" in help_text


def test_language_buttons_name_each_language_in_its_own_script() -> None:
    message = render("utter_choose_language", {}, "ar", "rest")
    assert [(b.title, b.payload) for b in message.buttons] == [
        ("Nederlands", '/choose_language{"language":"nl"}'),
        ("Polski", '/choose_language{"language":"pl"}'),
        ("العربية", '/choose_language{"language":"ar"}'),
        ("ትግርኛ", '/choose_language{"language":"ti"}'),
        ("English", '/choose_language{"language":"en"}'),
    ]


@pytest.mark.parametrize(
    ("detected", "nearest", "name"),
    [
        ("am", "ti", "ኣምሓርኛ"),
        ("fa", "ar", "الفارسية"),
        ("ur", "ar", "الأوردية"),
        ("so", "en", "Somali"),
    ],
)
def test_unsupported_language_is_one_short_message_that_names_it(
    detected: str, nearest: str, name: str
) -> None:
    """ "Amharic?" in the nearest language, that language and English as buttons: no list of five
    languages, no second language in the text (issue 11, part 4)."""
    message = render("utter_unsupported_language", {"detected": detected}, "nl", "rest")
    assert message.language == nearest
    assert name in message.text
    assert "\n" not in message.text
    offered = [b.payload for b in message.buttons]
    assert offered[0] == f'/choose_language{{"language":"{nearest}"}}'
    assert '/choose_language{"language":"en"}' in offered
    assert len(offered) == 2


def test_language_switch_is_offered_in_the_offered_language() -> None:
    message = render("utter_offer_language_switch", {"language": "pl"}, "nl", "rest")
    assert "Polski" in message.text
    assert message.language == "pl"
    assert [b.payload for b in message.buttons] == ['/choose_language{"language":"pl"}', "/deny"]


def test_invalid_answer_repeats_the_options_of_the_question() -> None:
    message = render("utter_invalid_answer", {"expected": "partner_lives"}, "en", "rest")
    assert '/inform{"partner_lives":"abroad"}' in [b.payload for b in message.buttons]


@pytest.mark.parametrize("response", [r for r in domain_responses() if r.startswith("utter_ask_")])
def test_every_question_offers_i_dont_know(response: str) -> None:
    message = render(response, {}, "nl", "rest")
    assert message.buttons[-1].payload == "/dont_know"


def test_yes_no_questions_inform_a_boolean() -> None:
    message = render("utter_ask_partner_has_bsn", {}, "en", "rest")
    assert [b.payload for b in message.buttons] == [
        '/inform{"partner_has_bsn":true}',
        '/inform{"partner_has_bsn":false}',
        "/dont_know",
    ]


def test_the_income_question_can_be_skipped() -> None:
    payloads = [b.payload for b in render("utter_ask_income", {}, "nl", "rest").buttons]
    assert '/inform{"income":"declined"}' in payloads
