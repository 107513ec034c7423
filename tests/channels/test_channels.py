"""Telegram and WhatsApp (Twilio) through Rasa's own connectors, tested without the internet.

Inbound: real webhook requests to a Sanic server carrying our connectors (Rasa's environment,
through tests/channels/rasa_channel_probe.py). Outbound: the NLG endpoint renders a question for
each channel, and Rasa's output channels turn it into what would be sent to Twilio or Telegram.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from bot.launcher import CHANNEL_ENV, LaunchConfig, write_rasa_files
from bot.safety.channel_keys import telegram_secret_token
from bot.service.app import create_app
from tests.rasa_probe import run_probe

# Needs Rasa's environment (.venv-rasa), not the trained model.
pytestmark = pytest.mark.rasa

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("rasa_channel_probe.py")


def probe(kind: str, items: list[dict[str, Any]]) -> Any:
    return run_probe(PROBE, {"kind": kind, "items": items})


def telegram_update(update_id: int, **body: Any) -> dict[str, Any]:
    return {"path": "/webhooks/telegram/webhook", "json": {"update_id": update_id, **body}}


CHAT = {"id": 4242, "type": "private"}
USER = {"id": 4242, "is_bot": False, "first_name": "Ala"}


@pytest.fixture(scope="module")
def inbound() -> dict[str, Any]:
    return probe(
        "inbound",
        [
            {
                "path": "/webhooks/twilio/webhook",
                "form": {"From": "whatsapp:+31612345678", "Body": "Mój BSN to 111.222.333"},
            },
            {
                "path": "/webhooks/twilio/webhook",
                "form": {"From": "whatsapp:+31612345678", "Body": "2"},
            },
            telegram_update(
                1,
                message={
                    "message_id": 1,
                    "date": 0,
                    "chat": CHAT,
                    "from": USER,
                    "text": "IBAN NL91ABNA0417164300 \u202eok",
                },
            ),
            telegram_update(
                2,
                callback_query={
                    "id": "9",
                    "from": USER,
                    "chat_instance": "c",
                    "data": '/inform{"has_partner": true}',
                    "message": {"message_id": 2, "date": 0, "chat": CHAT, "text": "?"},
                },
            ),
        ],
    )[0]


def test_every_webhook_is_accepted(inbound: dict[str, Any]) -> None:
    assert inbound["statuses"] == [204, 204, 200, 200]


def test_whatsapp_messages_reach_rasa_redacted_on_the_twilio_channel(
    inbound: dict[str, Any],
) -> None:
    first, second = inbound["received"][:2]
    assert first["text"] == "Mój BSN to [BSN]"
    assert first["input_channel"] == first["output_channel"] == "twilio"
    assert second["text"] == "2"  # a numbered-option answer passes unchanged


def test_the_phone_number_is_not_the_sender_id_but_replies_reach_it(
    inbound: dict[str, Any],
) -> None:
    first, second = inbound["received"][:2]
    assert first["sender_id"].startswith("whatsapp-")
    assert "31612345678" not in first["sender_id"]
    assert second["sender_id"] == first["sender_id"]  # same person, same conversation
    twilio_replies = [r for r in inbound["replies"] if r["channel"] == "twilio"]
    assert [r["to"] for r in twilio_replies] == ["whatsapp:+31612345678"] * 2


def test_telegram_text_is_cleaned_and_redacted_and_buttons_pass(inbound: dict[str, Any]) -> None:
    text, button = inbound["received"][2:]
    assert text["text"] == "IBAN [IBAN] ok"
    assert text["sender_id"].startswith("telegram-")
    assert "4242" not in text["sender_id"]
    telegram_replies = [r for r in inbound["replies"] if r["channel"] == "telegram"]
    assert [r["chat_id"] for r in telegram_replies] == ["4242", "4242"]
    assert text["input_channel"] == "telegram"
    assert button["text"] == '/inform{"has_partner": true}'


def test_telegram_is_told_to_send_the_secret_token_the_gateway_checks(
    inbound: dict[str, Any],
) -> None:
    (registered,) = inbound["registered"]
    assert registered["method"] == "setWebhook"
    assert registered["url"] == "https://assistant.invalid/webhooks/telegram/webhook"
    key = os.environ.get("CHANNEL_SENDER_SECRET") or "123456:" + "A" * 35  # the probe's token
    assert registered["secret_token"] == telegram_secret_token(key)


def _nlg(client: TestClient, channel: str, language: str) -> dict[str, Any]:
    body = {
        "response": "utter_ask_has_partner",
        "arguments": {},
        "tracker": {"slots": {"language": language}, "latest_input_channel": channel},
        "channel": {"name": channel},
    }
    response = client.post("/nlg", json=body)
    assert response.status_code == 200
    return response.json()


@pytest.fixture(scope="module")
def rendered() -> dict[str, dict[str, Any]]:
    with TestClient(create_app()) as client:
        return {
            "twilio": _nlg(client, "twilio", "pl"),
            "telegram": _nlg(client, "telegram", "pl"),
            "rest": _nlg(client, "rest", "pl"),
        }


def test_whatsapp_gets_numbered_options_in_the_text(rendered: dict[str, dict[str, Any]]) -> None:
    web_buttons = rendered["rest"]["buttons"]
    assert len(web_buttons) >= 2
    sent = probe(
        "outbound",
        [
            {
                "channel": "twilio",
                "recipient_id": "whatsapp:+31612345678",
                "message": rendered["twilio"],
            }
        ],
    )
    # Rasa's Twilio output sends each paragraph as its own WhatsApp message.
    assert len(sent) >= 2
    assert all(m["to"] == "whatsapp:+31612345678" for m in sent)
    assert all(m["from_"] == "whatsapp:+14155238886" for m in sent)
    assert sent[0]["body"] == rendered["rest"]["text"]
    options = "\n".join(m["body"] for m in sent[1:])
    for number, button in enumerate(web_buttons, start=1):
        assert f"{number}. {button['title']}" in options
    assert rendered["twilio"]["buttons"] == []
    assert "/inform" not in options  # no raw payloads shown to the user


def test_telegram_gets_inline_buttons_with_the_payloads(
    rendered: dict[str, dict[str, Any]],
) -> None:
    (sent,) = probe(
        "outbound",
        [{"channel": "telegram", "recipient_id": "4242", "message": rendered["telegram"]}],
    )
    assert sent["chat_id"] == "4242"
    assert sent["text"] == rendered["rest"]["text"]
    assert sent["buttons"] == [
        {"text": b["title"], "callback_data": b["payload"]} for b in rendered["rest"]["buttons"]
    ]


def test_a_channel_is_enabled_only_when_all_its_variables_are_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variables in CHANNEL_ENV.values():
        for name in variables:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LAUNCHER_RUN_DIR", str(tmp_path))
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC1")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "secret-token")
    _, partial = write_rasa_files(LaunchConfig())
    assert set(yaml.safe_load(partial.read_text())) == {"rest"}

    monkeypatch.setenv("TWILIO_WHATSAPP_NUMBER", "whatsapp:+14155238886")
    _, complete = write_rasa_files(LaunchConfig())
    credentials = yaml.safe_load(complete.read_text())
    assert set(credentials) == {"rest", "bot.rasa_addons.channels.SafeTwilioInput"}
    # The secret stays a ${VAR} reference that Rasa expands; it is never written to disk.
    assert "secret-token" not in complete.read_text()
    assert credentials["bot.rasa_addons.channels.SafeTwilioInput"]["auth_token"] == (
        "${TWILIO_AUTH_TOKEN}"
    )


def _twilio(body: str, reply: dict[str, Any] | None = None) -> dict[str, Any]:
    form = {"From": "whatsapp:+31687654321", "Body": body}
    return {"path": "/webhooks/twilio/webhook", "form": form, "reply": reply}


def test_a_typed_option_number_on_whatsapp_becomes_that_options_payload() -> None:
    with TestClient(create_app()) as client:
        body = {
            "response": "utter_ask_situation",
            "arguments": {},
            "tracker": {"slots": {"language": "ar"}, "latest_input_channel": "twilio"},
            "channel": {"name": "twilio"},
        }
        question = client.post("/nlg", json=body).json()
    options = question["numbered_options"]
    assert question["buttons"] == [] and len(options) >= 3
    result = probe(
        "inbound",
        [
            _twilio("مرحبا", reply=question),
            _twilio("٢"),  # Arabic-Indic two: the second option
            _twilio("2"),  # options are used once: now a plain "2"
        ],
    )[0]
    texts = [m["text"] for m in result["received"]]
    assert texts == ["مرحبا", options[1]["payload"], "2"]
    assert options[1]["payload"].startswith("/inform")


def test_a_number_answering_a_typed_question_is_never_read_as_an_option() -> None:
    with TestClient(create_app()) as client:
        body = {
            "response": "utter_ask_children_count",
            "arguments": {},
            "tracker": {"slots": {"language": "nl"}, "latest_input_channel": "twilio"},
            "channel": {"name": "twilio"},
        }
        question = client.post("/nlg", json=body).json()
    assert question["numbered_options"] == []
    result = probe("inbound", [_twilio("hallo", reply=question), _twilio("1")])[0]
    assert [m["text"] for m in result["received"]] == ["hallo", "1"]
