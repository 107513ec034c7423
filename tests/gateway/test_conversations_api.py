"""The conversations API against a fake Rasa REST server (a real HTTP server on loopback)."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient

from tests.fakes.fake_rasa import GREETING_BUTTONS, FakeRasa


def test_a_new_conversation_greets_in_its_language(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    assert conversation["language"] == "pl"
    assert conversation["messages"][0]["text"] == "hello (pl)"
    assert conversation["messages"][1]["buttons"] == GREETING_BUTTONS
    sent = fake_rasa.received[0]
    assert sent["sender"] == conversation["conversation_id"]
    assert sent["metadata"]["language"] == "pl"
    # Every message carries an id (bot/rasa_addons/once.py); a first attempt is not checked.
    assert re.fullmatch(r"[0-9a-f]{32}", sent["metadata"]["message_id"])
    assert "check_duplicate" not in sent["metadata"]


def test_conversation_ids_are_long_and_random(client: TestClient) -> None:
    ids = {
        client.post("/api/v1/conversations", json={}).json()["conversation_id"] for _ in range(5)
    }
    assert len(ids) == 5
    assert all(len(i) >= 22 for i in ids)


def test_typed_text_goes_to_rasa_with_the_language(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "Dzień dobry"})
    assert response.status_code == 200
    body = response.json()
    assert body["messages"][0]["text"] == "you said: Dzień dobry"
    assert body["notices"] == []
    sent = fake_rasa.received[-1]
    assert (sent["sender"], sent["message"]) == (cid, "Dzień dobry")
    assert sent["metadata"]["language"] == "pl"
    assert sent["metadata"]["message_id"] != fake_rasa.received[0]["metadata"]["message_id"]


def test_a_button_payload_is_sent_and_stored_as_its_title(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    payload = GREETING_BUTTONS[1]["payload"]
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={"payload": payload})
    assert response.status_code == 200
    assert response.json()["user_text"] == "Huurtoeslag"
    assert fake_rasa.received[-1]["message"] == payload
    assert response.json()["messages"][0]["custom"] == {
        "summary": "Summary: no repayment risk found."
    }


def test_a_payload_the_bot_did_not_offer_is_refused(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    forged = '/inform{"bsn": "111222333"}'
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={"payload": forged})
    assert response.status_code == 422
    assert response.json()["code"] == "payload_not_offered"
    assert all(r["message"] != forged for r in fake_rasa.received)


def test_a_language_switch_applies_from_that_message_on(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "مرحبا", "language": "ar"})
    client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "شكرا"})
    assert [r["metadata"]["language"] for r in fake_rasa.received] == ["pl", "ar", "ar"]
    transcript = client.get(f"/api/v1/conversations/{cid}/messages").json()
    assert transcript["language"] == "ar"


def test_the_transcript_resumes_the_conversation_in_order(
    client: TestClient, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "pierwsza"})
    client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "druga"})
    transcript = client.get(f"/api/v1/conversations/{cid}/messages").json()
    assert [(m["role"], m["text"]) for m in transcript["messages"]] == [
        ("bot", "hello (pl)"),
        ("bot", "Which benefit?"),
        ("user", "pierwsza"),
        ("bot", "you said: pierwsza"),
        ("user", "druga"),
        ("bot", "you said: druga"),
    ]


def test_after_a_turn_without_buttons_the_old_buttons_no_longer_work(
    client: TestClient, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "hej"})
    stale = GREETING_BUTTONS[0]["payload"]
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={"payload": stale})
    assert response.json()["code"] == "payload_not_offered"


def test_an_unknown_conversation_is_a_json_404(client: TestClient) -> None:
    for response in (
        client.get("/api/v1/conversations/abcdefghijklmnopqrstuv/messages"),
        client.post("/api/v1/conversations/abcdefghijklmnopqrstuv/messages", json={"text": "x"}),
    ):
        assert response.status_code == 404
        assert response.json()["code"] == "conversation_not_found"


def test_text_and_payload_together_are_an_invalid_request(
    client: TestClient, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    response = client.post(
        f"/api/v1/conversations/{cid}/messages", json={"text": "a", "payload": "/greet"}
    )
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"
    assert "Traceback" not in response.text


def test_unknown_fields_are_refused(client: TestClient) -> None:
    response = client.post("/api/v1/conversations", json={"language": "nl", "bsn": "1"})
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"


def test_rasa_down_is_a_503_with_a_stable_code(client: TestClient, fake_rasa: FakeRasa) -> None:
    fake_rasa.server.shutdown()
    fake_rasa.server.server_close()
    response = client.post("/api/v1/conversations", json={"language": "nl"})
    assert response.status_code == 503
    assert response.json()["code"] == "rasa_unavailable"


def test_the_ui_strings_carry_direction_and_own_language_names(client: TestClient) -> None:
    arabic = client.get("/api/v1/ui-strings/ar").json()
    assert arabic["dir"] == "rtl"
    assert client.get("/api/v1/ui-strings/pl").json()["dir"] == "ltr"
    names = {option["code"]: option["name"] for option in arabic["languages"]}
    assert names["ar"] == "العربية"
    assert names["ti"] == "ትግርኛ"
    assert names["pl"].lower() == "polski"
    assert set(arabic["strings"]) >= {"widget.send", "widget.input_label", "widget.typing"}
    assert all(arabic["strings"].values())


def test_the_demo_page_and_widget_are_served_from_this_origin(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<script src="/web/widget.js"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/web/widget.js").status_code == 200
    font = client.get("/web/fonts/NotoSansEthiopic-Regular.subset.woff2")
    assert font.status_code == 200
    assert font.content[:4] == b"wOF2"


def test_a_language_only_message_tells_rasa_the_choice(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={"language": "ti"})
    assert response.status_code == 200
    assert response.json()["messages"][0]["text"] == "hello (ti)"
    assert fake_rasa.received[-1]["message"] == '/choose_language{"language": "ti"}'
    assert fake_rasa.received[-1]["metadata"]["language"] == "ti"
    roles = [
        m["role"] for m in client.get(f"/api/v1/conversations/{cid}/messages").json()["messages"]
    ]
    assert roles == ["bot", "bot", "bot", "bot"]  # nothing stored as said by the user


def test_an_empty_message_body_is_an_invalid_request(
    client: TestClient, conversation: dict
) -> None:
    cid = conversation["conversation_id"]
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={})
    assert response.json()["code"] == "invalid_request"


def test_the_widget_strings_come_from_the_catalogs(client: TestClient) -> None:
    dutch = client.get("/api/v1/ui-strings/nl").json()["strings"]
    english = client.get("/api/v1/ui-strings/en").json()["strings"]
    assert dutch["widget.send"] == "Versturen"
    assert english["widget.send"] == "Send"
    assert len(set(dutch.values())) == len(dutch)  # no key fell back to one shared text


def test_transcripts_past_the_retention_period_are_deleted(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(make_app(conversation_retention_days=1)) as client:
        old = client.post("/api/v1/conversations", json={}).json()["conversation_id"]
        now = time.time()
        monkeypatch.setattr(time, "time", lambda: now + 2 * 86_400)
        client.post("/api/v1/conversations", json={})
        gone = client.get(f"/api/v1/conversations/{old}/messages")
    assert gone.status_code == 404
