"""NFKC-normalise the user's text before tokenising.

Rasa's WhitespaceTokenizer treats U+24C2..U+1F251 as emoji and drops tokens made only of such
characters. That range holds the Arabic presentation forms (text pasted from PDFs) and Ethiopic
Extended, so without NFKC those words vanish. Runs inside Rasa (Python 3.10, rasa 3.6).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

TATWEEL = "\u0640"


def normalise(text: str) -> str:
    """NFKC, without the Arabic tatweel (a stretching stroke that carries no meaning)."""
    return unicodedata.normalize("NFKC", text).replace(TATWEEL, "")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class NfkcNormalizer(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NfkcNormalizer:
        return cls()

    def _normalise_all(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text:
                message.set(TEXT, normalise(text))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._normalise_all(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        return self._normalise_all(messages)
