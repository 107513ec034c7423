"""The console's per-application state and its FastAPI dependencies (typed aliases)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session, sessionmaker

from bot.helpdesk import auth, db
from bot.service.settings import Settings, get_settings

TEMPLATES = Path(__file__).with_name("templates")


class LoginRequiredError(Exception):
    """No valid session: the handler sends the browser to the login page."""


class ForbiddenError(Exception):
    """Signed in, but the role may not do this."""


@dataclass
class HelpdeskState:
    settings: Settings
    sessions: sessionmaker[Session]
    templates: Environment

    @classmethod
    def from_settings(cls, settings: Settings) -> HelpdeskState:
        templates = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html"]),
            extensions=["jinja2.ext.i18n"],
        )
        return cls(settings, db.sessions(settings.database_url), templates)


_lock = threading.Lock()


def state_of(app: object) -> HelpdeskState:
    state = getattr(app.state, "helpdesk", None)  # type: ignore[attr-defined]
    if state is None:
        with _lock:
            state = getattr(app.state, "helpdesk", None)  # type: ignore[attr-defined]
            if state is None:
                state = HelpdeskState.from_settings(get_settings())
                app.state.helpdesk = state  # type: ignore[attr-defined]
    return state


def get_state(request: Request) -> HelpdeskState:
    return state_of(request.app)


StateDep = Annotated[HelpdeskState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    with state.sessions() as session:
        yield session


DbDep = Annotated[Session, Depends(get_session)]


def current_agent(request: Request, session: DbDep) -> auth.Agent:
    agent = auth.agent_for(session, request.cookies.get(auth.COOKIE))
    if agent is None:
        raise LoginRequiredError
    return agent


def current_supervisor(agent: Annotated[auth.Agent, Depends(current_agent)]) -> auth.Agent:
    if not agent.is_supervisor:
        raise ForbiddenError
    return agent


CurrentAgent = Annotated[auth.Agent, Depends(current_agent)]
CurrentSupervisor = Annotated[auth.Agent, Depends(current_supervisor)]
