"""Text hygiene: length, encoding, control and bidi characters, NFKC.

Cleaning never changes what a user meant: it removes invisible characters that can reorder or hide
text (Trojan-Source style bidi overrides) and normalises compatibility forms so that NLU sees one
spelling (Rasa's tokenizer drops Arabic presentation forms, see the reference notes §0.2).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

MAX_MESSAGE_CHARS = 2000

# Embeddings, overrides and isolates (U+202A-202E, U+2066-2069). LRM/RLM/ALM are kept: they are
# ordinary marks in Arabic text and cannot reorder anything on their own.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_KEPT_CONTROLS = frozenset("\n")


class TextRefusedError(ValueError):
    """The text cannot be accepted; `code` is the stable error code sent to the client."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class CleanedText:
    text: str
    # True when invisible or control characters were removed (the user is told).
    removed_characters: bool


def _is_unwanted(ch: str) -> bool:
    if ch in BIDI_CONTROLS:
        return True
    if ch in _KEPT_CONTROLS:
        return False
    return unicodedata.category(ch) == "Cc"


def clean_text(raw: str, max_chars: int = MAX_MESSAGE_CHARS) -> CleanedText:
    """Validate and clean one user message, or raise TextRefusedError."""
    if len(raw) > max_chars:
        raise TextRefusedError("message_too_long")
    # Lone surrogates arrive through JSON escapes such as "\ud800": not valid Unicode text.
    if any(unicodedata.category(ch) == "Cs" for ch in raw):
        raise TextRefusedError("invalid_text")
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept = "".join(ch for ch in text if not _is_unwanted(ch))
    removed = len(kept) != len(text)
    normalised = unicodedata.normalize("NFKC", kept).strip()
    if len(normalised) > max_chars:
        raise TextRefusedError("message_too_long")
    if not normalised:
        raise TextRefusedError("empty_message")
    return CleanedText(text=normalised, removed_characters=removed)
