"""The pure parts of the channel webhooks (bot/service/gateway/channels.py): Twilio's signature,
where an update's chat and text are, and what an agent gets to read."""

from __future__ import annotations

import json

from bot.service.gateway.channels import (
    Incoming,
    held_text,
    telegram_incoming,
    twilio_incoming,
    twilio_signature,
)


def test_the_twilio_signature_matches_twilios_documented_example() -> None:
    # https://www.twilio.com/docs/usage/security#validating-requests
    form = [
        ("To", "+18005551212"),  # out of order on purpose: the signature sorts them
        ("CallSid", "CA1234567890ABCDE"),
        ("Caller", "+12349013030"),
        ("Digits", "1234"),
        ("From", "+12349013030"),
    ]
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert twilio_signature("12345", url, form) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    assert twilio_signature("12345", url, [*form[:-1], ("From", "+1")]) != (
        "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    )


def _update(**body: object) -> bytes:
    return json.dumps({"update_id": 1, **body}).encode()


def test_the_chat_and_text_are_read_where_rasas_connector_reads_them() -> None:
    chat = {"id": -1001, "type": "group"}
    assert telegram_incoming(_update(message={"chat": chat, "text": "hoi"})) == Incoming(
        "-1001", "hoi"
    )
    assert telegram_incoming(_update(edited_message={"chat": chat, "text": "hoi!"})).text == "hoi!"
    button = _update(callback_query={"data": "/affirm", "message": {"chat": chat, "text": "?"}})
    assert telegram_incoming(button) == Incoming("-1001", "/affirm")
    assert telegram_incoming(_update(message={"chat": chat, "photo": []})) == Incoming(
        "-1001", None
    )
    assert telegram_incoming(_update(my_chat_member={})) == Incoming(None, None)
    assert telegram_incoming(b"not json") == Incoming(None, None)
    assert twilio_incoming([("From", "whatsapp:+31612345678"), ("Body", "2")]) == Incoming(
        "whatsapp:+31612345678", "2"
    )
    assert twilio_incoming([("Body", "2")]).address is None


def test_what_an_agent_reads_is_cleaned_and_redacted() -> None:
    assert held_text("IBAN NL91ABNA0417164300 \u202eok", 2000) == "IBAN [IBAN] ok"
    assert held_text("x" * 3000, 2000) == "x" * 2000
    assert held_text("   ", 2000) is None
    assert held_text(None, 2000) is None
