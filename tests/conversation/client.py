"""A scripted user talking to Rasa's REST channel, and what the tracker says happened."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx


class Conversation:
    def __init__(self, rasa_url: str, language: str | None = None) -> None:
        self.rasa_url = rasa_url
        self.sender = f"e2e-{uuid.uuid4().hex[:12]}"
        self.metadata = {"language": language} if language else {}
        self.client = httpx.Client(timeout=60)
        self.replies: list[dict[str, Any]] = []

    def say(self, text: str) -> list[dict[str, Any]]:
        """Send typed text (or a button payload) and return the bot's messages for this turn."""
        response = self.client.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": text, "metadata": self.metadata},
        )
        response.raise_for_status()
        self.replies = response.json()
        return self.replies

    def press(self, intent: str, **entities: Any) -> list[dict[str, Any]]:
        """Press a button: `/inform{"situation":"refugee"}`."""
        payload = f"/{intent}{json.dumps(entities)}" if entities else f"/{intent}"
        return self.say(payload)

    def tracker(self) -> dict[str, Any]:
        response = self.client.get(f"{self.rasa_url}/conversations/{self.sender}/tracker")
        response.raise_for_status()
        return response.json()

    def slot(self, name: str) -> Any:
        return self.tracker()["slots"].get(name)

    def uttered(self) -> list[str]:
        """Names of every response the bot sent, in order (from the tracker's bot events)."""
        return [
            (event.get("metadata") or {}).get("utter_action")
            for event in self.tracker()["events"]
            if event["event"] == "bot"
        ]

    def bot_events(self, name: str) -> list[dict[str, Any]]:
        """The bot events of one response, with the arguments the action passed to the NLG."""
        return [
            event
            for event in self.tracker()["events"]
            if event["event"] == "bot" and (event.get("metadata") or {}).get("utter_action") == name
        ]

    @property
    def asked(self) -> str | None:
        """The form question waiting for an answer."""
        return self.slot("requested_slot")

    def text(self) -> str:
        return "\n".join(reply.get("text") or "" for reply in self.replies)

    def buttons(self) -> list[dict[str, Any]]:
        return [button for reply in self.replies for button in reply.get("buttons") or []]
