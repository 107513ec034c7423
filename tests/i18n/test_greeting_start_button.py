"""The greeting ends with a way into the check: a start button under its last message, in
every language (a numbered option where the channel has no buttons). That it is the last
message the user sees after "hello" is checked end to end (tests/conversation)."""

from __future__ import annotations

import pytest

from bot.i18n import render
from bot.i18n.catalog import catalog
from bot.i18n.channels import pick
from bot.i18n.languages import SUPPORTED

# The messages of actions/action_start.py, in order.
GREETING = ("utter_greet", "utter_choose_language", "utter_privacy_promise", "utter_check_scope")


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_last_greeting_message_has_the_start_button(language: str) -> None:
    (button,) = render("utter_check_scope", {}, language, "rest").buttons
    assert button.payload == "/start_check"
    assert button.title == catalog(language).text("button.start_check")


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_messages_before_it_do_not_offer_to_start(language: str) -> None:
    for response in GREETING[:-1]:
        payloads = [b.payload for b in render(response, {}, language, "rest").buttons]
        assert "/start_check" not in payloads, response


def test_without_buttons_the_start_is_option_one() -> None:
    message = render("utter_check_scope", {}, "pl", "twilio")
    assert not message.buttons
    assert catalog("pl").text("button.start_check") in message.text
    assert pick(message.numbered, "1") == "/start_check"
