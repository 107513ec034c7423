"""Per-application gateway state (store, Rasa client, rate limiters), built on first use."""

from __future__ import annotations

import ipaddress
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends, Request

from bot.service.gateway.answered import AnsweredMessages
from bot.service.gateway.rasa_client import RasaClient
from bot.service.gateway.ratelimit import SlidingWindowLimiter
from bot.service.gateway.store import ConversationStore
from bot.service.gateway.store_pg import PostgresConversationStore, conversation_store
from bot.service.settings import Settings, SettingsDep


@dataclass
class GatewayState:
    store: ConversationStore | PostgresConversationStore
    rasa: RasaClient
    per_conversation: SlidingWindowLimiter
    per_client: SlidingWindowLimiter
    new_per_client: SlidingWindowLimiter
    # Answers to messages with a client message id (a repeat gets the same answer).
    answered: AnsweredMessages[Any] = field(default_factory=AnsweredMessages)

    @classmethod
    def from_settings(cls, settings: Settings) -> GatewayState:
        return cls(
            store=conversation_store(settings),
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


def client_key(request: Request, settings: Settings) -> str:
    """The client address the per-address limits count: the peer, or, when the peer is one of
    ASSISTANT_TRUSTED_PROXIES, the address that proxy saw (from X-Forwarded-For).

    X-Forwarded-For is read from the right: each trusted proxy appends the address it was
    connected from, so the first address from the right that is not a trusted proxy is the
    client; whatever a client wrote into the header itself stands to the left of that and is
    never used. A peer that is not a trusted proxy is the client, whatever its headers say.
    uvicorn runs with --no-proxy-headers (launcher, deploy/), so the peer here is the real one.
    """
    peer = request.client.host if request.client else "unknown"
    trusted = trusted_networks(tuple(settings.trusted_proxies))
    if not _is_in(peer, trusted):
        return peer
    hops = [
        hop.strip()
        for header in request.headers.getlist("x-forwarded-for")
        for hop in header.split(",")
    ]
    client = peer
    for hop in reversed(hops):
        if _address(hop) is None:
            break  # a proxy that writes something else: stay with the last address we trust
        client = hop
        if not _is_in(hop, trusted):
            break
    return client


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def trusted_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    """Addresses or networks ("10.0.0.0/8", "::1"); an entry that is neither is an error."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _is_in(text: str, networks: tuple[Network, ...]) -> bool:
    address = _address(text)
    return address is not None and any(address in network for network in networks)
