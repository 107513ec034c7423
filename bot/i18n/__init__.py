"""Every sentence in five languages: catalogs, formatting and rendering of responses and results.

The rules core emits keys; this package turns them, and the Rasa project's response names, into
text and buttons in nl, pl, ar, ti and en (gettext catalogs under ``locales/``, managed with Babel).
"""

from bot.i18n.languages import SUPPORTED, direction, fallback_chain, native_name
from bot.i18n.output import Button, Message
from bot.i18n.render import render

__all__ = [
    "SUPPORTED",
    "Button",
    "Message",
    "direction",
    "fallback_chain",
    "native_name",
    "render",
]
