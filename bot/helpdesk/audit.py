"""The audit log: who viewed, exported, tagged, flagged, reviewed or erased what, and when."""

from __future__ import annotations

import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.helpdesk.models import AuditEntry


def record(
    session: Session, username: str, action: str, sender_id: str | None = None, detail: str = ""
) -> None:
    session.add(
        AuditEntry(
            at=time.time(), username=username, action=action, sender_id=sender_id, detail=detail
        )
    )
    session.commit()


def recent(session: Session, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    statement = select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    return list(session.scalars(statement))
