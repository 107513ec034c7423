"""The buttons each response offers: payloads are fixed, titles come from the catalog.

Payloads follow the Rasa project (``bot/domain``): ``/inform{"<slot>":<value>}`` with the household
form's slot names and values, ``/dont_know`` on every question, and an intent for the rest.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from bot.i18n.catalog import Catalog
from bot.i18n.languages import SUPPORTED, Language, native_name
from bot.i18n.output import Button


class Option(NamedTuple):
    """A button before translation: the title's key (and context), and its payload."""

    key: str
    payload: str
    context: str | None = None


def inform(slot: str, value: object) -> str:
    return "/inform" + json.dumps({slot: value}, separators=(",", ":"), ensure_ascii=False)


def choose_language(language: Language) -> str:
    return "/choose_language" + json.dumps({"language": language}, separators=(",", ":"))


DONT_KNOW = Option("button.dont_know", "/dont_know")


def _yes_no(slot: str) -> tuple[Option, ...]:
    return (
        Option("button.yes", inform(slot, True)),
        Option("button.no", inform(slot, False)),
        DONT_KNOW,
    )


def _choices(slot: str, context: str, values: tuple[str, ...]) -> tuple[Option, ...]:
    return (
        *(Option(f"option.{value}", inform(slot, value), context) for value in values),
        DONT_KNOW,
    )


ACTIVITY = ("works", "studies", "reintegration", "inburgering", "none")
YES_NO_SLOTS = (
    "has_partner",
    "partner_has_bsn",
    "partner_known_to_toeslagen",
    "partner_lawful_residence",
    "applicant_lawful_residence",
    "divorce_requested",
    "divorce_request_reported",
    "joint_child",
    "kgb",
    "alo_kop",
    "kot",
    "zorgtoeslag",
    "huurtoeslag",
    "kinderbijslag",
    "alo_kop_stop_requested",
)
# Questions answered by typing (a number, a month, a country): only "I don't know".
TYPED_SLOTS = (
    "partner_country",
    "detention_sentence_months",
    "expected_arrival",
    "children_count",
    "children_ages",
    "kgb_since",
    "partner_since",
    "kot_declared_hours",
    "kot_actual_hours",
    "kot_hourly_rate",
)

QUESTION_OPTIONS: dict[str, tuple[Option, ...]] = {
    "situation": _choices("situation", "situation", ("labour_migrant", "refugee", "other")),
    "brp_registration": _choices(
        "brp_registration", "brp_registration", ("resident", "non_resident", "none")
    ),
    "relationship": _choices(
        "relationship",
        "relationship",
        ("married", "registered_partnership", "notarial_cohabitation", "cohabiting", "other"),
    ),
    "partner_lives": _choices(
        "partner_lives",
        "partner_lives",
        ("same_address", "other_address_nl", "abroad", "detention", "care_home"),
    ),
    "kot_care_type": _choices(
        "kot_care_type", "care_type", ("dagopvang", "bso", "gastouderopvang")
    ),
    "applicant_activity": _choices("applicant_activity", "activity", ACTIVITY),
    "partner_activity": _choices("partner_activity", "activity", ACTIVITY),
    "partner_arrived": (
        Option("button.not_arrived_yet", inform("partner_arrived", "no")),
        DONT_KNOW,
    ),
    "children_abroad": (
        Option("button.children_all_in_nl", inform("children_abroad", "no")),
        DONT_KNOW,
    ),
    "foreign_benefit": (
        Option("button.no_foreign_benefit", inform("foreign_benefit", "no")),
        DONT_KNOW,
    ),
    **{
        slot: (Option("button.skip", inform(slot, "declined")), DONT_KNOW)
        for slot in ("income", "partner_income")
    },
    **{slot: _yes_no(slot) for slot in YES_NO_SLOTS},
    **dict.fromkeys(TYPED_SLOTS, (DONT_KNOW,)),
}

# Questions whose answer is typed (a number, a month, a country, an amount): their buttons are
# only shortcuts, so on a channel without buttons a typed number is the answer, not an option.
TYPED_ANSWER_RESPONSES = frozenset(
    f"utter_ask_{slot}"
    for slot in (
        *TYPED_SLOTS,
        "partner_arrived",
        "children_abroad",
        "foreign_benefit",
        "income",
        "partner_income",
    )
)

START_CHECK = Option("button.start_check", "/start_check")
FAQ_TOESLAGPARTNER = Option("button.faq_toeslagpartner", "/ask_toeslagpartner")
TALK_TO_PERSON = Option("button.talk_to_person", "/request_human")

RESPONSE_OPTIONS: dict[str, tuple[Option, ...]] = {
    **{f"utter_ask_{slot}": options for slot, options in QUESTION_OPTIONS.items()},
    # The last message of the greeting (and of a language choice): the way into the check.
    "utter_check_scope": (START_CHECK,),
    "utter_start_check": (START_CHECK, FAQ_TOESLAGPARTNER),
    "utter_offer_after_result": (
        Option("button.summary", "/request_summary"),
        Option("button.explain_term", "/ask_toeslagpartner"),
        TALK_TO_PERSON,
        Option("button.start_again", "/restart"),
    ),
    "utter_fallback_clarify": (START_CHECK, FAQ_TOESLAGPARTNER, TALK_TO_PERSON),
    "utter_offer_helpdesk": (
        Option("button.yes", "/request_human"),
        Option("button.no", "/deny"),
    ),
    "utter_bot_challenge": (TALK_TO_PERSON,),
    "utter_restart": (START_CHECK,),
    "utter_out_of_scope": (START_CHECK, TALK_TO_PERSON),
}


def titled(catalog: Catalog, options: tuple[Option, ...]) -> tuple[Button, ...]:
    return tuple(
        Button(
            catalog.option(option.context, option.key)
            if option.context
            else catalog.text(option.key),
            option.payload,
        )
        for option in options
    )


def language_buttons() -> tuple[Button, ...]:
    """Each language in its own script; the same on every screen, whatever the current language."""
    return tuple(Button(native_name(language), choose_language(language)) for language in SUPPORTED)


def language_switch_buttons(catalog: Catalog, offered: Language) -> tuple[Button, ...]:
    return (
        Button(catalog.text("button.yes"), choose_language(offered)),
        Button(catalog.text("button.no"), "/deny"),
    )
