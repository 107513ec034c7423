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
from bot.questions import DONT_KNOW as DONT_KNOW_VALUE
from bot.questions import QUESTIONS, Choice


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


def _option(slot: str, choice: Choice) -> Option:
    if choice.value == DONT_KNOW_VALUE:
        return DONT_KNOW
    return Option(choice.key, inform(slot, choice.value), choice.context)


# The buttons under each form question, as its declaration lists them (bot/questions).
QUESTION_OPTIONS: dict[str, tuple[Option, ...]] = {
    question.slot: tuple(_option(question.slot, choice) for choice in question.buttons)
    for question in QUESTIONS
}

QUESTION_RESPONSES = frozenset(question.message for question in QUESTIONS)

# Questions whose answer is typed (a number, a month, a country, an amount): their buttons are
# only shortcuts, so on a channel without buttons a typed number is the answer, not an option.
TYPED_ANSWER_RESPONSES = frozenset(
    question.message for question in QUESTIONS if question.kind.typed
)

START_CHECK = Option("button.start_check", "/start_check")
FAQ_TOESLAGPARTNER = Option("button.faq_toeslagpartner", "/ask_toeslagpartner")
TALK_TO_PERSON = Option("button.talk_to_person", "/request_human")
# Any answer given so far can be changed, inside the check and after the result (issue 11).
CHANGE_ANSWER = Option("button.change_answer", "/change_answer")

RESPONSE_OPTIONS: dict[str, tuple[Option, ...]] = {
    **{question.message: QUESTION_OPTIONS[question.slot] for question in QUESTIONS},
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
