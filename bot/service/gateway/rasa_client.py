"""Talk to Rasa's REST channel; a conversation goes to the same Rasa instance while it answers.

Rendezvous (highest-random-weight) hashing on the conversation id: every gateway replica picks the
same instance without shared state, and adding an instance moves only about 1/n of the
conversations. This keeps one conversation on one Rasa process, so the non-atomic open-source
Redis lock store is never raced (reference notes §4.2).

Fail-over: the hash ranks every instance for a conversation, not only the first. When the first
does not answer (connection refused or reset, a timeout, a 5xx), it is marked down for
`retry_after_seconds` and the message goes to the next one; the tracker store is shared
(PostgreSQL in the scaled profile), so the conversation goes on there. After that time the
instance is tried again, and a successful readiness probe (`reachable`) marks it up at once, so
its conversations come back to it.

Exactly once: every message carries a message id in the REST metadata (the client's, or one made
here). A message sent again, to another instance after a failure or because the client repeated
its id, also carries `check_duplicate`; Rasa then looks for that id in the tracker under the
conversation's lock and, if the turn was processed already, answers with the stored bot
messages instead of processing it again (bot/rasa_addons/once.py).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from typing import Any

import httpx

log = logging.getLogger("gateway.rasa")

# Failures after which the message may not have reached Rasa, or Rasa may have died on it.
TRANSPORT_ERRORS = (httpx.TransportError,)


def ranked_instances(conversation_id: str, urls: list[str]) -> list[str]:
    """Every instance, best first, for this conversation (the same order in every gateway)."""
    if not urls:
        raise ValueError("no Rasa URL configured")

    def weight(url: str) -> bytes:
        return hashlib.sha256(f"{url}\n{conversation_id}".encode()).digest()

    return sorted(urls, key=weight, reverse=True)


def pick_instance(conversation_id: str, urls: list[str]) -> str:
    return ranked_instances(conversation_id, urls)[0]


def new_message_id() -> str:
    return secrets.token_hex(16)


class RasaUnavailableError(Exception):
    """No Rasa instance answered in time or without an error."""


class InstanceHealth:
    """Which instances failed lately; a failed one is skipped until `retry_after_seconds` passed
    or a probe saw it answer."""

    def __init__(self, retry_after_seconds: float) -> None:
        self.retry_after_seconds = retry_after_seconds
        self._down_until: dict[str, float] = {}

    def mark_down(self, url: str) -> None:
        self._down_until[url] = time.monotonic() + self.retry_after_seconds

    def mark_up(self, url: str) -> None:
        self._down_until.pop(url, None)

    def is_up(self, url: str) -> bool:
        return self._down_until.get(url, 0.0) <= time.monotonic()

    def order(self, ranked: list[str]) -> list[str]:
        """The ranked instances, those marked down last (still tried when all are down)."""
        return [u for u in ranked if self.is_up(u)] + [u for u in ranked if not self.is_up(u)]


class RasaClient:
    def __init__(
        self, urls: list[str], timeout_seconds: float, retry_after_seconds: float = 5.0
    ) -> None:
        self.urls = [u.rstrip("/") for u in urls]
        self.health = InstanceHealth(retry_after_seconds)
        # A replica that is gone refuses the connection at once; one that hangs is given up
        # on after the connect timeout, not the whole turn's.
        timeout = httpx.Timeout(timeout_seconds, connect=min(2.0, timeout_seconds))
        self._http = httpx.AsyncClient(timeout=timeout)

    async def send(
        self, conversation_id: str, text: str, language: str, message_id: str | None = None
    ) -> list[dict[str, Any]]:
        """The bot's replies to one user message, from the first instance that answers."""
        # A client-supplied id may be a repeat of a message already answered: let Rasa check.
        check = message_id is not None
        metadata: dict[str, Any] = {
            "language": language,
            "message_id": message_id or new_message_id(),
        }
        failure = "no instance"
        for attempt, base in enumerate(
            self.health.order(ranked_instances(conversation_id, self.urls))
        ):
            if attempt or check:
                metadata["check_duplicate"] = True
            body = {"sender": conversation_id, "message": text, "metadata": metadata}
            try:
                response = await self._http.post(f"{base}/webhooks/rest/webhook", json=body)
            except TRANSPORT_ERRORS as exc:
                self.health.mark_down(base)
                failure = type(exc).__name__
                log.warning("rasa instance failed", extra={"error": failure, "attempt": attempt})
                continue
            if response.status_code >= 500:
                failure = f"HTTP {response.status_code}"
                log.warning("rasa instance failed", extra={"error": failure, "attempt": attempt})
                continue
            self.health.mark_up(base)
            try:
                response.raise_for_status()
                replies = response.json()
            except (httpx.HTTPError, ValueError) as exc:
                raise RasaUnavailableError(type(exc).__name__) from exc
            if not isinstance(replies, list):
                raise RasaUnavailableError("unexpected reply shape")
            return [normalise_reply(r) for r in replies if isinstance(r, dict)]
        raise RasaUnavailableError(failure)

    async def forward(
        self, conversation_id: str, path: str, body: bytes, content_type: str
    ) -> httpx.Response:
        """A messaging channel's webhook, unchanged, to the conversation's instance.

        Only a refused connection moves it to the next instance: the webhook carries no
        message id, so a request that may have reached Rasa is not sent a second time.
        """
        failure = "no instance"
        for attempt, base in enumerate(
            self.health.order(ranked_instances(conversation_id, self.urls))
        ):
            try:
                return await self._http.post(
                    f"{base}{path}", content=body, headers={"Content-Type": content_type}
                )
            except httpx.ConnectError as exc:
                self.health.mark_down(base)
                failure = type(exc).__name__
                log.warning("rasa instance failed", extra={"error": failure, "attempt": attempt})
            except TRANSPORT_ERRORS as exc:
                self.health.mark_down(base)
                raise RasaUnavailableError(type(exc).__name__) from exc
        raise RasaUnavailableError(failure)

    async def reachable(self) -> dict[str, bool]:
        results = {}
        for url in self.urls:
            try:
                response = await self._http.get(f"{url}/", timeout=2.0)
                results[url] = response.status_code == 200
            except httpx.HTTPError:
                results[url] = False
            if results[url]:
                self.health.mark_up(url)  # back: its conversations return to it
        return results

    async def aclose(self) -> None:
        await self._http.aclose()


def normalise_reply(reply: dict[str, Any]) -> dict[str, Any]:
    """One REST-channel reply -> the gateway's bot message (text, buttons, custom)."""
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in reply.get("buttons") or []
        if isinstance(b, dict) and b.get("payload")
    ]
    custom = reply.get("custom")
    return {
        "role": "bot",
        "text": reply.get("text"),
        "buttons": buttons,
        "custom": custom if isinstance(custom, dict) else None,
    }
