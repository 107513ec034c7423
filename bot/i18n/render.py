"""render(response, arguments, language, channel) -> Message: every response the Rasa project names.

Most responses are one catalog text plus the buttons in ``buttons.py``. The result responses
render a rules-core Assessment: ``utter_result_headline`` the short first message
(``result_first.py``), ``utter_result_why`` and ``utter_result_steps`` the parts asked for
(``results.py``); ``utter_summary`` the summary document (``summary.py``) and
``utter_summary_ready`` the chat line that opens it on web chat.
Unknown names and bad arguments give a logged error (name only, never text) and the safe
generic text: the NLG endpoint must never fail a conversation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from bot.i18n import asked_back, channels, result_first, results, talk
from bot.i18n import buttons as btn
from bot.i18n import format as fmt
from bot.i18n.catalog import Catalog, MissingMessageError, catalog
from bot.i18n.languages import (
    Language,
    direction,
    is_supported,
    native_name,
    normalise,
)
from bot.i18n.links import FORMS, link
from bot.i18n.output import Button, Message
from bot.i18n.summary import summary

log = logging.getLogger(__name__)

Arguments = Mapping[str, Any]
Renderer = Callable[[Catalog, Arguments], tuple[str, tuple[Button, ...]]]

GENERIC = "utter_generic_error"

UTTER_VALUES: dict[str, dict[str, str]] = {
    "utter_faq_report_partner": {
        "form": FORMS["bsn_partner_abroad"],
        "url": link("bsn_partner_abroad"),
    },
    "utter_faq_stop_alo_kop": {"phone": link("belastingtelefoon")},
    "utter_faq_repayment_help": {"url": link("repayment")},
}

# The result on a phone: a short first message, the rest on request (issue "a result for a
# phone"). The payloads are intents of bot/domain/result.yml and faq.yml.
WHY = btn.Option("button.why", "/ask_result_why")
ALL_STEPS = btn.Option("button.all_steps", "/ask_result_steps")
SUMMARY = btn.Option("button.summary", "/request_summary")
EXPLAIN_WORD = btn.Option("button.explain_term", "/ask_toeslagpartner")
AFTER_HEADLINE = (WHY, ALL_STEPS, SUMMARY, EXPLAIN_WORD, talk.CHANGE_ANSWER)
AFTER_WHY = (ALL_STEPS, SUMMARY, EXPLAIN_WORD)
AFTER_STEPS = (SUMMARY, btn.TALK_TO_PERSON, btn.Option("button.start_again", "/restart"))

# Responses whose ``language`` argument is data (the language offered), not the language to use.
LANGUAGE_IS_DATA = frozenset({"utter_offer_language_switch"})


class UnknownResponseError(LookupError):
    pass


def render(
    response: str,
    arguments: Arguments | None,
    language: str | None,
    channel: str | None = None,
    partner_gender: str | None = None,
    answered: bool = False,
) -> Message:
    """One response as one message, in the language asked for (an argument ``language`` wins,
    because an action that has just set the slot passes it along), adapted to the channel.
    ``partner_gender`` ("female", "male", unknown: None) picks the forms that speak of the
    partner as the user did ("my wife"). ``answered``: the user has answered a question of the
    check already, so each next question also offers to change an answer."""
    arguments = arguments or {}
    chosen = normalise(language)
    if response not in LANGUAGE_IS_DATA and is_supported(arguments.get("language")):
        chosen = normalise(arguments["language"])
    try:
        message = _render(response, arguments, chosen, partner_gender, answered)
    except UnknownResponseError:
        log.error("nlg_unknown_response", extra={"response": response})
        message = _plain(chosen, GENERIC)
    except (MissingMessageError, LookupError, TypeError, ValueError, AttributeError) as error:
        log.error("nlg_render_failed", extra={"response": response, "error": type(error).__name__})
        message = _plain(chosen, GENERIC)
    return channels.adapt(message, channel, by_number=response not in btn.TYPED_ANSWER_RESPONSES)


def _render(
    response: str,
    arguments: Arguments,
    language: Language,
    partner_gender: str | None,
    answered: bool = False,
) -> Message:
    catalog_ = catalog(language).for_partner(partner_gender)
    special = SPECIAL.get(response)
    if special is not None:
        if response in OWN_LANGUAGE:
            return OWN_LANGUAGE[response](arguments, language)
        text, buttons = special(catalog_, arguments)
    elif response.startswith("utter_") and catalog_.has(response):
        text = fmt.say(catalog_, response, **UTTER_VALUES.get(response, {}))
        buttons = btn.titled(catalog_, btn.RESPONSE_OPTIONS.get(response, ()))
        if answered and response in btn.QUESTION_RESPONSES:
            # Last, after the answers: a number typed on WhatsApp keeps meaning the same answer.
            buttons = (*buttons, *btn.titled(catalog_, (btn.CHANGE_ANSWER,)))
    else:
        raise UnknownResponseError(response)
    return Message(text, language, direction(language), buttons)


def _plain(language: Language, key: str) -> Message:
    return Message(fmt.say(catalog(language), key), language, direction(language))


def _assessment(arguments: Arguments) -> Arguments:
    assessment: Arguments = arguments["assessment"]
    return assessment


def _situation(arguments: Arguments) -> str | None:
    situation = arguments.get("situation")
    return situation if isinstance(situation, str) else None


def _summary(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    text = summary(
        catalog_.language,
        _assessment(arguments),
        _situation(arguments),
        str(arguments.get("reference_code") or ""),
        catalog_.partner_gender,
    )
    return text, ()


def _summary_ready(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    code = str(arguments.get("reference_code") or "")
    return fmt.say(catalog_, "utter_summary_ready", code=code), ()


def _invalid_answer(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    options = btn.QUESTION_OPTIONS.get(str(arguments.get("expected")), ())
    return fmt.say(catalog_, "utter_invalid_answer"), btn.titled(catalog_, options)


def _partner_arrives(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    """From the action's second assessment; with no partner abroad, how to report a partner."""
    arrival = arguments.get("arrival")
    if not isinstance(arrival, Mapping):
        name = "utter_faq_report_partner"
        text = fmt.say(catalog_, name, **UTTER_VALUES[name])
    else:
        text = talk.partner_arrives(catalog_, arrival)
    return text, btn.titled(catalog_, talk.AFTER_ARRIVAL)


