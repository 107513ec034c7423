"""What one risk rule found: the risk, the actions it proposes, its steps and open questions."""

from __future__ import annotations

from dataclasses import dataclass, field

from rules_core.assessment import Action, Question, Risk, Step


@dataclass(slots=True)
class Finding:
    steps: list[Step] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    def ask(self, fact: str) -> None:
        self.questions.append(Question(fact=fact, reason=f"question.{fact}"))

    def propose(self, code: str, priority: int, variant: str | None = None) -> None:
        reason = f"action.{code}" if variant is None else f"action.{code}.{variant}"
        self.actions.append(Action(code=code, priority=priority, reason=reason))

    def extend(self, other: Finding) -> None:
        self.steps.extend(other.steps)
        self.risks.extend(other.risks)
        self.actions.extend(other.actions)
        self.questions.extend(other.questions)
