"""Small steps a user takes in the widget, shared by the browser tests."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

# Buttons a "complete the check" run does not press: they switch away from the check.
DETOUR_PAYLOADS = ("/choose_language", "/restart", "/go_back", "/handoff", "/deny", "/goodbye")
# A typed answer for questions without buttons (a count, an amount): zero fits them all.
TYPED_ANSWER = "0"
# What a user types to start the check, as they would write it (typed rather than pressing the
# greeting's start button, so the model's understanding of it is exercised too).
START_PHRASES = {
    "nl": "moet ik terugbetalen?",
    "pl": "zacznij sprawdzanie",
    "ar": "أريد فحص المساعدات التي أحصل عليها",
    "ti": "ንኹነታተይ ክትፍትሹለይ እደሊ",
    "en": "i want to check my benefits",
}


def open_widget(page: Page, url: str) -> None:
    page.goto(f"{url}/")
    page.get_by_role("button", name=page.locator(".tsa-launcher").inner_text()).click()
    wait_turn(page)


def wait_turn(page: Page) -> None:
    # Rasa's first turns after start-up can take seconds (TensorFlow warming up).
    expect(page.locator(".tsa-log")).to_have_attribute("aria-busy", "false", timeout=90_000)


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


def conversation_id(page: Page) -> str:
    return page.evaluate(
        "() => { for (const k of Object.keys(localStorage)) if (k.startsWith('toeslagen-chat:'))"
        " return JSON.parse(localStorage.getItem(k)).id; }"
    )


def complete_check(page: Page, language: str, max_turns: int = 45) -> int:
    """Answer until the result summary arrives (a bot message carrying custom.summary).

    Types the start phrase first, then presses the first button that continues the check, or
    types an answer where a question has no buttons. Returns the number of turns taken.
    """
    say(page, START_PHRASES[language])
    for turn in range(1, max_turns + 1):
        if page.locator(".tsa-message[data-result]").count():
            return turn
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
    raise AssertionError(f"no result after {max_turns} turns")
