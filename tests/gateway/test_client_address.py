"""Behind a reverse proxy: the client address is read from X-Forwarded-For only when the direct
peer is a trusted proxy (ASSISTANT_TRUSTED_PROXIES), and the per-address limits leave room for
many people behind one NAT address. (The addresses below are strings in a request scope; no
traffic goes anywhere.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError
from starlette.requests import Request

from bot.launcher import LaunchConfig, commands
from bot.service.gateway.deps import client_key
from bot.service.settings import Settings

PROXIES = ["10.0.0.0/8", "fd00::/8", "127.0.0.1"]


def request(peer: str, *forwarded: str) -> Request:
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "headers": headers, "client": (peer, 40000)})


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        # A peer that is not a trusted proxy is the client, whatever it writes in the header.
        ("198.51.100.7", ["203.0.113.5"], "198.51.100.7"),
        # The trusted proxy says who connected to it.
        ("10.0.0.2", ["203.0.113.5"], "203.0.113.5"),
        # What the client put in the header itself stands left of what the proxy appended.
        ("10.0.0.2", ["1.2.3.4, 203.0.113.5"], "203.0.113.5"),
        ("10.0.0.2", ["1.2.3.4", "203.0.113.5"], "203.0.113.5"),  # two header lines
        # Two proxies (a load balancer in front of an ingress), both trusted.
        ("10.0.0.2", ["203.0.113.9, 10.0.0.3"], "203.0.113.9"),
        ("fd00::2", ["2001:db8::1"], "2001:db8::1"),
        # A trusted proxy without the header: the proxy itself.
        ("10.0.0.2", [], "10.0.0.2"),
        # Something that is not an address: keep the last hop we trust.
        ("10.0.0.2", ["203.0.113.9, unknown"], "10.0.0.2"),
        ("10.0.0.2", ["garbage, 10.0.0.4"], "10.0.0.4"),
        # Only trusted hops: the leftmost (nothing better is known).
        ("10.0.0.2", ["10.0.0.9, 10.0.0.3"], "10.0.0.9"),
    ],
)
def test_the_client_address(peer: str, forwarded: list[str], expected: str) -> None:
    settings = Settings(trusted_proxies=PROXIES)
    assert client_key(request(peer, *forwarded), settings) == expected


def test_without_trusted_proxies_the_header_is_never_read() -> None:
    settings = Settings()
    assert settings.trusted_proxies == []
    assert client_key(request("127.0.0.1", "203.0.113.5"), settings) == "127.0.0.1"
    assert client_key(request("10.0.0.2", "203.0.113.5"), settings) == "10.0.0.2"


def test_a_setting_that_is_not_an_address_is_refused_at_start() -> None:
    with pytest.raises(ValidationError):
        Settings(trusted_proxies=["proxy.internal"])


def test_behind_the_proxy_each_client_has_its_own_limit(
    make_app: Callable[..., FastAPI],
) -> None:
    app = make_app(rate_new_conversations_per_client=1, trusted_proxies=["10.0.0.0/8"])
    start = {"language": "nl"}
    with TestClient(app, client=("10.0.0.2", 40000)) as via_proxy:

        def status(forwarded: str) -> int:
            headers = {"X-Forwarded-For": forwarded}
            return via_proxy.post("/api/v1/conversations", json=start, headers=headers).status_code

        assert status("203.0.113.5") == 201
        assert status("203.0.113.6") == 201  # another person behind the same proxy
        assert status("203.0.113.5") == 429
        assert status("9.9.9.9, 203.0.113.5") == 429  # a forged entry does not help


def test_a_client_cannot_escape_its_limit_with_a_forged_header(
    make_app: Callable[..., FastAPI],
) -> None:
    app = make_app(rate_new_conversations_per_client=1, trusted_proxies=["10.0.0.0/8"])
    with TestClient(app, client=("198.51.100.7", 40000)) as direct:
        statuses = [
            direct.post(
                "/api/v1/conversations",
                json={"language": "nl"},
                headers={"X-Forwarded-For": f"203.0.113.{n}"},
            ).status_code
            for n in range(2)
        ]
    assert statuses == [201, 429]


def test_the_default_limits_leave_room_for_a_shared_nat(
    make_app: Callable[..., FastAPI],
) -> None:
    settings = Settings()
    assert settings.rate_new_conversations_per_client >= 60
    assert settings.rate_requests_per_client >= 10 * settings.rate_messages_per_conversation
    # Sixty people behind one address start within the same minute: all are let in.
    with TestClient(make_app()) as client:
        statuses = {
            client.post("/api/v1/conversations", json={"language": "ar"}).status_code
            for _ in range(60)
        }
    assert statuses == {201}


def test_the_launcher_leaves_the_header_to_the_gateway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # uvicorn would otherwise believe X-Forwarded-For from loopback by default.
    monkeypatch.setenv("LAUNCHER_RUN_DIR", str(tmp_path))
    by_name = {n: argv for n, argv, _ in commands(LaunchConfig(), Path(), Path(), Path())}
    assert "--no-proxy-headers" in by_name["gateway"]
