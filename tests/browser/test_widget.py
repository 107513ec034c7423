"""The widget on the demo page, in real headless Chromium.

Screenshots of every test land in var/test-output/screenshots/ for a reviewer to look at.
"""

from __future__ import annotations

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from bot.i18n.catalog import catalog
from tests.browser.conftest import Stack, shot
from tests.browser.widget_driver import (
    bot_messages,
    choose_language,
    complete_check,
    conversation_id,
    open_widget,
    replies,
    say,
    wait_turn,
)


def test_a_conversation_in_polish_reaches_the_result(
    page: Page, stack: Stack, tmp_path: Path
) -> None:
    open_widget(page, stack.url)
    choose_language(page, "pl")
    expect(page.locator("#tsa-input")).to_have_attribute(
        "placeholder", page.evaluate("() => document.querySelector('#tsa-input').placeholder")
    )
    greeting_count = bot_messages(page).count()
    assert greeting_count >= 1
    turns = complete_check(page, "pl")
    shot(page, "polish-result")
    assert turns >= 1
    assert bot_messages(page).count() > greeting_count
    assert page.locator(".tsa").get_attribute("dir") == "ltr"

    # "Download summary" saves the result's summary (custom.summary), not the whole chat.
    with page.expect_download() as download_info:
        page.locator(".tsa-tool").first.click()
    path = tmp_path / "summary.txt"
    download_info.value.save_as(path)
    downloaded = path.read_text(encoding="utf-8")
    cid = conversation_id(page)
    transcript = page.request.get(f"{stack.url}/api/v1/conversations/{cid}/messages").json()
    summaries = [m["custom"]["summary"] for m in transcript["messages"] if m["custom"]]
    assert summaries
    assert summaries[-1] in downloaded


def test_arabic_is_right_to_left_with_a_mirrored_layout(page: Page, stack: Stack) -> None:
    open_widget(page, stack.url)
    choose_language(page, "ar")
    root = page.locator(".tsa")
    expect(root).to_have_attribute("dir", "rtl")
    complete_check(page, "ar")
    shot(page, "arabic-result")

    panel = page.locator(".tsa-panel").bounding_box()
    user = page.locator(".tsa-message.tsa-user").first.bounding_box()
    bot = bot_messages(page).first.bounding_box()
    send = page.locator(".tsa-send").bounding_box()
    field = page.locator("#tsa-input").bounding_box()
    title = page.locator(".tsa-title").bounding_box()
    close = page.locator(".tsa-close").bounding_box()
    assert panel and user and bot and send and field and title and close
    middle = panel["x"] + panel["width"] / 2
    # Mirrored: the bot speaks from the right, the user from the left, the send button sits
    # left of the text field and the close button left of the title.
    assert bot["x"] + bot["width"] > middle > user["x"]
    assert abs((bot["x"] + bot["width"]) - (panel["x"] + panel["width"])) < 40
    assert send["x"] < field["x"]
    assert close["x"] < title["x"]


def test_a_reload_resumes_the_conversation(page: Page, stack: Stack) -> None:
    open_widget(page, stack.url)
    choose_language(page, "pl")
    say(page, "Dzień dobry")
    before = page.locator(".tsa-log .tsa-message .tsa-text").all_inner_texts()
    page.reload()
    expect(page.locator(".tsa-panel")).to_be_visible()
    wait_turn(page)
    expect(page.locator(".tsa-message[data-restored]")).to_have_count(
        len([t for t in before if t]), timeout=15_000
    )
    after = page.locator(".tsa-log .tsa-message .tsa-text").all_inner_texts()
    shot(page, "reload-resumed")
    assert after == [t for t in before if t] or after[: len(before)] == before
    assert page.locator(".tsa").get_attribute("lang") == "pl"
    # Restored messages are added silently; the log is a live region again for new ones.
    expect(page.locator(".tsa-log")).to_have_attribute("aria-live", "polite")


