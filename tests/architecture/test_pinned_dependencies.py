"""Every environment installs pinned versions, so a new release cannot break a clean checkout.

The Makefile installs each environment with `-c constraints/<env>.txt` (written by `make
constraints` from a working environment). Read from `make -n -B setup`, what the Makefile really
runs: every pip install has a constraints file, and every requirement it names (the extras of
pyproject.toml, or Rasa's own two) is pinned there to a version that the requirement allows.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
PIP_INSTALL = re.compile(r"-m pip install (?P<args>.*)$")


def pip_installs() -> list[list[str]]:
    dry_run = subprocess.run(
        ["make", "-n", "-B", "setup"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [
        shlex.split(match["args"])
        for line in dry_run.stdout.splitlines()
        if (match := PIP_INSTALL.search(line))
    ]


def pins(constraints: Path) -> dict[str, str]:
    pinned: dict[str, str] = {}
    for line in constraints.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"{constraints.name}: {line!r} is not name==version"
            pinned[canonicalize_name(name)] = version
    return pinned


def requirements(args: list[str]) -> list[Requirement]:
    """What an install line asks for: `-e '.[a,b]'` is the project's dependencies plus extras."""
    wanted: list[Requirement] = []
    for before, arg in zip(["", *args], args, strict=False):
        if arg.startswith("-") or before == "-c":
            continue
        if arg.startswith(".["):
            extras = arg.removeprefix(".[").removesuffix("]").split(",")
            wanted += [Requirement(r) for r in PROJECT["dependencies"]]
            for extra in extras:
                wanted += [Requirement(r) for r in PROJECT["optional-dependencies"][extra]]
        else:
            wanted.append(Requirement(arg))
    return wanted


def constraints_file(args: list[str]) -> Path:
    assert "-c" in args, f"pip install without a constraints file: {args}"
    return ROOT / args[args.index("-c") + 1]


def test_every_environment_is_installed_with_a_constraints_file() -> None:
    installs = pip_installs()
    assert len({constraints_file(args) for args in installs}) == 3  # service, Rasa, actions
    assert all(constraints_file(args).is_file() for args in installs)


def unpinned(args: list[str]) -> list[str]:
    constraints = constraints_file(args)
    pinned = pins(constraints)
    missing = []
    for requirement in requirements(args):
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            missing.append(f"{constraints.name}: {requirement} (pinned: {version})")
    return missing


def test_every_declared_dependency_is_pinned_to_an_allowed_version() -> None:
    installs = pip_installs()
    assert sum(len(requirements(args)) for args in installs) > 20
    assert [m for args in installs for m in unpinned(args)] == [], (
        "install the new dependency, then run `make constraints`"
    )


def test_a_missing_or_out_of_range_pin_is_reported(tmp_path: Path) -> None:
    constraints = tmp_path / "env.txt"
    constraints.write_text("# pins\nBabel==2.16.0\nfastapi==0.115.0\n", encoding="utf-8")
    args = ["-q", "-c", str(constraints), "babel>=2.17", "FastAPI>=0.115", "prometheus-client"]
    assert unpinned(args) == [
        "env.txt: babel>=2.17 (pinned: 2.16.0)",
        "env.txt: prometheus-client (pinned: None)",
    ]
