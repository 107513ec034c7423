"""After an answer was changed: the answers that no longer fit the household are cleared, so the
form asks again exactly what depends on the change, and nothing else.

A question is asked because of the household's shape (its ``relevant`` rule, as declared in
``declarations.py``) or because the rules core asks for a fact it ``answers``. Its answer is
cleared when neither holds any more: the rule is false ("where does your partner live" after
"no partner") and the core, with that answer taken away, would not ask for it. Ages that no
longer match the number of children are cleared too, so they are asked again. Pure: no Rasa.
"""

from __future__ import annotations

from bot.questions import BY_SLOT, ORDER, Slots
from bot.questions.household import household_from_slots
from rules_core import assess


def _core_asks(slots: Slots, slot: str, assessment_month: str) -> bool:
    without = {**slots, slot: None}
    asked = {
        question.fact
        for question in assess(household_from_slots(without, assessment_month)).questions
    }
    return bool(asked & set(BY_SLOT[slot].answers))


def _fits(slots: Slots, slot: str, assessment_month: str) -> bool:
    question = BY_SLOT[slot]
    if slot == "children_ages":
        ages, count = slots.get(slot), slots.get("children_count")
        if isinstance(ages, list) and isinstance(count, int) and len(ages) != count:
            return False
    # A question can be asked for either reason (its shape, or the core asking for its fact).
    if question.relevant is not None and question.relevant(slots):
        return True
    return bool(question.answers) and _core_asks(slots, slot, assessment_month)


def no_longer_fitting(slots: Slots, changed: str, assessment_month: str) -> list[str]:
    """The answered slots (other than ``changed``) to clear, in conversation order. Cleared one
    by one, so that a cleared answer also clears what hangs on it."""
    current = dict(slots)
    cleared: list[str] = []
    for slot in ORDER:
        if slot == changed or current.get(slot) is None:
            continue
        if not _fits(current, slot, assessment_month):
            current[slot] = None
            cleared.append(slot)
    return cleared
