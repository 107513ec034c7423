"""What a typed answer sets, beyond the question asked, and which typed answers are confirmed first.

- One message may answer several partner questions (``actions/parse/several.py``): each slot is
  kept only when the question flow would ask it and it has no answer yet.
- A typed answer that on its own creates a risk (child benefit or a child in another country, a
  partner abroad) is confirmed with buttons before it counts: a misread word must never show a
  risk the user knows is false. A button pressed is never confirmed again.
- The confirmation and "which month of 2012?" are asked through the pseudo-question
  ``CHECK_ANSWER``; what waits for the user's yes is kept in the ``pending_answer`` slot.
Pure; no Rasa.
"""

from __future__ import annotations

import json
from typing import Any

from actions.next_question import required_slots
from actions.parse.several import PARTNER_SLOTS, partner_answers
from bot.questions import DONT_KNOW

CHECK_ANSWER = "check_answer"
PENDING = "pending_answer"
# Questions about the partner: a country named in the answer is where the partner lives.
_ABOUT_PARTNER = frozenset({"has_partner", "relationship", "partner_lives"})


def also_answered(requested: str, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The other partner slots this text answers, that the flow asks and are still open."""
    if requested not in PARTNER_SLOTS:
        return {}
    found = partner_answers(text, about_partner=requested in _ABOUT_PARTNER)
    kept: dict[str, Any] = {}
    known = dict(answers)
    for slot in PARTNER_SLOTS:
        if slot == requested or slot not in found or known.get(slot) is not None:
            continue
        trial = known | kept | {slot: found[slot]}
        if slot in required_slots(trial, ()):
            kept[slot] = found[slot]
    # A partner country only with the "abroad" it belongs to.
    if "partner_country" in kept and (known | kept).get("partner_lives") != "abroad":
        kept.pop("partner_country")
    return kept


def needs_confirmation(values: dict[str, Any], named_option: bool = False) -> dict[str, Any]:
    """The typed values that create a risk on their own, to confirm before they count.
    ``named_option``: the text names the option itself ("abroad", "za granicą"), as clear as
    its button: a partner abroad read that way is not asked back; one read from a country name
    or a sentence about the wife is."""
    risky: dict[str, Any] = {}
    for slot in ("foreign_benefit", "children_abroad"):
        value = values.get(slot)
        if isinstance(value, str) and value not in {"no", "yes", DONT_KNOW}:
            risky[slot] = value
    if values.get("partner_lives") == "abroad" and not (named_option and len(values) == 1):
        risky["partner_lives"] = "abroad"
        if values.get("partner_country"):
            risky["partner_country"] = values["partner_country"]
    return risky


def confirmation_payload(values: dict[str, Any]) -> str:
    """The "Yes" button under the confirmation: the values as a pressed answer."""
    return "/inform" + json.dumps(values, ensure_ascii=False, separators=(",", ":"))
