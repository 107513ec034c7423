"""Conversations through the gateway as the fault test and the benchmarks drive them: start, then
press the first offered button of each answer (typed "0" when none is offered)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx

# Buttons that leave the household check (language, restart, human): the load stays on the path.
DETOURS = ("/choose_language", "/restart", "/go_back", "/handoff", "/request_human", "/deny")


@dataclass
class Turn:
    status: int
    messages: int
    seconds: float


@dataclass
class Conversation:
    conversation_id: str = ""
    turns: list[Turn] = field(default_factory=list)


def next_body(answer: dict) -> dict[str, str]:
    buttons = [
        b["payload"]
        for m in answer.get("messages", [])
        for b in m.get("buttons", [])
        if not b["payload"].startswith(DETOURS)
    ]
    return {"payload": buttons[0]} if buttons else {"text": "0"}


async def start(client: httpx.AsyncClient, language: str = "pl") -> tuple[Conversation, dict]:
    response = await client.post("/api/v1/conversations", json={"language": language})
    response.raise_for_status()
    answer = response.json()
    return Conversation(answer["conversation_id"]), answer


async def turn(
    client: httpx.AsyncClient, conversation: Conversation, answer: dict
) -> tuple[Turn, dict]:
    started = time.perf_counter()
    try:
        response = await client.post(
            f"/api/v1/conversations/{conversation.conversation_id}/messages",
            json=next_body(answer),
        )
    except httpx.HTTPError:
        result = Turn(0, 0, time.perf_counter() - started)
        conversation.turns.append(result)
        return result, answer
    body = response.json() if response.status_code == 200 else {}
    result = Turn(
        response.status_code, len(body.get("messages", [])), time.perf_counter() - started
    )
    conversation.turns.append(result)
    return result, body or answer
