"""Service settings: embedded defaults that run on a laptop, overridable by environment variables."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import Depends
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    # Rasa REST channel URLs; a conversation is always routed to the same one (hash of its id).
    rasa_urls: list[str] = ["http://127.0.0.1:5005"]
    action_server_url: str = "http://127.0.0.1:5055"
    # Origins allowed to embed the widget (CORS).
    allowed_origins: list[str] = ["http://localhost:8000", "http://127.0.0.1:8000"]
    default_language: str = "nl"


@lru_cache
def get_settings() -> Settings:
    return Settings()


SettingsDep = Annotated[Settings, Depends(get_settings)]
