"""Assessment -> the result responses the action sends, and the summary's reference code. Pure;
no Rasa.

One result sequence, the one the snapshot tests render (tests/i18n/test_snapshots.py): a short
first message for a phone (``utter_result_headline``: what will happen, the amount, the first
step, with buttons for "why?", "all steps", the summary and a word explained). The rest is sent
on request by ``action_result_detail`` (``DETAIL_RESPONSES``).
"""

from __future__ import annotations

import secrets
from typing import Any

from rules_core.assessment import Assessment

Message = tuple[str, dict[str, Any]]

# The intents of the buttons under the result -> the response that answers them.
DETAIL_RESPONSES = {
    "ask_result_why": "utter_result_why",
    "ask_result_steps": "utter_result_steps",
    "ask_result_amount": "utter_result_amount",
    "ask_result_since": "utter_result_since",
    "ask_partner_arrives": "utter_result_partner_arrives",
}

# No 0/O, 1/I/L: the code is read aloud on the phone and typed by the helpdesk.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_LENGTH = 8


def summary_of(assessment: Assessment) -> dict[str, Any]:
    """The assessment without its trace: what the summary and later turns need (and small)."""
    summary = assessment.as_dict()
    summary.pop("trace", None)
    return summary


def result_messages(data: dict[str, Any], situation: str | None) -> list[Message]:
    """The responses of the result for ``summary_of(assessment)``; ``situation`` (the slot)
    makes the help fit the person."""
    return [("utter_result_headline", {"assessment": data, "situation": situation})]


def new_reference_code() -> str:
    """A short random code for the summary (not derived from anything about the person)."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
