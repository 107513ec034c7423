"""Run inside .venv-rasa (Python 3.10, Rasa 3.6): publish events through Rasa's own event broker.

    .venv-rasa/bin/python tests/helpdesk/rasa_broker_probe.py ENDPOINTS_YML < events.jsonl

Reads the ``event_broker`` section of the endpoints file as Rasa does (read_endpoint_config, with
its ${VAR} expansion), creates the broker as Rasa does (EventBroker.create), and publishes each
event (one JSON object a line, with its sender_id) the way the tracker store streams new events:
``{"sender_id": ..., **Event.from_parameters(event).as_dict()}``. Prints one JSON line.
Imports nothing of the project: Rasa's environment has pydantic v1.
"""

from __future__ import annotations

import asyncio
import json
import sys

from rasa.core.brokers.broker import EventBroker
from rasa.shared.core.events import Event
from rasa.utils.endpoints import read_endpoint_config


async def main(endpoints: str) -> dict:
    config = read_endpoint_config(endpoints, "event_broker")
    broker = await EventBroker.create(config)
    if broker is None:
        raise SystemExit(f"no event broker in {endpoints}")
    published = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        data = json.loads(line)
        event = Event.from_parameters(data)
        if event is None:
            raise SystemExit(f"Rasa does not know the event {data.get('event')!r}")
        broker.publish({"sender_id": data["sender_id"], **event.as_dict()})
        published += 1
    await broker.close()
    return {
        "broker": type(broker).__name__,
        "url": str(broker.engine.url.drivername),
        "published": published,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
