"""Every fact the rules core can ask for (``rules_core.codes.QUESTION_FACTS``) is asked by a
form question, or has a written reason here why the chat does not ask it. A fact without
either would leave the core's question unanswered, and the warning that depends on it silent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.questions.declarations import QUESTIONS
from bot.questions.question import Question

# fact -> why the chat does not ask it. Empty today: every question fact has a form question.
NOT_ASKED: dict[str, str] = {}


def unasked(
    facts: Iterable[str],
    questions: Iterable[Question] = QUESTIONS,
    not_asked: Mapping[str, str] = NOT_ASKED,
) -> list[str]:
    """The facts no question answers and no written reason excuses, in the core's order."""
    answered = {fact for question in questions for fact in question.answers}
    excused = {fact for fact, why in not_asked.items() if why.strip()}
    return [fact for fact in facts if fact not in answered and fact not in excused]
