"""The gateway: the only door from the web chat to Rasa.

`install_gateway(app)` mounts the routers (conversations, health, UI strings, the widget files),
the body-size/UTF-8 guard, CORS and the JSON error handlers for the gateway's paths. What Rasa
itself runs (the messaging channels) is in bot/rasa_addons; the input safety both use is bot/safety.
"""

from bot.service.gateway.install import install_gateway

__all__ = ["install_gateway"]