def test_keyboard_only_use(page: Page, stack: Stack) -> None:
    page.goto(f"{stack.url}/")
    # Tab through the page until the launcher has focus.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('tsa-launcher')"):
            break
    else:
        raise AssertionError("the launcher is not reachable with Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")  # visible focus
    page.keyboard.press("Enter")
    wait_turn(page)
    assert page.evaluate("() => document.activeElement.id") == "tsa-input"

    page.keyboard.type("Hallo")
    page.keyboard.press("Enter")
    wait_turn(page)
    assert page.locator(".tsa-message.tsa-user").count() == 1

    # Quick replies are reachable by Tab and pressed with Enter.
    if replies(page).count():
        for _ in range(20):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.classList.contains('tsa-reply')"):
                break
        users_before = page.locator(".tsa-message.tsa-user").count()
        page.keyboard.press("Enter")
        wait_turn(page)
        assert page.locator(".tsa-message.tsa-user").count() == users_before + 1
    shot(page, "keyboard-only")

    page.keyboard.press("Escape")
    expect(page.locator(".tsa-panel")).to_be_hidden()
    assert page.evaluate("() => document.activeElement.classList.contains('tsa-launcher')")


def _serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_violations(page: Page, stack: Stack) -> None:
    page.goto(f"{stack.url}/")
    assert _serious_violations(page) == []
    open_widget(page, stack.url)
    say(page, "Hallo")
    assert _serious_violations(page) == []
    choose_language(page, "ar")
    assert _serious_violations(page) == []
    shot(page, "axe-arabic")


def test_it_works_at_320_pixels_wide(page: Page, stack: Stack) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    open_widget(page, stack.url)
    say(page, "Hallo")
    shot(page, "width-320")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    for selector in ("#tsa-input", ".tsa-send", ".tsa-close", "#tsa-language"):
        box = page.locator(selector).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 320, selector
    # The conversation keeps a readable share of a small phone screen, buttons and tools aside.
    log = page.locator(".tsa-log").bounding_box()
    assert log and log["height"] >= 200, log


def test_reduced_motion_stops_the_typing_animation(page: Page, stack: Stack) -> None:
    page.emulate_media(reduced_motion="reduce")
    open_widget(page, stack.url)
    name = page.evaluate(
        """() => {
            const dots = document.createElement('span');
            dots.className = 'tsa-dots';
            const dot = document.createElement('span');
            dots.appendChild(dot);
            document.querySelector('.tsa-status').appendChild(dots);
            return getComputedStyle(dot).animationName;
        }"""
    )
    assert name == "none"


def test_new_bot_messages_are_in_a_live_region(page: Page, stack: Stack) -> None:
    open_widget(page, stack.url)
    log = page.locator(".tsa-log")
    assert log.get_attribute("role") == "log"
    assert log.get_attribute("aria-live") == "polite"
    assert bot_messages(page).count() >= 1
    assert page.locator(".tsa-log .tsa-bot").count() == bot_messages(page).count()


def test_the_summary_downloads_and_holds_no_typed_bsn(
    page: Page, stack: Stack, tmp_path: Path
) -> None:
    open_widget(page, stack.url)
    say(page, "Mój BSN to 111222333")
    user_texts = page.locator(".tsa-message.tsa-user .tsa-text").all_inner_texts()
    assert user_texts[-1] == "Mój BSN to [BSN]"
    assert page.locator(".tsa-notice").count() >= 1
    with page.expect_download() as download_info:
        page.locator(".tsa-tool").first.click()
    path = tmp_path / "summary.txt"
    download_info.value.save_as(path)
    summary = path.read_text(encoding="utf-8")
    assert "111222333" not in summary
    assert summary.strip()
    if stack.tracker_db is not None:
        assert b"111222333" not in stack.tracker_db.read_bytes()


def test_nothing_is_fetched_from_another_origin_and_geez_has_its_font(
    page: Page, stack: Stack
) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    open_widget(page, stack.url)
    choose_language(page, "ti")
    # Only the new turn's button: the Dutch greeting's buttons are gone after the switch.
    expect(replies(page)).to_have_count(1)
    expect(replies(page).first).to_have_text(catalog("ti").text("button.start_check"))
    page.evaluate("() => document.fonts.ready")
    loaded = page.evaluate("() => document.fonts.check('16px \"Noto Sans Ethiopic\"', 'ሰላም')")
    shot(page, "tigrinya")
    assert loaded
    assert requested and all(
        url.startswith(stack.url) or url.startswith("blob:") for url in requested
    )
