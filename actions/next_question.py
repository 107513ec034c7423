"""Which form questions this household needs, in the order they are asked.

Two sources, both declared per question in ``bot/questions/declarations.py``: the household's
shape (``relevant``: a partner abroad makes its country relevant, children make the benefits
for children relevant) and the rules core's ``assessment.questions`` (facts whose answer would
change the outcome, mapped by ``FACT_TO_SLOT``). Pure: no Rasa.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.questions import DONT_KNOW, FACT_TO_SLOT, ORDER, RELEVANT, Slots


def required_slots(slots: Slots, question_facts: Iterable[str]) -> list[str]:
    """The slots to fill, in conversation order: the relevant ones plus those the core asks for."""
    wanted = {slot for slot, relevant in RELEVANT if relevant(slots)}
    wanted |= {FACT_TO_SLOT[fact] for fact in question_facts if fact in FACT_TO_SLOT}
    return [slot for slot in ORDER if slot in wanted]


def next_slot(slots: Slots, question_facts: Iterable[str]) -> str | None:
    """The first required slot without an answer ("I don't know" is an answer)."""
    return next(
        (slot for slot in required_slots(slots, question_facts) if slots.get(slot) is None),
        None,
    )


__all__ = ["DONT_KNOW", "FACT_TO_SLOT", "next_slot", "required_slots"]
