"""``make bench``: run every benchmark and write the figures to docs/benchmarks.md.

Each module in this package offers ``bench_<area>() -> dict``; a module whose stack is not
available here reports why instead of a figure, so one missing part does not hide the rest.
"""

from __future__ import annotations

import importlib
import platform
import subprocess
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

AREAS = (
    "rules_core",
    "nlg",
    "gateway",
    "handoff",
    "conversation",
    "helpdesk",
    "typed_answers",
    "scale",
)
OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {cores} cores, {system}, Python {platform.python_version()}"


def _sections(text: str) -> dict[str, str]:
    """The "## <area>" sections of an earlier docs/benchmarks.md, by area."""
    sections: dict[str, str] = {}
    for block in text.split("\n## ")[1:]:
        area = block.split("\n", 1)[0].strip()
        sections[area] = "## " + block.rstrip() + "\n"
    return sections


def main() -> int:
    only = set(sys.argv[1:])
    # `make bench` measures every area; `python -m scripts.bench <area>` re-measures one and keeps
    # the other sections as they were, each with the time it was measured.
    kept = _sections(OUTPUT.read_text()) if only and OUTPUT.exists() else {}
    for area in AREAS:
        if only and area not in only:
            continue
        print(f"bench {area} ...", flush=True)
        try:
            module = importlib.import_module(f"scripts.bench.{area}")
            figures = getattr(module, f"bench_{area}")()
        except Exception as error:  # a benchmark failing must not hide the others
            traceback.print_exc()
            figures = {"not measured": f"{type(error).__name__}: {error}"}
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        rows = "\n".join(f"| {name} | {value} |" for name, value in figures.items())
        kept[area] = f"## {area}\n\nMeasured {stamp}.\n\n| figure | value |\n|---|---|\n{rows}\n"
        print(rows, flush=True)
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        f"# Benchmarks\n\nMeasured on {_machine()} by `make bench`.\n\n"
        + "\n".join(kept[area] for area in AREAS if area in kept)
    )
    print(f"written to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
