"""The layers are import-linter contracts ([tool.importlinter] in pyproject.toml).

`make lint` runs them too; here they run with every `make test`, so CI keeps them. The contracts
are also shown to bite: a copy of the project with one forbidden import added breaks its contract.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
import yaml

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("rules_core", "actions", "bot")


def lint_imports(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # import-linter finds the packages on sys.path, which starts with the working directory.
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["importlinter"]["contracts"])


def test_the_import_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts())} kept, 0 broken." in result.stdout


def _python_only(directory: str, names: list[str]) -> set[str]:
    here = Path(directory)
    return {
        name
        for name in names
        if name == "__pycache__"
        or (here / name).is_symlink()  # bot/models
        or ((here / name).is_file() and not name.endswith(".py"))
    }


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, copy / package, ignore=_python_only)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


VIOLATIONS = [
    ("rules_core/assessment.py", "import bot.i18n.catalog", "core-is-pure"),
    ("rules_core/household.py", "import logging", "core-is-pure"),
    ("bot/i18n/output.py", "import bot.service.settings", "shared-needs-only-core"),
    ("bot/language/detect.py", "import actions.answers", "shared-needs-only-core"),
    ("bot/questions/declarations.py", "import bot.rasa_addons.channels", "shared-needs-only-core"),
    ("bot/safety/redact.py", "import bot.i18n.channels", "safety-stands-alone"),
    ("actions/answers.py", "from bot.service.app import create_app", "actions-not-service"),
    ("bot/rasa_addons/channels.py", "import bot.service.settings", "rasa-addons-apart"),
    ("bot/service/app.py", "from rasa.core.channels import UserMessage", "rasa-only-in-addons"),
]


@pytest.mark.parametrize(("path", "line", "contract"), VIOLATIONS)
def test_a_forbidden_import_breaks_its_contract(
    project_copy: Path, path: str, line: str, contract: str
) -> None:
    target = project_copy / path
    original = target.read_text(encoding="utf-8") if target.exists() else None
    target.parent.mkdir(exist_ok=True)
    for parent in target.relative_to(project_copy).parents:  # a package that is not there yet
        init = project_copy / parent / "__init__.py"
        if parent != Path() and not init.exists():
            init.write_text("")
    target.write_text((original or "") + f"\n{line}\n", encoding="utf-8")
    try:
        broken = lint_imports(project_copy, "--contract", contract)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_text(original, encoding="utf-8")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "BROKEN" in broken.stdout
    assert lint_imports(project_copy, "--contract", contract).returncode == 0


def _named_modules() -> set[str]:
    named: set[str] = set()
    for contract in contracts():
        for key in ("source_modules", "forbidden_modules"):
            named.update(str(m).removesuffix(".**") for m in contract.get(key, ()))  # type: ignore[attr-defined]
    return named


def test_every_part_of_bot_is_placed_in_the_contracts() -> None:
    parts = {
        f"bot.{path.stem}"
        for path in (ROOT / "bot").iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
    }
    assert parts <= _named_modules(), "place the new package in [tool.importlinter]"


def _custom_classes() -> set[str]:
    """Dotted class paths Rasa imports from bot/config.yml and the credentials files."""
    config = yaml.safe_load((ROOT / "bot/config.yml").read_text(encoding="utf-8"))
    names = {step["name"] for step in config["pipeline"] + config["policies"]}
    for credentials in ROOT.glob("bot/credentials*.yml"):
        names |= set(yaml.safe_load(credentials.read_text(encoding="utf-8")) or {})
    return {name for name in names if "." in name}


def test_what_rasa_loads_from_the_project_lives_in_rasa_addons() -> None:
    classes = _custom_classes()
    assert classes, "the NLU component and the channels are named in the Rasa files"
    for dotted in classes:
        module, _, cls = dotted.rpartition(".")
        assert module.startswith("bot.rasa_addons."), dotted
        source = ROOT / (module.replace(".", "/") + ".py")
        assert f"class {cls}(" in source.read_text(encoding="utf-8"), dotted
