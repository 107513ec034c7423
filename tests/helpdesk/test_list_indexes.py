"""Migrations 0002 and 0004: the indexes behind the list page's menus and search, and the menus' values
read by index probes (queries.distinct_values) equal a plain SELECT DISTINCT."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select

from bot.helpdesk import db, queries
from bot.helpdesk.models import Conversation
from tests.helpdesk.conftest import Console
from tests.helpdesk.rasa_events import assessed, confused

START = 1_767_225_600.0


def test_the_indexes_exist(console: Console) -> None:
    indexes = {
        i["name"] for i in inspect(db.engine_for(console.url)).get_indexes("helpdesk_conversations")
    }
    assert "ix_helpdesk_conversations_risk_codes" in indexes
    assert {
        "ix_helpdesk_conversations_list",
        "ix_helpdesk_conversations_started_at_order",
        "ix_helpdesk_conversations_language_order",
        "ix_helpdesk_conversations_channel_order",
        "ix_helpdesk_conversations_fallbacks_order",
    } <= indexes
    words = "ix_helpdesk_conversations_search_vector"
    assert (words in indexes) == console.url.startswith("postgresql")
    # Migration 0004 made the word index replace the trigram index (and its recheck).
    assert "ix_helpdesk_conversations_search_text_trgm" not in indexes


def test_the_menus_equal_a_plain_distinct(console: Console) -> None:
    console.feed(
        assessed("a", "pl", "rest", START, "AAAA2345"),
        confused("b", "ti", "telegram", START + 1),
        confused("c", "ar", "telegram", START + 2),
        assessed("d", "ti", "twilio_whatsapp", START + 3, "DDDD2345"),
    )
    console.add_user("anna", "agent")
    console.login("anna")
    console.client.get("/helpdesk/")  # ingests
    with console.session() as session:
        for column in ("language", "channel", "risk_codes"):
            plain = session.scalars(
                select(getattr(Conversation, column))
                .distinct()
                .order_by(getattr(Conversation, column))
            )
            assert queries.distinct_values(session, "helpdesk_conversations", column) == [
                v for v in plain if v
            ]
        choices = queries.choices(session)
    assert choices["languages"] == ["ar", "pl", "ti"]
    assert choices["channels"] == ["rest", "telegram", "twilio_whatsapp"]
    assert choices["risks"] == ["alo_kop_unregistered_partner"]


def test_only_the_menu_columns_are_accepted(console: Console) -> None:
    with console.session() as session, pytest.raises(ValueError, match="not a menu column"):
        queries.distinct_values(session, "helpdesk_users", "password_hash")
