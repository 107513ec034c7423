"""Login, the list with its filters and search, one transcript, and what agents record."""

from __future__ import annotations

import re

from tests.helpdesk.conftest import Console
from tests.helpdesk.rasa_events import assessed, confused

DAY = 86_400.0
START = 1_767_225_600.0  # 2026-01-01 00:00 UTC


def _seed(console: Console) -> None:
    console.feed(
        assessed("pl-web", "pl", "rest", START, "PLWEB234"),
        assessed("ar-tg", "ar", "telegram", START + DAY, "ARTG2345"),
        confused("ti-tg", "ti", "telegram", START + 2 * DAY),
        confused("nl-web", "nl", "rest", START + 3 * DAY),
    )
    console.add_user("anna", "agent")
    console.login("anna")


def _listed(console: Console, query: str = "") -> set[str]:
    page = console.client.get(f"/helpdesk/?{query}")
    assert page.status_code == 200
    return set(re.findall(r'href="/helpdesk/conversations/([^"]+)"', page.text))


def test_the_list_filters_by_each_criterion(console: Console) -> None:
    _seed(console)
    assert _listed(console) == {"pl-web", "ar-tg", "ti-tg", "nl-web"}
    assert _listed(console, "language=pl") == {"pl-web"}
    assert _listed(console, "channel=telegram") == {"ar-tg", "ti-tg"}
    assert _listed(console, "risk=alo_kop_unregistered_partner") == {"pl-web", "ar-tg"}
    assert _listed(console, "fallback=1") == {"ti-tg", "nl-web"}
    assert _listed(console, "person=1") == {"ti-tg", "nl-web"}
    assert _listed(console, "date_from=2026-01-02&date_to=2026-01-03") == {"ar-tg", "ti-tg"}
    assert _listed(console, "unreviewed=1") == {"pl-web", "ar-tg", "ti-tg", "nl-web"}
    assert "4 conversations" in console.client.get("/helpdesk/").text


def test_search_finds_dutch_renderings_and_the_users_own_text(console: Console) -> None:
    _seed(console)
    # The Polish user saw Polish; the Dutch rendering of the same response is searchable.
    assert _listed(console, "q=Heeft+u+een+man") == {"pl-web", "ar-tg"}
    assert _listed(console, "q=bananen") == {"ti-tg", "nl-web"}
    assert _listed(console, "q=50%25") == set()


def test_sorting_and_paging(console: Console) -> None:
    _seed(console)
    page = console.client.get("/helpdesk/?sort=started&order=asc").text
    order = re.findall(r'href="/helpdesk/conversations/([^"]+)"', page)
    assert order == ["pl-web", "ar-tg", "ti-tg", "nl-web"]
    console.feed(*[confused(f"more-{n:02d}", "en", "rest", START + n) for n in range(30)])
    first = console.client.get("/helpdesk/?sort=started&order=asc")
    assert len(re.findall(r'href="/helpdesk/conversations/', first.text)) == 25
    assert "Page 1 of 2" in first.text
    second = console.client.get("/helpdesk/?sort=started&order=asc&page=2")
    assert len(re.findall(r'href="/helpdesk/conversations/', second.text)) == 9


def test_the_transcript_shows_both_languages_intents_facts_and_the_assessment(
    console: Console,
) -> None:
    _seed(console)
    page = console.client.get("/helpdesk/conversations/pl-web").text
    assert "Co najlepiej do ciebie pasuje?" in page  # as the user saw it
    assert "Wat past het best bij u?" in page  # the same response in Dutch
    assert "Ik werk hier (arbeidsmigrant)" in page  # the Dutch meaning of the pressed button
    assert "<code>affirm</code> (0.91)" in page  # a typed message: intent and confidence
    assert "partner_country=PL" in page  # the facts taken from it
    assert "Waar woont uw partner nu?" in page  # facts gathered, in Dutch
    assert "artikel 3 lid 1" in page  # the assessment cites the articles
    assert "PLWEB234" in page


def test_tags_flags_notes_review_and_the_filters_they_feed(console: Console) -> None:
    _seed(console)
    base = "/helpdesk/conversations/ti-tg"
    token = console.csrf(base)
    user_event = re.search(r'name="event_id" value="(\d+)"', console.client.get(base).text)[1]
    client = console.client
    assert client.post(f"{base}/tags", data={"name": "Telefoon", "csrf_token": token}).is_success
    client.post(f"{base}/notes", data={"text": "Belde terug", "csrf_token": token})
    client.post(
        f"{base}/flags",
        data={"event_id": user_event, "reason": "wrong_answer", "csrf_token": token},
    )
    client.post(f"{base}/review", data={"csrf_token": token})
    page = client.get(base).text
    assert "telefoon" in page and "Belde terug" in page and "wrong answer" in page
    assert re.search(r'id="reviewed">anna, ', page)
    assert _listed(console, "tag=telefoon") == {"ti-tg"}
    assert _listed(console, "flagged=1") == {"ti-tg"}
    assert "ti-tg" not in _listed(console, "unreviewed=1")


def test_a_form_without_the_csrf_token_is_refused(console: Console) -> None:
    _seed(console)
    refused = console.client.post("/helpdesk/conversations/ti-tg/tags", data={"name": "x"})
    assert refused.status_code == 403
    assert "x" not in _listed(console, "tag=x")


def test_login_locks_after_repeated_failures(console: Console) -> None:
    console.add_user("bob", "agent")
    for _ in range(console.settings.helpdesk_max_failed_logins):
        console.login("bob", "wrong password!!")
    console.login("bob")  # the right password, but locked
    assert console.client.get("/helpdesk/", follow_redirects=False).status_code == 303


def test_the_session_cookie_is_httponly_and_samesite(console: Console) -> None:
    console.add_user("carla", "agent")
    form = console.client.get("/helpdesk/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)[1]
    response = console.client.post(
        "/helpdesk/login",
        data={"username": "carla", "password": "correct horse battery", "csrf_token": token},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"]
    assert "helpdesk_session=" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie


def test_the_console_speaks_dutch_and_english(console: Console) -> None:
    console.add_user("dirk", "agent", language="nl")
    console.login("dirk")
    assert "Gesprekken" in console.client.get("/helpdesk/").text
    token = console.csrf()
    console.client.post("/helpdesk/language", data={"language": "en", "csrf_token": token})
    assert "Conversations" in console.client.get("/helpdesk/").text


def test_the_overview_draws_svg_charts(console: Console) -> None:
    _seed(console)
    page = console.client.get("/helpdesk/overview").text
    assert page.count("<svg") == 7
    assert "alo_kop_unregistered_partner" in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
