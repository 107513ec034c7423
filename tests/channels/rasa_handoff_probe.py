"""Run inside .venv-rasa: an agent's reply through Rasa's own HTTP API and connectors, offline.

Reads a JSON job on stdin: the model to load and, per channel, the user's real address and the
request bot/service/handoff makes (path with "{sender}", query, JSON body). The connector learns
the address for the pseudonym either from the user's message through its guard ("learn":
"message") or, as after a restart of Rasa, from the gateway's store through the connector's
address route ("learn": the route's path; a forged address is tried there first); then Rasa's
real server (rasa.server.create_app with the trained agent, our connectors registered as in
`rasa run`) gets the request, and the connector's output sends it, with the network call
replaced. Prints the HTTP statuses, the address route's, the webhook registration and what would have
gone to Telegram or Twilio.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import aiohttp
from rasa.core.agent import load_agent
from rasa.core.channels import channel as rasa_channel
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.telegram import TelegramOutput
from rasa.server import create_app

from bot.rasa_addons.channels import SafeTelegramInput, SafeTwilioInput, guarded, pseudonym
from tests.channels.rasa_channel_probe import (
    SENT,
    TELEGRAM,
    TWILIO,
    _free_port,
    _get_me,
    _no_network_sends,
    _register,
    _set_webhook,
)

PREFIX = {"telegram": "telegram", "twilio": "whatsapp"}
SECRET = {"telegram": TELEGRAM["access_token"], "twilio": TWILIO["auth_token"]}


async def _learn_address(channel: str, address: str) -> str:
    seen: list[str] = []

    async def record(message: UserMessage) -> None:
        seen.append(message.sender_id)

    handle = guarded(record, SECRET[channel], PREFIX[channel])
    await handle(UserMessage("ik wil een mens", CollectingOutputChannel(), address))
    assert seen == [pseudonym(address, SECRET[channel], PREFIX[channel])]
    return seen[0]


def run(job: dict[str, Any]) -> dict[str, Any]:
    TelegramOutput.get_me = _get_me  # type: ignore[method-assign]
    TelegramOutput.set_webhook = _set_webhook  # type: ignore[method-assign]
    TelegramOutput.request = _register  # type: ignore[method-assign]
    _no_network_sends()
    agent = asyncio.run(load_agent(model_path=job["model"]))
    app = create_app(agent=agent)
    channels = [
        SafeTwilioInput.from_credentials(TWILIO),
        SafeTelegramInput.from_credentials(TELEGRAM),
    ]
    # Blueprints are built before the event loop runs, as `rasa run` does at start-up.
    rasa_channel.register(channels, app, route="/webhooks/")
    return asyncio.run(_serve(app, job))


async def _serve(app: Any, job: dict[str, Any]) -> dict[str, Any]:
    port = _free_port()
    server = await app.create_server(
        host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
    )
    await server.startup()
    statuses = []
    taught = []
    try:
        async with aiohttp.ClientSession() as session:
            for item in job["items"]:
                channel, address = item["channel"], item["address"]
                if item["learn"] == "message":
                    sender = await _learn_address(channel, address)
                else:
                    sender = pseudonym(address, SECRET[channel], PREFIX[channel])
                    url = f"http://127.0.0.1:{port}{item['learn']}"
                    for given in (item["forged"], address):
                        body = {"sender": sender, "address": given}
                        taught.append((await session.post(url, json=body)).status)
                path = item["path"].replace("{sender}", sender)
                reply = await session.post(
                    f"http://127.0.0.1:{port}{path}", params=item["params"], json=item["json"]
                )
                statuses.append(reply.status)
    finally:
        server.close()
        await server.wait_closed()
    return {"statuses": statuses, "taught": taught, "sent": SENT}


def main() -> None:
    job = json.load(sys.stdin)
    print(json.dumps(run(job), ensure_ascii=False))


if __name__ == "__main__":
    main()
