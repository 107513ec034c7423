"""What kind of answer a form question takes, and the buttons under it (before translation).

Pure data: no catalogs, no Rasa. ``bot/i18n/buttons.py`` turns a ``Choice`` into a titled button
with a payload; ``actions/answers.py`` reads a typed or pressed answer by its ``SlotKind``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

# Stored in a slot when the user says "I don't know". Maps to ``None`` (unknown) in Household.
DONT_KNOW = "dont_know"
# Stored in ``income`` or ``partner_income`` when the user prefers not to give it.
DECLINED = "declined"

# Kinds answered with one of a few buttons; every other kind is typed (a number, a month, a
# country, an amount) and its buttons are only shortcuts.
CHOICE_KINDS = frozenset({"enum", "bool"})


@dataclass(frozen=True)
class SlotKind:
    """How an answer is read: ``enum`` (one of ``values``), ``bool``, ``int`` (``low``..``high``),
    ``month`` (YYYY-MM), ``month_or_no``, ``country``, ``country_or_no``, ``ages``, ``money``
    (whole euros a year), ``rate`` (eurocents per hour, ``low``..``high``)."""

    kind: str
    values: tuple[str, ...] = ()
    low: int = 0
    high: int = 0

    @property
    def typed(self) -> bool:
        """Answered by typing: a typed number is the answer, never "the n-th button"."""
        return self.kind not in CHOICE_KINDS


def one_of(literal: Any) -> SlotKind:
    """An ``enum`` whose values are those of a ``Household`` Literal type, in its order."""
    return SlotKind("enum", tuple(str(value) for value in get_args(literal)))


YES_NO = SlotKind("bool")


@dataclass(frozen=True)
class Choice:
    """One button before translation: the title's message key (with its ``pgettext`` context
    for answer options) and the slot value it stands for (``DONT_KNOW``: "I don't know")."""

    key: str
    value: object
    context: str | None = None


I_DONT_KNOW = Choice("button.dont_know", DONT_KNOW)


def yes_no_buttons() -> tuple[Choice, ...]:
    return (Choice("button.yes", True), Choice("button.no", False), I_DONT_KNOW)


def option_buttons(context: str, kind: SlotKind) -> tuple[Choice, ...]:
    """One button per value, titled ``option.<value>`` in ``context``, then "I don't know"."""
    return (*(Choice(f"option.{value}", value, context) for value in kind.values), I_DONT_KNOW)


def shortcut_buttons(*shortcuts: tuple[str, object]) -> tuple[Choice, ...]:
    """Under a typed question: a few shortcuts ("not yet", "skip"), then "I don't know"."""
    return (*(Choice(key, value) for key, value in shortcuts), I_DONT_KNOW)


ONLY_DONT_KNOW = (I_DONT_KNOW,)
