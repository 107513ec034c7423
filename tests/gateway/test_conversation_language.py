"""The conversation language follows what Rasa set: an in-chat button, not only the picker."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.i18n.catalog import catalog
from bot.language.marker import KEY, announced_language, marker
from tests.fakes.fake_rasa import GREETING_BUTTONS, FakeRasa

TIGRINYA_BUTTON = next(b for b in GREETING_BUTTONS if b["title"] == "ትግርኛ")


def test_the_in_chat_language_button_changes_the_conversation_language(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    assert conversation["language"] == "pl"
    turn = client.post(
        f"/api/v1/conversations/{cid}/messages", json={"payload": TIGRINYA_BUTTON["payload"]}
    ).json()
    assert turn["language"] == "ti"
    # The marker is plumbing: it is neither shown nor stored.
    assert all(m["custom"] is None or KEY not in m["custom"] for m in turn["messages"])
    assert turn["messages"][0]["text"] == "hello (ti)"
    transcript = client.get(f"/api/v1/conversations/{cid}/messages").json()
    assert transcript["language"] == "ti"
    assert all(m["text"] or m["buttons"] for m in transcript["messages"])

    # From now on Rasa gets Tigrinya as the page language, and gateway errors are in Tigrinya.
    client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "ሰላም"})
    assert fake_rasa.received[-1]["metadata"]["language"] == "ti"
    refused = client.post(f"/api/v1/conversations/{cid}/messages", json={"payload": "/restart"})
    assert refused.status_code == 422
    assert refused.json()["message"] == catalog("ti").text("gateway.invalid_request")


def test_a_marker_is_only_a_data_message_on_web_chat() -> None:
    assert marker("rest", "ar") == {KEY: "ar"}
    assert marker("telegram", "ar") is None
    assert marker(None, "ar") is None
    assert announced_language({"custom": {KEY: "ar"}}) == "ar"
    # A message with text, buttons or other data is a real message, never a marker.
    assert announced_language({"text": "hi", "custom": {KEY: "ar"}}) is None
    assert announced_language({"custom": {KEY: "ar", "summary": "x"}}) is None
    assert announced_language({"custom": {"summary": "x"}}) is None
