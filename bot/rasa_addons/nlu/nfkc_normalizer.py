"""The Rasa component around normalise.py (NFKC and Latin diacritics folded)."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.rasa_addons.nlu.normalise import normalise


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class NfkcNormalizer(GraphComponent):  # type: ignore[misc]  # rasa is not in .venv
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
