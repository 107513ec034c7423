"""Rasa 3.6's NLG protocol (``rasa/core/nlg/callback.py``): the request we read, the reply we send.

Rasa sends the whole tracker, every event of the conversation, on every call. The request
models declare only what we use (the response name, id, arguments, the ``language`` slot and the
channel) with ``extra="ignore"``; the raw body is validated with ``model_validate_json`` so
pydantic-core skips the events without building Python objects for them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Ignoring(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Slots(BaseModel):
    # The other slots are kept (not validated): the check's answers decide whether a question
    # also offers "change an answer".
    model_config = ConfigDict(extra="allow")

    language: Any = None  # any type: a malformed slot falls back to Dutch instead of failing
    partner_gender: Any = None  # "female" / "male" as the user said it; anything else: unknown


class Tracker(_Ignoring):
    # The gateway's conversation id (Rasa's sender): the summary page's address uses it.
    sender_id: str | None = None
    slots: Slots = Slots()
    latest_input_channel: str | None = None


class Channel(_Ignoring):
    name: str | None = None


class NlgRequest(_Ignoring):
    response: str
    id: str | None = None
    arguments: dict[str, Any] = Field(default_factory=dict)
    tracker: Tracker = Tracker()
    channel: Channel = Channel()


class NlgButton(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    payload: str


class NlgResponse(BaseModel):
    """Every key of ``nlg_response_format_spec()``; ``tests/nlg`` validates against it."""

    model_config = ConfigDict(extra="forbid")
    text: str
    id: str | None = None
    buttons: list[NlgButton] = Field(default_factory=list)
    elements: list[dict[str, Any]] = Field(default_factory=list)
    attachment: dict[str, Any] | None = None
    image: str | None = None
    custom: dict[str, Any] = Field(default_factory=dict)
    # Our extension, for channels without buttons: the options shown as a numbered list, so the
    # channel connector can turn a typed "2" into the second option's payload. Rasa keeps extra
    # keys as the bot event's metadata and hands them to the output channel, which ignores them.
    numbered_options: list[NlgButton] = Field(default_factory=list)
