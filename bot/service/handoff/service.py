"""The handoff between the web gateway, the NLG, the console and Rasa's messaging channels.

Everything a user must see from a person (the agent joined, a reply, hand back) is written to
the gateway's transcript store (so a reload shows it and a restart loses nothing) and, for a
conversation on Telegram or WhatsApp, sent through Rasa's own output channel: Rasa's HTTP API
appends a ``bot`` event with ``execute_side_effects`` and the channel's name, and Rasa's connector
sends it. The tracker's form state is not touched by a ``bot`` event.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from babel import Locale
from sqlalchemy.orm import Session, sessionmaker

from bot.i18n import format as fmt
from bot.i18n import render
from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED, babel_locale, native_name, normalise
from bot.i18n.messages_handoff import CANNED_REPLIES
from bot.safety import redact_personal_data
from bot.service.gateway.rasa_client import pick_instance
from bot.service.gateway.store_pg import conversation_store
from bot.service.handoff import queue
from bot.service.handoff.availability import request_text
from bot.service.handoff.live import HUB
from bot.service.handoff.models import HandoffRequest
from bot.service.settings import Settings

log = logging.getLogger("handoff")

# Rasa's input channel names of the web chat (the gateway) and of the messaging connectors.
WEB_CHANNELS = frozenset({"rest", "collector", "socketio", "", "web"})
# The assistant's action messages an agent can send, in the user's language.
ACTION_MESSAGES = (
    "utter_faq_report_partner",  # the partner's BSN form and its link
    "utter_faq_stop_alo_kop",  # stop the single-parent supplement (ALO-kop)
    "utter_faq_repayment_help",  # a payment plan
)
# custom.handoff of a system line; custom.agent of an agent's message. Both are pushed to the
# web chat by the live stream, never returned by a turn.
PUSHED_KEYS = ("agent", "handoff")


def is_web(channel: str | None) -> bool:
    return (channel or "") in WEB_CHANNELS


@dataclass(frozen=True)
class Outgoing:
    """One message to the user: its text in the user's language, Dutch for the console."""

    kind: str
    text: str
    language: str
    dutch: str
    key: str | None = None


def opened_text(
    sessions: sessionmaker[Session],
    settings: Settings,
    sender_id: str | None,
    language: str,
    channel: str | None,
) -> str:
    """Open the request (from the NLG rendering utter_handoff) and say what happens now."""
    ahead = 0
    if sender_id:
        with sessions() as session:
            queue.open_request(session, sender_id, normalise(language), _channel(channel))
            ahead = queue.waiting_ahead(session, sender_id)
        log.info("handoff_requested", extra={"language": language, "channel": channel})
    return request_text(settings, language, datetime.now(UTC), ahead)


def _channel(channel: str | None) -> str:
    return "web" if is_web(channel) else str(channel)


def canned(key: str, language: str) -> Outgoing:
    if key not in CANNED_REPLIES:
        raise ValueError(key)
    lang = normalise(language)
    return Outgoing("canned", catalog(lang).text(key), lang, catalog("nl").text(key), key)


def action_message(key: str, language: str, channel: str) -> Outgoing:
    if key not in ACTION_MESSAGES:
        raise ValueError(key)
    lang = normalise(language)
    text = render(key, {}, lang, channel).text
    return Outgoing("action", text, lang, render(key, {}, "nl", channel).text, key)


def free_text(text: str, agent_language: str) -> Outgoing:
    """As typed (personal numbers masked, as for users), marked with the agent's language."""
    lang = agent_language if agent_language in SUPPORTED else "nl"
    cleaned = redact_personal_data(text.strip()).text
    return Outgoing("text", cleaned, lang, cleaned)


def system(kind: str, language: str, name: str) -> Outgoing:
    lang = normalise(language)
    key = f"handoff.{kind}"
    return Outgoing(
        kind,
        fmt.say(catalog(lang), key, name=name),
        lang,
        fmt.say(catalog("nl"), key, name=name),
        key,
    )


