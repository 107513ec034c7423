"""The helpdesk console at /helpdesk: agents review conversations in Dutch, whatever language
the user spoke. Conversations are read from Rasa's SQL event broker table; the console's own
data (accounts, tags, flags, notes, reviews, audit log) is in the same database.
``install_helpdesk(app)`` is the one call from bot/service/app.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import Response

from bot.helpdesk.pages import CsrfError, page, see_other
from bot.helpdesk.state import ForbiddenError, LoginRequiredError, state_of

log = logging.getLogger("helpdesk")


def install_helpdesk(app: FastAPI) -> None:
    # Imported here, not at the top: the routers import bot.service.handoff, whose models import
    # bot.helpdesk.models, which runs this file first (an import cycle otherwise).
    from bot.helpdesk import admin, handoff_views, views

    app.include_router(views.router)
    app.include_router(admin.router)
    app.include_router(handoff_views.router)  # talk to a person: queue, take, reply

    @app.exception_handler(LoginRequiredError)
    async def _login(request: Request, _error: LoginRequiredError) -> Response:
        if request.method == "GET":
            return see_other("/login")
        return page(request, state_of(request.app), None, "error.html", 401, message="login")

    @app.exception_handler(ForbiddenError)
    async def _forbidden(request: Request, _error: ForbiddenError) -> Response:
        return page(request, state_of(request.app), None, "error.html", 403, message="forbidden")

    @app.exception_handler(CsrfError)
    async def _csrf(request: Request, _error: CsrfError) -> Response:
        return page(request, state_of(request.app), None, "error.html", 403, message="csrf")

    _run_retention_job(app)


def _run_retention_job(app: FastAPI) -> None:
    """Migrate the database at startup, then apply the retention to every store periodically."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(app_: FastAPI) -> AsyncIterator[object]:
        state = await asyncio.to_thread(state_of, app_)  # runs the migrations
        task = asyncio.create_task(_retention_loop(app_, state.settings.retention_interval_seconds))
        try:
            async with inner(app_) as inner_state:
                yield inner_state
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.router.lifespan_context = lifespan  # type: ignore[assignment]


async def _retention_loop(app: FastAPI, interval: float) -> None:
    while True:
        try:
            await asyncio.to_thread(retention_once, app)
        except Exception:  # a failed run is logged and retried at the next interval
            log.exception("helpdesk_retention_failed")
        await asyncio.sleep(interval)


def retention_once(app: FastAPI) -> None:
    # Imported on call, as the routers above: retention cleans bot.service.handoff's tables.
    from bot.helpdesk.retention import apply_retention

    state = state_of(app)
    with state.sessions() as session:
        removed = apply_retention(session, state.settings)
    log.info(
        "helpdesk_retention",
        extra={"conversations": len(removed.conversations), "audit": removed.audit_entries},
    )
