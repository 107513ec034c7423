"""The household form's questions, declared once (``declarations.py``), and the tables the
actions, the NLG, the domain and the tests derive from them.

Shared by the action server, the NLG service and the tests: imports only ``rules_core`` and the
standard library. docs/questions.md is the guide.
"""

from __future__ import annotations

from bot.questions.declarations import QUESTIONS
from bot.questions.kinds import DECLINED, DONT_KNOW, Choice, SlotKind
from bot.questions.question import Question, Rule, Slots

BY_SLOT: dict[str, Question] = {question.slot: question for question in QUESTIONS}
# Every form slot and how its answer is read, in conversation order.
FORM_SLOTS: dict[str, SlotKind] = {question.slot: question.kind for question in QUESTIONS}
# Rules-core question facts (rules_core/codes.py QUESTION_FACTS) -> the form slot that answers it.
FACT_TO_SLOT: dict[str, str] = {
    fact: question.slot for question in QUESTIONS for fact in question.answers
}
# The household's shape: (slot, when it is relevant), in conversation order.
RELEVANT: tuple[tuple[str, Rule], ...] = tuple(
    (question.slot, question.relevant) for question in QUESTIONS if question.relevant is not None
)
ORDER: tuple[str, ...] = tuple(FORM_SLOTS)

__all__ = [
    "BY_SLOT",
    "DECLINED",
    "DONT_KNOW",
    "FACT_TO_SLOT",
    "FORM_SLOTS",
    "ORDER",
    "QUESTIONS",
    "RELEVANT",
    "Choice",
    "Question",
    "SlotKind",
    "Slots",
]
