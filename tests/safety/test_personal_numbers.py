"""The pure detectors: elfproef, IBAN mod-97, phone numbers and e-mail addresses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.safety import redact_personal_data
from bot.safety.bsn import passes_elfproef
from bot.safety.iban import passes_mod97


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "012345672", "12345672"])
def test_valid_bsns_pass_the_elfproef(bsn: str) -> None:
    assert passes_elfproef(bsn)


@pytest.mark.parametrize("number", ["111222334", "123456789", "000000000", "1234567", "12345678a"])
def test_other_numbers_fail_the_elfproef(number: str) -> None:
    assert not passes_elfproef(number)


def _complete_bsn(first_eight: str) -> str | None:
    """The ninth digit that makes `first_eight` a BSN, if one exists."""
    partial = sum(int(d) * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    for last in range(10):
        if (partial - last) % 11 == 0 and first_eight + str(last) != "000000000":
            return first_eight + str(last)
    return None


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_every_valid_bsn_is_redacted_however_it_is_written(first_eight: str) -> None:
    bsn = _complete_bsn(first_eight)
    if bsn is None:  # about 1 in 11 prefixes has no valid check digit
        return
    for written in (bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}", f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"):
        result = redact_personal_data(f"mijn bsn: {written}, dank")
        assert bsn not in result.text.replace(".", "").replace(" ", "")
        assert result.text == "mijn bsn: [BSN], dank"


@pytest.mark.parametrize(
    "iban",
    [
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "DE89370400440532013000",
        "PL61 1090 1014 0000 0712 1981 2874",
    ],
)
def test_checksum_valid_ibans_pass_and_are_redacted(iban: str) -> None:
    assert passes_mod97(iban)
    result = redact_personal_data(f"rekening {iban} graag")
    assert result.text == "rekening [IBAN] graag"
    assert result.kinds == ("iban",)


def test_an_iban_with_a_wrong_checksum_is_not_an_iban() -> None:
    assert not passes_mod97("NL92ABNA0417164300")


@pytest.mark.parametrize(
    "phone",
    [
        "0612345678",
        "06-12345678",
        "06 1234 5678",
        "+31 6 12345678",
        "+31612345678",
        "0031612345678",
        "(020) 123 4567",
        "+48 600 123 456",
        "600 123 456",
        "+251 91 123 4567",
    ],
)
def test_phone_numbers_are_redacted(phone: str) -> None:
    result = redact_personal_data(f"bel me op {phone} morgen")
    assert result.text == "bel me op [PHONE] morgen"


@pytest.mark.parametrize("email", ["jan@example.nl", "a.b+c@mail.example.com", "محمد@example.com"])
def test_email_addresses_are_redacted(email: str) -> None:
    assert redact_personal_data(f"mail {email}.").text == "mail [EMAIL]."


@pytest.mark.parametrize(
    "ordinary",
    [
        "Ik verdien 2.500,00 euro per maand",
        "Sinds 22-11-2026 10:30 woon ik hier",
        "rok 2025, 1200 zł miesięcznie",
        "3 kinderen, huur 850 euro",
        "Mam 2 dzieci i zarabiam 32000 rocznie",
        "ዓመታዊ ኣታዊ 24000",
    ],
)
def test_amounts_dates_and_years_stay(ordinary: str) -> None:
    result = redact_personal_data(ordinary)
    assert result.text == ordinary
    assert not result.changed


def test_several_kinds_in_one_message_are_all_replaced_and_named_once() -> None:
    result = redact_personal_data("bsn 111222333, 111222333 iban NL91ABNA0417164300 of a@b.nl")
    assert result.text == "bsn [BSN], [BSN] iban [IBAN] of [EMAIL]"
    assert result.kinds == ("email", "iban", "bsn")
