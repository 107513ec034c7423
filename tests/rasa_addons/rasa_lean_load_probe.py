"""Run in Rasa's environment (.venv-rasa) by test_lean_load.py; prints one JSON line.

stdin: {"model": path, "lean": bool, "texts": [...]}. Loads the model as a Rasa replica does
(`Agent.load`), with bot.rasa_addons.lean_load installed or not, parses every text and prints the
intent ranking and entities of each, and the process's anonymous resident memory after loading.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any


def anonymous_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no RssAnon in /proc/self/status")


async def parse_all(agent: Any, texts: list[str]) -> list[dict[str, Any]]:
    parsed = []
    for text in texts:
        result = await agent.parse_message(text)
        parsed.append(
            {
                "ranking": [[i["name"], i["confidence"]] for i in result["intent_ranking"]],
                "entities": [
                    [e["entity"], e["start"], e["end"], e["value"]] for e in result["entities"]
                ],
            }
        )
    return parsed


def main() -> None:
    job = json.load(sys.stdin)
    from bot.rasa_addons.run import disable_telemetry

    disable_telemetry()
    if job["lean"]:
        from bot.rasa_addons import lean_load

        lean_load.install()
    from rasa.core.agent import Agent

    agent = Agent.load(job["model"])
    memory = anonymous_mb()
    parsed = asyncio.run(parse_all(agent, job["texts"]))
    print(json.dumps({"anonymous_mb": memory, "parsed": parsed}))


if __name__ == "__main__":
    main()
