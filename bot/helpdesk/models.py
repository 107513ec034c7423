"""The console's tables (SQLAlchemy 2), and Rasa's event-broker table it reads.

Times are Unix seconds (floats), as in Rasa's events, so SQLite and PostgreSQL compare them the
same way. ``helpdesk_conversations`` is an index derived from the event stream (rebuilt from
``events`` whenever new events arrive); the transcript itself is always read from ``events``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class BrokerEvent(Base):
    """Rasa 3.6's SQLEventBroker table (rasa/core/brokers/sql.py): one JSON event per row."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[str | None] = mapped_column(Text)


class Conversation(Base):
    __tablename__ = "helpdesk_conversations"
    sender_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    # Each sort key is indexed with sender_id (the seek cursor), last_activity_at with every
    # filter column too (migration 0004).
    language: Mapped[str] = mapped_column(String(8), default="nl")
    channel: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[float] = mapped_column(Float)
    last_activity_at: Mapped[float] = mapped_column(Float)
    reference_code: Mapped[str | None] = mapped_column(String(32), index=True)
    # Space-delimited with a leading and trailing space, so " CODE " matches one code exactly.
    risk_codes: Mapped[str] = mapped_column(Text, default=" ")
    asked_questions: Mapped[str] = mapped_column(Text, default=" ")
    fallbacks: Mapped[int] = mapped_column(Integer, default=0)
    asked_person: Mapped[bool] = mapped_column(Boolean, default=False)
    user_turns: Mapped[int] = mapped_column(Integer, default=0)
    # The distinct words of the bot's Dutch renderings and the user's own text (search.stored);
    # PostgreSQL derives search_vector from it (migration 0004). The list never shows it, so it
    # is not read with the row.
    search_text: Mapped[str] = mapped_column(Text, default="", deferred=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
    # Set by agents, kept when the index is rebuilt.
    agent_status: Mapped[str | None] = mapped_column(String(16))
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[float | None] = mapped_column(Float)


class Tag(Base):
    __tablename__ = "helpdesk_tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)


class Flag(Base):
    __tablename__ = "helpdesk_flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    event_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    # For "misunderstood": the intent the agent says the message meant (the NLU export).
    intent: Mapped[str | None] = mapped_column(String(128))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)


class Note(Base):
    __tablename__ = "helpdesk_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)


class User(Base):
    __tablename__ = "helpdesk_users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # "agent" or "supervisor"
    language: Mapped[str] = mapped_column(String(8), default="nl")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[float] = mapped_column(Float)


class LoginSession(Base):
    __tablename__ = "helpdesk_sessions"
    # The SHA-256 of the cookie's token: a copy of the table logs nobody in.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("helpdesk_users.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[float] = mapped_column(Float)


class AuditEntry(Base):
    __tablename__ = "helpdesk_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[float] = mapped_column(Float, index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    sender_id: Mapped[str | None] = mapped_column(String(255), index=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class State(Base):
    __tablename__ = "helpdesk_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
