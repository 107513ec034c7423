"""Every input-safety rule, through the HTTP API: what is refused, cleaned and never kept."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.service.gateway.texts import error_message
from bot.service.settings import get_settings
from tests.fakes.fake_rasa import FakeRasa

BSN = "111222333"


def _say(client: TestClient, cid: str, text: str, **extra: str):
    return client.post(f"/api/v1/conversations/{cid}/messages", json={"text": text, **extra})


def test_a_message_over_2000_characters_is_refused_in_the_users_language(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    response = _say(client, conversation["conversation_id"], "a" * 2001)
    assert response.status_code == 422
    assert response.json() == {
        "code": "message_too_long",
        "message": error_message("message_too_long", "pl"),
    }
    assert len(fake_rasa.received) == 1  # only the greeting reached Rasa


def test_invalid_utf8_is_refused_before_parsing(client: TestClient, conversation: dict) -> None:
    cid = conversation["conversation_id"]
    response = client.post(
        f"/api/v1/conversations/{cid}/messages",
        content=b'{"text": "caf\xe9"}',
        headers={"Content-Type": "application/json", "Accept-Language": "nl"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_encoding"
    assert response.json()["message"] == error_message("invalid_encoding", "nl")


def test_a_lone_surrogate_escape_is_refused(client: TestClient, conversation: dict) -> None:
    cid = conversation["conversation_id"]
    response = client.post(
        f"/api/v1/conversations/{cid}/messages",
        content=b'{"text": "abc\\ud800"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_text"


def test_an_oversized_body_is_refused(client: TestClient, conversation: dict) -> None:
    cid = conversation["conversation_id"]
    body = b'{"text": "' + b"a" * 20_000 + b'"}'
    response = client.post(
        f"/api/v1/conversations/{cid}/messages",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"


def test_control_and_bidi_characters_are_removed_with_a_notice(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    response = _say(client, conversation["conversation_id"], "dochód \u202e0051\u202c\x00 zł")
    assert response.status_code == 200
    assert fake_rasa.received[-1]["message"] == "dochód 0051 zł"
    assert [n["code"] for n in response.json()["notices"]] == ["text_cleaned"]


def test_nfkc_is_applied_before_rasa(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict
) -> None:
    _say(client, conversation["conversation_id"], "ﻣﺮﺣﺒﺎ １２００")
    assert fake_rasa.received[-1]["message"] == "مرحبا 1200"


def test_an_empty_message_is_refused(client: TestClient, conversation: dict) -> None:
    response = _say(client, conversation["conversation_id"], " \u202e ")
    assert response.status_code == 422
    assert response.json()["code"] == "empty_message"


@pytest.mark.parametrize(
    ("typed", "placeholder", "secret"),
    [
        (f"mój BSN to {BSN}", "[BSN]", BSN),
        ("IBAN NL91 ABNA 0417 1643 00", "[IBAN]", "0417"),
        ("zadzwoń +48 600 123 456", "[PHONE]", "600"),
        ("napisz jan.kowalski@example.pl", "[EMAIL]", "kowalski"),
    ],
)
def test_personal_numbers_are_replaced_and_the_user_is_told(
    client: TestClient,
    fake_rasa: FakeRasa,
    conversation: dict,
    typed: str,
    placeholder: str,
    secret: str,
) -> None:
    response = _say(client, conversation["conversation_id"], typed)
    body = response.json()
    assert placeholder in body["user_text"]
    assert secret not in body["user_text"]
    assert placeholder in fake_rasa.received[-1]["message"]
    assert secret not in fake_rasa.received[-1]["message"]
    notices = {n["code"]: n["message"] for n in body["notices"]}
    assert notices == {"personal_data_removed": error_message("personal_data_removed", "pl")}


def test_a_typed_bsn_never_reaches_rasa_the_store_or_the_logs(
    client: TestClient,
    fake_rasa: FakeRasa,
    conversation: dict,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    cid = conversation["conversation_id"]
    for written in (BSN, "111.222.333", "111 222 333"):
        assert _say(client, cid, f"BSN: {written}").status_code == 200

    transcript = client.get(f"/api/v1/conversations/{cid}/messages").text
    assert "[BSN]" in transcript
    store_path = Path(get_settings().conversation_db_path)
    stored_bytes = b"".join(p.read_bytes() for p in store_path.parent.glob(store_path.name + "*"))
    every_log_line = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for written in (BSN, "111.222.333", "111 222 333"):
        assert written not in transcript
        assert written.encode() not in stored_bytes
        assert written not in every_log_line
        assert all(written not in r["message"] for r in fake_rasa.received)
    assert any("personal data removed" in r.getMessage() for r in caplog.records)


def test_logs_carry_no_message_text_at_all(
    client: TestClient, conversation: dict, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cid = conversation["conversation_id"]
    _say(client, cid, "Mam dwoje dzieci i pracuję w szklarni")
    _say(client, cid, "a" * 2001)
    every_log_line = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "szklarni" not in every_log_line
    assert "aaaa" not in every_log_line