def _answers(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    return talk.answers(catalog_, arguments.get("answers") or (), bool(arguments.get("partial")))


def _offer_language_switch(arguments: Arguments, language: Language) -> Message:
    """Asked in the offered language: the user has just written in it."""
    offered = normalise(arguments.get("language"))
    text = fmt.say(catalog(offered), "utter_offer_language_switch", language=native_name(offered))
    return Message(
        text, offered, direction(offered), btn.language_switch_buttons(catalog(offered), offered)
    )


SPECIAL: dict[str, Renderer] = {
    "utter_choose_language": lambda c, a: (
        fmt.say(c, "utter_choose_language"),
        btn.language_buttons(),
    ),
    "utter_invalid_answer": _invalid_answer,
    "utter_confirm_answer": asked_back.confirm_answer,
    "utter_which_month_of_year": asked_back.ask_month_of_year,
    "utter_result_headline": lambda c, a: (
        result_first.first_message(c, _assessment(a)),
        btn.titled(c, AFTER_HEADLINE),
    ),
    "utter_result_why": lambda c, a: (results.why(c, _assessment(a)), btn.titled(c, AFTER_WHY)),
    "utter_result_steps": lambda c, a: (
        results.steps(c, _assessment(a), _situation(a)),
        btn.titled(c, AFTER_STEPS),
    ),
    "utter_summary": _summary,
    "utter_summary_ready": _summary_ready,
    "utter_change_answer_list": _answers,
    "utter_after_result": lambda c, a: (
        fmt.say(c, "utter_after_result"),
        btn.titled(c, talk.AFTER_RESULT),
    ),
    "utter_fallback_after_result": lambda c, a: (
        fmt.say(c, "utter_fallback_after_result"),
        btn.titled(c, talk.FALLBACK_AFTER_RESULT),
    ),
    "utter_result_amount": lambda c, a: (
        talk.amount(c, _assessment(a)),
        btn.titled(c, talk.AFTER_AMOUNT),
    ),
    "utter_result_since": lambda c, a: (
        talk.since(c, _assessment(a)),
        btn.titled(c, talk.AFTER_SINCE),
    ),
    "utter_result_partner_arrives": _partner_arrives,
    "utter_unsupported_language": lambda c, a: ("", ()),
    "utter_offer_language_switch": lambda c, a: ("", ()),
}
OWN_LANGUAGE: dict[str, Callable[[Arguments, Language], Message]] = {
    "utter_unsupported_language": asked_back.unsupported_language,
    "utter_offer_language_switch": _offer_language_switch,
}
