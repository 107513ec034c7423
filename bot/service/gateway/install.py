"""Wire the gateway into the service app: one call from bot/service/app.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from bot.service.gateway import channels, conversations, health, live, summary, ui, web
from bot.service.gateway.errors import install_error_handlers
from bot.service.gateway.guard import BodyGuard
from bot.service.settings import get_settings


def install_gateway(app: FastAPI) -> None:
    settings = get_settings()
    app.include_router(conversations.router)
    app.include_router(live.router)  # messages from a person: server-sent events, polling
    app.include_router(summary.router)
    app.include_router(ui.router)
    app.include_router(health.router)
    app.include_router(channels.router)  # Telegram and Twilio webhooks, forwarded to Rasa
    app.include_router(web.router)
    web.mount_widget_files(app)
    install_error_handlers(app)
    app.add_middleware(BodyGuard, max_body_bytes=settings.max_body_bytes)
    # A channel's webhook carries more than the text (Twilio's form, Telegram's JSON update).
    app.add_middleware(
        BodyGuard, max_body_bytes=settings.max_webhook_body_bytes, prefix="/webhooks/"
    )
    # Only the configured embedding origins may call the API from a browser (added last, so it
    # is the outermost layer and also answers preflights and guard errors).
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Accept-Language"],
        max_age=600,
    )
    _close_rasa_client_on_shutdown(app)


def _close_rasa_client_on_shutdown(app: FastAPI) -> None:
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(app_: FastAPI) -> AsyncIterator[object]:
        async with inner(app_) as state:
            yield state
        gateway = getattr(app_.state, "gateway", None)
        if gateway is not None:
            await gateway.rasa.aclose()

    app.router.lifespan_context = lifespan  # type: ignore[assignment]
