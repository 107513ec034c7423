"""Length, encoding, control and bidi characters, NFKC."""

from __future__ import annotations

import pytest

from bot.safety import TextRefusedError, clean_text


def test_two_thousand_characters_are_accepted_and_one_more_refused() -> None:
    assert len(clean_text("a" * 2000).text) == 2000
    with pytest.raises(TextRefusedError) as refused:
        clean_text("a" * 2001)
    assert refused.value.code == "message_too_long"


def test_text_that_grows_past_the_limit_under_nfkc_is_refused() -> None:
    # U+FDFA (one character) expands to 18 under NFKC.
    with pytest.raises(TextRefusedError):
        clean_text("\ufdfa" * 200)


def test_lone_surrogates_are_refused() -> None:
    with pytest.raises(TextRefusedError) as refused:
        clean_text("abc\ud800")
    assert refused.value.code == "invalid_text"


@pytest.mark.parametrize("raw", ["", "   ", "\x00\x01", "\u202e\u2066"])
def test_nothing_left_is_an_empty_message(raw: str) -> None:
    with pytest.raises(TextRefusedError) as refused:
        clean_text(raw)
    assert refused.value.code == "empty_message"


def test_control_characters_are_removed_and_reported() -> None:
    cleaned = clean_text("ja\x00 ik\x07 woon\x1b hier\x7f\x85")
    assert cleaned.text == "ja ik woon hier"
    assert cleaned.removed_characters


def test_bidi_overrides_and_isolates_are_removed() -> None:
    cleaned = clean_text("inkomen \u202e0051\u202c euro \u2067x\u2069")
    assert cleaned.text == "inkomen 0051 euro x"
    assert cleaned.removed_characters


def test_newlines_and_arabic_marks_are_kept() -> None:
    cleaned = clean_text("سطر\u200f\nline")
    assert cleaned.text == "سطر\u200f\nline"
    assert not cleaned.removed_characters


def test_nfkc_folds_presentation_forms_and_full_width_digits() -> None:
    # Arabic presentation forms would be dropped by Rasa's tokenizer (reference notes §0.2).
    assert clean_text("ﻣﺮﺣﺒﺎ").text == "مرحبا"
    assert clean_text("１２００ euro").text == "1200 euro"


def test_tigrinya_text_is_unchanged() -> None:
    text = "ሰላም፣ ክንደይ ኣለኹም።"
    assert clean_text(text).text == text
