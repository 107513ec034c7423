"""`python -m bot.helpdesk users add ...`, the way an organisation makes its first account: run as
a command against the service's database (SQLite and PostgreSQL), then used to sign in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select

from bot.helpdesk.models import AuditEntry, User
from tests.helpdesk.conftest import Console

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough passphrase"


def _command(console: Console, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HELPDESK_PASSWORD"}
    env["ASSISTANT_DATABASE_URL"] = console.url
    return subprocess.run(
        [sys.executable, "-m", "bot.helpdesk", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _signed_in(console: Console, username: str, password: str) -> bool:
    console.logout()
    console.login(username, password)
    return console.client.get("/helpdesk/", follow_redirects=False).status_code == 200


def test_users_add_makes_an_account_with_an_argon2_hash(console: Console) -> None:
    added = _command(
        console, "users", "add", "sanne", "--role", "supervisor", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "added supervisor sanne"
    with console.session() as session:
        user = session.scalars(select(User).where(User.username == "sanne")).one()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "user_add")).all()
    assert (user.role, user.language, user.active) == ("supervisor", "nl", True)
    # Only the hash is kept: argon2id, verifiable, and the password itself appears nowhere.
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert PasswordHasher().verify(user.password_hash, PASSWORD)
    assert [(a.username, a.detail) for a in audit] == [("(command line)", "sanne")]
    listed = _command(console, "users", "list")
    assert "sanne\tsupervisor\tactive" in listed.stdout.splitlines()


def test_the_new_account_signs_in_with_its_password_and_no_other(console: Console) -> None:
    assert (
        _command(console, "users", "add", "joost", "--password-stdin", stdin=PASSWORD).returncode
        == 0
    )
    assert not _signed_in(console, "joost", "a wrong passphrase!")
    assert not _signed_in(console, "joost", PASSWORD.upper())
    assert _signed_in(console, "joost", PASSWORD)
    # An agent by default: the supervisors' pages stay closed.
    assert console.client.get("/helpdesk/users").status_code == 403


def test_a_second_account_with_the_same_name_is_refused_clearly(console: Console) -> None:
    first = _command(console, "users", "add", "sanne", "--password-stdin", stdin=PASSWORD)
    assert first.returncode == 0
    again = _command(
        console, "users", "add", "sanne", "--role", "supervisor", "--password-stdin",
        stdin="another long passphrase",
    )  # fmt: skip
    assert again.returncode == 1
    assert again.stderr.strip() == "error: user 'sanne' exists"
    with console.session() as session:
        users = session.scalars(select(User).where(User.username == "sanne")).all()
    # The first account is untouched: still an agent, still with its own password.
    assert [u.role for u in users] == ["agent"]
    assert PasswordHasher().verify(users[0].password_hash, PASSWORD)


def test_a_short_password_is_refused_and_no_account_is_made(console: Console) -> None:
    short = _command(console, "users", "add", "kim", "--password-stdin", stdin="too short")
    assert short.returncode == 1
    assert "at least 12 characters" in short.stderr
    with console.session() as session:
        assert session.scalars(select(User).where(User.username == "kim")).first() is None
