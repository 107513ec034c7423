"""Seek paging: "Next" starts after the last row shown, "Previous" before the first.

A page reached by its links costs what the first page costs, however deep: the query seeks to
the cursor in the sort key's index (sort key, sender_id) instead of counting past every earlier
row as OFFSET does. A page asked for by number alone (a typed URL, an old bookmark) still uses
OFFSET, over sender_ids only, which an index-only scan serves (migration 0004).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, literal, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from bot.helpdesk.models import Conversation

Key = float | int | str


@dataclass(frozen=True)
class Cursor:
    key: Key
    sender_id: str


def encode(key: Key, sender_id: str) -> str:
    raw = json.dumps([key, sender_id], ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str, kind: type) -> Cursor | None:
    """The cursor in a link, or None when it is not one for this sort key (then the page is
    found by its number)."""
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        key, sender_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        return None
    if not isinstance(sender_id, str) or isinstance(key, bool):
        return None
    if kind is float and isinstance(key, int):
        key = float(key)
    if isinstance(key, kind) and isinstance(key, float | int | str):
        return Cursor(key, sender_id)
    return None


def cursor_of(row: Conversation, column: InstrumentedAttribute[Any]) -> str:
    return encode(getattr(row, column.key), row.sender_id)


def beyond(column: InstrumentedAttribute[Any], cursor: Cursor, later: bool) -> ColumnElement[bool]:
    """The rows after (later=True) or before the cursor in ascending (key, sender_id) order."""
    row = tuple_(column, Conversation.sender_id)
    mark = tuple_(literal(cursor.key), literal(cursor.sender_id))
    return row > mark if later else row < mark
