"""Run in Rasa's environment (.venv-rasa) by test_cached_jsonschema.py; prints one JSON line.

stdin: {"actions": [result, ...], "nlg": [content, ...], "timing_calls": n}. For each input the
outcome of Rasa's own validation and of the cached one ("ok", or the exception type and message),
and the time per call of both for the first valid action result.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any


def outcome(call: Any, value: Any) -> dict[str, Any]:
    try:
        return {"ok": call(value)}
    except Exception as error:
        return {
            "error": type(error).__name__,
            "message": str(getattr(error, "message", error)),
            "path": list(getattr(error, "absolute_path", [])),
            "validator": getattr(error, "validator", None),
        }


def per_call_seconds(call: Any, value: Any, calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call(value)
    return (time.perf_counter() - started) / calls


def main() -> None:
    request = json.loads(sys.stdin.read())
    from rasa.core.actions.action import RemoteAction
    from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator
    from rasa.utils.endpoints import EndpointConfig

    from bot.rasa_addons import cached_jsonschema

    action = RemoteAction("action_probe", EndpointConfig("http://127.0.0.1:1/webhook"))
    results: dict[str, Any] = {}
    for label in ("original", "cached"):
        if label == "cached":
            cached_jsonschema.install()
        validate_nlg = CallbackNaturalLanguageGenerator.validate_response
        results[label] = {
            "actions": [outcome(action._validate_action_result, r) for r in request["actions"]],
            "nlg": [outcome(validate_nlg, c) for c in request["nlg"]],
            "seconds_per_action_call": per_call_seconds(
                action._validate_action_result, request["actions"][0], request["timing_calls"]
            ),
            "method": RemoteAction._validate_action_result.__module__,
        }
    cached_jsonschema.uninstall()
    results["restored"] = RemoteAction._validate_action_result.__module__
    print(json.dumps(results))


if __name__ == "__main__":
    main()
