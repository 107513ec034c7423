"""The summary after the result: the button keeps working, and the summary is one document
(the printable page or the text download), rendered from what the bot sent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.service.nlg.router import summary_custom
from bot.service.nlg.schemas import NlgRequest
from tests.fakes import fake_rasa as fake_module
from tests.fakes.fake_rasa import FakeRasa

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nlg"
SPOUSE = json.loads((FIXTURES / "assessment_spouse_abroad.json").read_text())
SPOUSE.pop("trace", None)


def summary_reply(sender: str, language: str) -> dict[str, Any]:
    """What Rasa's REST channel returns for utter_summary on web chat: the NLG's custom."""
    body = NlgRequest.model_validate(
        {
            "response": "utter_summary",
            "arguments": {
                "assessment": SPOUSE,
                "situation": "labour_migrant",
                "reference_code": "K7MQ2XPA",
            },
            "tracker": {"sender_id": sender},
        }
    )
    direction = "rtl" if language == "ar" else "ltr"
    return {"recipient_id": sender, "custom": summary_custom(body, "the text", language, direction)}


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake Rasa answers the summary button like the real stack does."""
    original = fake_module.scripted_reply

    def reply(sender: str, message: str, language: str) -> list[dict[str, Any]]:
        if message == "/request_summary":
            return [
                {"recipient_id": sender, "text": "Your summary is ready."},
                summary_reply(sender, language),
            ]
        return original(sender, message, language)

    monkeypatch.setattr(fake_module, "scripted_reply", reply)


def post(client: TestClient, cid: str, body: dict[str, Any]) -> Any:
    return client.post(f"/api/v1/conversations/{cid}/messages", json=body)


def test_the_summary_button_works_after_a_later_turn_offered_other_buttons(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict, scripted: None
) -> None:
    """Issue 11: after the result the user typed a question; the answer offered other buttons;
    the summary button then got HTTP 422 (payload_not_offered). It carries no entity, so it is
    always allowed."""
    cid = conversation["conversation_id"]
    assert post(client, cid, {"text": "is that right? how much exactly?"}).status_code == 200
    response = post(client, cid, {"payload": "/request_summary"})
    assert response.status_code == 200, response.json()
    assert fake_rasa.received[-1]["message"] == "/request_summary"
    # Still only the summary: a forged payload with an entity stays refused.
    forged = post(client, cid, {"payload": '/request_summary{"bsn": "1"}'})
    assert forged.status_code == 422


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("ti", "ltr"), ("pl", "ltr")])
def test_the_printable_page_is_one_document_in_the_language_with_the_dutch_copy(
    client: TestClient, scripted: None, language: str, direction: str
) -> None:
    cid = client.post("/api/v1/conversations", json={"language": language}).json()[
        "conversation_id"
    ]
    post(client, cid, {"payload": "/request_summary"})
    page = client.get(f"/api/v1/conversations/{cid}/summary")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert '<section class="copy" lang="nl" dir="ltr">' in html
    assert "Samenvatting toeslagen-check" in html
    assert "@media print" in html and "NotoSansEthiopic-Regular.subset.woff2" in html
    assert "K7MQ2XPA" in html
    assert "<script" not in html and "http://" not in page.headers["content-security-policy"]


def test_the_text_download_is_the_same_document_as_a_file(
    client: TestClient, conversation: dict, scripted: None
) -> None:
    cid = conversation["conversation_id"]
    post(client, cid, {"payload": "/request_summary"})
    download = client.get(f"/api/v1/conversations/{cid}/summary.txt")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == 'attachment; filename="summary-K7MQ2XPA.txt"'
    assert "Podsumowanie sprawdzenia dodatków" in download.text
    assert download.text.index("Podsumowanie") < download.text.index("Samenvatting")


def test_no_summary_before_the_result(client: TestClient, conversation: dict) -> None:
    cid = conversation["conversation_id"]
    assert client.get(f"/api/v1/conversations/{cid}/summary").status_code == 404
    assert client.get("/api/v1/conversations/unknown-conversation-id00/summary").status_code == 404


@pytest.mark.parametrize(
    "payload", ["/ask_result_why", "/ask_result_steps", "/ask_result_amount", "/change_answer"]
)
def test_the_buttons_under_the_result_work_after_later_turns(
    client: TestClient, fake_rasa: FakeRasa, conversation: dict, payload: str
) -> None:
    """Issue 11: after "how much exactly?" and a FAQ answer, "why?" or "change an answer"
    under the first result is pressed; it carries no entity, so it is not refused."""
    cid = conversation["conversation_id"]
    assert post(client, cid, {"text": "how much exactly?"}).status_code == 200
    assert post(client, cid, {"text": "what is a toeslagpartner?"}).status_code == 200
    response = post(client, cid, {"payload": payload})
    assert response.status_code == 200, response.json()
    assert fake_rasa.received[-1]["message"] == payload


def test_an_answer_to_change_must_have_been_offered(client: TestClient, conversation: dict) -> None:
    """Choosing an answer to change names a slot: only the list the bot sent may be pressed."""
    cid = conversation["conversation_id"]
    forged = post(client, cid, {"payload": '/change_one_answer{"change_slot":"kgb"}'})
    assert forged.status_code == 422
    assert forged.json()["code"] == "payload_not_offered"
