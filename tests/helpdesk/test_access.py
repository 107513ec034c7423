"""Every route of the console refuses anonymous access, and the supervisor's the agent; the
audit log records who did what to which conversation."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute

from bot.service.app import create_app
from tests.helpdesk.conftest import Console
from tests.helpdesk.rasa_events import assessed

PUBLIC = {("GET", "/helpdesk/login"), ("POST", "/helpdesk/login")}
PUBLIC_FILES = {
    ("GET", "/helpdesk/static/helpdesk.css"),
    ("GET", "/helpdesk/handoff/static/handoff.js"),
}
SUPERVISOR_ONLY = {
    ("GET", "/helpdesk/export.jsonl"),
    ("GET", "/helpdesk/export.csv"),
    ("GET", "/helpdesk/export-nlu.yml"),
    ("GET", "/helpdesk/erase"),
    ("POST", "/helpdesk/erase"),
    ("GET", "/helpdesk/audit"),
    ("GET", "/helpdesk/users"),
    ("POST", "/helpdesk/users"),
    ("POST", "/helpdesk/users/{username}/active"),
}


def _walk(routes: list) -> list[APIRoute]:
    found = []
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI's included routers
        if included is not None:
            found += _walk(included.routes)
        elif isinstance(route, APIRoute):
            found.append(route)
    return found


def helpdesk_routes() -> list[tuple[str, str]]:
    """Every (method, path) of the app under /helpdesk, found by walking the app itself."""
    return [
        (method, route.path)
        for route in _walk(create_app().routes)
        if route.path.startswith("/helpdesk")
        for method in sorted(route.methods)
    ]


ROUTES = helpdesk_routes()
PRIVATE = [r for r in ROUTES if r not in PUBLIC | PUBLIC_FILES]


def _url(path: str) -> str:
    return path.replace("{sender_id}", "pl-web").replace("{username}", "anna")


def test_the_walk_covers_the_console() -> None:
    assert len(PRIVATE) >= 17
    assert set(ROUTES) >= SUPERVISOR_ONLY


@pytest.mark.parametrize(("method", "path"), PRIVATE)
def test_anonymous_is_refused_everywhere(console: Console, method: str, path: str) -> None:
    console.feed(assessed("pl-web", "pl"))
    response = console.client.request(
        method, _url(path), data={"csrf_token": "x"}, follow_redirects=False
    )
    assert response.status_code in (303, 401), (method, path)
    if response.status_code == 303:
        assert response.headers["location"] == "/helpdesk/login"
    assert "pl-web" not in response.text and "Co najlepiej" not in response.text


def test_an_agent_is_refused_every_supervisor_route(console: Console) -> None:
    console.feed(assessed("pl-web", "pl", reference_code="KEEPME23"))
    console.add_user("anna", "agent")
    console.login("anna")
    token = console.csrf()
    for method, path in sorted(SUPERVISOR_ONLY):
        response = console.client.request(
            method,
            _url(path),
            data={"csrf_token": token, "reference_code": "KEEPME23", "username": "x"},
            follow_redirects=False,
        )
        assert response.status_code == 403, (method, path)
    with console.session() as session:
        from bot.helpdesk.models import BrokerEvent

        assert session.query(BrokerEvent).count() > 0  # the erasure did not run


def test_a_supervisor_may_open_every_page(console: Console) -> None:
    console.feed(assessed("pl-web", "pl"))
    console.add_user("sam", "supervisor")
    console.login("sam")
    for method, path in ROUTES:
        if method == "GET":
            response = console.client.get(_url(path))
            assert response.status_code == 200, path


def test_a_disabled_account_is_signed_out(console: Console) -> None:
    console.add_user("sam", "supervisor")
    console.add_user("anna", "agent")
    console.login("anna")
    anna_cookies = dict(console.client.cookies)
    console.logout()
    console.login("sam")
    token = console.csrf("/helpdesk/users")
    console.client.post("/helpdesk/users/anna/active", data={"active": "0", "csrf_token": token})
    console.logout()
    for name, value in anna_cookies.items():
        console.client.cookies.set(name, value, path="/helpdesk")
    assert console.client.get("/helpdesk/", follow_redirects=False).status_code == 303


def test_the_audit_log_records_views_tags_and_exports(console: Console) -> None:
    console.feed(assessed("pl-web", "pl"))
    console.add_user("anna", "agent")
    console.add_user("sam", "supervisor")
    console.login("anna")
    console.client.get("/helpdesk/conversations/pl-web")
    token = console.csrf("/helpdesk/conversations/pl-web")
    console.client.post(
        "/helpdesk/conversations/pl-web/tags", data={"name": "uitleg", "csrf_token": token}
    )
    console.logout()
    console.login("sam")
    console.client.get("/helpdesk/export.csv")
    log = console.client.get("/helpdesk/audit").text
    rows = re.findall(r"<tr><td>[^<]+</td><td>(\w+)</td><td>(\w+)</td>", log)
    assert ("anna", "view") in rows
    assert ("anna", "tag") in rows
    assert ("sam", "export") in rows
    assert ("sam", "exported") in rows
    assert ("anna", "login") in rows


def test_supervisors_create_accounts_in_the_console(console: Console) -> None:
    console.add_user("sam", "supervisor")
    console.login("sam")
    token = console.csrf("/helpdesk/users")
    console.client.post(
        "/helpdesk/users",
        data={
            "username": "nieuw",
            "password": "een lang wachtwoord",
            "role": "agent",
            "language": "nl",
            "csrf_token": token,
        },
    )
    console.logout()
    console.login("nieuw", "een lang wachtwoord")
    assert console.client.get("/helpdesk/", follow_redirects=False).status_code == 200
