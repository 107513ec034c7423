"""One form question, declared once: everything the actions, the NLG, the domain and the tests
need to know about it. The declarations themselves are in ``declarations.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.questions.kinds import Choice, SlotKind

Slots = dict[str, Any]
# When a question is relevant, from the answers so far.
Rule = Callable[[Slots], bool]


@dataclass(frozen=True)
class Question:
    """``slot``: the Rasa slot (and the entity its buttons carry). ``fills``: the dotted path in
    ``rules_core.Household`` the answer becomes (``children[].age`` for a field of each child).
    ``relevant``: when the household's shape alone makes the question needed; ``None`` means
    only when the rules core asks for one of ``answers`` (facts of
    ``rules_core.codes.QUESTION_FACTS``). Its place in ``QUESTIONS`` is its place in the
    conversation. ``nlu_entity``: the NLU also tags free text with this entity, so the entity
    is declared with the NLU's own entities (``bot/domain/core.yml``), not generated."""

    slot: str
    fills: str
    kind: SlotKind
    buttons: tuple[Choice, ...]
    relevant: Rule | None = None
    answers: tuple[str, ...] = ()
    nlu_entity: bool = False

    @property
    def message(self) -> str:
        """The response (and catalog key) that asks it: ``utter_ask_<slot>``, as Rasa's forms
        expect."""
        return f"utter_ask_{self.slot}"

    @property
    def only_when_asked(self) -> bool:
        return self.relevant is None
