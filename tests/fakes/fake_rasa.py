"""A small stand-in for Rasa's REST channel and the action server's /health, on loopback.

Used by the gateway tests and the gateway benchmark where Rasa itself is not the point: a real
HTTP server (so the gateway's HTTP client, timeouts and routing are exercised), scripted replies,
and a record of every body received so tests can check what reached "Rasa".
"""

from __future__ import annotations

import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.language.marker import KEY as LANGUAGE_MARKER_KEY

# The benefit buttons, then the in-chat language buttons as the real greeting offers them.
GREETING_BUTTONS = [
    {"title": "Zorgtoeslag", "payload": '/choose_benefit{"benefit": "zorgtoeslag"}'},
    {"title": "Huurtoeslag", "payload": '/choose_benefit{"benefit": "huurtoeslag"}'},
    {"title": "العربية", "payload": '/choose_language{"language":"ar"}'},
    {"title": "ትግርኛ", "payload": '/choose_language{"language":"ti"}'},
]
_CHOSEN_LANGUAGE = re.compile(r'"language":\s*"([a-z]{2})"')


def scripted_reply(sender: str, message: str, language: str) -> list[dict[str, Any]]:
    if message.startswith("/greet"):
        return [
            {"recipient_id": sender, "text": f"hello ({language})"},
            {"recipient_id": sender, "text": "Which benefit?", "buttons": GREETING_BUTTONS},
        ]
    if message.startswith("/choose_language"):
        # Like action_choose_language on the REST channel: the data-only language marker first.
        chosen = _CHOSEN_LANGUAGE.search(message)
        language = chosen.group(1) if chosen else language
        return [
            {"recipient_id": sender, "custom": {LANGUAGE_MARKER_KEY: language}},
            {"recipient_id": sender, "text": f"hello ({language})"},
            {"recipient_id": sender, "text": "Which benefit?", "buttons": GREETING_BUTTONS},
        ]
    if message.startswith("/affirm"):
        return [{"recipient_id": sender, "text": "Which benefit?", "buttons": GREETING_BUTTONS}]
    if message.startswith("/choose_benefit"):
        return [
            {
                "recipient_id": sender,
                "text": "No repayment risk found.",
                "custom": {"summary": "Summary: no repayment risk found."},
            }
        ]
    return [
        {
            "recipient_id": sender,
            "text": f"you said: {message}",
            "buttons": [{"title": "OK", "payload": "/affirm"}],
        }
    ]


class FakeRasa:
    def __init__(self, delay_seconds: float = 0.0, port: int = 0) -> None:
        self.received: list[dict[str, Any]] = []
        # Channel webhooks forwarded by the gateway (path, content type, raw body), addresses
        # handed to a connector, and events posted through Rasa's HTTP API (an agent's reply).
        self.webhooks: list[dict[str, Any]] = []
        self.addresses: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.delay_seconds = delay_seconds
        self.healthy = True
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like Rasa's Sanic server
            disable_nagle_algorithm = True  # headers and body are two writes

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _json(self, status: int, payload: object) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if not fake.healthy:
                    self._json(503, {"status": "down"})
                elif self.path == "/health":
                    self._json(200, {"status": "ok"})
                else:
                    self._json(200, "Hello from Rasa: fake")

            def _channel(self, raw: bytes) -> bool:
                """Rasa's connectors and HTTP API, as far as the handoff and webhooks use them."""
                path = self.path.split("?")[0]
                if path.endswith("/address"):
                    fake.addresses.append({"path": path, **json.loads(raw)})
                    self._json(200, {"status": "ok"})
                elif path.endswith("/tracker/events"):
                    fake.events.append({"path": self.path, "events": json.loads(raw)})
                    self._json(200, {})
                elif path.startswith("/webhooks/") and path != "/webhooks/rest/webhook":
                    content_type = self.headers.get("Content-Type", "")
                    fake.webhooks.append({"path": path, "content_type": content_type, "body": raw})
                    status, answer = (204, b"") if "twilio" in path else (200, b"success")
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                else:
                    return False
                return True

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                if self._channel(raw):
                    return
                body = json.loads(raw)
                fake.received.append(body)
                if fake.delay_seconds:
                    threading.Event().wait(fake.delay_seconds)
                language = (body.get("metadata") or {}).get("language", "")
                self._json(200, scripted_reply(body["sender"], body["message"], language))

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the default 5 resets connections under load
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", port), Handler)  # port: a replica coming back
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeRasa:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve_forever() -> None:
    """`python -m tests.fakes.fake_rasa [port]`: print the URL, serve until killed (benchmarks,
    and the fail-over test, which kills it and starts it again on the same port)."""
    fake = FakeRasa(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print(fake.url, flush=True)
    fake.server.serve_forever()


if __name__ == "__main__":
    serve_forever()
