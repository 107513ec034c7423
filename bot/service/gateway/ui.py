"""The widget's interface strings per language, from the shared catalogs."""

from __future__ import annotations

from fastapi import APIRouter

from bot.i18n.languages import SUPPORTED
from bot.service.gateway.schemas import LanguageCode, Strict
from bot.service.gateway.texts import language_names, text_direction, ui_strings

router = APIRouter(prefix="/api/v1", tags=["widget"])

LANGUAGE_CODES: tuple[LanguageCode, ...] = SUPPORTED


class LanguageOption(Strict):
    code: LanguageCode
    name: str
    dir: str


class UiStrings(Strict):
    language: LanguageCode
    dir: str
    strings: dict[str, str]
    languages: list[LanguageOption]


@router.get("/ui-strings/{language}", response_model=UiStrings)
async def get_ui_strings(language: LanguageCode) -> UiStrings:
    names = language_names()
    return UiStrings(
        language=language,
        dir=text_direction(language),
        strings=ui_strings(language),
        languages=[
            LanguageOption(code=code, name=names.get(code, code), dir=text_direction(code))
            for code in LANGUAGE_CODES
        ],
    )
