"""The NLU normaliser: NFKC (so the tokenizer keeps Arabic presentation forms) and Latin
diacritics folded, one letter for one letter (so entity offsets stay right)."""

import pytest

from bot.rasa_addons.nlu.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chcę porozmawiać z człowiekiem", "chce porozmawiac z czlowiekiem"),
        ("één kind in Roemenië", "een kind in Roemenie"),
        ("ﻣﺮﺣﺒﺎ", "مرحبا"),  # presentation forms -> base letters
        ("مرحـــبا", "مرحبا"),  # tatweel removed
        ("ሰላም ከመይ ኣለኹም", "ሰላም ከመይ ኣለኹም"),  # Ge'ez untouched
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_latin_folding_keeps_the_length():
    text = "Dzień dobry, zasiłek rodzinny, één, Straße"
    assert len(normalise(text)) == len(text)
