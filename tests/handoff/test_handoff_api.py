"""The handoff through the service's own routes, with the loopback fake Rasa standing in for
Rasa's REST channel: the NLG opens the request, an agent takes it in the console, replies reach
the web chat (stream, polling, reload, restart), the user's messages go to the agent and not to
Rasa, and after hand back they go to Rasa again."""

from __future__ import annotations

import json
import re
import threading

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.helpdesk import db
from bot.helpdesk.models import AuditEntry
from bot.i18n import format as fmt
from bot.i18n.catalog import catalog
from bot.service.handoff.models import HandoffMessage
from bot.service.settings import get_settings
from tests.handoff.conftest import PASSWORD, Service


def login(app: FastAPI, username: str) -> TestClient:
    agent = TestClient(app)
    form = agent.get("/helpdesk/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)[1]
    agent.post(
        "/helpdesk/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    return agent


def csrf(agent: TestClient, path: str = "/helpdesk/handoff") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', agent.get(path).text)[1]


def ask_for_person(client: TestClient, language: str) -> str:
    conversation = client.post("/api/v1/conversations", json={"language": language}).json()
    cid = conversation["conversation_id"]
    # What Rasa does when action_handoff runs: it asks the NLG for utter_handoff.
    body = {
        "response": "utter_handoff",
        "arguments": {},
        "tracker": {"sender_id": cid, "slots": {"language": language}},
        "channel": {"name": "collector"},
    }
    reply = client.post("/nlg", json=body).json()
    assert "0800-0543" in reply["text"], "the public helpline from the settings"
    template = catalog(language).text("handoff.requested")
    assert reply["text"].startswith(template.split("{")[0]), "open: how long, not when"
    return cid


def take(agent: TestClient, cid: str) -> int:
    response = agent.post(
        f"/helpdesk/handoff/{cid}/take", data={"csrf_token": csrf(agent)}, follow_redirects=False
    )
    return response.status_code if "error" not in response.headers["location"] else 409


def test_the_request_is_queued_with_its_language(service: Service) -> None:
    cid = ask_for_person(service.client, "ar")
    agent = login(service.client.app, "fatima")
    queue = agent.get("/helpdesk/handoff")
    assert queue.status_code == 200
    assert f'data-sender="{cid}"' in queue.text
    assert "العربية (ar)" in queue.text
    assert "script-src 'self'" in queue.headers["content-security-policy"]


def test_a_canned_reply_reaches_the_user_in_their_language_and_survives_a_restart(
    service: Service,
) -> None:
    cid = ask_for_person(service.client, "ar")
    agent = login(service.client.app, "fatima")
    assert take(agent, cid) == 303
    sent = agent.post(
        f"/helpdesk/handoff/{cid}/reply",
        data={"csrf_token": csrf(agent), "kind": "canned", "key": "handoff.canned.greeting"},
        follow_redirects=False,
    )
    assert sent.status_code == 303 and "error" not in sent.headers["location"]

    arabic = catalog("ar").text("handoff.canned.greeting")
    joined = fmt.say(catalog("ar"), "handoff.agent_joined", name="Fatima")
    pushed = service.client.get(f"/api/v1/conversations/{cid}/pushed?after=0").json()
    assert [m["text"] for m in pushed["messages"]] == [joined, arabic]
    assert pushed["messages"][-1]["custom"]["agent"]["name"] == "Fatima"

    # A reload shows it; so does a new service process on the same databases.
    with TestClient(service.make()) as restarted:
        transcript = restarted.get(f"/api/v1/conversations/{cid}/messages").json()
    assert transcript["messages"][-1]["text"] == arabic

    with db.sessions(service.database_url)() as session:
        stored = session.scalars(
            select(HandoffMessage).where(HandoffMessage.kind == "canned")
        ).one()
        assert stored.agent_id is not None and stored.dutch == catalog("nl").text(
            "handoff.canned.greeting"
        )
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"handoff_take", "handoff_reply"} <= actions


def test_while_an_agent_holds_it_rasa_hears_nothing_and_after_hand_back_it_does(
    service: Service,
) -> None:
    cid = ask_for_person(service.client, "ti")
    agent = login(service.client.app, "fatima")
    take(agent, cid)
    before = len(service.fake.received)
    turn = service.client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "ሰላም"})
    assert turn.status_code == 200 and turn.json()["messages"] == []
    assert len(service.fake.received) == before, "Rasa did not see the message"
    poll = agent.post(
        f"/helpdesk/handoff/{cid}/poll?after=0",
        headers={"X-CSRF-Token": csrf(agent, f"/helpdesk/handoff/{cid}")},
    ).json()
    assert poll["held"] is True
    assert "ሰላም" in [m["text"] for m in poll["messages"] if m["role"] == "user"]

    free = agent.post(
        f"/helpdesk/handoff/{cid}/reply",
        data={
            "csrf_token": csrf(agent),
            "kind": "text",
            "text": "Hello, I am here.",
            "language": "en",
        },
        follow_redirects=False,
    )
    assert "error" not in free.headers["location"]
    last = service.client.get(f"/api/v1/conversations/{cid}/pushed").json()["messages"][-1]
    assert last["text"] == "Hello, I am here."
    assert last["custom"]["agent"]["language"] == "en"
    assert "እንግሊዝኛ" in last["custom"]["agent"]["label"], "marked: written in English"

    agent.post(f"/helpdesk/handoff/{cid}/hand-back", data={"csrf_token": csrf(agent)})
    turn = service.client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "2"})
    assert turn.json()["messages"], "the bot answers again"
    assert service.fake.received[-1]["message"] == "2"


