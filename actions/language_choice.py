"""Deciding the conversation language from what we know, in order of trust.

Explicit choice (a button or "Polski") > the page/channel metadata > the script and a detector.
Mid-conversation, a different language is only *offered*, after two longer messages in it.
Pure except for the detectors it calls; no Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.i18n.languages import SUPPORTED
from bot.language.detect import detect, reply_language


@dataclass(frozen=True)
class LanguageDecision:
    language: str | None  # the language to set now (None: leave the slot as it is)
    unsupported: str | None = None  # an unsupported language the user wrote in (am, fa, ...)
    offer: str | None = None  # a supported language to offer switching to
    seen: str | None = None  # what to remember in `language_seen` for the next message


def metadata_language(*metadata: dict[str, Any] | None) -> str | None:
    for item in metadata:
        language = (item or {}).get("language")
        if isinstance(language, str) and language[:2].lower() in SUPPORTED:
            return language[:2].lower()
    return None


def first_language(current: str | None, from_metadata: str | None, text: str) -> LanguageDecision:
    """At the start: keep a chosen language, else take the metadata, else read the text."""
    if current in SUPPORTED:
        return LanguageDecision(current)
    if from_metadata:
        return LanguageDecision(from_metadata)
    if not text or text.startswith("/"):
        return LanguageDecision(None)
    detection = detect(text)
    if detection.language is None:
        return LanguageDecision(None)
    if not detection.supported and (detection.confident or detection.script != "latin"):
        return LanguageDecision(reply_language(detection), unsupported=detection.language)
    # A script other than Latin is evidence enough; in Latin script only a long, clear text is.
    if detection.supported and (detection.confident or detection.script != "latin"):
        return LanguageDecision(detection.language)
    return LanguageDecision(None)


def later_language(current: str, seen: str | None, text: str) -> LanguageDecision:
    """Mid-conversation: never switch; offer a switch after two longer messages in another
    supported language, and say so at once when the text is in an unsupported one."""
    if not text or text.startswith("/"):
        return LanguageDecision(None, seen=seen)
    detection = detect(text)
    if not detection.confident or detection.language in (None, current):
        return LanguageDecision(None, seen=None)
    if not detection.supported:
        return LanguageDecision(None, unsupported=detection.language)
    if seen == detection.language:
        return LanguageDecision(None, offer=detection.language, seen=None)
    return LanguageDecision(None, seen=detection.language)
