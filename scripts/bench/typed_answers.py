"""The typed-answer benchmark (issue 11, part 5): the test set of tests/fixtures/typed_answers,
end to end through Rasa (NLU, rules, the form) and the action server, per language.

Each answer gets a conversation of its own: a greeting starts the session, the tracker is put at
the question (the earlier answers the question needs, the form active, the question requested),
then the answer is typed. It counts as stored correctly when the tracker then holds exactly the
expected values (set, or put to the user to confirm), the year is asked back, or the side
question is answered. The fallback rate is the share of answers that got "this answer does not
fit" or the fallback clarification: the check did not understand a typed answer.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bot.questions import FORM_SLOTS
from tests.conversation.client import Conversation
from tests.conversation.phrases import PHRASES
from tests.conversation.stack import model_path, running_stack
from tests.conversation.typed_answer_set import LANGUAGES, WHY, Item, correct, load

_FALLBACKS = frozenset({"utter_invalid_answer", "utter_fallback_clarify", "utter_default"})


def _event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"event": kind, **fields}


def _put_at_question(chat: Conversation, item: Item) -> None:
    events = [_event("slot", name="language", value=item.language)]
    events += [_event("slot", name=slot, value=value) for slot, value in item.answers.items()]
    events += [
        _event("active_loop", name="household_form"),
        _event("slot", name="requested_slot", value=item.slot),
        _event("action", name="action_listen"),
    ]
    response = chat.client.post(
        f"{chat.rasa_url}/conversations/{chat.sender}/tracker/events", json=events
    )
    response.raise_for_status()


def outcome(chat: Conversation, item: Item, before: int) -> tuple[dict[str, Any], bool]:
    """What the form did with the answer, read from the tracker, and whether it fell back."""
    tracker = chat.tracker()
    uttered = [
        (event.get("metadata") or {}).get("utter_action")
        for event in tracker["events"][before:]
        if event["event"] == "bot"
    ]
    fell_back = any(name in _FALLBACKS for name in uttered)
    explained = next((n for n in uttered if n and n.startswith("utter_faq_")), None)
    if explained:
        return {"explained": explained}, fell_back
    slots = tracker["slots"]
    found = {
        slot: slots.get(slot)
        for slot in FORM_SLOTS
        if slots.get(slot) is not None and item.answers.get(slot) != slots.get(slot)
    }
    if slots.get("requested_slot") == "check_answer":
        pending = slots.get("pending_answer") or {}
        if "year" in pending:
            return {"year": pending["year"]}, fell_back
        found |= pending.get("values") or {}
    return found, fell_back


def bench_typed_answers() -> dict[str, Any]:
    figures: dict[str, Any] = {}
    misses: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    why_right = why_total = 0
    with tempfile.TemporaryDirectory() as tmp, running_stack(Path(tmp), model_path()) as stack:
        for language in LANGUAGES:
            items = load(language)
            right = fallbacks = 0
            for item in items:
                chat = Conversation(stack.rasa_url, language)
                chat.say(PHRASES[language]["hello"])
                _put_at_question(chat, item)
                before = len(chat.tracker()["events"])
                chat.say(item.text)
                found, fell_back = outcome(chat, item, before)
                right += correct(item, found)
                fallbacks += fell_back
                if item.text in WHY[item.language]:
                    why_total += 1
                    why_right += correct(item, found)
                if not correct(item, found):
                    misses[language].append(item.text)
                    print(f"  miss {item}: expected {item.expect}, got {found}", flush=True)
            share = right / len(items)
            figures[f"{language}: typed answers stored correctly (n={len(items)})"] = (
                f"{100 * share:.1f} %"
            )
            figures[f"{language}: fallback inside the check"] = (
                f"{100 * fallbacks / len(items):.1f} %"
            )
            figures[f"{language}: not stored as expected"] = (
                ", ".join(f"“{text}”" for text in misses[language]) or "none"
            )
    figures["examples of issue 11's “Why” stored correctly"] = f"{why_right} of {why_total}"
    figures["set"] = "tests/fixtures/typed_answers (aim: ≥ 90 % stored correctly per language)"
    return figures
