"""Run inside .venv-rasa (Python 3.10, Rasa 3.6): drive Rasa's channel connectors offline.

Reads a JSON job on stdin, prints a JSON result on stdout:
- "inbound": webhook requests (twilio form posts, telegram updates) sent over real HTTP to a
  Sanic server carrying our connectors' blueprints; returns the UserMessages Rasa would get.
- "outbound": NLG replies sent through Rasa's TwilioOutput / TelegramOutput with the network
  call replaced; returns what would have gone to Twilio's or Telegram's API.
Telegram's `get_me` (a network call that checks the bot name) is replaced by a fixed answer.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from types import SimpleNamespace
from typing import Any

import aiohttp
from rasa.core.channels.telegram import TelegramOutput
from rasa.core.channels.twilio import TwilioOutput
from sanic import Sanic

from bot.rasa_addons.channels import SafeTelegramInput, SafeTwilioInput

BOT_NAME = "toeslagen_test_bot"
TWILIO = {
    "account_sid": "AC" + "0" * 32,
    "auth_token": "t" * 32,
    "twilio_number": "whatsapp:+14155238886",
}
TELEGRAM = {
    "access_token": "123456:" + "A" * 35,
    "verify": BOT_NAME,
    "webhook_url": "https://assistant.invalid/webhooks/telegram/webhook",
}


async def _get_me(self: Any) -> Any:
    return SimpleNamespace(username=BOT_NAME)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _set_webhook(self: Any, url: str) -> bool:
    return True


REGISTERED: list[dict[str, Any]] = []


async def _register(self: Any, method: str, data: dict[str, Any] | None = None, **_: Any) -> bool:
    """Bot.request, for the only call left unreplaced: setWebhook with its secret token."""
    REGISTERED.append({"method": method, **(data or {})})
    return True


def inbound(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Network calls to Telegram's API: checking the bot name and registering the webhook.
    TelegramOutput.get_me = _get_me  # type: ignore[method-assign]
    TelegramOutput.set_webhook = _set_webhook  # type: ignore[method-assign]
    TelegramOutput.request = _register  # type: ignore[method-assign]
    received: list[dict[str, Any]] = []
    REPLIES[:] = [request.get("reply") or {"text": "ok"} for request in requests]
    _no_network_sends()

    async def on_new_message(message: Any) -> None:
        received.append(
            {
                "text": message.text,
                "sender_id": message.sender_id,
                "input_channel": message.input_channel,
                "output_channel": message.output_channel.name(),
            }
        )
        # Rasa answers to the tracker's sender id: the reply must reach the real address. A
        # request may carry the NLG reply to send (e.g. with numbered options), else "ok".
        reply = REPLIES.pop(0) if REPLIES else {"text": "ok"}
        await message.output_channel.send_response(message.sender_id, reply)

    # Blueprints are built before the event loop runs, as Rasa does at start-up.
    app = Sanic("channel_probe")
    for channel in (
        SafeTwilioInput.from_credentials(TWILIO),
        SafeTelegramInput.from_credentials(TELEGRAM),
    ):
        app.blueprint(
            channel.blueprint(on_new_message), url_prefix=f"/webhooks/{channel.url_prefix()}"
        )
    statuses = asyncio.run(_serve_and_post(app, requests))
    return [{"statuses": statuses, "received": received, "replies": SENT, "registered": REGISTERED}]


async def _serve_and_post(app: Sanic, requests: list[dict[str, Any]]) -> list[int]:
    port = _free_port()
    server = await app.create_server(
        host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
    )
    await server.startup()
    statuses = []
    async with aiohttp.ClientSession() as session:
        for request in requests:
            url = f"http://127.0.0.1:{port}{request['path']}"
            if "form" in request:
                reply = await session.post(url, data=request["form"])
            else:
                reply = await session.post(url, json=request["json"])
            statuses.append(reply.status)
    server.close()
    await server.wait_closed()
    return statuses


def outbound(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    TelegramOutput.set_webhook = _set_webhook  # type: ignore[method-assign]
    return asyncio.run(_send_all(replies))


SENT: list[dict[str, Any]] = []
REPLIES: list[dict[str, Any]] = []


async def _twilio_send(self: Any, message_data: dict[str, Any]) -> None:
    SENT.append({"channel": "twilio", **message_data})


async def _telegram_send(self: Any, chat_id: Any, text: str, **kwargs: Any) -> None:
    markup = kwargs.get("reply_markup")
    buttons = [
        {"text": b.text, "callback_data": b.callback_data}
        for row in (markup.inline_keyboard if markup else [])
        for b in row
    ]
    SENT.append({"channel": "telegram", "chat_id": chat_id, "text": text, "buttons": buttons})


def _no_network_sends() -> None:
    TwilioOutput._send_message = _twilio_send  # type: ignore[method-assign]
    TelegramOutput.send_message = _telegram_send  # type: ignore[method-assign]


async def _send_all(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    _no_network_sends()
    twilio = SafeTwilioInput.from_credentials(TWILIO).get_output_channel()
    telegram = TelegramOutput(TELEGRAM["access_token"])
    for reply in replies:
        output = twilio if reply["channel"] == "twilio" else telegram
        await output.send_response(reply["recipient_id"], reply["message"])
    return SENT


def main() -> None:
    job = json.load(sys.stdin)
    runner = inbound if job["kind"] == "inbound" else outbound
    print(json.dumps(runner(job["items"]), ensure_ascii=False))


if __name__ == "__main__":
    main()
