"""`python -m bot.rasa_addons.run <rasa arguments>`: Rasa's own CLI, with telemetry off, the
per-turn schema checks compiled once, duplicate messages answered from the tracker
(bot/rasa_addons/once.py), a lock wait that cannot hang (bot/rasa_addons/lock_wait.py), DIET
loaded for prediction only, without its training step (bot/rasa_addons/lean_load.py), an
apology when the action server or the NLG fails (bot/rasa_addons/apology.py) and a turn's events
sent to the SQL event broker in one transaction without reading the conversation again
(bot/rasa_addons/turn_stream.py). The launcher, scripts/train.sh and the test stack start
Rasa through this instead of `.venv-rasa/bin/rasa`.

Telemetry, as Rasa 3.6.21 does it (rasa/telemetry.py, rasa/__main__.py):
- usage events go to Segment only while `is_telemetry_enabled()`, which reads the environment
  variable RASA_TELEMETRY_ENABLED first and only then ~/.config/rasa/global.yml: the variable is
  set to "false" here (and by every caller, for any other Rasa process);
- `initialize_telemetry()` still *writes* a default configuration (enabled, with a new random
  id) to ~/.config/rasa/global.yml when there is none, whatever the variable says: it is
  replaced by one that writes nothing and answers False;
- `initialize_error_reporting()` starts Sentry with the key shipped in the wheel without looking
  at the telemetry setting at all, so crashes would be sent: it is replaced by a no-op.
Together that is `rasa telemetry disable` without writing to the home directory (which is
read-only in the container images).
"""

from __future__ import annotations

import os
import sys

TELEMETRY_ENV = {"RASA_TELEMETRY_ENABLED": "false"}


def disable_telemetry() -> None:
    os.environ.update(TELEMETRY_ENV)
    import rasa.telemetry

    rasa.telemetry.initialize_telemetry = lambda: False
    rasa.telemetry.initialize_error_reporting = lambda: None


def main(argv: list[str] | None = None) -> None:
    disable_telemetry()
    from bot.rasa_addons import apology, cached_jsonschema, lean_load, lock_wait, once, turn_stream

    cached_jsonschema.install()
    lean_load.install()  # about half the memory of a replica: no training graph, no optimizer
    once.install()  # a message sent again after a fail-over is not processed twice
    lock_wait.install()  # a message waiting for its conversation's lock keeps its ticket
    apology.install()  # a failed action server or NLG gets an apology, not silence
    turn_stream.install()  # the broker gets a turn's events in one COMMIT, without a re-read
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
