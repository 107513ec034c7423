"""POST /nlg against request bodies recorded from Rasa 3.6.21 (tests/fixtures/nlg/make_requests.py),
validated against Rasa's own response schema (nlg_response_format_spec, dumped by the same script
from rasa/core/nlg/callback.py into rasa_response_schema.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from bot.i18n.catalog import catalog
from bot.service.app import create_app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nlg"
RECORDED = sorted(FIXTURES.glob("request_*.json"))
SCHEMA = json.loads((FIXTURES / "rasa_response_schema.json").read_text())


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"request_{name}.json").read_text())


def post(client: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/nlg", json=body)
    assert response.status_code == 200
    reply = response.json()
    jsonschema.validate(reply, SCHEMA)
    return reply


def test_the_schema_is_rasas() -> None:
    assert set(SCHEMA["properties"]) == {
        "text", "id", "buttons", "elements", "attachment", "image", "custom",
    }  # fmt: skip


@pytest.mark.parametrize("path", RECORDED, ids=[p.stem for p in RECORDED])
def test_every_recorded_request_gets_a_valid_reply(client: TestClient, path: Path) -> None:
    body = json.loads(path.read_text())
    reply = post(client, body)
    assert reply["text"].strip()
    assert reply["id"] == body["id"]
    language = body["tracker"]["slots"]["language"]
    if body["response"] != "utter_does_not_exist":
        assert reply["text"] != catalog(language).text("utter_generic_error")


def test_the_long_tracker_is_sixty_turns(client: TestClient) -> None:
    body = recorded("long_60_turns_ar_rest")
    assert sum(event["event"] == "user" for event in body["tracker"]["events"]) == 60
    reply = post(client, body)
    assert "\u2068" in reply["text"]  # Arabic: links and numbers isolated


def test_language_comes_from_the_slot_and_defaults_to_dutch(client: TestClient) -> None:
    body = recorded("greet_5_turns_nl_socketio")
    body["tracker"]["slots"]["language"] = "en"
    assert post(client, body)["text"] == catalog("en").text("utter_greet")
    del body["tracker"]["slots"]["language"]
    assert post(client, body)["text"] == catalog("nl").text("utter_greet")
    body["tracker"]["slots"]["language"] = {"not": "a string"}
    assert post(client, body)["text"] == catalog("nl").text("utter_greet")


def test_telegram_gets_buttons(client: TestClient) -> None:
    reply = post(client, recorded("ask_situation_pl_telegram"))
    assert '/inform{"situation":"refugee"}' in [b["payload"] for b in reply["buttons"]]
    assert reply["custom"] == {}


def test_twilio_gets_numbered_options_in_the_text(client: TestClient) -> None:
    reply = post(client, recorded("ask_relationship_en_twilio"))
    assert reply["buttons"] == []
    assert "\n1. Married\n" in reply["text"]
    # Six answers, then "Change an answer": the recorded conversation has answered a question.
    assert reply["text"].endswith("7. Change an answer\nReply with a number from 1 to 7.")
    assert reply["custom"] == {}  # Rasa would send a non-empty custom as an extra message
    # The payloads of the numbered list, for the channel connector to map a typed number back.
    first = reply["numbered_options"][0]
    assert first["payload"] == '/inform{"relationship":"married"}'
    assert [o["payload"] for o in reply["numbered_options"][5:]] == ["/dont_know", "/change_answer"]


def _question_payloads(client: TestClient, slots: dict[str, object]) -> list[str]:
    body = recorded("ask_situation_pl_telegram")
    body["tracker"]["slots"] = {"language": "pl", **slots}
    return [b["payload"] for b in post(client, body)["buttons"]]


def test_a_question_offers_to_change_an_answer_once_one_is_given(client: TestClient) -> None:
    nothing_yet = _question_payloads(client, {"situation": None, "relationship": None})
    assert "/change_answer" not in nothing_yet
    assert nothing_yet[-1] == "/dont_know"
    after_one = _question_payloads(client, {"relationship": "married"})
    assert after_one == [*nothing_yet, "/change_answer"]
    # "I don't know" is an answer too, and can be changed.
    assert _question_payloads(client, {"relationship": "dont_know"})[-1] == "/change_answer"
    # Slots that are not answers of the check do not count.
    assert "/change_answer" not in _question_payloads(client, {"partner_gender": "female"})


def test_only_questions_offer_to_change_an_answer(client: TestClient) -> None:
    body = recorded("greet_5_turns_nl_socketio")
    body["response"] = "utter_start_check"
    body["tracker"]["slots"] = {"language": "nl", "relationship": "married"}
    payloads = [b["payload"] for b in post(client, body)["buttons"]]
    assert payloads == ["/start_check", "/ask_toeslagpartner"]


def test_web_chat_and_telegram_get_no_numbered_options(client: TestClient) -> None:
    assert post(client, recorded("ask_situation_pl_telegram"))["numbered_options"] == []
    body = recorded("ask_relationship_en_twilio")
    body["channel"]["name"] = "rest"
    assert post(client, body)["numbered_options"] == []


def test_an_unknown_channel_gets_numbered_options(client: TestClient) -> None:
    body = recorded("ask_relationship_en_twilio")
    body["channel"]["name"] = "facebook"
    reply = post(client, body)
    assert reply["buttons"] == [] and "\n2. " in reply["text"]


def test_the_channel_falls_back_to_the_latest_input_channel(client: TestClient) -> None:
    body = recorded("ask_situation_pl_telegram")
    del body["channel"]
    body["tracker"]["latest_input_channel"] = "telegram"
    assert post(client, body)["buttons"]


def test_unknown_response_gets_the_safe_text_not_an_error(client: TestClient) -> None:
    reply = post(client, recorded("unknown_response_nl_rest"))
    assert reply["text"] == catalog("nl").text("utter_generic_error")
    assert reply["id"] is None


def test_the_summary_on_web_chat_is_one_line_that_opens_the_document(client: TestClient) -> None:
    body = recorded("summary_ti_socketio")
    reply = post(client, body)
    custom = reply["custom"]
    # One short bubble in the chat, not the document: the document is the page or the download.
    assert "TEST2345" in reply["text"] and len(reply["text"]) < 300
    assert "Samenvatting toeslagen-check" in custom["summary"]  # the Dutch copy underneath
    conversation = body["tracker"]["sender_id"]
    assert custom["summary_url"] == f"/api/v1/conversations/{conversation}/summary"
    assert custom["download_url"] == custom["summary_url"] + ".txt"
    assert custom["reference_code"] == "TEST2345" and custom["language"] == "ti"
    assert custom["assessment"]["risks"] == body["arguments"]["assessment"]["risks"]


def test_the_summary_elsewhere_is_the_text_document(client: TestClient) -> None:
    body = recorded("summary_ti_socketio")
    body["channel"]["name"] = "telegram"
    reply = post(client, body)
    assert reply["custom"] == {}
    assert "Samenvatting toeslagen-check" in reply["text"]


def test_events_are_not_validated(client: TestClient) -> None:
    """Only slots.language and the channel are read: odd events cannot break a reply."""
    body = recorded("greet_5_turns_nl_socketio")
    body["tracker"]["events"] = [{"event": "something_new", "weird": [1, {"x": None}]}, 42, "x"]
    assert post(client, body)["text"] == catalog("nl").text("utter_greet")


def test_a_malformed_body_is_a_422_with_a_code(client: TestClient) -> None:
    response = client.post("/nlg", content=b"{not json")
    assert response.status_code == 422
    assert response.json()["code"] == "nlg_bad_request"
    assert client.post("/nlg", json={"id": "x"}).status_code == 422


def test_web_chat_through_the_rest_channel_is_named_collector_and_gets_buttons(
    client: TestClient,
) -> None:
    body = recorded("result_risk_ar_rest")
    assert body["channel"]["name"] == "collector"  # CollectingOutputChannel.name() in Rasa 3.6
    body["response"], body["arguments"] = "utter_offer_after_result", {}
    reply = post(client, body)
    assert reply["buttons"][0]["payload"] == "/request_summary"
