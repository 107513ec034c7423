"""The helpdesk console in real headless Chromium, walked as an agent and then a supervisor.

The service runs as `make run` runs it (uvicorn, the console migrating its SQLite database at
startup). Accounts are made with `python -m bot.helpdesk users add`; conversations arrive the
way real ones do: Rasa's own SQL event broker (in .venv-rasa), configured by the endpoints.yml
the launcher writes, publishes their events to the table the console reads. No Rasa model is
needed. Screenshots, desktop and phone-sized, land in var/test-output/screenshots/.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, BrowserContext, Download, Page, expect

from bot.helpdesk.i18n import translations
from bot.i18n import render
from tests.browser.conftest import ROOT, _free_port, _stop, _wait_ready, shot
from tests.browser.glyphs import geez_drawn_elsewhere
from tests.helpdesk.conftest import RASA_TRACKER_SCHEMA
from tests.helpdesk.rasa_broker import RASA_PYTHON, launcher_endpoints, publish
from tests.helpdesk.rasa_events import Conversation, assessed, confused

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="needs .venv-rasa (make setup)")

START = 1_767_225_600.0  # 2026-01-01 00:00 UTC
PASSWORD = "een lang wachtwoord voor de test"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
# What a Tigrinya user typed: "I work here, my wife lives in Eritrea" (not understood).
TIGRINYA_TYPED = "ኣብዚ እየ ዝሰርሕ፡ ሰበይተይ ኣብ ኤርትራ እያ ትነብር"
AGENT, SUPERVISOR = "amira", "sjoerd"


def tigrinya_with_a_fallback() -> Conversation:
    """A Tigrinya user on the web chat: a typed answer the assistant did not understand, then
    the button, then a question about the partner; the reference code is shown."""
    conversation = Conversation("ti-web-1", "ti", "rest", START + 3_600)
    conversation.bot("utter_ask_situation")
    conversation.listen()
    conversation.user(TIGRINYA_TYPED, "nlu_fallback", 0.34)
    conversation.bot("utter_fallback_clarify")
    conversation.listen()
    conversation.user('/inform{"situation":"labour_migrant"}', "inform", 1.0)
    conversation.slot("situation", "labour_migrant")
    conversation.bot("utter_ask_has_partner")
    conversation.slot("reference_code", "TIWEB234")
    conversation.listen()
    return conversation


SEEDED = (
    tigrinya_with_a_fallback(),
    confused("ti-tg-2", "ti", "telegram", START),  # Tigrinya, fallbacks, asked for a person
    assessed("ti-web-3", "ti", "rest", START + 7_200, "TIOK2345"),  # Tigrinya, no fallback
    assessed("pl-web-4", "pl", "rest", START + 10_800, "PLOK2345"),
    confused("ar-tg-5", "ar", "telegram", START + 14_400),
)


@dataclass
class ConsoleStack:
    url: str
    database_url: str


def _add_user(env: dict[str, str], username: str, role: str, language: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "bot.helpdesk", "users", "add", username, "--role", role,
         "--language", language, "--password-stdin"],
        cwd=ROOT,
        env=env,
        input=PASSWORD,
        text=True,
        check=True,
        capture_output=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def console_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleStack]:
    run_dir = tmp_path_factory.mktemp("helpdesk")
    with sqlite3.connect(run_dir / "tracker.db") as tracker:
        tracker.executescript(RASA_TRACKER_SCHEMA)
    tracker.close()
    port = _free_port()
    database_url = f"sqlite:///{run_dir / 'helpdesk.db'}"
    env = {
        **os.environ,
        "ASSISTANT_DATABASE_URL": database_url,
        "ASSISTANT_TRACKER_DB_PATH": str(run_dir / "tracker.db"),
        "ASSISTANT_CONVERSATION_DB_PATH": str(run_dir / "conversations.sqlite3"),
        "ASSISTANT_RASA_URLS": json.dumps(["http://127.0.0.1:9"]),
        # The conversations are from January 2026: the service's retention job must keep them.
        "ASSISTANT_RETENTION_DAYS": "36500",
    }
    log = (run_dir / "service.log").open("wb")
    service = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "bot.service.app:app", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, service, 60, "/healthz")
        _add_user(env, AGENT, "agent", "en")
        _add_user(env, SUPERVISOR, "supervisor", "nl")
        endpoints, rasa_env = launcher_endpoints(run_dir / "run", database_url)
        report = publish(endpoints, rasa_env, *SEEDED)
        assert report["published"] == sum(len(c.events) for c in SEEDED)
        yield ConsoleStack(url, database_url)
    finally:
        _stop(service)
        log.close()


def _context(browser: Browser) -> BrowserContext:
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    context.set_default_timeout(15_000)
    return context


def _sign_in(page: Page, url: str, username: str) -> None:
    page.goto(f"{url}/helpdesk/")
    expect(page).to_have_url(f"{url}/helpdesk/login")  # anonymous: sent to the login page
    page.locator("#username").fill(username)
    page.locator("#password").fill(PASSWORD)
    page.locator("#password").press("Enter")
    expect(page.locator("#count")).to_be_visible()


def _listed(page: Page) -> list[str]:
    links = page.locator('table a[href^="/helpdesk/conversations/"]')
    return [str(href).rsplit("/", 1)[1] for href in (a.get_attribute("href") for a in links.all())]


def _both_sizes(page: Page, name: str) -> None:
    page.evaluate("document.fonts.ready.then(() => true)")  # the Ethiopic font, not its boxes
    shot(page, f"{name}-desktop")
    page.set_viewport_size(PHONE)
    page.screenshot(
        path=str(ROOT / "var/test-output/screenshots" / f"{name}-phone.png"), full_page=True
    )
    page.set_viewport_size(DESKTOP)


def _downloaded(page: Page, link: str, tmp_path: Path) -> tuple[Download, str]:
    with page.expect_download() as info:
        page.locator(".exports a", has_text=link).first.click()
    download = info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    return download, path.read_text(encoding="utf-8")


def test_an_agent_reviews_a_tigrinya_conversation_in_dutch_and_a_supervisor_exports_it(
    browser: Browser, console_stack: ConsoleStack, tmp_path: Path
) -> None:
    url = console_stack.url
    agent = _context(browser)
    page = agent.new_page()
    _sign_in(page, url, AGENT)
    assert set(_listed(page)) == {c.sender_id for c in SEEDED}

    # Filter: Tigrinya conversations with a fallback.
    filters = page.locator("form.filters")
    filters.locator('select[name="language"]').select_option("ti")
    filters.locator('input[name="fallback"]').check()
    filters.locator('button[type="submit"]').click()
    expect(page.locator("#count")).to_have_text("2 conversations")
    assert "language=ti" in page.url and "fallback=1" in page.url
    assert sorted(_listed(page)) == ["ti-tg-2", "ti-web-1"]
    assert page.locator(".exports").count() == 0  # exports are for supervisors
    _both_sizes(page, "helpdesk-list-tigrinya")

    # The transcript: what the user saw in Tigrinya, and beside it the Dutch.
    page.locator('a[href="/helpdesk/conversations/ti-web-1"]').click()
    expect(page.locator("h1 .code")).to_have_text("TIWEB234")
    question = page.locator("tr.bot").first
    seen = render("utter_ask_situation", {"language": "ti"}, "ti", "rest")
    expect(question.locator("td").nth(2)).to_contain_text(seen.text)
    expect(question.locator("td").nth(2)).to_contain_text(seen.buttons[0].title)
    expect(question.locator('td[lang="nl"]')).to_contain_text("Wat past het best bij u?")
    expect(question.locator('td[lang="nl"]')).to_contain_text("Ik werk hier (arbeidsmigrant)")
    typed = page.locator("tr.user", has_text=TIGRINYA_TYPED)
    expect(typed.locator('td[lang="nl"]')).to_contain_text("nlu_fallback (0.34)")
    # The Ge'ez script is drawn with the bundled font (the CSP lets it load), not as boxes.
    loaded = page.evaluate(
        """async () => { await document.fonts.ready;
          return [...document.fonts].filter(f => f.family.includes("Noto Sans Ethiopic"))
            .map(f => f.status); }"""
    )
    assert loaded == ["loaded"]
    drawn_with = geez_drawn_elsewhere(page, "td[dir=auto] .text, td[dir=auto] li")
    assert drawn_with["wrong"] == []
    assert drawn_with["checked"] >= 8
    clarify = page.locator("tr.bot").nth(1)
    expect(clarify.locator("td").nth(2)).to_contain_text("ይቕሬታ፡ ኣይተረድኣንን።")
    dutch_clarify = render("utter_fallback_clarify", {"language": "nl"}, "nl", "collector").text
    expect(clarify.locator('td[lang="nl"]')).to_contain_text(dutch_clarify.split("\n")[0])
    pressed = page.locator("tr.user").nth(1)
    expect(pressed.locator('td[lang="nl"]')).to_contain_text(
        "Pressed: Ik werk hier (arbeidsmigrant)"
    )

    # Tag it, flag the typed message as misunderstood (meant: inform), mark it reviewed.
    page.locator("#tag-name").fill("terugbellen")
    page.get_by_role("button", name="Add tag").click()
    expect(page.locator("ul.tags")).to_contain_text("terugbellen")
    typed = page.locator("tr.user", has_text=TIGRINYA_TYPED)
    typed.locator("summary").click()
    typed.locator('select[name="reason"]').select_option("misunderstood")
    typed.locator('input[name="intent"]').fill("inform")
    typed.get_by_role("button", name="Save flag").click()
    typed = page.locator("tr.user", has_text=TIGRINYA_TYPED)
    expect(typed).to_have_class("user flagged")
    expect(typed).to_contain_text(f"misunderstood → inform ({AGENT})")
    page.get_by_role("button", name="Mark as reviewed").click()
    expect(page.locator("#reviewed")).to_contain_text(AGENT)
    _both_sizes(page, "helpdesk-transcript-tigrinya")

    # What the agent recorded feeds the filters.
    page.goto(f"{url}/helpdesk/?tag=terugbellen")
    assert _listed(page) == ["ti-web-1"]
    page.goto(f"{url}/helpdesk/?language=ti&flagged=1")
    assert _listed(page) == ["ti-web-1"]
    page.goto(f"{url}/helpdesk/?language=ti&unreviewed=1")
    assert sorted(_listed(page)) == ["ti-tg-2", "ti-web-3"]
    assert page.request.get(f"{url}/helpdesk/export.csv").status == 403
    agent.close()

    # A supervisor (console in Dutch) exports the same selection.
    supervisor = _context(browser)
    page = supervisor.new_page()
    _sign_in(page, url, SUPERVISOR)
    page.goto(f"{url}/helpdesk/?language=ti&fallback=1")
    dutch = translations("nl").gettext
    expect(page.locator("#count")).to_have_text(
        translations("nl").ngettext("%(num)d conversation", "%(num)d conversations", 2) % {"num": 2}
    )
    _both_sizes(page, "helpdesk-list-supervisor")

    download, body = _downloaded(page, "JSONL", tmp_path)
    assert download.suggested_filename == "conversations.jsonl"
    records = {r["sender_id"]: r for r in map(json.loads, body.splitlines())}
    assert sorted(records) == ["ti-tg-2", "ti-web-1"]
    exported = records["ti-web-1"]
    assert (exported["language"], exported["channel"], exported["reference_code"]) == (
        "ti",
        "rest",
        "TIWEB234",
    )
    assert exported["tags"] == ["terugbellen"]
    assert exported["reviewed_by"] == AGENT
    typed_message = next(m for m in exported["messages"] if m["text"] == TIGRINYA_TYPED)
    assert (typed_message["role"], typed_message["intent"]) == ("user", "nlu_fallback")
    assert exported["flags"] == [
        {"event_id": typed_message["event_id"], "reason": "misunderstood", "intent": "inform",
         "comment": ""}
    ]  # fmt: skip
    first_bot = next(m for m in exported["messages"] if m["role"] == "bot")
    assert (first_bot["text"], first_bot["dutch"]) == (seen.text, "Wat past het best bij u?")

    download, body = _downloaded(page, "CSV", tmp_path)
    assert download.suggested_filename == "conversations.csv"
    rows = {r["sender_id"]: r for r in csv.DictReader(io.StringIO(body))}
    assert sorted(rows) == ["ti-tg-2", "ti-web-1"]
    assert rows["ti-web-1"]["tags"] == "terugbellen"
    assert rows["ti-web-1"]["flags"] == "misunderstood"
    assert rows["ti-web-1"]["reviewed_by"] == AGENT
    assert rows["ti-tg-2"]["asked_person"] == "True"
    assert int(rows["ti-web-1"]["fallbacks"]) == 2  # the nlu_fallback and the clarification

    # The learning loop: the flagged Tigrinya text as Rasa NLU data under the chosen intent.
    page.goto(f"{url}/helpdesk/")
    download, body = _downloaded(page, "ti", tmp_path)
    assert download.suggested_filename == "nlu_ti.yml"
    nlu = yaml.safe_load(body)
    assert nlu == {
        "version": "3.1",
        "nlu": [{"intent": "inform", "examples": f"- {TIGRINYA_TYPED}\n"}],
    }
    _, polish = _downloaded(page, "pl", tmp_path)
    assert yaml.safe_load(polish) == {"version": "3.1", "nlu": []}

    # The audit log (supervisors only) saw the agent's work and the exports.
    page.goto(f"{url}/helpdesk/audit")
    expect(page.locator("h1")).to_have_text(dutch("Audit log"))
    entries = {
        tuple(row.locator("td").nth(n).inner_text() for n in (1, 2, 3))
        for row in page.locator("tbody tr").all()
    }
    for action in ("view", "tag", "flag", "review"):
        assert (AGENT, action, "ti-web-1…") in entries, action
    assert (SUPERVISOR, "exported", "ti-web-1…") in entries
    supervisor.close()
