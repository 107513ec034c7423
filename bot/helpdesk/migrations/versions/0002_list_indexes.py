"""Indexes the list page needs over 100,000 conversations (docs/benchmarks.md, helpdesk).

- risk_codes: the risk menu lists its distinct values by index probes (queries.distinct_values);
  without an index each probe reads the table.
- search_text, PostgreSQL only: a trigram index (pg_trgm) makes the substring search an index
  lookup instead of reading and decompressing every conversation's text. pg_trgm is a trusted
  extension (PostgreSQL 13+): the database owner may create it. Where it cannot be created, the
  search still works, by reading the table, and the migration says so in the log.

Revision ID: 0002_list_indexes
Revises: 0001
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0002_list_indexes"
down_revision = "0001"
branch_labels = None
depends_on = None

log = logging.getLogger("helpdesk")
TRIGRAM_INDEX = "ix_helpdesk_conversations_search_text_trgm"


def upgrade() -> None:
    op.create_index(
        "ix_helpdesk_conversations_risk_codes", "helpdesk_conversations", ["risk_codes"]
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():  # a savepoint: a refused extension must not undo the rest
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        log.warning("helpdesk_no_pg_trgm: the search reads the whole table (no trigram index)")
        return
    op.create_index(
        TRIGRAM_INDEX,
        "helpdesk_conversations",
        ["search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    op.drop_index("ix_helpdesk_conversations_risk_codes", "helpdesk_conversations")
