"""The gateway: the only door from the web chat to Rasa.

`install_gateway(app)` mounts the routers (conversations, health, UI strings, the widget files),
the body-size/UTF-8 guard, CORS and the JSON error handlers for the gateway's paths. What Rasa
itself runs (the messaging channels) is in bot/rasa_addons; the input safety both use is bot/safety.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def install_gateway(app: FastAPI) -> None:
    # Imported on call: the gateway's leaf modules (the store, Rasa routing) are used by
    # bot.service.handoff, which the routers import in turn; importing the package stays light.
    from bot.service.gateway.install import install_gateway as install

    install(app)


__all__ = ["install_gateway"]
