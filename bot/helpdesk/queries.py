"""The list's filters, search, sorting and paging, as one SQL query on the index."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import Select, exists, func, select, text
from sqlalchemy.orm import Session

from bot.helpdesk import paging, search
from bot.helpdesk.models import Conversation, Flag, Tag

PAGE_SIZE = 25
# A search's count stops here: counting every conversation that holds a common word read half
# the table (4.6 s p95 over 100,000); the list then says "more than 10,000".
COUNT_CAP = 10_000
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
    # Seek cursors (paging.encode) from the "Next" / "Previous" links; the page number is then
    # only shown.
    after: str = ""
    before: str = ""

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
            after=params.get("after", "")[:1024],
            before=params.get("before", "")[:1024],
        )

    def query_string(self, **changes: Any) -> str:
        values = {**asdict(self), **changes}
        kept = {
            k: ("1" if v is True else v) for k, v in values.items() if v not in ("", False, None)
        }
        return urlencode(kept)

    def statement(self, dialect: str) -> Select[tuple[Conversation]]:
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
            statement = statement.where(search.matches(self.q, dialect))
        return statement


@dataclass(frozen=True)
class Total:
    number: int
    # More than ``number`` conversations match (a search's count stops at COUNT_CAP).
    capped: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.number // PAGE_SIZE))


@dataclass(frozen=True)
class Slice:
    rows: list[Conversation]
    # Whether a page follows this one (without a count to tell).
    more: bool


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def count(session: Session, filters: Filters) -> Total:
    statement = filters.statement(_dialect(session)).with_only_columns(Conversation.sender_id)
    if not filters.q:
        # Exact: the filters' columns are in the list index, so this is an index-only scan.
        subquery = statement.subquery()
        return Total(int(session.scalar(select(func.count()).select_from(subquery)) or 0))
    with search.through_word_index(session):
        subquery = statement.limit(COUNT_CAP + 1).subquery()
        number = int(session.scalar(select(func.count()).select_from(subquery)) or 0)
    return Total(min(number, COUNT_CAP), capped=number > COUNT_CAP)


def page(session: Session, filters: Filters, total: Total | None = None) -> Slice:
    """One page of the list: after or before a cursor when the link gave one, else by number.

    ``total`` (from count) says how many conversations a search matches: few are read through
    the word index and sorted, many by walking the sort order, where the first 25 come soon.
    """
    column = SORTS[filters.sort]
    ascending = filters.order == "asc"
    statement = filters.statement(_dialect(session))
    kind = column.type.python_type
    after = paging.decode(filters.after, kind)
    before = None if after else paging.decode(filters.before, kind)
    # Going back, the rows before the cursor are read in reverse order, then turned round.
    forward = before is None
    up = ascending == forward
    if up:
        order = (column.asc(), Conversation.sender_id.asc())
    else:
        order = (column.desc(), Conversation.sender_id.desc())
    cursor = after or before
    offset = 0 if cursor else (filters.page - 1) * PAGE_SIZE
    if total is not None and not total.capped and offset >= total.number:
        return Slice([], False)  # the count says there is nothing to read
    # The sender_ids first, then their rows: the sort indexes hold every filter column, so
    # finding the 25 (past an OFFSET, or among few matches) reads only an index.
    ids = statement.with_only_columns(Conversation.sender_id)
    if cursor is not None:
        ids = ids.where(paging.beyond(column, cursor, later=up))
    chosen = ids.order_by(*order).offset(offset).limit(PAGE_SIZE + 1).subquery()
    statement = (
        select(Conversation)
        .join(chosen, Conversation.sender_id == chosen.c.sender_id)
        .order_by(*order)
    )
    few = total is not None and not total.capped and total.number < search.FEW_MATCHES
    if filters.q and few:
        with search.through_word_index(session):
            rows = list(session.scalars(statement))
    else:
        rows = list(session.scalars(statement))
    more = len(rows) > PAGE_SIZE or not forward
    rows = rows[:PAGE_SIZE]
    return Slice(rows if forward else rows[::-1], more)


def links(filters: Filters, listing: Slice, total: Total) -> tuple[str | None, str | None]:
    """The query strings of "Previous" and "Next", each carrying its seek cursor."""
    column = SORTS[filters.sort]
    previous = following = None
    if filters.page > 1:
        if filters.page == 2 or not listing.rows:
            previous = filters.query_string(page=filters.page - 1, after="", before="")
        else:
            cursor = paging.cursor_of(listing.rows[0], column)
            previous = filters.query_string(page=filters.page - 1, after="", before=cursor)
    last_page = not total.capped and filters.page >= total.pages
    if listing.rows and listing.more and not last_page:
        cursor = paging.cursor_of(listing.rows[-1], column)
        following = filters.query_string(page=filters.page + 1, after=cursor, before="")
    return previous, following


def every(session: Session, filters: Filters) -> list[Conversation]:
    statement = filters.statement(_dialect(session)).order_by(Conversation.started_at)
    return list(session.scalars(statement))


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
