"""The list's filters, search, sorting and paging, as one SQL query on the index."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import Select, exists, func, select, text
from sqlalchemy.orm import Session

from bot.helpdesk.models import Conversation, Flag, Tag

PAGE_SIZE = 25
SORTS = {
    "last_activity": Conversation.last_activity_at,
    "started": Conversation.started_at,
    "language": Conversation.language,
    "channel": Conversation.channel,
    "fallbacks": Conversation.fallbacks,
}


def _day(value: str) -> float | None:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return None


@dataclass
class Filters:
    date_from: str = ""
    date_to: str = ""
    language: str = ""
    channel: str = ""
    risk: str = ""
    fallback: bool = False
    person: bool = False
    unreviewed: bool = False
    tag: str = ""
    flagged: bool = False
    q: str = ""
    sort: str = "last_activity"
    order: str = "desc"
    page: int = 1

    @classmethod
    def from_query(cls, params: Any) -> Filters:
        def flag(name: str) -> bool:
            return params.get(name, "") in ("1", "on", "true")

        try:
            page = max(1, int(params.get("page", "1")))
        except ValueError:
            page = 1
        sort = params.get("sort", "last_activity")
        return cls(
            date_from=params.get("date_from", "")[:10],
            date_to=params.get("date_to", "")[:10],
            language=params.get("language", "")[:8],
            channel=params.get("channel", "")[:64],
            risk=params.get("risk", "").strip()[:128],
            fallback=flag("fallback"),
            person=flag("person"),
            unreviewed=flag("unreviewed"),
            tag=params.get("tag", "").strip()[:64],
            flagged=flag("flagged"),
            q=params.get("q", "").strip()[:200],
            sort=sort if sort in SORTS else "last_activity",
            order="asc" if params.get("order") == "asc" else "desc",
            page=page,
        )

    def query_string(self, **changes: Any) -> str:
        values = {**asdict(self), **changes}
        kept = {
            k: ("1" if v is True else v) for k, v in values.items() if v not in ("", False, None)
        }
        return urlencode(kept)

    def statement(self) -> Select[tuple[Conversation]]:
        statement = select(Conversation)
        if (start := _day(self.date_from)) is not None:
            statement = statement.where(Conversation.started_at >= start)
        if (end := _day(self.date_to)) is not None:
            statement = statement.where(
                Conversation.started_at < end + timedelta(days=1).total_seconds()
            )
        if self.language:
            statement = statement.where(Conversation.language == self.language)
        if self.channel:
            statement = statement.where(Conversation.channel == self.channel)
        if self.risk:
            statement = statement.where(Conversation.risk_codes.contains(f" {self.risk} "))
        if self.fallback:
            statement = statement.where(Conversation.fallbacks > 0)
        if self.person:
            statement = statement.where(Conversation.asked_person.is_(True))
        if self.unreviewed:
            statement = statement.where(Conversation.reviewed_at.is_(None))
        if self.tag:
            statement = statement.where(
                exists().where(Tag.sender_id == Conversation.sender_id, Tag.name == self.tag)
            )
        if self.flagged:
            statement = statement.where(exists().where(Flag.sender_id == Conversation.sender_id))
        if self.q:
            needle = self.q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            statement = statement.where(Conversation.search_text.like(f"%{needle}%", escape="\\"))
        return statement


def count(session: Session, filters: Filters) -> int:
    subquery = filters.statement().subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def page(session: Session, filters: Filters) -> list[Conversation]:
    column = SORTS[filters.sort]
    ordered = column.asc() if filters.order == "asc" else column.desc()
    statement = (
        filters.statement()
        .order_by(ordered, Conversation.sender_id)
        .offset((filters.page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    )
    return list(session.scalars(statement))


def every(session: Session, filters: Filters) -> list[Conversation]:
    return list(session.scalars(filters.statement().order_by(Conversation.started_at)))


def choices(session: Session) -> dict[str, list[str]]:
    """The values the filter menus offer: what is in the data."""

    codes: set[str] = set()
    for risk_codes in distinct_values(session, "helpdesk_conversations", "risk_codes"):
        codes.update(risk_codes.split())
    return {
        "languages": distinct_values(session, "helpdesk_conversations", "language"),
        "channels": distinct_values(session, "helpdesk_conversations", "channel"),
        "tags": distinct_values(session, "helpdesk_tags", "name"),
        "risks": sorted(codes),
    }


# The columns the filter menus list; each has an index (migrations 0001 and 0002).
_MENU_COLUMNS = {
    ("helpdesk_conversations", "language"),
    ("helpdesk_conversations", "channel"),
    ("helpdesk_conversations", "risk_codes"),
    ("helpdesk_tags", "name"),
}


def distinct_values(session: Session, table: str, column: str) -> list[str]:
    """The distinct non-empty values of an indexed column, in order, by one index probe per
    value (a "loose index scan"): a plain SELECT DISTINCT reads every row, which over 100,000
    conversations cost more than the rest of the list page (docs/benchmarks.md, helpdesk)."""
    if (table, column) not in _MENU_COLUMNS:
        raise ValueError(f"{table}.{column} is not a menu column")
    statement = text(
        f"WITH RECURSIVE menu(value) AS ("  # noqa: S608 (names from the fixed set above)
        f" SELECT min({column}) FROM {table}"
        f" UNION ALL"
        f" SELECT (SELECT min({column}) FROM {table} WHERE {column} > menu.value)"
        f" FROM menu WHERE menu.value IS NOT NULL"
        f") SELECT value FROM menu WHERE value IS NOT NULL"
    )
    return [value for value in session.scalars(statement) if value]
