"""One running stack (NLG + action server + Rasa) for the whole e2e session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conversation.client import Conversation
from tests.conversation.stack import Stack, running_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack(tmp_path_factory.mktemp("rasa-stack")) as running:
        yield running


@pytest.fixture
def conversation(stack: Stack):
    """A new conversation; call it with a language to send that as page metadata."""

    def start(language: str | None = None) -> Conversation:
        return Conversation(stack.rasa_url, language)

    return start
