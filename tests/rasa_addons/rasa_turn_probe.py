"""Run in Rasa's environment by test_turn_safety.py: the duplicate check and the apology against
Rasa's real classes (events, tracker store, remote action, callback NLG), with an action server
and an NLG endpoint that are not there (a closed port). Prints one JSON object."""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.slots import TextSlot
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_addons import apology, once

BUTTONS = [{"title": "Ja", "payload": "/affirm"}]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tracker(sender: str, language: str | None, message_id: str) -> DialogueStateTracker:
    events: list[Any] = [UserUttered("hallo", metadata={"message_id": message_id})]
    if language:
        events.append(SlotSet("language", language))
    slots = [TextSlot("language", mappings=[{"type": "custom"}])]
    return DialogueStateTracker.from_events(sender, events, slots=slots)


class Processor:
    """Only what the duplicate check reads; processing anew would fail on this object."""

    def __init__(self, store: InMemoryTrackerStore) -> None:
        self.tracker_store = store


async def duplicates() -> dict[str, Any]:
    events = [
        UserUttered("hallo", metadata={"message_id": "m1", "language": "nl"}),
        ActionExecuted("utter_greet"),
        BotUttered("Goedendag", data={"buttons": BUTTONS}),
        BotUttered(None, data={"custom": {"language": "nl"}}),
        ActionExecuted("action_listen"),
        UserUttered("tweede", metadata={"message_id": "m2"}),
        BotUttered("Tweede antwoord"),
    ]
    store = InMemoryTrackerStore(Domain.empty())
    await store.save(DialogueStateTracker.from_events("s1", events))
    once.install()

    async def send(message_id: str, check: bool) -> Any:
        metadata = {"message_id": message_id, "check_duplicate": check}
        message = UserMessage("hallo", CollectingOutputChannel(), "s1", metadata=metadata)
        try:
            return await MessageProcessor.handle_message(Processor(store), message)
        except AttributeError:
            return "processed anew"

    return {
        "stored_m1": once.stored_answer(events, "m1"),
        "stored_m3": once.stored_answer(events, "m3"),
        "repeat_m1": await send("m1", True),
        "new_m3_checked": await send("m3", True),
        "m1_unchecked": await send("m1", False),
    }


async def apologies() -> dict[str, Any]:
    apology.install()
    dead = f"http://127.0.0.1:{closed_port()}"
    action = RemoteAction("validate_household_form", EndpointConfig(f"{dead}/webhook"))
    nlg = CallbackNaturalLanguageGenerator(EndpointConfig(f"{dead}/nlg"))
    result: dict[str, Any] = {}

    polish = tracker("s2", "pl", "p1")
    channel = CollectingOutputChannel()
    for attempt in ("first", "second"):  # the same message: one apology
        try:
            await action.run(channel, nlg, polish, Domain.empty())
            result[f"action_{attempt}"] = "no error"
        except Exception as error:
            result[f"action_{attempt}"] = type(error).__name__
    result["action_messages"] = [m.get("text") for m in channel.messages]

    arabic = tracker("s3", "ar", "a1")
    result["nlg_first"] = await nlg.generate("utter_greet", arabic, "rest")
    try:
        result["nlg_second"] = await nlg.generate("utter_greet", arabic, "rest")
    except Exception as error:
        result["nlg_second"] = type(error).__name__
    # No slot yet: the language the gateway sent in the metadata.
    spoken = DialogueStateTracker.from_events(
        "s4", [UserUttered("salut", metadata={"language": "ti", "message_id": "t1"})]
    )
    result["nlg_metadata_language"] = await nlg.generate("utter_greet", spoken, "rest")
    return result


async def main() -> None:
    print(json.dumps({"duplicates": await duplicates(), "apologies": await apologies()}))


if __name__ == "__main__":
    asyncio.run(main())
