"""Small steps a user takes in the widget, shared by the browser tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

# Buttons a "complete the check" run does not press: they switch away from the check.
DETOUR_PAYLOADS = ("/choose_language", "/restart", "/go_back", "/handoff", "/deny", "/goodbye")
# A typed answer for questions without buttons (a count, an amount): zero fits them all.
TYPED_ANSWER = "0"


def open_widget(page: Page, url: str) -> None:
    page.goto(f"{url}/")
    page.get_by_role("button", name=page.locator(".tsa-launcher").inner_text()).click()
    wait_turn(page)


def wait_turn(page: Page) -> None:
    expect(page.locator(".tsa-log")).to_have_attribute("aria-busy", "false")


def choose_language(page: Page, code: str) -> None:
    page.locator("#tsa-language").select_option(code)
    expect(page.locator(".tsa")).to_have_attribute("lang", code)
    wait_turn(page)


def bot_messages(page: Page) -> Locator:
    return page.locator(".tsa-message.tsa-bot")


def replies(page: Page) -> Locator:
    return page.locator(".tsa-replies .tsa-reply")


def say(page: Page, text: str) -> None:
    page.locator("#tsa-input").fill(text)
    page.locator("#tsa-input").press("Enter")
    wait_turn(page)


def assess_ran(tracker_db: Path, conversation_id: str) -> bool:
    with sqlite3.connect(tracker_db) as db:
        row = db.execute(
            "SELECT COUNT(*) FROM events WHERE sender_id = ? AND action_name = 'action_assess'",
            (conversation_id,),
        ).fetchone()
    return bool(row and row[0])


def conversation_id(page: Page) -> str:
    return page.evaluate(
        "() => { for (const k of Object.keys(localStorage)) if (k.startsWith('toeslagen-chat:'))"
        " return JSON.parse(localStorage.getItem(k)).id; }"
    )


def complete_check(page: Page, tracker_db: Path | None, max_turns: int = 40) -> int:
    """Answer until the result: press the first button that continues, else type an answer.

    With the fake Rasa the result is the message carrying custom.summary; with the real stack
    it is `action_assess` in the tracker store. Returns the number of turns taken.
    """
    for turn in range(1, max_turns + 1):
        buttons = [
            b
            for b in replies(page).all()
            if not (b.get_attribute("data-payload") or "").startswith(DETOUR_PAYLOADS)
        ]
        if buttons:
            buttons[0].click()
            wait_turn(page)
        else:
            say(page, TYPED_ANSWER)
        if tracker_db is not None and assess_ran(tracker_db, conversation_id(page)):
            return turn
        if tracker_db is None and page.locator(".tsa-message[data-result]").count():
            return turn
    raise AssertionError(f"no result after {max_turns} turns")
