"""Exports of the filtered set (JSONL with the transcript, CSV one row per conversation), and
the flagged "misunderstood" messages as Rasa NLU training data for their language."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.helpdesk.events import parse
from bot.helpdesk.ingest import load
from bot.helpdesk.models import BrokerEvent, Conversation, Flag, Note, Tag

CSV_COLUMNS = (
    "sender_id",
    "reference_code",
    "language",
    "channel",
    "started_at",
    "last_activity_at",
    "risk_codes",
    "fallbacks",
    "asked_person",
    "user_turns",
    "reviewed_by",
    "reviewed_at",
    "tags",
    "flags",
)


def iso(seconds: float | None) -> str:
    if not seconds:
        return ""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def _extras(session: Session, sender_id: str) -> dict[str, Any]:
    tags = sorted(session.scalars(select(Tag.name).where(Tag.sender_id == sender_id)))
    flags = [
        {"event_id": f.event_id, "reason": f.reason, "intent": f.intent, "comment": f.comment}
        for f in session.scalars(select(Flag).where(Flag.sender_id == sender_id))
    ]
    notes = [
        {"by": n.created_by, "at": iso(n.created_at), "text": n.text}
        for n in session.scalars(select(Note).where(Note.sender_id == sender_id))
    ]
    return {"tags": tags, "flags": flags, "notes": notes}


def row(conversation: Conversation) -> dict[str, Any]:
    return {
        "sender_id": conversation.sender_id,
        "reference_code": conversation.reference_code or "",
        "language": conversation.language,
        "channel": conversation.channel,
        "started_at": iso(conversation.started_at),
        "last_activity_at": iso(conversation.last_activity_at),
        "risk_codes": conversation.risk_codes.split(),
        "fallbacks": conversation.fallbacks,
        "asked_person": conversation.asked_person,
        "user_turns": conversation.user_turns,
        "reviewed_by": conversation.reviewed_by or "",
        "reviewed_at": iso(conversation.reviewed_at),
    }


def jsonl(session: Session, conversations: list[Conversation]) -> str:
    lines = []
    for conversation in conversations:
        summary = load(session, conversation.sender_id)
        record = {**row(conversation), **_extras(session, conversation.sender_id)}
        record["messages"] = [
            {
                "event_id": t.event_id,
                "role": t.role,
                "at": iso(t.timestamp),
                "text": t.text,
                "dutch": t.dutch,
                "response": t.response,
                "intent": t.intent,
                "confidence": t.confidence,
            }
            for t in summary.turns
        ]
        lines.append(json.dumps(record, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def csv_text(session: Session, conversations: list[Conversation]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for conversation in conversations:
        values = {**row(conversation), **_extras(session, conversation.sender_id)}
        values["risk_codes"] = " ".join(values["risk_codes"])
        values["tags"] = " ".join(values["tags"])
        values["flags"] = " ".join(f["reason"] for f in values["flags"])
        writer.writerow({k: _csv_safe(values[k]) for k in CSV_COLUMNS})
    return buffer.getvalue()


def _csv_safe(value: Any) -> Any:
    # A cell starting with = + - @ is a formula in a spreadsheet: quote it as text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def nlu_examples(session: Session, language: str) -> dict[str, list[str]]:
    """The text of each flagged "misunderstood" user message with the intent an agent chose."""
    flags = session.execute(
        select(Flag.intent, BrokerEvent.data)
        .join(BrokerEvent, BrokerEvent.id == Flag.event_id)
        .join(Conversation, Conversation.sender_id == Flag.sender_id)
        .where(Flag.reason == "misunderstood", Flag.intent.is_not(None), Flag.intent != "")
        .where(Conversation.language == language)
        .order_by(Flag.id)
    ).all()
    examples: dict[str, list[str]] = defaultdict(list)
    for intent, data in flags:
        event = parse(data)
        text = str(event.get("text") or "").strip()
        typed = event.get("event") == "user" and text and not text.startswith("/")
        if typed and text not in examples[intent]:
            examples[intent].append(text)
    return dict(sorted(examples.items()))


def nlu_yaml(session: Session, language: str) -> str:
    """Rasa 3.x NLU training data, like bot/data/nlu/<lang>/*.yml."""
    nlu = [
        {"intent": intent, "examples": "".join(f"- {text}\n" for text in texts)}
        for intent, texts in nlu_examples(session, language).items()
    ]
    return yaml.dump(
        {"version": "3.1", "nlu": nlu}, Dumper=_LiteralDumper, allow_unicode=True, sort_keys=False
    )


class _LiteralDumper(yaml.SafeDumper):
    pass


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_LiteralDumper.add_representer(str, _literal)
