"""The gateway: the only door from the web chat to Rasa.

`install_gateway(app)` mounts the routers (conversations, health, UI strings, the widget files),
the body-size/UTF-8 guard, CORS and the JSON error handlers for the gateway's paths.

Imports are lazy so that Rasa's own environment (no FastAPI) can import the pure parts:
`safety` and the messaging-channel connectors in `channels`.
"""

from __future__ import annotations

from typing import Any


def install_gateway(app: Any) -> None:
    from bot.service.gateway.install import install_gateway as install

    install(app)


__all__ = ["install_gateway"]
