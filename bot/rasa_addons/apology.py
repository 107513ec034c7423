"""When the action server or the NLG endpoint fails, the user gets a localised apology instead of
silence, and can send the message again.

Rasa 3.6 catches an exception of an action (rasa/core/processor.py `_run_action`), logs it and
drops that action's events ("the actions events are lost"), then carries on: on web chat the
user saw nothing at all. Two wrappers close that gap, once per user message:
- RemoteAction.run: when the action server does not answer (or answers an error), the apology
  is sent on the output channel and the exception goes on to Rasa, which drops the action's
  events as before, so nothing of the failed action is stored;
- CallbackNaturalLanguageGenerator.generate: when the NLG endpoint fails, the apology takes the
  place of the first response of the turn; any further failure of the turn is raised as before.

The text is the catalogs' `utter_generic_error` in the conversation's language (the `language`
slot, else the message metadata, else Dutch), read with gettext from locales/ (the compiled
.mo of `make locales`, else the .po), because bot.i18n needs the service's pydantic v2 and this
is Rasa's environment. Installed by bot.rasa_addons.run.
"""

from __future__ import annotations

import gettext
import logging
from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger("apology")

LOCALES = Path(__file__).resolve().parents[2] / "locales"
KEY = "utter_generic_error"
LANGUAGES = ("nl", "pl", "ar", "ti", "en")
DEFAULT = "nl"


@cache
def apology(language: str) -> str:
    language = language if language in LANGUAGES else DEFAULT
    folder = LOCALES / language / "LC_MESSAGES"
    if (folder / "messages.mo").exists():
        text = gettext.translation("messages", LOCALES, [language]).gettext(KEY)
    else:
        from babel.messages.pofile import read_po

        with (folder / "messages.po").open("rb") as po:
            entry = read_po(po).get(KEY)
        text = str(entry.string) if entry is not None else ""
    if not text or text == KEY:
        raise LookupError(f"{KEY} has no text in {language}")  # a catalog bug: found at start
    return text


def conversation_language(tracker: Any) -> str:
    slot = tracker.get_slot("language") if tracker is not None else None
    if isinstance(slot, str) and slot in LANGUAGES:
        return slot
    metadata = getattr(getattr(tracker, "latest_message", None), "metadata", None) or {}
    spoken = metadata.get("language")
    return spoken if isinstance(spoken, str) and spoken in LANGUAGES else DEFAULT


class OncePerMessage:
    """Remembers the user messages that already got an apology (the most recent ones)."""

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()

    def first(self, tracker: Any) -> bool:
        message = getattr(tracker, "latest_message", None)
        key = (str(getattr(tracker, "sender_id", "")), str(getattr(message, "message_id", "")))
        if key in self._seen:
            return False
        self._seen[key] = None
        while len(self._seen) > self.limit:
            self._seen.popitem(last=False)
        return True


APOLOGISED = OncePerMessage()


def install() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator

    for language in LANGUAGES:
        apology(language)  # a missing text fails at start, not in front of a user

    run = RemoteAction.run
    if getattr(run, "apologises", False):
        return

    async def run_or_apologise(
        self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any
    ) -> Any:
        try:
            return await run(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise  # a form's normal "not this slot": Rasa handles it
        except Exception as error:
            log.warning(
                "action failed", extra={"action": self.name(), "error": type(error).__name__}
            )
            if APOLOGISED.first(tracker):
                text = apology(conversation_language(tracker))
                await output_channel.send_response(tracker.sender_id, {"text": text})
            raise

    run_or_apologise.apologises = True  # type: ignore[attr-defined]
    RemoteAction.run = run_or_apologise

    generate = CallbackNaturalLanguageGenerator.generate

    async def generate_or_apologise(
        self: CallbackNaturalLanguageGenerator,
        utter_action: str,
        tracker: Any,
        output_channel: str,
        **kwargs: Any,
    ) -> Any:
        try:
            return await generate(self, utter_action, tracker, output_channel, **kwargs)
        except Exception as error:
            log.warning(
                "nlg failed", extra={"response": utter_action, "error": type(error).__name__}
            )
            if APOLOGISED.first(tracker):
                return {"text": apology(conversation_language(tracker))}
            raise

    CallbackNaturalLanguageGenerator.generate = generate_or_apologise
