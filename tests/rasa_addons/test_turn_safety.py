"""A message sent again is answered from the tracker, not processed twice (bot/rasa_addons/once.py),
and a failed action server or NLG endpoint gets an apology in the conversation's language
(bot/rasa_addons/apology.py): Rasa's real classes in Rasa's environment, an action server and an
NLG endpoint on a closed port (tests/rasa_addons/rasa_turn_probe.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.i18n.catalog import catalog
from tests.rasa_probe import run_probe

PROBE = Path(__file__).with_name("rasa_turn_probe.py")

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def probed() -> dict[str, Any]:
    return dict(run_probe(PROBE))


def apology(language: str) -> str:
    return catalog(language).text("utter_generic_error")  # type: ignore[arg-type]


def test_a_repeated_message_gets_the_stored_answer_and_is_not_processed(probed: dict) -> None:
    found = probed["duplicates"]
    buttons = [{"title": "Ja", "payload": "/affirm"}]
    assert found["stored_m1"] == [
        {"text": "Goedendag", "buttons": buttons},
        {"text": None, "custom": {"language": "nl"}},
    ]
    assert found["repeat_m1"] == [
        {"recipient_id": "s1", "text": "Goedendag", "buttons": buttons},
        {"recipient_id": "s1", "custom": {"language": "nl"}},
    ]


def test_an_unknown_or_unchecked_message_is_processed(probed: dict) -> None:
    found = probed["duplicates"]
    assert found["stored_m3"] is None
    assert found["new_m3_checked"] == "processed anew"
    assert found["m1_unchecked"] == "processed anew"  # a first attempt costs no tracker read


def test_a_dead_action_server_gets_one_apology_and_rasa_still_drops_its_events(
    probed: dict,
) -> None:
    found = probed["apologies"]
    assert found["action_first"] == found["action_second"] == "RasaException"
    assert found["action_messages"] == [apology("pl")]


def test_a_dead_nlg_endpoint_gets_the_apology_once_per_message(probed: dict) -> None:
    found = probed["apologies"]
    assert found["nlg_first"] == {"text": apology("ar")}
    assert found["nlg_second"] == "ClientConnectorError"
    assert found["nlg_metadata_language"] == {"text": apology("ti")}
