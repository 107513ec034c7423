"""JSON log lines without personal data, for the service (gateway, NLG) and uvicorn's own loggers.

One object per line: time (UTC), level, logger, event (the message) and the record's `extra`
fields. The gateway already keeps personal data out of what it logs (it logs codes, counts and
kinds, never message text); this formatter is the last line behind that:
- every string is passed through `bot.safety.redact_personal_data` (BSN, IBAN, phone, e-mail),
  and any other run of 8 or 9 digits (BSN-like, even when it fails the elfproef) is masked;
- a conversation id in a path becomes `{id}`;
- an exception is logged as its type and the stack (file, line, function), never its message
  or local values, which may hold what the user typed.

`logging.json` beside this file is the `logging.config.dictConfig` for uvicorn (`--log-config`,
from the launcher and deploy/); `configure()` applies it in-process.
"""

from __future__ import annotations

import json
import logging
import logging.config
import re
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.safety import redact_personal_data

BSN_LIKE = re.compile(r"(?<![\d.])\d{8,9}(?!\d)")
CONVERSATION_IN_PATH = re.compile(r"(/conversations/)[A-Za-z0-9_-]{16,64}")

# The attributes every LogRecord has; anything else on a record came in through `extra`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",  # uvicorn's coloured copy of the message
}


def scrub(text: str) -> str:
    text = CONVERSATION_IN_PATH.sub(r"\1{id}", text)
    text = redact_personal_data(text).text
    return BSN_LIKE.sub("[NUMBER]", text)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _clean(item) for key, item in value.items()}
    return scrub(type(value).__name__)  # an object's repr may hold anything


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": scrub(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in line:
                line[key] = _clean(value)
        if record.exc_info and record.exc_info[0] is not None:
            line["exception"] = record.exc_info[0].__name__
            line["stack"] = [
                f"{frame.filename}:{frame.lineno} in {frame.name}"
                for frame in traceback.extract_tb(record.exc_info[2])
            ]
        return json.dumps(line, ensure_ascii=False)


# uvicorn's --log-config reads the same file (the launcher and deploy/ pass it). In it: one
# JSON handler on stderr; uvicorn's loggers write through it; uvicorn's access log (client
# addresses, paths with conversation ids) is off; httpx only warns.
LOG_CONFIG_FILE = Path(__file__).with_name("logging.json")
LOG_CONFIG: dict[str, Any] = json.loads(LOG_CONFIG_FILE.read_text(encoding="utf-8"))


def configure(level: str = "INFO") -> None:
    config = json.loads(json.dumps(LOG_CONFIG))
    config["root"]["level"] = level.upper()
    logging.config.dictConfig(config)
