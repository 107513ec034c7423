"""The declarations agree with the rules core's model, the catalogs, the word lists and the
Rasa domain: drift in any of them fails here."""

from __future__ import annotations

import ast
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from actions.parse.choice_words import SYNONYMS
from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED
from bot.questions import BY_SLOT, DONT_KNOW, QUESTIONS, domain
from rules_core import Household

ROOT = Path(__file__).resolve().parents[2]


def _unwrap(annotation: Any) -> Any:
    """``X | None``, ``Annotated[X, ...]`` and ``tuple[X, ...]`` -> X."""
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is typing.Annotated or origin is tuple:
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation


def field_type(path: str) -> Any:
    """The type at a dotted path of Household (``children[].age``: a field of each child)."""
    model: Any = Household
    for name in path.replace("[]", "").split("."):
        assert isinstance(model, type) and issubclass(model, BaseModel), path
        assert name in model.model_fields, f"{path}: Household has no {name}"
        model = _unwrap(model.model_fields[name].annotation)
    return model


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.slot)
def test_each_question_fills_a_household_field_of_its_kind(question) -> None:
    target = field_type(question.fills)
    if question.kind.kind == "enum":
        assert typing.get_origin(target) is typing.Literal, question.fills
        assert question.kind.values == typing.get_args(target), "options are the Literal's"
    elif question.kind.kind == "bool" and "." in question.fills:
        assert target is bool, question.fills


def test_slots_are_unique_and_answered_facts_are_their_own_paths_or_parents() -> None:
    assert len(BY_SLOT) == len(QUESTIONS)
    for question in QUESTIONS:
        for fact in question.answers:
            assert question.fills == fact or question.fills.startswith(fact), question.slot


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_question_and_button_has_a_text(language: str) -> None:
    texts = catalog(language)
    for question in QUESTIONS:
        assert texts.text(question.message).strip(), question.message
        for choice in question.buttons:
            if choice.context:
                assert texts.option(choice.context, choice.key).strip()
            else:
                assert texts.text(choice.key).strip()


def test_every_question_offers_i_dont_know_last() -> None:
    for question in QUESTIONS:
        assert question.buttons[-1].value == DONT_KNOW, question.slot


def test_synonyms_are_keyed_by_declared_options() -> None:
    declared = {
        (choice.context, str(choice.value))
        for question in QUESTIONS
        for choice in question.buttons
        if choice.context
    }
    listed = {(context, value) for context, options in SYNONYMS.items() for value in options}
    assert listed <= declared, listed - declared
    for options in SYNONYMS.values():
        for words in options.values():
            assert set(words) <= set(SUPPORTED)


def test_the_generated_domain_is_up_to_date() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bot.questions.domain", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_domain_check_fails_on_drift(tmp_path: Path, monkeypatch) -> None:
    stale = tmp_path / "questions.yml"
    stale.write_text(domain.render().replace("utter_ask_partner_wlz_indication", "utter_x"))
    monkeypatch.setattr(domain, "PATH", stale)
    assert domain.main(["--check"]) == 1
    assert domain.main([]) == 0 and domain.main(["--check"]) == 0


def test_the_generated_domain_declares_every_question() -> None:
    generated = yaml.safe_load(domain.render())
    core = yaml.safe_load((ROOT / "bot" / "domain" / "core.yml").read_text())
    entities = {next(iter(e)) if isinstance(e, dict) else e for e in generated["entities"]}
    for question in QUESTIONS:
        assert question.slot in generated["slots"]
        assert question.message in generated["responses"]
        assert question.slot in (core["entities"] if question.nlu_entity else entities)
    assert generated["forms"]["household_form"]["required_slots"] == list(BY_SLOT)


def test_the_questions_package_imports_only_the_rules_core_and_the_standard_library() -> None:
    allowed = set(sys.stdlib_module_names) | {"rules_core", "bot"}
    for path in (ROOT / "bot" / "questions").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, f"{path.name} imports {name}"
                if name.startswith("bot"):
                    assert name.startswith("bot.questions"), f"{path.name} imports {name}"
