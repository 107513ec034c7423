"""bot.rasa_addons.lean_load: a Rasa replica loads DIET without its training step and optimizer,
and answers exactly as Rasa's own load does, on a real trained model (the `rasa` marker: needs
`make train`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.bench.conversation import _examples, _plain
from tests.conversation.stack import model_path
from tests.rasa_probe import run_probe

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("rasa_lean_load_probe.py")

pytestmark = pytest.mark.rasa


def nlu_texts(every: int = 3) -> list[str]:
    """Every third NLU example of every language, as a user would type it (annotations removed)."""
    paths = sorted((ROOT / "bot/data/nlu").rglob("*.yml"))
    return [_plain(text) for path in paths for _, text in _examples(path)][::every]


@pytest.fixture(scope="module")
def loads() -> dict[str, Any]:
    model = model_path()
    if not model.exists():
        raise FileNotFoundError(f"{model} is missing: run `make train` first")
    texts = nlu_texts()
    job = {"model": str(model), "texts": texts}
    return {
        "texts": texts,
        "rasa": run_probe(PROBE, job | {"lean": False}, env={"TF_CPP_MIN_LOG_LEVEL": "3"}),
        "lean": run_probe(PROBE, job | {"lean": True}, env={"TF_CPP_MIN_LOG_LEVEL": "3"}),
    }


def test_the_lean_load_answers_exactly_as_rasas_own(loads: dict[str, Any]) -> None:
    assert len(loads["texts"]) > 1000
    both = zip(loads["texts"], loads["lean"]["parsed"], loads["rasa"]["parsed"], strict=True)
    for text, ours, theirs in both:
        assert [name for name, _ in ours["ranking"]] == [name for name, _ in theirs["ranking"]], (
            text
        )
        for (_, mine), (_, rasas) in zip(ours["ranking"], theirs["ranking"], strict=True):
            assert mine == pytest.approx(rasas, abs=1e-5), text
        assert ours["entities"] == theirs["entities"], text


def test_the_lean_load_holds_far_less_memory(loads: dict[str, Any]) -> None:
    # Rasa's own load keeps the traced training step and two Adam slots per weight.
    assert loads["lean"]["anonymous_mb"] < 0.6 * loads["rasa"]["anonymous_mb"]
