"""The widget's own controls speak the conversation language, however it was chosen.

Here by the language buttons inside the chat (not the picker): the gateway learns the new
language from Rasa and the widget turns every control into it. Screenshots land in
var/test-output/screenshots/.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bot.i18n.catalog import catalog
from bot.i18n.languages import Language, native_name
from tests.browser.conftest import Stack, shot
from tests.browser.glyphs import geez_drawn_elsewhere
from tests.browser.widget_driver import open_widget, replies, wait_turn


def press_language_button(page: Page, language: Language) -> None:
    replies(page).filter(has_text=native_name(language)).first.click()
    wait_turn(page)
    expect(page.locator(".tsa")).to_have_attribute("lang", language)


def control_texts(page: Page) -> dict[str, str]:
    """Every text of the widget's own controls (not the conversation), as a user meets it."""
    return page.evaluate(
        """() => {
            const q = (s) => document.querySelector(s);
            const select = q('#tsa-language');
            return {
                'widget.title': q('.tsa-title').textContent,
                'widget.close': q('.tsa-close .tsa-visually-hidden').textContent,
                'widget.language': q('label[for="tsa-language"]').textContent,
                'current language': select.options[select.selectedIndex].textContent,
                'widget.download_summary': document.querySelectorAll('.tsa-tool')[0].textContent,
                'widget.restart': document.querySelectorAll('.tsa-tool')[1].textContent,
                'widget.privacy_note': q('.tsa-privacy').textContent,
                'widget.input_label': q('label[for="tsa-input"]').textContent,
                'placeholder': q('#tsa-input').placeholder,
                'widget.send': q('.tsa-send').textContent,
                'log label': q('.tsa-log').getAttribute('aria-label'),
                'replies label': q('.tsa-replies').getAttribute('aria-label'),
                'widget.open': q('.tsa-launcher').textContent,
            };
        }"""
    )


def expected_texts(language: Language) -> dict[str, str]:
    texts = catalog(language)
    return {
        "widget.title": texts.text("widget.title"),
        "widget.close": texts.text("widget.close"),
        "widget.language": texts.text("widget.language"),
        "current language": native_name(language),
        "widget.download_summary": texts.text("widget.download_summary"),
        "widget.restart": texts.text("widget.restart"),
        "widget.privacy_note": texts.text("widget.privacy_note"),
        "widget.input_label": texts.text("widget.input_label"),
        "placeholder": texts.text("widget.input_label"),
        "widget.send": texts.text("widget.send"),
        "log label": texts.text("widget.title"),
        "replies label": texts.text("widget.title"),
        "widget.open": texts.text("widget.open"),
    }


def test_the_in_chat_tigrinya_button_turns_every_control_into_tigrinya(
    page: Page, stack: Stack
) -> None:
    open_widget(page, stack.url)  # the demo page is Dutch (data-lang="nl")
    assert control_texts(page) == expected_texts("nl")
    press_language_button(page, "ti")
    shot(page, "in-chat-tigrinya")
    shown = control_texts(page)
    assert shown == expected_texts("ti")
    dutch = set(expected_texts("nl").values())
    assert not dutch & set(shown.values()), "a Dutch control is left"
    assert page.locator(".tsa").get_attribute("dir") == "ltr"
    page.evaluate("document.fonts.ready.then(() => true)")
    drawn = ".tsa-text, .tsa-reply, .tsa-title, .tsa-send, .tsa-language option, .tsa-tool"
    drawn_with = geez_drawn_elsewhere(page, drawn)
    assert drawn_with["wrong"] == []
    assert drawn_with["checked"] >= 5

    # Closed, the launcher speaks Tigrinya too; after a reload everything stays in Tigrinya.
    page.locator(".tsa-close").click()
    expect(page.locator(".tsa-launcher")).to_have_text(catalog("ti").text("widget.open"))
    page.reload()
    expect(page.locator(".tsa-panel")).to_be_visible()
    wait_turn(page)
    expect(page.locator(".tsa-send")).to_have_text(catalog("ti").text("widget.send"))
    assert control_texts(page) == expected_texts("ti")


def test_the_in_chat_arabic_button_makes_the_layout_right_to_left(page: Page, stack: Stack) -> None:
    open_widget(page, stack.url)
    assert page.locator(".tsa").get_attribute("dir") == "ltr"
    press_language_button(page, "ar")
    root = page.locator(".tsa")
    expect(root).to_have_attribute("dir", "rtl")
    shot(page, "in-chat-arabic")
    shown = control_texts(page)
    assert shown == expected_texts("ar")
    assert not set(expected_texts("nl").values()) & set(shown.values())
    assert (
        page.evaluate("() => getComputedStyle(document.querySelector('.tsa-panel')).direction")
        == "rtl"
    )
    # Mirrored: the send button left of the text field, the close button left of the title.
    send = page.locator(".tsa-send").bounding_box()
    field = page.locator("#tsa-input").bounding_box()
    title = page.locator(".tsa-title").bounding_box()
    close = page.locator(".tsa-close").bounding_box()
    assert send and field and title and close
    assert send["x"] < field["x"]
    assert close["x"] < title["x"]


def test_the_launcher_speaks_the_page_language_before_any_choice(page: Page, stack: Stack) -> None:
    page.goto(f"{stack.url}/")
    # Before and after the catalog texts arrive: the page's data-lang (Dutch on the demo page).
    expect(page.locator(".tsa-launcher")).to_have_text(catalog("nl").text("widget.open"))
    assert page.locator(".tsa").get_attribute("lang") == "nl"
