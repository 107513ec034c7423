"""Run a probe script in Rasa's own environment (.venv-rasa: Python 3.10, pydantic v1) and read
the one JSON object it prints last. The tests themselves run in the service's environment, which
cannot import Rasa; the probes exercise Rasa's real classes on their behalf."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"


def run_probe(
    probe: Path,
    job: Any = None,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> Any:
    """The probe's last printed line, parsed; `job` goes to its stdin as JSON when given."""
    result = subprocess.run(
        [str(RASA_PYTHON), str(probe)],
        input=None if job is None else json.dumps(job),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "RASA_TELEMETRY_ENABLED": "false",
            **(env or {}),
        },
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
