"""The Dutch meaning of a pressed button, also when the button was offered before the message
just above it (web chat keeps earlier buttons pressable)."""

from __future__ import annotations

from bot.helpdesk.events import summarise
from tests.helpdesk.rasa_events import Conversation


def _summary(conversation: Conversation):
    rows = [(n, data) for n, (_, data) in enumerate(conversation.rows(), 1)]
    return summarise(conversation.sender_id, rows)


def test_a_button_of_the_question_pressed_after_a_clarification_has_its_dutch_meaning() -> None:
    conversation = Conversation("ti-1", "ti")
    conversation.bot("utter_ask_situation")
    conversation.listen()
    conversation.user("ኣብዚ እየ ዝሰርሕ", "nlu_fallback", 0.3)
    conversation.bot("utter_fallback_clarify")  # no buttons of its own
    conversation.listen()
    conversation.user('/inform{"situation":"refugee"}', "inform", 1.0)
    pressed = [t for t in _summary(conversation).turns if t.payload]
    assert [(t.payload, t.dutch) for t in pressed] == [
        ('/inform{"situation":"refugee"}', "Ik ben gevlucht (statushouder)")
    ]


def test_an_older_question_s_button_keeps_its_own_meaning() -> None:
    """Two questions offer buttons; each press is read against the message that offered it."""
    conversation = Conversation("nl-1", "nl")
    conversation.bot("utter_ask_situation")
    conversation.listen()
    conversation.bot("utter_ask_has_partner")
    conversation.listen()
    conversation.user('/inform{"has_partner":false}', "inform", 1.0)
    conversation.user('/inform{"situation":"other"}', "inform", 1.0)
    meanings = [t.dutch for t in _summary(conversation).turns if t.payload]
    assert meanings == ["Nee", "Iets anders"]
