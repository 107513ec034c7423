"""Alembic environment: run programmatically by bot.helpdesk.db.migrate with a connection."""

from __future__ import annotations

from alembic import context

from bot.helpdesk.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
