"""The application factory. Each area is one router, mounted here (FastAPI "Bigger
applications")."""

from __future__ import annotations

from fastapi import FastAPI

from bot.helpdesk import install_helpdesk
from bot.service.gateway import install_gateway
from bot.service.metrics import install_metrics
from bot.service.nlg import router as nlg_router
from rules_core import __version__


def create_app() -> FastAPI:
    app = FastAPI(
        title="Toeslagen assistant",
        version=__version__,
        description=(
            "Gateway, NLG endpoint and web chat of the toeslagen repayment-warning assistant."
        ),
    )
    # Routers are added here, one line per area.
    install_gateway(app)  # conversations, health, ui-strings, widget files, CORS, error JSON
    app.include_router(nlg_router)  # POST /nlg: Rasa's NLG endpoint
    install_helpdesk(app)  # /helpdesk: the console for helpdesk agents (bot/helpdesk)
    install_metrics(app)  # GET /metrics (Prometheus); last: its counter wraps everything
    return app


app = create_app()
