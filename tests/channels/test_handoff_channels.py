"""An agent's reply to a Telegram and to a WhatsApp conversation: the request the handoff
makes (bot/service/handoff.channel_request) sent to Rasa's real HTTP API, and what Rasa's
connectors would send to Telegram and Twilio (network calls replaced, as in test_channels.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.service.handoff import queue
from bot.service.handoff.service import address_path, canned, channel_request, free_text
from tests.conversation.stack import model_path
from tests.rasa_probe import run_probe

pytestmark = pytest.mark.rasa

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("rasa_handoff_probe.py")
FATIMA = queue.Holder(7, "Fatima")


def _item(channel: str, address: str, message: Any, learn: str = "message") -> dict[str, Any]:
    path, params, body = channel_request("{sender}", channel, message, FATIMA)
    return {
        "channel": channel,
        "address": address,
        "learn": learn,
        "forged": "whatsapp:+31600000000",
        "path": path,
        "params": params,
        "json": body,
    }


@pytest.fixture(scope="module")
def sent() -> dict[str, Any]:
    model = model_path()
    assert model.exists(), "train the model first (make train)"
    job = {
        "model": str(model),
        "items": [
            _item("telegram", "4242", canned("handoff.canned.greeting", "ti")),
            _item(
                "twilio",
                "whatsapp:+31612345678",
                free_text("Ik bel u morgen.", "nl"),
                learn=address_path("twilio"),
            ),
        ],
    }
    return dict(run_probe(PROBE, job, timeout=600))


def test_rasa_accepts_both_requests(sent: dict[str, Any]) -> None:
    assert sent["statuses"] == [200, 200]


def test_the_connector_learns_an_address_only_when_its_hash_is_the_conversation(
    sent: dict[str, Any],
) -> None:
    assert sent["taught"] == [403, 200], "a forged address is refused, the real one taken"


def test_a_canned_reply_goes_out_on_telegram_to_the_real_chat_in_tigrinya(
    sent: dict[str, Any],
) -> None:
    (telegram,) = [m for m in sent["sent"] if m["channel"] == "telegram"]
    assert telegram["chat_id"] == "4242", "the pseudonym is mapped back to the chat"
    assert telegram["text"] == canned("handoff.canned.greeting", "ti").text


def test_free_text_goes_out_on_whatsapp_to_the_real_number(sent: dict[str, Any]) -> None:
    (twilio,) = [m for m in sent["sent"] if m["channel"] == "twilio"]
    assert twilio["to"] == "whatsapp:+31612345678"
    assert twilio["from_"] == "whatsapp:+14155238886"
    assert twilio["body"] == "Ik bel u morgen."
