"""Every sentence the gateway and the widget show, rendered through `bot.i18n`.

The gateway owns no sentences: it names message keys and the shared catalogs (locales/) render
them. `_LAST_RESORT` is the English text used only when the catalog cannot be loaded at all, so
that an error can still be explained (reference notes §6.3: keep a local last-resort text).
"""

from __future__ import annotations

import logging

from bot.i18n.languages import SUPPORTED as LANGUAGES

log = logging.getLogger("gateway")

# Stable error/notice code -> message key in the shared catalog.
CODE_TO_KEY = {
    "message_too_long": "utter_message_too_long",
    "slow_down": "utter_slow_down",
    "personal_data_removed": "utter_personal_data_warning",
    "text_cleaned": "gateway.text_cleaned",
    "empty_message": "gateway.empty_message",
    "invalid_text": "gateway.invalid_text",
    "invalid_encoding": "gateway.invalid_text",
    "invalid_request": "gateway.invalid_request",
    "payload_not_offered": "gateway.invalid_request",
    "bad_request": "gateway.invalid_request",
    "not_found": "gateway.conversation_not_found",
    "conversation_not_found": "gateway.conversation_not_found",
    "payload_too_large": "utter_message_too_long",
}
DEFAULT_KEY = "utter_generic_error"

# Widget interface strings, served by GET /api/v1/ui-strings/{lang}.
UI_KEYS = (
    "widget.title",
    "widget.open",
    "widget.close",
    "widget.language",
    "widget.input_label",
    "widget.send",
    "widget.typing",
    "widget.download_summary",
    "widget.restart",
    "widget.offline",
    "widget.privacy_note",
    "widget.you",
    "widget.assistant",
    "widget.summary_title",
    "widget.error",
)

_LAST_RESORT = {
    "utter_generic_error": "Something went wrong. Please try again in a moment.",
    "utter_message_too_long": "Your message is too long. Please send at most 2,000 characters.",
    "utter_slow_down": "You are sending messages very fast. Please wait a moment.",
    "utter_personal_data_warning": (
        "Please do not share personal numbers such as your BSN, bank account, phone number or "
        "e-mail address. We removed them from your message."
    ),
    "gateway.text_cleaned": "We removed invisible characters from your message.",
    "gateway.empty_message": "Your message is empty. Please type a question or choose an option.",
    "gateway.invalid_text": "We could not read your message. Please type it again.",
    "gateway.invalid_request": "We could not process this request.",
    "gateway.conversation_not_found": "This conversation was not found. Please start a new one.",
}


def normalise_language(language: str | None) -> str:
    return language if language in LANGUAGES else "nl"


def render(key: str, language: str | None) -> str:
    """The key's text in `language`, else along the i18n fallback chain, else the last resort."""
    from bot.i18n.catalog import catalog
    from bot.i18n.languages import fallback_chain

    for candidate in fallback_chain(normalise_language(language)):
        try:
            messages = catalog(candidate)
            if messages.has(key) and messages.text(key) not in ("", key):
                return messages.text(key)
        except Exception:  # a missing or broken catalog must not turn an error into a crash
            log.debug("i18n render failed", extra={"key": key, "language": candidate})
    return _LAST_RESORT.get(key, _LAST_RESORT[DEFAULT_KEY])


def error_message(code: str, language: str | None) -> str:
    return render(CODE_TO_KEY.get(code, DEFAULT_KEY), language)


def text_direction(language: str) -> str:
    from bot.i18n.languages import direction, normalise

    return direction(normalise(language))


def language_names() -> dict[str, str]:
    """Each language in its own name (endonym), for the widget's language picker."""
    from bot.i18n.languages import NATIVE_NAMES

    return {code: NATIVE_NAMES[code] for code in LANGUAGES}


def ui_strings(language: str) -> dict[str, str]:
    return {key: render(key, language) for key in UI_KEYS}
