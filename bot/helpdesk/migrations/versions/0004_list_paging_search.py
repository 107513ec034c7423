"""The list over 100,000 conversations: seek paging, counts from one index, word search.

- One index per sort order the console offers, on (sort key, sender_id): the seek cursors of
  "Next" / "Previous" (bot.helpdesk.paging) are a range start in it. They replace the indexes
  on the sort key alone, which they also serve.
- Each carries every filter column (PostgreSQL INCLUDE), so the count of any filter, OFFSET
  paging and a page of a filter that few conversations pass are index-only scans, not reads of
  the table (without them a filter nothing passed read every row through the start-date index:
  160 ms).
- search_text is rewritten to the distinct words the ingest now stores (bot.helpdesk.search);
  on PostgreSQL a stored tsvector of them, with a GIN index, replaces the trigram index: a
  trigram match must recheck each matching text, and a common word's count rechecked half the
  table (4.6 s p95, docs/benchmarks.md, helpdesk).

Revision ID: 0004_list_paging_search
Revises: 0002_handoff
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.helpdesk.search import stored

revision = "0004_list_paging_search"
down_revision = "0002_handoff"
branch_labels = None
depends_on = None

TABLE = "helpdesk_conversations"
SORT_KEYS = ("started_at", "language", "channel", "fallbacks")
LIST_INDEX = "ix_helpdesk_conversations_list"  # last activity, the default order
FILTER_COLUMNS = (
    "last_activity_at",
    "started_at",
    "language",
    "channel",
    "fallbacks",
    "asked_person",
    "reviewed_at",
    "risk_codes",
)


def _included(key: str) -> list[str]:
    return [column for column in FILTER_COLUMNS if column != key]


SUPERSEDED = ("language", "channel", "started_at", "last_activity_at")
TRIGRAM_INDEX = "ix_helpdesk_conversations_search_text_trgm"
VECTOR_INDEX = "ix_helpdesk_conversations_search_vector"
BATCH = 1_000


def _rewrite_search_text(bind: sa.Connection) -> None:
    """Existing rows get the form the ingest writes (the same function, so they are equal)."""
    table = sa.table(TABLE, sa.column("sender_id"), sa.column("search_text"))
    rewrite = (
        table.update()
        .where(table.c.sender_id == sa.bindparam("row_id"))
        .values(search_text=sa.bindparam("words"))
    )
    last = ""
    while True:
        rows = bind.execute(
            sa.select(table.c.sender_id, table.c.search_text)
            .where(table.c.sender_id > last)
            .order_by(table.c.sender_id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        bind.execute(rewrite, [{"row_id": row[0], "words": stored(row[1] or "")} for row in rows])
        last = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    postgresql = bind.dialect.name == "postgresql"
    op.create_index(
        LIST_INDEX,
        TABLE,
        ["last_activity_at", "sender_id"],
        postgresql_include=_included("last_activity_at"),
    )
    for key in SORT_KEYS:
        op.create_index(
            f"ix_helpdesk_conversations_{key}_order",
            TABLE,
            [key, "sender_id"],
            postgresql_include=_included(key),
        )
    for column in SUPERSEDED:
        op.drop_index(f"ix_helpdesk_conversations_{column}", TABLE)
    if postgresql:
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    _rewrite_search_text(bind)
    if postgresql:
        # The words are already cut (search.stored): each becomes a lexeme as it is, with no
        # parser or dictionary in between. array_remove: tolerate a doubled space.
        op.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
            " (array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))) STORED"
        )
        op.create_index(VECTOR_INDEX, TABLE, ["search_vector"], postgresql_using="gin")


def downgrade() -> None:
    # search_text keeps its word form: the older substring search still finds each word.
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_index(VECTOR_INDEX, TABLE)
        op.execute(f"ALTER TABLE {TABLE} DROP COLUMN search_vector")
        if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
            op.create_index(
                TRIGRAM_INDEX,
                TABLE,
                ["search_text"],
                postgresql_using="gin",
                postgresql_ops={"search_text": "gin_trgm_ops"},
            )
    for column in SUPERSEDED:
        op.create_index(f"ix_helpdesk_conversations_{column}", TABLE, [column])
    for key in SORT_KEYS:
        op.drop_index(f"ix_helpdesk_conversations_{key}_order", TABLE)
    op.drop_index(LIST_INDEX, TABLE)
