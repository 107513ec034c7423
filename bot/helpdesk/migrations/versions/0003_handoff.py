"""Talk to a person: handoff requests and the messages exchanged with an agent.

Revision ID: 0002_handoff
Revises: 0002_list_indexes (the list indexes)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_handoff"
down_revision = "0002_list_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoff_requests",
        sa.Column("sender_id", sa.String(255), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("requested_at", sa.Float, nullable=False),
        sa.Column("agent_id", sa.Integer),
        sa.Column("agent_name", sa.String(64)),
        sa.Column("assigned_to", sa.Integer),
        sa.Column("heartbeat_at", sa.Float),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_table(
        "handoff_messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("agent_id", sa.Integer),
        sa.Column("key", sa.String(128)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("dutch", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("handoff_messages")
    op.drop_table("handoff_requests")
