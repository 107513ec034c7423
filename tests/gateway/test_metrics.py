"""GET /metrics: Prometheus text with turns, latency per part, fallbacks and handoffs per
language, 4xx/5xx, rate-limit refusals; no label ever carries a conversation id or user text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from bot.service.metrics import FALLBACK_RESPONSES

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]

# Every label and the values it may take: small fixed sets, nothing from a user.
ALLOWED_LABELS = {
    "kind": {"start", "text", "button", "language"},
    "language": {"nl", "pl", "ar", "ti", "en"},
    "part": {"gateway", "rasa", "nlg"},
    "response": set(FALLBACK_RESPONSES),
    "status_class": {"1xx", "2xx", "3xx", "4xx", "5xx"},
    "area": {"api", "nlg", "health", "metrics", "web"},
    "limit": {"per_conversation", "per_client", "new_conversations_per_client"},
}


def scrape(client: TestClient) -> tuple[str, Samples]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    samples: Samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            key = (sample.name, tuple(sorted(sample.labels.items())))
            samples[key] = sample.value
    return response.text, samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def nlg(client: TestClient, response: str, language: str) -> None:
    body = {
        "response": response,
        "arguments": {"expected": "situation"} if response == "utter_invalid_answer" else {},
        "tracker": {"sender_id": "x" * 32, "slots": {"language": language}},
        "channel": {"name": "rest"},
    }
    assert client.post("/nlg", json=body).status_code == 200


def test_turns_and_their_latency_are_counted(client: TestClient) -> None:
    created = client.post("/api/v1/conversations", json={"language": "pl"}).json()
    url = f"/api/v1/conversations/{created['conversation_id']}/messages"
    assert client.post(url, json={"text": "dzień dobry"}).status_code == 200
    assert client.post(url, json={"payload": "/affirm"}).status_code == 200
    assert client.post(url, json={"language": "ar"}).status_code == 200
    _, samples = scrape(client)
    assert value(samples, "assistant_turns_total", kind="start", language="pl") == 1
    assert value(samples, "assistant_turns_total", kind="text", language="pl") == 1
    assert value(samples, "assistant_turns_total", kind="button", language="pl") == 1
    assert value(samples, "assistant_turns_total", kind="language", language="ar") == 1
    for part in ("gateway", "rasa"):
        assert value(samples, "assistant_latency_seconds_count", part=part) == 4
        assert value(samples, "assistant_latency_seconds_sum", part=part) > 0
    # The Rasa call is part of the gateway's turn, so it can never take longer in total.
    assert value(samples, "assistant_latency_seconds_sum", part="rasa") <= value(
        samples, "assistant_latency_seconds_sum", part="gateway"
    )


def test_fallbacks_and_handoffs_are_counted_per_language(client: TestClient) -> None:
    nlg(client, "utter_invalid_answer", "ar")
    nlg(client, "utter_invalid_answer", "ar")
    nlg(client, "utter_fallback_clarify", "ti")
    nlg(client, "utter_offer_helpdesk", "ti")
    nlg(client, "utter_handoff", "en")
    nlg(client, "utter_greet", "nl")  # an ordinary response counts as neither
    _, samples = scrape(client)
    fallbacks = "assistant_fallbacks_total"
    assert value(samples, fallbacks, language="ar", response="utter_invalid_answer") == 2
    assert value(samples, fallbacks, language="ti", response="utter_fallback_clarify") == 1
    assert value(samples, fallbacks, language="ti", response="utter_offer_helpdesk") == 1
    assert sum(v for (name, _), v in samples.items() if name == fallbacks) == 4
    assert value(samples, "assistant_handoff_requests_total", language="en") == 1
    assert value(samples, "assistant_latency_seconds_count", part="nlg") == 6


def test_client_errors_and_rate_limit_refusals_are_counted(
    make_app: Callable[..., FastAPI],
) -> None:
    with TestClient(make_app(rate_messages_per_conversation=1)) as client:
        created = client.post("/api/v1/conversations", json={"language": "nl"}).json()
        url = f"/api/v1/conversations/{created['conversation_id']}/messages"
        assert client.post(url, json={"text": "hallo"}).status_code == 200
        assert client.post(url, json={"text": "weer"}).status_code == 429
        assert client.get(f"/api/v1/conversations/{'u' * 32}/messages").status_code == 404
        _, samples = scrape(client)
    assert value(samples, "assistant_rate_limit_refusals_total", limit="per_conversation") == 1
    assert value(samples, "assistant_http_responses_total", status_class="4xx", area="api") == 2
    assert value(samples, "assistant_http_responses_total", status_class="2xx", area="api") == 2


def test_server_errors_are_counted(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(rasa_urls=["http://127.0.0.1:1"])) as client:
        response = client.post("/api/v1/conversations", json={"language": "nl"})
        assert response.status_code == 503  # Rasa is not reachable
        _, samples = scrape(client)
    assert value(samples, "assistant_http_responses_total", status_class="5xx", area="api") == 1
    assert value(samples, "assistant_turns_total", kind="start", language="nl") == 0


def test_an_exception_that_escapes_is_counted_as_a_server_error(
    make_app: Callable[..., FastAPI], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.service.gateway import conversations

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(conversations, "clean_text", broken)
    with TestClient(make_app(), raise_server_exceptions=False) as client:
        created = client.post("/api/v1/conversations", json={"language": "nl"}).json()
        url = f"/api/v1/conversations/{created['conversation_id']}/messages"
        assert client.post(url, json={"text": "hallo"}).status_code == 500
        _, samples = scrape(client)
    assert value(samples, "assistant_http_responses_total", status_class="5xx", area="api") == 1


def test_no_label_carries_a_conversation_id_or_what_the_user_typed(client: TestClient) -> None:
    created = client.post("/api/v1/conversations", json={"language": "en"}).json()
    conversation_id = created["conversation_id"]
    url = f"/api/v1/conversations/{conversation_id}/messages"
    typed = "my BSN is 111222333 and my name is Zebulon Quixote"
    assert client.post(url, json={"text": typed}).status_code == 200
    client.get(f"/api/v1/conversations/{conversation_id}/summary")  # a 404 with the id in it
    nlg(client, "utter_invalid_answer", "en")
    text, samples = scrape(client)
    for forbidden in (conversation_id, "111222333", "Zebulon", "testclient", "x" * 32):
        assert forbidden not in text
    for _name, labels in samples:
        for label, label_value in labels:
            if label == "le":  # histogram bucket bounds
                continue
            assert label in ALLOWED_LABELS, label
            assert label_value in ALLOWED_LABELS[label], (label, label_value)


def test_each_app_counts_for_itself(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app()) as first:
        first.post("/api/v1/conversations", json={"language": "nl"})
    with TestClient(make_app()) as second:
        _, samples = scrape(second)
    assert value(samples, "assistant_turns_total", kind="start", language="nl") == 0
