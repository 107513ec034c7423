"""Request and response bodies of the conversations API (extra fields are refused)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.i18n.languages import Language

LanguageCode = Language

# Button payloads are Rasa intents with optional entities: /intent or /intent{"slot": "value"}.
PAYLOAD_PATTERN = r"^/[A-Za-z_][A-Za-z0-9_]{0,63}(\{.{0,500}\})?$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Button(Strict):
    title: str
    payload: str


class BotMessage(Strict):
    role: Literal["bot", "user"] = "bot"
    text: str | None = None
    buttons: list[Button] = Field(default_factory=list)
    # Structured extras from Rasa (e.g. the summary a user can download); passed through.
    custom: dict[str, Any] | None = None


class Notice(Strict):
    """Something the user should know about their own message (e.g. personal data removed)."""

    code: str
    message: str


class NewConversation(Strict):
    language: LanguageCode = "nl"


class ConversationCreated(Strict):
    conversation_id: str
    language: LanguageCode
    messages: list[BotMessage]


class UserMessage(Strict):
    """Typed text, or the payload of a button the bot offered, or only a new language.

    A body with only `language` is the widget's language picker: the gateway tells Rasa about the
    choice (settings.language_payload) and returns the bot's replies in the new language.
    """

    text: str | None = Field(default=None, description="At most 2,000 characters after cleaning.")
    payload: str | None = Field(default=None, pattern=PAYLOAD_PATTERN, max_length=600)
    # Set when the user picks another language in the widget; applies from this message on.
    language: LanguageCode | None = None
    # Optional: a client that may send a message again (after a lost response) gives it an id;
    # a repeat with the same id gets the same answer and is not processed twice.
    message_id: str | None = Field(
        default=None, min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$"
    )

    @model_validator(mode="after")
    def _one_of_text_or_payload(self) -> UserMessage:
        if self.text is not None and self.payload is not None:
            raise ValueError("send either text or payload, not both")
        if self.text is None and self.payload is None and self.language is None:
            raise ValueError("send text, a payload or a language")
        return self


class TurnResult(Strict):
    conversation_id: str
    # The conversation language after this turn: it changes when the user picks a language in
    # the chat (a button, a typed language name) or Rasa detects one, not only by the picker.
    # The widget shows its own controls in it (GET /api/v1/ui-strings/{language}).
    language: LanguageCode
    # The user's message as stored and sent to Rasa (after cleaning and redaction).
    user_text: str
    notices: list[Notice]
    messages: list[BotMessage]


class Transcript(Strict):
    conversation_id: str
    language: LanguageCode
    messages: list[BotMessage]


class ErrorBody(Strict):
    code: str
    message: str


class PushedMessage(BotMessage):
    seq: int


class PushedMessages(Strict):
    """Messages from a person (bot/service/handoff), for the web chat's polling fallback."""

    conversation_id: str
    last_seq: int
    messages: list[PushedMessage]
