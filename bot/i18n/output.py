"""What the renderer returns: text, buttons, language and direction. Channel-neutral."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.i18n.languages import Direction, Language


@dataclass(frozen=True)
class Button:
    title: str
    payload: str

    def as_dict(self) -> dict[str, str]:
        return {"title": self.title, "payload": self.payload}


@dataclass(frozen=True)
class Message:
    text: str
    language: Language
    direction: Direction
    buttons: tuple[Button, ...] = ()
    # Options the user may answer by number on a channel without buttons (see channels.py).
    numbered: tuple[Button, ...] = field(default=())
