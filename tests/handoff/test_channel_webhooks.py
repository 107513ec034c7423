"""Telegram and WhatsApp webhooks through the gateway (bot/service/gateway/channels.py), on
SQLite and PostgreSQL, with the loopback fake Rasa standing in for Rasa's connectors: verified
or refused, forwarded unchanged and answered as Rasa answers, or, while an agent holds the
conversation, kept for the agent (redacted) and never forwarded; the address an agent's reply
needs survives a restart of the service."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from bot.safety.channel_keys import pseudonym, telegram_secret_token
from bot.service.gateway.channels import twilio_signature
from bot.service.settings import get_settings
from tests.handoff.conftest import Service
from tests.handoff.test_handoff_api import csrf, login, take

TELEGRAM_TOKEN = "123456:" + "A" * 35
TWILIO_TOKEN = "t" * 32
TWILIO_URL = "https://assistant.example/webhooks/twilio/webhook"
SECRET_HEADER = {"X-Telegram-Bot-Api-Secret-Token": telegram_secret_token(TELEGRAM_TOKEN)}
CHAT_ID = 4242
NUMBER = "whatsapp:+31612345678"
TELEGRAM_ALIAS = pseudonym(str(CHAT_ID), TELEGRAM_TOKEN, "telegram")
WHATSAPP_ALIAS = pseudonym(NUMBER, TWILIO_TOKEN, "whatsapp")


@pytest.fixture(autouse=True)
def channels_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before the service reads its settings (autouse fixtures come first).
    monkeypatch.delenv("CHANNEL_SENDER_SECRET", raising=False)
    monkeypatch.setenv("TELEGRAM_ACCESS_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TWILIO_TOKEN)
    monkeypatch.setenv("TWILIO_WEBHOOK_URL", TWILIO_URL)


def telegram(client: TestClient, text: str, headers: dict[str, str] | None = None) -> Any:
    update = {
        "update_id": 1,
        "message": {"message_id": 1, "date": 0, "chat": {"id": CHAT_ID}, "text": text},
    }
    body = json.dumps(update).encode()
    return client.post(
        "/webhooks/telegram/webhook",
        content=body,
        headers={
            "Content-Type": "application/json",
            **(SECRET_HEADER if headers is None else headers),
        },
    )


def whatsapp(client: TestClient, text: str, signature: str | None = None) -> Any:
    form = [("From", NUMBER), ("Body", text), ("To", "whatsapp:+14155238886")]
    return client.post(
        "/webhooks/twilio/webhook",
        content=urlencode(form).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature or twilio_signature(TWILIO_TOKEN, TWILIO_URL, form),
        },
    )


def ask_for_person(client: TestClient, alias: str, channel: str, language: str) -> None:
    """What Rasa does when action_handoff runs on a channel: it asks the NLG for utter_handoff."""
    body = {
        "response": "utter_handoff",
        "arguments": {},
        "tracker": {"sender_id": alias, "slots": {"language": language}},
        "channel": {"name": channel},
    }
    assert client.post("/nlg", json=body).status_code == 200


def agent_sees(agent: TestClient, alias: str) -> list[str]:
    poll = agent.post(
        f"/helpdesk/handoff/{alias}/poll?after=0",
        headers={"X-CSRF-Token": csrf(agent, f"/helpdesk/handoff/{alias}")},
    ).json()
    return [m["text"] for m in poll["messages"] if m["role"] == "user"]


def test_not_held_the_webhook_reaches_rasa_unchanged_and_rasa_answers(service: Service) -> None:
    answer = telegram(service.client, "hallo")
    assert (answer.status_code, answer.text) == (200, "success"), "Rasa's answer, relayed"
    sent = whatsapp(service.client, "Dzień dobry")
    assert sent.status_code == 204
    first, second = service.fake.webhooks
    assert first["path"] == "/webhooks/telegram/webhook"
    assert json.loads(first["body"])["message"]["text"] == "hallo"
    assert second["path"] == "/webhooks/twilio/webhook"
    assert second["content_type"] == "application/x-www-form-urlencoded"
    assert b"Dzie%C5%84+dobry" in second["body"], "the body as Twilio sent it"


def test_a_request_that_is_not_verified_is_refused_and_goes_nowhere(service: Service) -> None:
    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
        refused = telegram(service.client, "hallo", headers=headers)
        assert (refused.status_code, refused.text) == (403, "webhook_not_verified")
        assert refused.headers["content-type"].startswith("text/plain")
    forged = whatsapp(service.client, "hallo", signature="bm90IGEgc2lnbmF0dXJl")
    assert (forged.status_code, forged.text) == (403, "webhook_not_verified")
    assert service.fake.webhooks == []


@pytest.mark.parametrize(
    ("send", "alias", "channel"),
    [(telegram, TELEGRAM_ALIAS, "telegram"), (whatsapp, WHATSAPP_ALIAS, "twilio")],
)
def test_while_an_agent_holds_it_the_message_is_for_the_agent_and_rasa_hears_nothing(
    service: Service, send: Any, alias: str, channel: str
) -> None:
    send(service.client, "ik wil een mens")
    ask_for_person(service.client, alias, channel, "pl")
    agent = login(service.client.app, "fatima")
    assert take(agent, alias) == 303
    forwarded = len(service.fake.webhooks)

    held = send(service.client, "Mój BSN to 111222333")
    assert held.status_code == (200 if channel == "telegram" else 204)
    assert len(service.fake.webhooks) == forwarded, "Rasa did not see the message"
    assert agent_sees(agent, alias) == ["Mój BSN to [BSN]"], "redacted, as every stored text"
    # The agent's "joined" line went out through the connector, to the address the gateway knew.
    assert service.fake.addresses[-1]["sender"] == alias
    assert service.fake.events[-1]["path"].startswith(f"/conversations/{alias}/tracker/events")
    assert f"output_channel={channel}" in service.fake.events[-1]["path"]

    agent.post(f"/helpdesk/handoff/{alias}/hand-back", data={"csrf_token": csrf(agent)})
    send(service.client, "2")
    assert len(service.fake.webhooks) == forwarded + 1, "after hand back the bot hears it again"


def test_the_address_for_an_agents_reply_survives_a_restart(service: Service) -> None:
    whatsapp(service.client, "hallo")
    ask_for_person(service.client, WHATSAPP_ALIAS, "twilio", "nl")
    with TestClient(service.make()) as restarted:  # a new service on the same databases
        agent = login(restarted.app, "fatima")
        assert take(agent, WHATSAPP_ALIAS) == 303
    (handed,) = service.fake.addresses
    assert handed == {
        "path": "/webhooks/twilio/address",
        "sender": WHATSAPP_ALIAS,
        "address": NUMBER,
    }


def test_a_flood_from_one_conversation_is_not_forwarded(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    telegram(service.client, "1")  # builds the gateway's state
    state = service.client.app.state.gateway
    monkeypatch.setattr(state.per_conversation, "limit", 1)
    dropped = telegram(service.client, "2")
    # Telegram would send a refused update again and again: it is answered, not forwarded.
    assert (dropped.status_code, dropped.text) == (200, "success")
    whatsapp(service.client, "1")
    slowed = whatsapp(service.client, "2")
    assert slowed.status_code == 429 and int(slowed.headers["retry-after"]) >= 1
    assert [w["path"] for w in service.fake.webhooks] == [
        "/webhooks/telegram/webhook",
        "/webhooks/twilio/webhook",
    ]


def test_a_channel_without_its_token_has_no_webhook(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "telegram_access_token", SecretStr(""))
    missing = telegram(service.client, "hallo")
    assert (missing.status_code, missing.text) == (404, "channel_not_configured")
