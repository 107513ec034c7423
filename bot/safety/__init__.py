"""Input safety: pure functions, no I/O, so they are easy to test on their own.

Shared by the web gateway (bot/service/gateway/conversations.py) and the messaging channels that
run inside Rasa (bot/rasa_addons/channels.py), so it imports neither. `clean_text` and
`redact_personal_data` are the entry points; the other modules each detect one kind of personal
number and are used by `redact`.
"""

from bot.safety.redact import Redaction, redact_personal_data
from bot.safety.text import CleanedText, TextRefusedError, clean_text

__all__ = [
    "CleanedText",
    "Redaction",
    "TextRefusedError",
    "clean_text",
    "redact_personal_data",
]
