"""render(response, arguments, language, channel) -> Message: every response the Rasa project names.

Most responses are one catalog text plus the buttons in ``buttons.py``. The result responses
render a rules-core Assessment (``results.py``); ``utter_summary`` the summary document.
Unknown names and bad arguments give a logged error (name only, never text) and the safe
generic text: the NLG endpoint must never fail a conversation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from bot.i18n import buttons as btn
from bot.i18n import channels, results
from bot.i18n import format as fmt
from bot.i18n.catalog import Catalog, MissingMessageError, catalog
from bot.i18n.languages import (
    Language,
    direction,
    is_supported,
    native_name,
    nearest_supported,
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

# Responses whose ``language`` argument is data (the language offered), not the language to use.
LANGUAGE_IS_DATA = frozenset({"utter_offer_language_switch"})


class UnknownResponseError(LookupError):
    pass


def render(
    response: str, arguments: Arguments | None, language: str | None, channel: str | None = None
) -> Message:
    """One response as one message, in the language asked for (an argument ``language`` wins,
    because an action that has just set the slot passes it along), adapted to the channel."""
    arguments = arguments or {}
    chosen = normalise(language)
    if response not in LANGUAGE_IS_DATA and is_supported(arguments.get("language")):
        chosen = normalise(arguments["language"])
    try:
        message = _render(response, arguments, chosen)
    except UnknownResponseError:
        log.error("nlg_unknown_response", extra={"response": response})
        message = _plain(chosen, GENERIC)
    except (MissingMessageError, LookupError, TypeError, ValueError, AttributeError) as error:
        log.error("nlg_render_failed", extra={"response": response, "error": type(error).__name__})
        message = _plain(chosen, GENERIC)
    return channels.adapt(message, channel, by_number=response not in btn.TYPED_ANSWER_RESPONSES)


def render_assessment(
    assessment: Arguments, language: str | None, channel: str | None = None
) -> list[Message]:
    """The result as the short sequence the user reads, one message per response; the same
    order as the Rasa action that dispatches them (``actions/result_messages.py``)."""
    return [
        render(name, arguments, language, channel)
        for name, arguments in result_sequence(assessment)
    ]


def result_sequence(assessment: Arguments) -> list[tuple[str, dict[str, Any]]]:
    sequence: list[tuple[str, dict[str, Any]]] = []
    if assessment.get("risks"):
        sequence.append(("utter_result_headline", {"assessment": assessment}))
        sequence += [("utter_result_risk", {"risk": risk}) for risk in assessment["risks"]]
        sequence.append(
            (
                "utter_result_why",
                {
                    "toeslagpartner": assessment["toeslagpartner"],
                    "alo_kop": assessment.get("alo_kop"),
                },
            )
        )
    elif assessment["toeslagpartner"].get("outcome") == "needs_answer":
        sequence.append(
            ("utter_result_needs_answer", {"questions": assessment.get("questions") or []})
        )
    else:
        sequence.append(("utter_result_nothing_found", {"assessment": assessment}))
    if assessment.get("actions"):
        sequence.append(("utter_result_actions", {"actions": assessment["actions"]}))
    sequence.append(("utter_result_help", {"assessment": assessment}))
    sequence.append(("utter_offer_after_result", {}))
    return sequence


def payload_for_reply(
    response: str, arguments: Arguments | None, reply: str, language: str | None = None
) -> str | None:
    """On a channel without buttons: the payload of the option the user typed the number of.
    None on a question answered by typing a number: there "1" is the answer itself."""
    if response in btn.TYPED_ANSWER_RESPONSES:
        return None
    message = render(response, arguments, language, channel="rest")
    return channels.pick(message.buttons, reply)


def _render(response: str, arguments: Arguments, language: Language) -> Message:
    catalog_ = catalog(language)
    special = SPECIAL.get(response)
    if special is not None:
        if response in OWN_LANGUAGE:
            return OWN_LANGUAGE[response](arguments, language)
        text, buttons = special(catalog_, arguments)
    elif response.startswith("utter_") and catalog_.has(response):
        text = fmt.say(catalog_, response, **UTTER_VALUES.get(response, {}))
        buttons = btn.titled(catalog_, btn.RESPONSE_OPTIONS.get(response, ()))
    else:
        raise UnknownResponseError(response)
    return Message(text, language, direction(language), buttons)


def _plain(language: Language, key: str) -> Message:
    return Message(fmt.say(catalog(language), key), language, direction(language))


def _assessment(arguments: Arguments) -> Arguments:
    assessment: Arguments = arguments["assessment"]
    return assessment


def _result(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    """utter_result: the whole sequence in one message, for callers that can send only one."""
    messages = [
        _render(name, args, catalog_.language)
        for name, args in result_sequence(_assessment(arguments))
    ]
    return "\n\n".join(message.text for message in messages), messages[-1].buttons


def _why(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    source = arguments.get("assessment") or arguments
    return results.why(catalog_, source["toeslagpartner"], source.get("alo_kop")), ()


def _actions(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    actions = arguments["actions"] if "actions" in arguments else _assessment(arguments)["actions"]
    return results.actions(catalog_, actions), ()


def _needs_answer(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    questions = arguments.get("questions")
    if questions is None and "assessment" in arguments:
        questions = _assessment(arguments).get("questions")
    return results.needs_answer(catalog_, questions or ()), ()


def _invalid_answer(catalog_: Catalog, arguments: Arguments) -> tuple[str, tuple[Button, ...]]:
    options = btn.QUESTION_OPTIONS.get(str(arguments.get("expected")), ())
    return fmt.say(catalog_, "utter_invalid_answer"), btn.titled(catalog_, options)


def _unsupported_language(arguments: Arguments, language: Language) -> Message:
    """In the supported language nearest to the one detected (Tigrinya for Amharic, Arabic for
    Farsi), then in English; the language buttons below."""
    nearest = nearest_supported(str(arguments.get("detected") or "en"))
    texts = [fmt.say(catalog(nearest), "utter_unsupported_language")]
    if nearest != "en":
        texts.append(fmt.say(catalog("en"), "utter_unsupported_language"))
    return Message("\n\n".join(texts), nearest, direction(nearest), btn.language_buttons())


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
    "utter_result": _result,
    "utter_result_headline": lambda c, a: (results.headline(c, _assessment(a)), ()),
    "utter_result_risk": lambda c, a: (results.risk(c, a["risk"]), ()),
    "utter_result_why": _why,
    "utter_result_actions": _actions,
    "utter_result_help": lambda c, a: (results.help_text(c, a.get("assessment") or {}), ()),
    "utter_result_needs_answer": _needs_answer,
    "utter_summary": lambda c, a: (summary(c.language, _assessment(a)), ()),
    "utter_unsupported_language": lambda c, a: ("", ()),
    "utter_offer_language_switch": lambda c, a: ("", ()),
}
OWN_LANGUAGE: dict[str, Callable[[Arguments, Language], Message]] = {
    "utter_unsupported_language": _unsupported_language,
    "utter_offer_language_switch": _offer_language_switch,
}
