"""The handoff's per-application parts (the console's database, the deliverer), and the two
questions the gateway asks on every web turn."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.helpdesk.state import state_of
from bot.service.handoff import queue
from bot.service.handoff.models import HandoffRequest
from bot.service.handoff.service import Deliverer, system
from bot.service.settings import Settings


@dataclass
class Handoff:
    settings: Settings
    sessions: sessionmaker[Session]
    deliverer: Deliverer

    def release_stale(self) -> list[str]:
        """Conversations whose agent left without a word wait again; the user is told."""
        with self.sessions() as session:
            released = queue.release_stale(session, self.settings.handoff_heartbeat_timeout_seconds)
            for sender_id in released:
                request = session.get(HandoffRequest, sender_id)
                if request is not None:
                    line = system("agent_left", request.language, "")
                    self.deliverer.deliver(session, request, line, queue.Holder(0, ""))
        return released

    def holder(self, sender_id: str) -> queue.Holder | None:
        self.release_stale()
        with self.sessions() as session:
            return queue.holder(session, sender_id)

    def keep_for_agent(
        self, sender_id: str, text: str, language: str | None = None, web: bool = True
    ) -> None:
        """A user's message while an agent holds the conversation: for the agent, not Rasa.

        The console's live view and transcript read it from the handoff's messages; a web
        conversation also gets it in the gateway's transcript (a reload shows it). A Telegram or
        WhatsApp conversation has no transcript there: the chat app shows what the user wrote.
        ``language`` defaults to the one the request was made in.
        """
        with self.sessions() as session:
            if language is None:
                request = session.get(HandoffRequest, sender_id)
                language = request.language if request is not None else "nl"
            queue.add_message(
                session,
                sender_id=sender_id,
                role="user",
                kind="text",
                agent_id=None,
                key=None,
                text=text,
                language=language,
            )
        if web:
            self.deliverer.store.append_user(sender_id, text)


_lock = threading.Lock()


def handoff_of(app: object) -> Handoff:
    handoff = getattr(app.state, "handoff", None)  # type: ignore[attr-defined]
    if handoff is None:
        with _lock:
            handoff = getattr(app.state, "handoff", None)  # type: ignore[attr-defined]
            if handoff is None:
                console = state_of(app)
                handoff = Handoff(console.settings, console.sessions, Deliverer(console.settings))
                app.state.handoff = handoff  # type: ignore[attr-defined]
    return handoff