def test_two_agents_taking_at_once_through_the_console(service: Service) -> None:
    cid = ask_for_person(service.client, "ar")
    agents = [login(service.client.app, name) for name in ("fatima", "jan")]
    tokens = [csrf(agent) for agent in agents]
    barrier = threading.Barrier(2)
    results: list[str] = []

    def attempt(agent: TestClient, token: str) -> None:
        barrier.wait()
        response = agent.post(
            f"/helpdesk/handoff/{cid}/take", data={"csrf_token": token}, follow_redirects=False
        )
        results.append(response.headers["location"])

    threads = [
        threading.Thread(target=attempt, args=pair) for pair in zip(agents, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.endswith("error=taken") for r in results) == [False, True]
    joined = [
        m
        for m in service.client.get(f"/api/v1/conversations/{cid}/pushed").json()["messages"]
        if m["custom"].get("handoff") == "agent_joined"
    ]
    assert len(joined) == 1, "the user is told about one agent only"


def test_an_agent_who_goes_silent_leaves_the_conversation_waiting(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = ask_for_person(service.client, "ar")
    agent = login(service.client.app, "fatima")
    take(agent, cid)
    monkeypatch.setattr(get_settings(), "handoff_heartbeat_timeout_seconds", 0.0)
    # The next user message finds no heartbeat: the conversation waits again, the bot answers.
    turn = service.client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "hello"})
    assert turn.json()["messages"], "no agent holds it, so the bot answers"
    queue = agent.get("/helpdesk/handoff").text
    assert re.search(rf'data-sender="{cid}" data-status="waiting"', queue)
    left = catalog("ar").text("handoff.agent_left")
    texts = [
        m["text"]
        for m in service.client.get(f"/api/v1/conversations/{cid}/pushed").json()["messages"]
    ]
    assert left in texts


def test_the_live_stream_sends_what_the_agent_sends(service: Service) -> None:
    cid = ask_for_person(service.client, "ar")
    agent = login(service.client.app, "fatima")
    take(agent, cid)
    after = service.client.get(f"/api/v1/conversations/{cid}/pushed").json()["last_seq"]
    agent.post(
        f"/helpdesk/handoff/{cid}/reply",
        data={"csrf_token": csrf(agent), "kind": "action", "key": "utter_faq_stop_alo_kop"},
    )
    with service.client.stream("GET", f"/api/v1/conversations/{cid}/live?after={after}") as live:
        assert live.headers["content-type"].startswith("text/event-stream")
        lines = []
        for line in live.iter_lines():
            lines.append(line)
            if line.startswith("data:"):
                break
    event = json.loads(lines[-1].removeprefix("data: "))
    assert event["seq"] == after + 1
    assert "0800-0543" in event["text"] and event["custom"]["agent"]["kind"] == "action"
    assert f"id: {after + 1}" in lines
