"""Language detection and the decision what to do with it."""

import pytest

from actions.language_choice import first_language, later_language, metadata_language
from bot.i18n import render
from bot.i18n.languages import SUPPORTED
from bot.language.detect import DETECTABLE, Detection, detect, reply_language, script_of

LONG = {
    "ti": "ሰላም ከመይ ኣለኹም፧ ብዛዕባ ገንዘብ ክሓትት ደልየ",
    "am": "ሰላም እንዴት ናችሁ? ስለ ገንዘብ መጠየቅ እፈልጋለሁ",
    "ar": "مرحبا، أريد أن أسأل عن الإعانة",
    "fa": "سلام، می خواهم درباره کمک هزینه بپرسم",
    "pl": "Dzień dobry, mam pytanie o zasiłek rodzinny",
    "nl": "Goedemorgen, ik heb een vraag over mijn toeslagen",
    "en": "Hello, I have a question about my benefits",
}


@pytest.mark.parametrize(("language", "text"), LONG.items())
def test_detects_each_language_confidently(language, text):
    detection = detect(text)
    assert detection.language == language
    assert detection.confident


def test_scripts():
    assert script_of("ሰላም") == "ethiopic"
    assert script_of("ﻣﺮﺣﺒﺎ") == "arabic"  # presentation forms, as pasted from a PDF
    assert script_of("hallo") == "latin"
    assert script_of("123 !!") is None


def test_short_message_is_never_confident():
    assert not detect("hi").confident
    assert not detect("tak").confident


def test_metadata_beats_the_text_and_a_choice_beats_both():
    assert first_language(None, "pl", LONG["nl"]).language == "pl"
    assert first_language("ti", "pl", LONG["nl"]).language == "ti"
    assert metadata_language({"language": "ar-SY"}) == "ar"
    assert metadata_language({"language": "de"}, {"language": "nl"}) == "nl"


def test_script_alone_sets_a_first_language():
    assert first_language(None, None, "ሰላም").language == "ti"
    assert first_language(None, None, "hi").language is None


def test_amharic_and_farsi_get_the_nearest_supported_language():
    amharic = first_language(None, None, LONG["am"])
    assert (amharic.language, amharic.unsupported) == ("ti", "am")
    farsi = first_language(None, None, LONG["fa"])
    assert (farsi.language, farsi.unsupported) == ("ar", "fa")


def test_mid_conversation_a_switch_is_offered_after_two_long_messages():
    first = later_language("nl", None, LONG["pl"])
    assert first.offer is None and first.seen == "pl"
    second = later_language("nl", first.seen, "Mój mąż mieszka w Polsce i nie ma numeru BSN")
    assert second.offer == "pl"
    assert second.language is None  # never switched without the user


def test_one_short_message_offers_nothing():
    assert later_language("nl", "pl", "tak").offer is None


SOMALI = "Salaan, waxaan rabaa inaan wax ka weydiiyo lacagta caawimaadda carruurta"


def test_somali_gets_english_and_the_notice_in_english_too():
    """Somali was answered in English while the notice came in Arabic: two language lists
    disagreed. There is one list now (bot/i18n/languages.py)."""
    decision = first_language(None, None, SOMALI)
    assert (decision.language, decision.unsupported) == ("en", "so")
    notice = render("utter_unsupported_language", {"detected": "so"}, "nl", "rest")
    assert notice.language == decision.language


@pytest.mark.parametrize("code", [code for code in DETECTABLE if code not in SUPPORTED])
def test_the_reply_and_the_notice_agree_for_every_unsupported_language(code):
    """Whatever the detector names, the conversation's language and the notice's are one."""
    script = "ethiopic" if code == "am" else "arabic" if code in ("fa", "ur") else "latin"
    replied = reply_language(Detection(code, script, True))
    notice = render("utter_unsupported_language", {"detected": code}, "nl", "rest")
    assert replied == notice.language
