"""Talk to Rasa's REST channel; a conversation always goes to the same Rasa instance.

Rendezvous (highest-random-weight) hashing on the conversation id: every gateway replica picks the
same instance without shared state, and adding an instance moves only about 1/n of the
conversations. This keeps one conversation on one Rasa process, so the non-atomic open-source
Redis lock store is never raced (reference notes §4.2).
"""

from __future__ import annotations

import hashlib
from typing import Any

import httpx


def pick_instance(conversation_id: str, urls: list[str]) -> str:
    if not urls:
        raise ValueError("no Rasa URL configured")

    def weight(url: str) -> bytes:
        return hashlib.sha256(f"{url}\n{conversation_id}".encode()).digest()

    return max(urls, key=weight)


class RasaUnavailableError(Exception):
    """Rasa did not answer in time or answered with an error."""


class RasaClient:
    def __init__(self, urls: list[str], timeout_seconds: float) -> None:
        self.urls = [u.rstrip("/") for u in urls]
        self._http = httpx.AsyncClient(timeout=timeout_seconds)

    async def send(self, conversation_id: str, text: str, language: str) -> list[dict[str, Any]]:
        base = pick_instance(conversation_id, self.urls)
        body = {"sender": conversation_id, "message": text, "metadata": {"language": language}}
        try:
            response = await self._http.post(f"{base}/webhooks/rest/webhook", json=body)
            response.raise_for_status()
            replies = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise RasaUnavailableError(type(exc).__name__) from exc
        if not isinstance(replies, list):
            raise RasaUnavailableError("unexpected reply shape")
        return [normalise_reply(r) for r in replies if isinstance(r, dict)]

    async def reachable(self) -> dict[str, bool]:
        results = {}
        for url in self.urls:
            try:
                response = await self._http.get(f"{url}/", timeout=2.0)
                results[url] = response.status_code == 200
            except httpx.HTTPError:
                results[url] = False
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
