"""Browser tests: Debian's Chromium driven by Playwright for Python (no browser download).

The stack under test is the real one by default: `python -m bot.launcher` on free ports (Rasa with
the trained model, the action server, the gateway). TOESLAGEN_BROWSER_STACK=fake runs the gateway
in front of the loopback fake Rasa instead, for working on the widget without a model.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "test-output" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Stack:
    url: str
    real: bool
    tracker_db: Path | None


def _wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float, probe: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the stack exited with {process.returncode} while starting")
        try:
            if httpx.get(f"{url}{probe}", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"{url}{probe} not ready after {timeout:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    run_dir = tmp_path_factory.mktemp("stack")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "ASSISTANT_CONVERSATION_DB_PATH": str(run_dir / "conversations.sqlite3"),
        "ASSISTANT_ALLOWED_ORIGINS": json.dumps([url]),
        # The driver answers far faster than a person; the limits have their own API tests.
        "ASSISTANT_RATE_MESSAGES_PER_CONVERSATION": "500",
        "ASSISTANT_RATE_REQUESTS_PER_CLIENT": "5000",
        "ASSISTANT_RATE_NEW_CONVERSATIONS_PER_CLIENT": "500",
    }
    log = (run_dir / "stack.log").open("wb")
    processes: list[subprocess.Popen[bytes]] = []
    real = os.environ.get("TOESLAGEN_BROWSER_STACK", "real") == "real"
    if real:
        env |= {
            "LAUNCHER_GATEWAY_PORT": str(port),
            "LAUNCHER_RASA_PORT": str(_free_port()),
            "LAUNCHER_ACTIONS_PORT": str(_free_port()),
            "LAUNCHER_RUN_DIR": str(run_dir),
            "LAUNCHER_TRACKER_DB": str(run_dir / "tracker.db"),
        }
        argv = [sys.executable, "-m", "bot.launcher"]
    else:
        fake = subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.fake_rasa"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            start_new_session=True,
        )
        processes.append(fake)
        fake_url = fake.stdout.readline().decode().strip()  # type: ignore[union-attr]
        env |= {
            "ASSISTANT_RASA_URLS": json.dumps([fake_url]),
            "ASSISTANT_ACTION_SERVER_URL": fake_url,
        }
        argv = [sys.executable, "-m", "uvicorn", "bot.service.app:app", "--port", str(port)]
    main = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    processes.append(main)
    try:
        # The fake stack has no NLG or action server, so only the gateway's liveness counts there.
        _wait_ready(url, main, 300 if real else 30, "/readyz" if real else "/healthz")
        yield Stack(url=url, real=real, tracker_db=run_dir / "tracker.db" if real else None)
    finally:
        for process in reversed(processes):
            _stop(process)
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    subprocess.run([str(ROOT / "scripts" / "ensure-chromium.sh")], check=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, stack: Stack, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000 if stack.real else 10_000)
    yield page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}-end.png"), full_page=False)
    context.close()


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
