"""Validate what the action server and the NLG endpoint answer with a schema compiled once.

Rasa 3.6 checks every action server response (`RemoteAction._validate_action_result`, in
rasa/core/actions/action.py) and every NLG response (`CallbackNaturalLanguageGenerator.
validate_response`, rasa/core/nlg/callback.py) with `jsonschema.validate(instance, schema)`.
That call first checks the *schema* against its meta-schema and builds a new validator, on every
turn; for the action response that is the large `EVENTS_SCHEMA` (an anyOf over every event type),
which costs far more than checking the small response itself.

`install()` replaces both methods with copies that do exactly what Rasa's do (same result, same
`ValidationError` with the same message suffix, same `RasaException` for NLG) but take the
validator from a cache: the schema is built by the same spec function, checked against its
meta-schema and compiled once, keyed by that function (a subclass that overrides the spec gets
its own entry). `validate()` is `jsonschema.validate` for a schema that is already checked:
`best_match` over the compiled validator's errors, as jsonschema does.

Applied by `bot.rasa_addons.run` before Rasa's CLI starts; nothing is patched on import.
Runs in Rasa's environment (.venv-rasa, jsonschema 4.17).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from jsonschema import exceptions, validators

SchemaFactory = Callable[[], dict[str, Any]]

_compiled: dict[SchemaFactory, Any] = {}
_lock = threading.Lock()
_originals: dict[str, Any] = {}


def compiled_validator(spec: SchemaFactory) -> Any:
    """The validator for the schema `spec()` returns, checked and compiled on first use."""
    validator = _compiled.get(spec)
    if validator is None:
        with _lock:
            validator = _compiled.get(spec)
            if validator is None:
                schema = spec()
                cls = validators.validator_for(schema)
                cls.check_schema(schema)  # a broken schema fails as jsonschema.validate would
                validator = cls(schema)
                _compiled[spec] = validator
    return validator


def validate(instance: Any, spec: SchemaFactory) -> None:
    """`jsonschema.validate(instance, spec())` without rechecking the schema every call."""
    error = exceptions.best_match(compiled_validator(spec).iter_errors(instance))
    if error is not None:
        raise error


def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    # As rasa.core.actions.action.RemoteAction._validate_action_result (3.6.21).
    from rasa.shared.constants import DOCS_BASE_URL

    try:
        validate(result, type(self).action_response_format_spec)
        return True
    except exceptions.ValidationError as e:
        e.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise e


def _validate_nlg_response(content: Any) -> bool:
    # As rasa.core.nlg.callback.CallbackNaturalLanguageGenerator.validate_response (3.6.21).
    from rasa.core.nlg.callback import nlg_response_format_spec
    from rasa.shared.exceptions import RasaException

    try:
        if content is None or content == "":
            return True
        validate(content, nlg_response_format_spec)
        return True
    except exceptions.ValidationError as e:
        raise RasaException(
            f"{e.message}. Failed to validate NLG response from API, make sure "
            f"your response from the NLG endpoint is valid. "
            f"For more information about the format please consult the "
            f"`nlg_response_format_spec` function from this same module: "
            f"https://github.com/RasaHQ/rasa/blob/main/rasa/core/nlg/callback.py"
        ) from e


def install() -> None:
    """Replace Rasa's two per-turn validations by the cached ones (idempotent)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator

    if _originals:
        return
    _originals["action"] = RemoteAction.__dict__["_validate_action_result"]
    _originals["nlg"] = CallbackNaturalLanguageGenerator.__dict__["validate_response"]
    RemoteAction._validate_action_result = _validate_action_result
    CallbackNaturalLanguageGenerator.validate_response = staticmethod(_validate_nlg_response)


def uninstall() -> None:
    """Put Rasa's own methods back (for tests that compare both)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator

    if not _originals:
        return
    RemoteAction._validate_action_result = _originals.pop("action")
    CallbackNaturalLanguageGenerator.validate_response = _originals.pop("nlg")
