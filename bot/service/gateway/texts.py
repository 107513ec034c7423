"""Every sentence the gateway and the widget show, rendered through `bot.i18n`.

The gateway owns no sentences: it names message keys and the shared catalogs (locales/) render
them. `_LAST_RESORT` is the English text used only when the catalog cannot be loaded at all, so
that an error can still be explained (reference notes §6.3: keep a local last-resort text).
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("gateway")

LANGUAGES = ("nl", "pl", "ar", "ti", "en")
RTL_LANGUAGES = frozenset({"ar"})

# Stable error/notice code -> message key in the shared catalog.
CODE_TO_KEY = {
    "message_too_long": "utter_message_too_long",
    "slow_down": "utter_slow_down",
    "personal_data_removed": "utter_personal_data_warning",
    "text_cleaned": "gateway_text_cleaned",
    "empty_message": "gateway_empty_message",
    "invalid_text": "gateway_invalid_text",
    "invalid_encoding": "gateway_invalid_text",
    "invalid_request": "gateway_invalid_request",
    "payload_not_offered": "gateway_invalid_request",
    "bad_request": "gateway_invalid_request",
    "not_found": "gateway_conversation_not_found",
    "conversation_not_found": "gateway_conversation_not_found",
    "payload_too_large": "utter_message_too_long",
}
DEFAULT_KEY = "utter_generic_error"

# Widget interface strings, served by GET /api/v1/ui-strings/{lang}.
UI_KEYS = (
    "widget_title",
    "widget_open",
    "widget_close",
    "widget_language",
    "widget_input_label",
    "widget_send",
    "widget_typing",
    "widget_download_summary",
    "widget_restart",
    "widget_new_messages",
    "widget_offline",
    "widget_privacy_note",
    "widget_you",
    "widget_assistant",
    "widget_summary_title",
    "widget_error",
)

_LAST_RESORT = {
    "utter_generic_error": "Something went wrong. Please try again in a moment.",
    "utter_message_too_long": "Your message is too long. Please send at most 2,000 characters.",
    "utter_slow_down": "You are sending messages very fast. Please wait a moment.",
    "utter_personal_data_warning": (
        "Please do not share personal numbers such as your BSN, bank account, phone number or "
        "e-mail address. We removed them from your message."
    ),
    "gateway_text_cleaned": "We removed invisible characters from your message.",
    "gateway_empty_message": "Your message is empty. Please type a question or choose an option.",
    "gateway_invalid_text": "We could not read your message. Please type it again.",
    "gateway_invalid_request": "We could not process this request.",
    "gateway_conversation_not_found": "This conversation was not found. Please start a new one.",
}


def _i18n() -> Any | None:
    try:
        from bot import i18n  # the NLG helper's module: renders catalog messages per language
    except ImportError:
        return None
    return i18n


def normalise_language(language: str | None) -> str:
    return language if language in LANGUAGES else "en"


def render(key: str, language: str | None, **params: Any) -> str:
    language = normalise_language(language)
    i18n = _i18n()
    if i18n is not None:
        try:
            return str(i18n.gettext_for(key, language, **params))
        except Exception:  # a broken catalog must not turn an error reply into a crash
            log.warning("i18n render failed", extra={"key": key, "language": language})
    return _LAST_RESORT.get(key, _LAST_RESORT[DEFAULT_KEY])


def error_message(code: str, language: str | None) -> str:
    return render(CODE_TO_KEY.get(code, DEFAULT_KEY), language)


def text_direction(language: str) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def language_names() -> dict[str, str]:
    """Each language in its own name (endonym), for the widget's language picker."""
    i18n = _i18n()
    names = getattr(i18n, "LANGUAGE_NAMES", None) if i18n else None
    if isinstance(names, dict):
        return {code: str(names[code]) for code in LANGUAGES if code in names}
    from babel import Locale

    return {code: Locale.parse(code).get_display_name(code) or code for code in LANGUAGES}


def ui_strings(language: str) -> dict[str, str]:
    return {key: render(key, language) for key in UI_KEYS}
