"""Input safety for the gateway: pure functions, no I/O, so they are easy to test on their own.

`clean_user_text` is the single entry point the router uses; the other modules each detect one
kind of personal number and are used by `redact`.
"""

from bot.service.gateway.safety.redact import Redaction, redact_personal_data
from bot.service.gateway.safety.text import CleanedText, TextRefusedError, clean_text

__all__ = [
    "CleanedText",
    "Redaction",
    "TextRefusedError",
    "clean_text",
    "redact_personal_data",
]
