"""The helpdesk console's tables; Rasa's event-broker table when Rasa has not made it yet.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rasa's SQLEventBroker creates this table itself (create_all skips it when it exists).
    if not sa.inspect(op.get_bind()).has_table("events"):
        op.create_table(
            "events",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("sender_id", sa.String(255)),
            sa.Column("data", sa.Text),
        )
    op.create_table(
        "helpdesk_conversations",
        sa.Column("sender_id", sa.String(255), primary_key=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("last_activity_at", sa.Float, nullable=False),
        sa.Column("reference_code", sa.String(32)),
        sa.Column("risk_codes", sa.Text, nullable=False),
        sa.Column("asked_questions", sa.Text, nullable=False),
        sa.Column("fallbacks", sa.Integer, nullable=False),
        sa.Column("asked_person", sa.Boolean, nullable=False),
        sa.Column("user_turns", sa.Integer, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("last_event_id", sa.Integer, nullable=False),
        sa.Column("agent_status", sa.String(16)),
        sa.Column("reviewed_by", sa.String(64)),
        sa.Column("reviewed_at", sa.Float),
    )
    for column in ("language", "channel", "started_at", "last_activity_at", "reference_code"):
        op.create_index(f"ix_helpdesk_conversations_{column}", "helpdesk_conversations", [column])
    op.create_table(
        "helpdesk_tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("name", sa.String(64), nullable=False, index=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "helpdesk_flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("intent", sa.String(128)),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "helpdesk_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "helpdesk_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.Float),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "helpdesk_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("helpdesk_users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
    )
    op.create_table(
        "helpdesk_audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.Float, nullable=False, index=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("sender_id", sa.String(255), index=True),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_table(
        "helpdesk_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "helpdesk_state",
        "helpdesk_audit",
        "helpdesk_sessions",
        "helpdesk_users",
        "helpdesk_notes",
        "helpdesk_flags",
        "helpdesk_tags",
        "helpdesk_conversations",
    ):
        op.drop_table(table)
