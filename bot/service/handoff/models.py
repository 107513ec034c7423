"""The handoff's two tables, in the console's database (migration 0002)."""

from __future__ import annotations

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.helpdesk.models import Base

# A request's life: waiting -> with_agent -> (bot | closed); with_agent -> waiting when the
# agent's heartbeat stops; bot or closed -> waiting when the user asks again.
WAITING, WITH_AGENT, BOT, CLOSED = "waiting", "with_agent", "bot", "closed"


class HandoffRequest(Base):
    __tablename__ = "handoff_requests"
    sender_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    language: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[float] = mapped_column(Float)
    agent_id: Mapped[int | None] = mapped_column(Integer)
    agent_name: Mapped[str | None] = mapped_column(String(64))
    # A supervisor's choice: only this agent may take it (None: anyone).
    assigned_to: Mapped[int | None] = mapped_column(Integer)
    heartbeat_at: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)


class HandoffMessage(Base):
    """One message of the conversation with a person, either way, or a system line."""

    __tablename__ = "handoff_messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    role: Mapped[str] = mapped_column(String(8))  # user, agent, system
    # text, canned, action (one of the assistant's messages), joined, handed_back, left, closed
    kind: Mapped[str] = mapped_column(String(16))
    agent_id: Mapped[int | None] = mapped_column(Integer)
    # The catalog key of a canned reply or an action message.
    key: Mapped[str | None] = mapped_column(String(128))
    # What the user saw or wrote, and the language it is in.
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    # The same message in Dutch for the console (canned and action messages; else the text).
    dutch: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[float] = mapped_column(Float, index=True)
