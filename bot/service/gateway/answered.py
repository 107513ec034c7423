"""The answers to messages that came with a client message id, for a client that sends the same
message again (a lost response, a retry after a timeout): it gets the same answer, and nothing is
sent to Rasa or stored twice.

Kept in this process for the most recent messages. A repeat that reaches another gateway replica
(or comes after this memory forgot it) still goes to Rasa, marked `check_duplicate`, and Rasa
answers it from the tracker without processing it again (bot/rasa_addons/once.py).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

Answer = TypeVar("Answer")


class AnsweredMessages(Generic[Answer]):
    def __init__(self, limit: int = 20_000) -> None:
        self.limit = limit
        self._answers: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conversation_id: str, message_id: str) -> Answer | None:
        with self._lock:
            return self._answers.get((conversation_id, message_id))

    def put(self, conversation_id: str, message_id: str, answer: Answer) -> None:
        with self._lock:
            self._answers[(conversation_id, message_id)] = answer
            self._answers.move_to_end((conversation_id, message_id))
            while len(self._answers) > self.limit:
                self._answers.popitem(last=False)
