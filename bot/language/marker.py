"""The data-only message that tells the web gateway the conversation language has changed.

Rasa's REST channel passes on only text, buttons and ``custom``, and the ``language`` slot is
set inside Rasa (a language button, a typed "ትግርኛ", a detected language). So the action that
sets the slot also sends ``{"custom": {"conversation_language": "ti"}}`` on web chat; the gateway
takes that message out of the replies, stores the language and returns it, and the widget turns
its own controls into that language.
"""

from __future__ import annotations

from typing import Any

KEY = "conversation_language"
# Only the REST channel (the gateway): Telegram and Twilio would deliver a custom message as an
# empty or broken one.
WEB_CHANNELS = frozenset({"rest"})


def marker(channel: str | None, language: str) -> dict[str, Any] | None:
    """The custom payload to send for a language change on `channel`, or None."""
    return {KEY: language} if channel in WEB_CHANNELS else None


def announced_language(reply: dict[str, Any]) -> str | None:
    """The language a reply announces, if it is a marker (no text, no buttons, only the key)."""
    custom = reply.get("custom")
    if reply.get("text") or reply.get("buttons") or not isinstance(custom, dict):
        return None
    value = custom.get(KEY)
    return value if isinstance(value, str) and set(custom) == {KEY} else None
