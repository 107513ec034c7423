"""Per-application gateway state (store, Rasa client, rate limiters), built on first use."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from bot.service.gateway.rasa_client import RasaClient
from bot.service.gateway.ratelimit import SlidingWindowLimiter
from bot.service.gateway.store import ConversationStore
from bot.service.settings import Settings, SettingsDep


@dataclass
class GatewayState:
    store: ConversationStore
    rasa: RasaClient
    per_conversation: SlidingWindowLimiter
    per_client: SlidingWindowLimiter
    new_per_client: SlidingWindowLimiter

    @classmethod
    def from_settings(cls, settings: Settings) -> GatewayState:
        return cls(
            store=ConversationStore(settings.conversation_db_path),
            rasa=RasaClient(settings.rasa_urls, settings.rasa_timeout_seconds),
            per_conversation=SlidingWindowLimiter(settings.rate_messages_per_conversation),
            per_client=SlidingWindowLimiter(settings.rate_requests_per_client),
            new_per_client=SlidingWindowLimiter(settings.rate_new_conversations_per_client),
        )


_build_lock = threading.Lock()


def get_state(request: Request, settings: SettingsDep) -> GatewayState:
    state = getattr(request.app.state, "gateway", None)
    if state is None:
        with _build_lock:
            state = getattr(request.app.state, "gateway", None)
            if state is None:
                state = GatewayState.from_settings(settings)
                request.app.state.gateway = state
    return state


StateDep = Annotated[GatewayState, Depends(get_state)]


def client_key(request: Request) -> str:
    # The peer address; behind a reverse proxy run uvicorn with --forwarded-allow-ips so this is
    # the real client and not the proxy.
    return request.client.host if request.client else "unknown"
