"""The conversation benchmark: NLU quality per language on held-out data, training time, model
load time, and turn latency through Rasa's REST channel with the action server and NLG running.

- Held-out split: every NLU example goes to "test" when a hash of its text falls in the last
  fifth, so the split is stable across runs and languages. A model is trained on the rest
  (same config) and every test example is parsed through a running Rasa (/model/parse).
- Training time: a full `rasa train` (NLU + rules) of the real data into a temporary folder.
- Model load time: from `rasa run` starting to /status answering with the model.
- Turn latency: the e2e scenarios (tests/conversation) replayed in all five languages.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from tests.conversation.client import Conversation
from tests.conversation.phrases import LANGUAGES, PHRASES
from tests.conversation.scenarios import SCENARIOS
from tests.conversation.stack import ROOT, running_stack

RASA = str(ROOT / ".venv-rasa/bin/rasa")
ENV = os.environ | {
    "PYTHONPATH": str(ROOT),
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "PYTHONWARNINGS": "ignore",
    "RASA_TELEMETRY_ENABLED": "false",
}
NLU = ROOT / "bot/data/nlu"


def _examples(path: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pairs = []
    for block in data.get("nlu", []):
        if "intent" not in block:
            continue
        for line in str(block.get("examples", "")).splitlines():
            text = line.strip()
            if text.startswith("- "):
                pairs.append((block["intent"], text[2:].strip()))
    return pairs


def _held_out(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 5 == 0


def _split(workdir: Path) -> dict[str, list[tuple[str, str]]]:
    """Write the training split (annotations kept) and return the test split per language."""
    train_dir = workdir / "train"
    train_dir.mkdir(parents=True)
    tests: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(NLU.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        language = path.parent.name
        kept = []
        for block in data.get("nlu", []):
            if "intent" not in block:
                kept.append(block)  # lookup tables, synonyms, regexes
                continue
            lines = [ln for ln in str(block.get("examples", "")).splitlines() if ln.strip()]
            train = [ln for ln in lines if not (language in LANGUAGES and _held_out(ln))]
            for ln in lines:
                if language in LANGUAGES and _held_out(ln):
                    tests.setdefault(language, []).append((block["intent"], ln.strip()[2:]))
            kept.append(block | {"examples": "\n".join(train) + "\n"})
        name = f"{language}-{path.stem}.yml"
        (train_dir / name).write_text(
            yaml.safe_dump({"version": "3.1", "nlu": kept}, allow_unicode=True), encoding="utf-8"
        )
    return tests


def _plain(annotated: str) -> str:
    """ "[Polen]{"entity": ...}" -> "Polen": the text a user would type."""
    import re

    text = re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", annotated)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = {gold for gold, _ in pairs} | {predicted for _, predicted in pairs}
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    gold_labels = {gold for gold, _ in pairs}
    return sum(scores) / len(gold_labels) if gold_labels else 0.0


def _train(args: list[str]) -> float:
    """Seconds for one training from scratch: an empty cache of its own, because Rasa's training
    cache (.rasa/cache) would otherwise reuse earlier runs on the same data and time nothing."""
    with tempfile.TemporaryDirectory() as cache:
        start = time.monotonic()
        subprocess.run(
            [RASA, *args, "--quiet"],
            cwd=ROOT,
            env=ENV | {"RASA_CACHE_DIRECTORY": cache},
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return time.monotonic() - start


def _nlu_scores(workdir: Path, config: str = "bot/config.yml") -> dict[str, Any]:
    tests = _split(workdir)
    seconds = _train(
        [
            "train",
            "nlu",
            "--config",
            config,
            "--nlu",
            str(workdir / "train"),
            "--out",
            str(workdir / "nlu-model"),
            "--fixed-model-name",
            "heldout",
        ]
    )
    figures: dict[str, Any] = {"NLU training on the 80 % split (s)": round(seconds)}
    import httpx

    from tests.conversation.stack import free_port

    port = free_port()
    server = subprocess.Popen(
        [
            RASA,
            "run",
            "--enable-api",
            "--model",
            str(workdir / "nlu-model/heldout.tar.gz"),
            "--port",
            str(port),
            "--interface",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/status", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        with httpx.Client(timeout=30) as client:
            for language in LANGUAGES:
                pairs = []
                for gold, text in tests.get(language, []):
                    parsed = client.post(f"{url}/model/parse", json={"text": _plain(text)})
                    pairs.append((gold, parsed.json()["intent"]["name"]))
                if not pairs:
                    figures[f"{language}: intents"] = "no NLU data"
                    continue
                accuracy = sum(g == p for g, p in pairs) / len(pairs)
                figures[f"{language}: intent accuracy (held-out n={len(pairs)})"] = (
                    f"{accuracy:.3f}"
                )
                figures[f"{language}: intent macro-F1"] = f"{_macro_f1(pairs):.3f}"
                worst = Counter((g, p) for g, p in pairs if g != p).most_common(2)
                if worst:
                    figures[f"{language}: most frequent confusions"] = ", ".join(
                        f"{g}->{p} ×{n}" for (g, p), n in worst
                    )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return figures


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _latency(workdir: Path, model: Path) -> dict[str, Any]:
    started = time.monotonic()
    with running_stack(workdir, model) as stack:
        load_seconds = time.monotonic() - started
        timings: list[float] = []
        for language in LANGUAGES:
            for answers in SCENARIOS.values():
                chat = Conversation(stack.rasa_url, language)
                chat.say(PHRASES[language]["hello"])
                chat.press("start_check")
                for _ in range(40):
                    slot = chat.asked
                    if slot is None or slot not in answers:
                        break
                    kind, value = answers[slot]
                    start = time.monotonic()
                    if kind == "press":
                        chat.press("inform", **{slot: value})
                    elif kind == "say":
                        chat.say(PHRASES[language][value])
                    else:  # ("dont_know", None): the "I don't know" button
                        chat.press("dont_know")
                    timings.append(time.monotonic() - start)
    return {
        "model load: all three processes started to ready (s)": f"{load_seconds:.1f}",
        "turns measured (REST, with actions and NLG)": len(timings),
        "turn latency p50 (ms)": f"{1000 * statistics.median(timings):.0f}",
        "turn latency p95 (ms)": f"{1000 * _percentile(timings, 0.95):.0f}",
    }


def bench_conversation() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        figures = _nlu_scores(workdir / "nlu")
        full = workdir / "full"
        seconds = _train(
            [
                "train",
                "--config",
                "bot/config.yml",
                "--domain",
                "bot/domain",
                "--data",
                "bot/data",
                "--out",
                str(full),
                "--fixed-model-name",
                "full",
            ]
        )
        figures["full training, NLU + rules (s)"] = round(seconds)
        stack_dir = workdir / "stack"
        stack_dir.mkdir()
        try:
            figures |= _latency(stack_dir, full / "full.tar.gz")
        except Exception as error:  # keep the NLU and training figures when the stack fails
            figures["turn latency"] = f"not measured: {type(error).__name__}: {error}"
    return figures
