"""Channel variants (buttons or numbered options, typed numbers back to payloads) and the
amount lines of a risk (up to, estimate) for any repayment the core can produce."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.i18n import render
from bot.i18n.catalog import catalog
from bot.i18n.channels import pick
from bot.i18n.format import FSI, PDI, isolate, money
from bot.i18n.languages import SUPPORTED
from bot.language.numerals import option_number


def payload_for_reply(response: str, reply: str, language: str = "nl") -> str | None:
    """What the WhatsApp connector does with a typed reply: the numbered option it picks."""
    return pick(render(response, {}, language, "twilio").numbered, reply)


def risk_text(risk: dict[str, Any], language: str) -> str:
    """A risk as the user reads it in full (the answer to "why?")."""
    assessment = {"risks": [{"benefit": "kindgebonden_budget", **risk}], "toeslagpartner": {}}
    return render("utter_result_why", {"assessment": assessment}, language).text


@pytest.mark.parametrize("channel", ["rest", "collector", "socketio", "telegram"])
def test_channels_with_buttons_keep_them(channel: str) -> None:
    message = render("utter_ask_situation", {}, "nl", channel)
    assert len(message.buttons) == 4
    assert "1." not in message.text


@pytest.mark.parametrize("channel", ["twilio", "facebook", None])
def test_channels_without_buttons_get_numbered_options(channel: str | None) -> None:
    message = render("utter_ask_situation", {}, "en", channel)
    assert message.buttons == ()
    assert (
        "\n1. I came here to work\n2. I am a refugee\n3. Something else\n4. I don't know\n"
        in message.text
    )
    assert message.text.endswith(catalog("en").text("options.reply_with_number").format(last="4"))
    assert [b.payload for b in message.numbered][1] == '/inform{"situation":"refugee"}'


def test_numbered_options_in_arabic_are_isolated() -> None:
    message = render("utter_ask_has_partner", {}, "ar", "twilio")
    assert f"{FSI}3{PDI}" in message.text


@pytest.mark.parametrize(
    ("reply", "payload"),
    [
        ("2", '/inform{"situation":"refugee"}'),
        (" 2. ", '/inform{"situation":"refugee"}'),
        ("٢", '/inform{"situation":"refugee"}'),  # Arabic-Indic digit
        ("፪", '/inform{"situation":"refugee"}'),  # Ethiopic numeral
        ("4", "/dont_know"),
        ("5", None),
        ("0", None),
        ("two", None),
    ],
)
def test_a_typed_number_resolves_to_the_payload(reply: str, payload: str | None) -> None:
    assert payload_for_reply("utter_ask_situation", reply) == payload


def test_a_typed_number_on_a_response_without_options_resolves_to_nothing() -> None:
    assert payload_for_reply("utter_greet", "1") is None
    assert option_number("1)") == 1


@pytest.mark.parametrize("language", SUPPORTED)
def test_a_typed_question_lists_its_shortcuts_without_numbers(language: str) -> None:
    message = render("utter_ask_children_count", {}, language, "twilio")
    dont_know = catalog(language).text("button.dont_know")
    assert message.buttons == () and message.numbered == ()
    assert message.text.endswith(f"\n\n• {dont_know}")
    assert payload_for_reply("utter_ask_children_count", "1", language) is None


def test_a_message_without_buttons_is_unchanged_on_any_channel() -> None:
    assert render("utter_greet", {}, "pl", "twilio").text == catalog("pl").text("utter_greet")


repayments = st.fixed_dictionaries(
    {
        "so_far_eurocent": st.integers(min_value=0, max_value=5_000_000),
        "per_month_eurocent": st.integers(min_value=0, max_value=200_000),
        "upper_bound": st.booleans(),
        "estimate": st.booleans(),
        "months_so_far": st.integers(min_value=0, max_value=120),
        "from_month": st.one_of(st.none(), st.sampled_from(["2019-01", "2024-03", "2025-12"])),
    }
)


@settings(max_examples=60, deadline=None)
@given(repayment=repayments, language=st.sampled_from(SUPPORTED))
@example(  # no ALO-kop paid at the income given: the zero line, in Arabic
    repayment={
        "so_far_eurocent": 0,
        "per_month_eurocent": 0,
        "upper_bound": False,
        "estimate": True,
        "months_so_far": 16,
        "from_month": "2024-03",
    },
    language="ar",
)
def test_amount_lines_say_up_to_and_estimate_exactly_when_flagged(
    repayment: dict[str, Any], language: str
) -> None:
    risk = {
        "code": "alo_kop_unregistered_partner",
        "benefit": "kindgebonden_budget",
        "severity": "high",
        "repayment": repayment,
        "reason": "risk.alo_kop_unregistered_partner.spouse_abroad",
        "citations": [],
    }
    text = risk_text(risk, language)
    catalog_ = catalog(language)  # type: ignore[arg-type]
    assert (catalog_.text("repayment.upper_bound_note") in text) == repayment["upper_bound"]
    assert (catalog_.text("repayment.estimate_note") in text) == repayment["estimate"]
    nothing = not repayment["so_far_eurocent"] and not repayment["per_month_eurocent"]
    zero_line = catalog_.text("repayment.none_at_income").split("{amount}")[0]
    assert (zero_line in text) == (nothing and not repayment["upper_bound"])
    if repayment["per_month_eurocent"]:
        amount = isolate(money(repayment["per_month_eurocent"], language), language)  # type: ignore[arg-type]
        key = "repayment.per_month" + (".upper_bound" if repayment["upper_bound"] else "")
        assert catalog_.text(key).format(amount=amount) in text
    if repayment["months_so_far"] and repayment["so_far_eurocent"]:
        assert isolate(money(repayment["so_far_eurocent"], language), language) in text  # type: ignore[arg-type]
    assert "{" not in text


def test_arabic_isolates_amounts_links_and_form_names() -> None:
    text = render("utter_result_steps", {"assessment": {"actions": [
        {"code": "report_partner_abroad", "priority": 1, "reason": "action.report_partner_abroad"},
    ]}}, "ar").text  # fmt: skip
    assert f"{FSI}Verzoek burgerservicenummer toeslagpartner buitenland{PDI}" in text
    assert f"{FSI}https://www.belastingdienst.nl/" in text
    assert render("utter_ask_situation", {}, "ar").direction == "rtl"
    assert FSI not in render("utter_result_steps", {"assessment": {"actions": []}}, "nl").text


def test_the_summary_puts_the_dutch_copy_under_the_users_language() -> None:
    from tests.i18n.test_render import SPOUSE

    polish = render("utter_summary", {"assessment": SPOUSE}, "pl").text
    dutch = render("utter_summary", {"assessment": SPOUSE}, "nl").text
    assert polish.index("Podsumowanie sprawdzenia dodatków") < polish.index(
        "Samenvatting toeslagen-check"
    )
    receipt = (
        "\n────────────\n"  # the helpdesk receipt follows the documents, in the user's language
    )
    assert dutch.rsplit(receipt, 1)[0].split("\n\n", 1)[1] in polish.rsplit(receipt, 1)[0]
    assert dutch.count("Samenvatting toeslagen-check") == 1


def test_the_unverified_number_abroad_is_printed_only_with_its_caveat() -> None:
    for language in SUPPORTED:
        for key in ("utter_faq_report_partner", "action.report_partner_abroad"):
            text = catalog(language).text(key)  # type: ignore[arg-type]
            assert "BelastingTelefoon Buitenland" in text
            assert "538" not in text and "+31" not in text
        # The one place with the number says, in the same sentence pair, that it is unverified.
        line = catalog(language).text("help.phone_abroad")  # type: ignore[arg-type]
        assert "{phone}" in line and "belastingdienst.nl" in line


@pytest.mark.parametrize(
    ("language", "months", "word"),
    [
        ("ar", 1, "شهر واحد"),
        ("ar", 2, "شهرين"),
        ("ar", 3, "أشهر"),
        ("ar", 16, "شهرًا"),  # 11-99: Babel's index 5, CLDR "many"
        ("ar", 100, "شهر."),  # 100-102: Babel's index 4, CLDR "other"
        ("pl", 1, "miesiąc"),
        ("pl", 3, "miesiące"),
        ("pl", 12, "miesięcy"),
        ("pl", 22, "miesiące"),
        ("ti", 1, "ወርሒ"),
        ("ti", 5, "ኣዋርሕ"),
        ("nl", 1, "maand."),
        ("en", 16, "months."),
    ],
)
def test_month_counts_take_the_right_plural_form(language: str, months: int, word: str) -> None:
    repayment = {
        "so_far_eurocent": 100_000,
        "per_month_eurocent": 0,
        "upper_bound": False,
        "estimate": False,
        "months_so_far": months,
        "from_month": None,
    }
    risk = {"reason": "risk.alo_kop_retroactive.partner_registered", "repayment": repayment}
    assert word in risk_text(risk, language)
