"""Every button payload names an intent the Rasa domain declares, and every /inform entity is a
declared entity, so a click is understood without NLU."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from bot.i18n import render
from tests.i18n.test_render import arguments_for, domain_responses

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"
PAYLOAD = re.compile(r"^/(?P<intent>[a-z_]+)(?P<entities>\{.*\})?$")


@cache
def declared(section: str) -> frozenset[str]:
    names: set[str] = set()
    for path in DOMAIN.glob("*.yml"):
        for item in (yaml.safe_load(path.read_text()) or {}).get(section, []) or []:
            names.add(next(iter(item)) if isinstance(item, dict) else item)
    return frozenset(names)


@pytest.mark.parametrize("response", domain_responses())
def test_button_payloads_use_declared_intents_and_entities(response: str) -> None:
    intents, entities = declared("intents"), declared("entities")
    for button in render(response, arguments_for(response), "nl", "rest").buttons:
        match = PAYLOAD.match(button.payload)
        assert match, button.payload
        assert match["intent"] in intents, button.payload
        if match["entities"]:
            assert set(json.loads(match["entities"])) <= entities, button.payload
