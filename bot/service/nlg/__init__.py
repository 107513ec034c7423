"""The NLG endpoint Rasa calls for every bot response (``endpoints.yml``: ``nlg: url``)."""

from bot.service.nlg.router import router

__all__ = ["router"]
