"""Service settings: embedded defaults that run on a laptop, overridable by environment
variables."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Annotated

from fastapi import Depends
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.safety.text import MAX_MESSAGE_CHARS


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    # Rasa REST channel URLs; a conversation is always routed to the same one (hash of its id).
    rasa_urls: list[str] = ["http://127.0.0.1:5005"]
    action_server_url: str = "http://127.0.0.1:5055"
    # Origins allowed to embed the widget (CORS).
    allowed_origins: list[str] = ["http://localhost:8000", "http://127.0.0.1:8000"]

    # Gateway (bot/service/gateway). Only redacted user text and bot messages are stored there.
    conversation_db_path: str = "var/conversations.sqlite3"
    # Transcripts older than this are deleted (checked whenever a conversation starts).
    conversation_retention_days: float = 30.0
    # Sent to Rasa when a conversation starts, so the bot greets first.
    start_payload: str = "/greet"
    # Sent to Rasa when the user picks another language in the widget ({language} is filled in).
    language_payload: str = '/choose_language{{"language": "{language}"}}'
    rasa_timeout_seconds: float = 30.0

    # Helpdesk console (bot/helpdesk). Its tables and Rasa's SQL event broker (bot/endpoints.yml)
    # share this database: SQLite under var/ unless a postgresql:// URL is given.
    database_url: str = "sqlite:///var/helpdesk.db"
    # Rasa's SQL tracker store (bot/endpoints.yml); retention and erasure clean it too.
    tracker_db_path: str = "var/tracker.db"
    # The same store on PostgreSQL (the scaled profile sets it); empty: the SQLite file above.
    tracker_database_url: str = ""
    # Every store (tracker, event broker, console, gateway transcripts) keeps this many days.
    retention_days: float = 90.0
    retention_interval_seconds: float = 3600.0
    helpdesk_session_hours: float = 8.0
    helpdesk_max_failed_logins: int = 5
    helpdesk_lockout_minutes: float = 15.0
    # Talk to a person (bot/service/handoff). Office hours are local times in this time zone,
    # per ISO weekday (1 = Monday); a day without hours has none. The helpline is public.
    handoff_timezone: str = "Europe/Amsterdam"
    handoff_office_hours: dict[int, tuple[str, str]] = {
        1: ("09:00", "17:00"),
        2: ("09:00", "17:00"),
        3: ("09:00", "17:00"),
        4: ("09:00", "17:00"),
        5: ("09:00", "17:00"),
    }
    # Roughly how long one waiting conversation takes an agent; the wait shown is this times
    # the conversations ahead (at least this once).
    handoff_minutes_per_conversation: int = 5
    handoff_helpline: str = "0800-0543"
    # An agent's browser sends a heartbeat every few seconds; without one for this long, the
    # conversation goes back to the queue.
    handoff_heartbeat_timeout_seconds: float = 45.0
    max_message_chars: int = MAX_MESSAGE_CHARS
    max_body_bytes: int = 16_384
    max_webhook_body_bytes: int = 65_536
    # Sliding one-minute windows. The per-client key is the client's address, and many people
    # can share one (a reception centre, a workers' hostel or a library behind one NAT address):
    # the per-client limits only stop floods, the per-conversation limit paces one person.
    rate_messages_per_conversation: int = 20
    rate_requests_per_client: int = 600
    rate_new_conversations_per_client: int = 60
    # Reverse proxies (addresses or networks, a JSON list) whose X-Forwarded-For is believed:
    # from these peers the client address is read from the header (gateway/deps.client_key).
    trusted_proxies: list[str] = []

    # Messaging channels (bot/service/gateway/channels.py): the same variables Rasa's connectors
    # read (bot/credentials.channels.yml), so that the gateway can verify a webhook and work out
    # the conversation (the sender's pseudonym) before Rasa sees anything. A channel's webhook
    # answers 404 while its token is unset.
    telegram_access_token: SecretStr = Field(
        default=SecretStr(""), validation_alias=AliasChoices("TELEGRAM_ACCESS_TOKEN")
    )
    twilio_auth_token: SecretStr = Field(
        default=SecretStr(""), validation_alias=AliasChoices("TWILIO_AUTH_TOKEN")
    )
    # The public URL Twilio posts to (as set in Twilio's console): Twilio signs it with the auth
    # token (X-Twilio-Signature). Set, every WhatsApp webhook must carry a valid signature.
    twilio_webhook_url: str = Field(default="", validation_alias=AliasChoices("TWILIO_WEBHOOK_URL"))
    # The key of the senders' pseudonyms; unset, each channel's own token is the key.
    channel_sender_secret: SecretStr = Field(
        default=SecretStr(""), validation_alias=AliasChoices("CHANNEL_SENDER_SECRET")
    )

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, entries: list[str]) -> list[str]:
        for entry in entries:
            ipaddress.ip_network(entry.strip(), strict=False)  # ValueError: refused at start
        return entries


@lru_cache
def get_settings() -> Settings:
    return Settings()


SettingsDep = Annotated[Settings, Depends(get_settings)]
