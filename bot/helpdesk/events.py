"""Rasa's event stream, read: one conversation's events -> its summary and its transcript.

The events are Rasa 3.6's JSON (``Event.as_dict()``), as the SQL event broker stores them:
``user`` (text, parse_data with intent, confidence and entities, input_channel), ``bot`` (text,
data.buttons, metadata.utter_action and the arguments the action passed), ``slot`` (name, value),
``action`` (name). The Dutch rendering of a bot message is the same response name rendered by
bot.i18n with the same arguments and slots, in Dutch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from bot.i18n import render

WEB = "collector"  # a channel with buttons: the text has no numbered options
HUMAN_INTENTS = frozenset({"request_human"})
FALLBACK_RESPONSES = frozenset({"utter_invalid_answer", "utter_fallback_clarify"})
FALLBACK_INTENTS = frozenset({"nlu_fallback"})
# Keys of a bot event's metadata that are not arguments of the response.
_NOT_ARGUMENTS = frozenset({"utter_action", "id", "numbered_options", "template_name"})


def parse(data: str | None) -> dict[str, Any]:
    try:
        value = json.loads(data or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass
class Turn:
    event_id: int
    role: str  # "user" or "bot"
    timestamp: float
    text: str  # as the user saw or typed it
    dutch: str = ""  # the Dutch rendering (bot) or the Dutch meaning of the button (user)
    response: str = ""
    intent: str = ""
    confidence: float | None = None
    payload: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    buttons: list[dict[str, Any]] = field(default_factory=list)
    slots_set: dict[str, Any] = field(default_factory=dict)


@dataclass
class Summary:
    sender_id: str
    language: str = "nl"
    channel: str = ""
    started_at: float = 0.0
    last_activity_at: float = 0.0
    slots: dict[str, Any] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    fallbacks: int = 0
    asked_person: bool = False
    asked_questions: list[str] = field(default_factory=list)
    last_event_id: int = 0
    user_turns: int = 0

    @property
    def reference_code(self) -> str | None:
        code = self.slots.get("reference_code")
        return str(code) if code else None

    @property
    def assessment(self) -> dict[str, Any] | None:
        value = self.slots.get("assessment")
        return value if isinstance(value, dict) else None

    @property
    def risk_codes(self) -> list[str]:
        assessment = self.assessment or {}
        return sorted({str(r.get("code")) for r in assessment.get("risks") or [] if r.get("code")})

    @property
    def search_text(self) -> str:
        parts = [t.dutch or "" for t in self.turns if t.role == "bot"]
        parts += [t.text for t in self.turns if t.role == "user"]
        parts += [t.dutch for t in self.turns if t.role == "user" and t.dutch]
        return "\n".join(p for p in parts if p).lower()


def dutch(response: str, arguments: dict[str, Any], slots: dict[str, Any]) -> str:
    """The Dutch text of a response; the buttons are shown apart, as on web chat."""
    try:
        return render(response, {**slots, **arguments, "language": "nl"}, "nl", WEB).text
    except Exception:  # the console must show a transcript even when a response cannot render
        return ""


def _button_meaning(payload: str, turns: list[Turn]) -> str:
    """The Dutch label of the pressed button: the same button of the latest bot message that
    offered it (web chat keeps earlier buttons pressable, e.g. after a clarification)."""
    for turn in reversed(turns):
        for button in turn.buttons if turn.role == "bot" else ():
            if button.get("payload") == payload and button.get("dutch"):
                return str(button["dutch"])
    return ""


def _dutch_buttons(turn: Turn, arguments: dict[str, Any], slots: dict[str, Any]) -> None:
    if not turn.response:
        return
    try:
        message = render(turn.response, {**slots, **arguments, "language": "nl"}, "nl", WEB)
    except Exception:
        return
    dutch_labels = {b.payload: b.title for b in message.buttons}
    for button in turn.buttons:
        button["dutch"] = dutch_labels.get(str(button.get("payload")), "")


def summarise(sender_id: str, rows: list[tuple[int, str | None]]) -> Summary:
    """One conversation from its broker rows (id, data), in id order."""
    summary = Summary(sender_id)
    for event_id, data in rows:
        event = parse(data)
        kind = event.get("event")
        timestamp = float(event.get("timestamp") or 0.0)
        if timestamp:
            summary.started_at = summary.started_at or timestamp
            summary.last_activity_at = max(summary.last_activity_at, timestamp)
        summary.last_event_id = max(summary.last_event_id, event_id)
        if kind == "slot":
            name = str(event.get("name"))
            summary.slots[name] = event.get("value")
            if name == "language" and isinstance(event.get("value"), str):
                summary.language = event["value"]
            if name == "handoff" and event.get("value") is True:
                summary.asked_person = True
            if summary.turns and summary.turns[-1].role == "user":
                summary.turns[-1].slots_set[name] = event.get("value")
        elif kind == "user":
            parse_data = event.get("parse_data") or {}
            intent = parse_data.get("intent") or {}
            text = str(event.get("text") or "")
            turn = Turn(
                event_id,
                "user",
                timestamp,
                text,
                intent=str(intent.get("name") or ""),
                confidence=intent.get("confidence"),
                entities=list(parse_data.get("entities") or []),
            )
            if text.startswith("/"):
                turn.payload = text
                turn.dutch = _button_meaning(text, summary.turns)
            if event.get("input_channel"):
                summary.channel = str(event["input_channel"])
            if turn.intent in HUMAN_INTENTS:
                summary.asked_person = True
            if turn.intent in FALLBACK_INTENTS:
                summary.fallbacks += 1
            summary.turns.append(turn)
        elif kind == "bot":
            metadata = event.get("metadata") or {}
            response = str(metadata.get("utter_action") or "")
            arguments = {k: v for k, v in metadata.items() if k not in _NOT_ARGUMENTS}
            buttons = [dict(b) for b in (event.get("data") or {}).get("buttons") or []]
            turn = Turn(
                event_id,
                "bot",
                timestamp,
                str(event.get("text") or ""),
                response=response,
                buttons=buttons,
            )
            if response:
                turn.dutch = dutch(response, arguments, summary.slots)
                _dutch_buttons(turn, arguments, summary.slots)
            if response in FALLBACK_RESPONSES:
                summary.fallbacks += 1
            if response.startswith("utter_ask_") and response not in summary.asked_questions:
                summary.asked_questions.append(response)
            summary.turns.append(turn)
    summary.user_turns = sum(1 for t in summary.turns if t.role == "user")
    return summary