def written_in(name: str, language: str, user_language: str) -> str:
    """The mark under free text typed in another language, in the user's language."""
    lang = normalise(user_language)
    names = Locale.parse(babel_locale(lang)).languages
    language_name = names.get(language) or native_name(normalise(language))
    return fmt.say(catalog(lang), "handoff.written_in", name=name, language=language_name)


class Deliverer:
    """Stores and sends what an agent says; one per application."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # The same transcript store as the gateway (SQLite, or PostgreSQL when scaled).
        self.store = conversation_store(settings)
        self._http = httpx.Client(timeout=settings.rasa_timeout_seconds)

    def deliver(
        self,
        session: Session,
        request: HandoffRequest,
        message: Outgoing,
        agent: queue.Holder,
    ) -> None:
        role = "agent" if message.kind in ("canned", "action", "text") else "system"
        queue.add_message(
            session,
            sender_id=request.sender_id,
            role=role,
            kind=message.kind,
            agent_id=agent.id,
            key=message.key,
            text=message.text,
            language=message.language,
            dutch=message.dutch,
        )
        if is_web(request.channel):
            self._to_web(request.sender_id, message, agent, role, request.language)
        else:
            self._to_channel(request, message, agent)

    def _to_web(
        self, sender_id: str, message: Outgoing, agent: queue.Holder, role: str, user_lang: str
    ) -> None:
        custom: dict[str, Any]
        if role == "agent":
            custom = {
                "agent": {
                    "name": agent.name,
                    "language": message.language,
                    "kind": message.kind,
                    # Free text in another language than the user's is marked as such.
                    "label": written_in(agent.name, message.language, user_lang)
                    if message.kind == "text" and message.language != user_lang
                    else "",
                }
            }
        else:
            custom = {"handoff": message.kind, "agent_name": agent.name}
        buttons: list[dict[str, str]] = []
        if message.kind == "handed_back":
            # The question the form is on can be answered straight away.
            buttons = self.store.offered_buttons(sender_id)
        self.store.append_pushed(
            sender_id, {"text": message.text, "buttons": buttons, "custom": custom}
        )
        HUB.wake(sender_id)

    def _to_channel(self, request: HandoffRequest, message: Outgoing, agent: queue.Holder) -> None:
        """Rasa's connector sends it (Telegram, Twilio): ``output_channel`` names the channel."""
        base = pick_instance(request.sender_id, [u.rstrip("/") for u in self.settings.rasa_urls])
        path, params, body = channel_request(request.sender_id, request.channel, message, agent)
        # The connector may not know the address (Rasa restarted, or another replica got the
        # user's last message): the gateway's store has it since the user's last webhook.
        address = self.store.address(request.sender_id)
        try:
            if address is not None:
                taught = self._http.post(
                    f"{base}{address_path(request.channel)}",
                    json={"sender": request.sender_id, "address": address},
                )
                taught.raise_for_status()
            response = self._http.post(f"{base}{path}", params=params, json=body)
            response.raise_for_status()
        except httpx.HTTPError as error:
            log.warning("handoff_channel_send_failed", extra={"error": type(error).__name__})
            raise queue.HandoffError("channel_unavailable") from error


def address_path(channel: str) -> str:
    """The connector's route that learns a conversation's address (bot/rasa_addons/channels.py);
    it takes only an address whose pseudonym is the conversation, so it cannot redirect one."""
    return f"/webhooks/{channel}/address"


def channel_request(
    sender_id: str, channel: str, message: Outgoing, agent: queue.Holder
) -> tuple[str, dict[str, str], list[dict[str, Any]]]:
    """Rasa 3.6's POST /conversations/{id}/tracker/events for one agent message on a channel."""
    event = {
        "event": "bot",
        "text": message.text,
        "timestamp": time.time(),
        "metadata": {"handoff": message.kind, "agent_id": agent.id, "language": message.language},
    }
    params = {"output_channel": channel, "execute_side_effects": "true"}
    return f"/conversations/{sender_id}/tracker/events", params, [event]
