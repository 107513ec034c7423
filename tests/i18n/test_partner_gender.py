"""The partner in the user's own words: after "my wife" (żona, مرتي, ሰበይተይ) the messages use the
female forms; after "my husband" the spouse messages say "husband"; otherwise the plain forms."""

from __future__ import annotations

import re
from typing import Any

import pytest
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from bot.i18n.catalog import LOCALES_DIR, PARTNER_GENDERS, catalog, partner_context
from bot.i18n.languages import SUPPORTED
from bot.i18n.render import render
from bot.i18n.summary import summary
from bot.service.app import create_app
from rules_core import Household, assess

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _gendered_entries(language: str) -> list[tuple[str, str, str]]:
    with (LOCALES_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        parsed = read_po(handle, locale=language)
    return [
        (message.context, str(message.id), str(message.string))
        for message in parsed
        if message.context and message.context.startswith("partner.")
    ]


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_variant_has_its_plain_message_and_the_same_placeholders(language: str) -> None:
    entries = _gendered_entries(language)
    assert len(entries) >= 25
    plain = catalog(language)
    for context, key, text in entries:
        assert context in {partner_context(gender) for gender in PARTNER_GENDERS}
        assert text, f"{language} {context} {key} is empty"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(plain.text(key))), key


@pytest.mark.parametrize(
    ("language", "female_word"),
    [("pl", "partnerka"), ("ar", "شريكتك"), ("ti", "ትነብር")],
)
def test_a_female_partner_is_asked_about_in_the_female_form(
    language: str, female_word: str
) -> None:
    plain = render("utter_ask_partner_lives", {}, language).text
    female = render("utter_ask_partner_lives", {}, language, partner_gender="female").text
    assert female_word in female
    assert female_word not in plain
    assert render("utter_ask_partner_lives", {}, language, partner_gender="male").text == plain


@pytest.mark.parametrize(
    ("language", "wife", "husband"),
    [
        ("nl", "uw vrouw", "uw man"),
        ("en", "your wife", "your husband"),
        ("pl", "twoja żona", "twój mąż"),
        ("ar", "زوجتك", "زوجك"),
        ("ti", "ሰበይትኹም", "ሰብኣይኩም"),
    ],
)
def test_the_spouse_abroad_warning_names_the_wife_or_the_husband(
    language: str, wife: str, husband: str
) -> None:
    key = "risk.alo_kop_unregistered_partner.spouse_abroad"
    plain = catalog(language).text(key)
    female = catalog(language).for_partner("female").text(key)
    male = catalog(language).for_partner("male").text(key)
    assert len({plain, female, male}) == 3
    assert wife in female and husband not in female
    assert husband in male and wife not in male


def test_an_unknown_gender_value_speaks_plainly() -> None:
    plain = render("utter_ask_partner_lives", {}, "pl").text
    assert render("utter_ask_partner_lives", {}, "pl", partner_gender="other").text == plain


def _spouse_abroad_assessment() -> dict[str, Any]:
    household = Household.model_validate(
        {
            "assessment_month": "2026-11",
            "applicant": {"situation": "labour_migrant", "brp_registration": "resident"},
            "partner": {
                "relationship": "married",
                "lives": "abroad",
                "country": "PL",
                "has_bsn": False,
                "divorce_requested": False,
                "joint_child": True,
            },
            "children": [{"age": 4, "lives_in": "NL"}],
            "benefits": {
                "kindgebonden_budget": {"receives": True, "alo_kop": True, "since": "2025-03"},
                "zorgtoeslag": {"receives": True},
            },
            "alo_kop_stop_requested": False,
        }
    )
    data = assess(household).as_dict()
    data.pop("trace")
    return data


def test_the_summary_and_its_dutch_copy_follow_the_gender() -> None:
    assessment = _spouse_abroad_assessment()
    text = summary("pl", assessment, "labour_migrant", "ABCD2345", partner_gender="female")
    assert "twoja żona" in text
    assert "uw vrouw" in text  # the Dutch copy underneath says it too
    assert "uw vrouw" not in summary("pl", assessment, "labour_migrant", "ABCD2345")


def test_the_nlg_endpoint_reads_the_partner_gender_slot() -> None:
    client = TestClient(create_app())
    body = {
        "response": "utter_ask_partner_country",
        "arguments": {},
        "tracker": {"sender_id": "t", "slots": {"language": "ar", "partner_gender": "female"}},
        "channel": {"name": "rest"},
    }
    reply = client.post("/nlg", json=body).json()
    assert reply["text"] == catalog("ar").for_partner("female").text("utter_ask_partner_country")
    body["tracker"]["slots"]["partner_gender"] = None
    assert client.post("/nlg", json=body).json()["text"] == catalog("ar").text(
        "utter_ask_partner_country"
    )
