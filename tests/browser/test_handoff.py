"""Talk to a person, in two browsers against the real stack: a user in the widget, an agent in
the helpdesk console. The agent's replies reach the user as they are sent, in the user's
language; after the agent hands back, the bot answers the user's next answer again.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from bot.helpdesk import auth, db
from bot.i18n import format as fmt
from bot.i18n.catalog import catalog
from tests.browser.conftest import Stack, shot
from tests.browser.widget_driver import (
    START_PHRASES,
    choose_language,
    conversation_id,
    open_widget,
    replies,
    say,
    wait_turn,
)
from tests.conversation.phrases import PHRASES

ROOT = Path(__file__).resolve().parents[2]
# The stack's console database: the launcher's default, as Rasa's event broker (bot/endpoints.yml).
CONSOLE_DB = f"sqlite:///{ROOT / 'var' / 'helpdesk.db'}"
PASSWORD = secrets.token_urlsafe(16)


@pytest.fixture(scope="module")
def agent_name() -> str:
    """An agent account for this run, shown to the user as "Fatima"."""
    username = f"fatima.{secrets.token_hex(3)}"
    with db.sessions(CONSOLE_DB)() as session:
        auth.add_user(session, username, PASSWORD, "agent", "nl")
    return username


@pytest.fixture
def agent_page(browser: Browser, stack: Stack, agent_name: str) -> Iterator[Page]:
    context: BrowserContext = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{stack.url}/helpdesk/login")
    page.locator("#username").fill(agent_name)
    page.locator("#password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page.locator("header")).to_contain_text(agent_name)
    yield page
    context.close()


def ask_for_a_person(page: Page, stack: Stack, language: str) -> str:
    open_widget(page, stack.url)
    choose_language(page, language)
    say(page, START_PHRASES[language])
    replies(page).first.click()  # the first answer: a fact for the summary
    wait_turn(page)
    say(page, PHRASES[language]["human"])
    template = catalog(language).text("handoff.requested")
    closed = catalog(language).text("handoff.requested_closed")
    starts = (template.split("{")[0], closed.split("{")[0])
    handoff_text = page.locator(".tsa-message.tsa-bot .tsa-text").filter(
        has_text=re.compile("^(" + "|".join(re.escape(s) for s in starts) + ")")
    )
    expect(handoff_text).to_have_count(1)
    return conversation_id(page)


def take_from_queue(agent: Page, stack: Stack, cid: str) -> None:
    agent.goto(f"{stack.url}/helpdesk/handoff")
    request = agent.locator(f'article[data-sender="{cid}"]')
    expect(request).to_be_visible()
    # The Dutch summary: at least the fact the user gave, as its Dutch question.
    expect(request.locator("section.summary dl.facts dt")).not_to_have_count(0)
    assert request.locator("section.summary").get_attribute("lang") == "nl"
    shot(agent, f"handoff-queue-{cid[:6]}")
    request.get_by_role("button", name=re.compile("Take|Neem|Overnemen", re.I)).click()
    expect(agent.locator("#handoff-thread")).to_be_visible()


def bot_texts(page: Page) -> list[str]:
    return page.locator(
        ".tsa-message.tsa-bot:not(.tsa-agent):not(.tsa-handoff) .tsa-text"
    ).all_inner_texts()


def hand_back_and_answer(user: Page, agent: Page, language: str) -> None:
    agent.locator("#hand-back").click()
    handed_back = fmt.say(catalog(language), "handoff.handed_back", name="Fatima")
    expect(user.locator(".tsa-handoff .tsa-text").last).to_have_text(handed_back)
    before = len(bot_texts(user))
    # The question the form was on is offered again with the hand-back line; the bot answers.
    expect(replies(user).first).to_be_visible()
    replies(user).first.click()
    wait_turn(user)
    bot = user.locator(".tsa-message.tsa-bot:not(.tsa-agent):not(.tsa-handoff)")
    expect(bot.nth(before)).to_be_visible()  # a new message of the bot's own
    assert len(bot_texts(user)) > before, "the bot handles the answer again"


def test_arabic_user_gets_a_canned_reply_in_arabic_right_to_left(
    page: Page, agent_page: Page, stack: Stack
) -> None:
    cid = ask_for_a_person(page, stack, "ar")
    take_from_queue(agent_page, stack, cid)
    joined = fmt.say(catalog("ar"), "handoff.agent_joined", name="Fatima")
    expect(page.locator(".tsa-handoff .tsa-text").last).to_have_text(joined)

    agent_page.locator("#canned-key").select_option("handoff.canned.greeting")
    agent_page.locator("#canned-form button[type=submit]").click()
    reply = page.locator(".tsa-agent .tsa-text").last
    expect(reply).to_have_text(catalog("ar").text("handoff.canned.greeting"))
    assert reply.evaluate("node => getComputedStyle(node).direction") == "rtl"
    expect(page.locator(".tsa-agent .tsa-agent-name").last).to_contain_text("Fatima")
    shot(page, "handoff-arabic-user")
    # The agent sees the same message in Dutch beside it.
    expect(agent_page.locator("#handoff-thread .dutch").last).to_have_text(
        catalog("nl").text("handoff.canned.greeting")
    )

    # A reload shows the agent's message again.
    page.reload()
    wait_turn(page)
    expect(page.locator(".tsa-agent .tsa-text").last).to_have_text(
        catalog("ar").text("handoff.canned.greeting")
    )
    hand_back_and_answer(page, agent_page, "ar")


def test_tigrinya_user_gets_a_free_text_reply_marked_with_its_language(
    page: Page, agent_page: Page, stack: Stack
) -> None:
    cid = ask_for_a_person(page, stack, "ti")
    take_from_queue(agent_page, stack, cid)
    typed = "Goedemiddag, ik kijk met u mee."
    agent_page.locator("#reply-text").fill(typed)
    agent_page.locator("#reply-language").select_option("nl")
    agent_page.locator("#text-form button[type=submit]").click()
    reply = page.locator(".tsa-agent").last
    expect(reply.locator(".tsa-text")).to_have_text(typed)
    assert reply.locator(".tsa-text").get_attribute("lang") == "nl"
    expect(reply.locator(".tsa-agent-note")).to_contain_text("ዳች")  # "Dutch" in Tigrinya
    shot(page, "handoff-tigrinya-user")

    # While the agent holds it, the user's message goes to the agent, not the bot.
    before = len(bot_texts(page))
    say(page, "ሰላም")
    expect(agent_page.locator("#handoff-thread .handoff-user .text").last).to_have_text(
        "ሰላም", timeout=15_000
    )
    assert len(bot_texts(page)) == before
    hand_back_and_answer(page, agent_page, "ti")
