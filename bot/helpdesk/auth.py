"""Accounts, passwords (argon2), login sessions, CSRF tokens and the lockout.

The session cookie holds a random token; the database keeps only its SHA-256, with the CSRF
token of that session. Every form carries the CSRF token; a POST without the right one is
refused. The login form has no session yet: its token is a signed-free double submit (a cookie
and a form field that must match, both random).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.helpdesk.models import LoginSession, User

ROLES = ("agent", "supervisor")
COOKIE = "helpdesk_session"
LOGIN_CSRF_COOKIE = "helpdesk_login_csrf"
_hasher = PasswordHasher()
# Verified when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    pass


@dataclass(frozen=True)
class Agent:
    id: int
    username: str
    role: str
    language: str
    csrf_token: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(
    session: Session, username: str, password: str, role: str, language: str = "nl"
) -> User:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 12:
        raise AccountError("the password must have at least 12 characters")
    if not username or len(username) > 64:
        raise AccountError("the username must have 1 to 64 characters")
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise AccountError(f"user {username!r} exists")
    user = User(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        language=language if language in ("nl", "en") else "nl",
        active=True,
        failed_logins=0,
        created_at=time.time(),
    )
    session.add(user)
    session.commit()
    return user


def set_password(session: Session, username: str, password: str) -> None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no user {username!r}")
    if len(password) < 12:
        raise AccountError("the password must have at least 12 characters")
    user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.locked_until = None
    session.commit()


def set_active(session: Session, username: str, active: bool) -> None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no user {username!r}")
    user.active = active
    if not active:
        session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    session.commit()


def authenticate(
    session: Session, username: str, password: str, max_failed: int, lockout_seconds: float
) -> User | None:
    """The user when the password is right and the account is neither locked nor disabled.
    ``max_failed`` wrong passwords in a row lock the account for ``lockout_seconds``."""
    user = session.scalar(select(User).where(User.username == username))
    now = time.time()
    if user is None:
        with contextlib.suppress(VerificationError, InvalidHashError):
            _hasher.verify(_DUMMY_HASH, password)
        return None
    if user.locked_until and user.locked_until > now:
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= max_failed:
            user.locked_until = now + lockout_seconds
            user.failed_logins = 0
        session.commit()
        return None
    if not user.active:
        return None
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    session.commit()
    return user


def start_session(session: Session, user: User, lifetime_seconds: float) -> str:
    token = secrets.token_urlsafe(32)
    session.execute(delete(LoginSession).where(LoginSession.expires_at < time.time()))
    session.add(
        LoginSession(
            token_hash=_digest(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            expires_at=time.time() + lifetime_seconds,
        )
    )
    session.commit()
    return token


def end_session(session: Session, token: str) -> None:
    session.execute(delete(LoginSession).where(LoginSession.token_hash == _digest(token)))
    session.commit()


def agent_for(session: Session, token: str | None) -> Agent | None:
    if not token:
        return None
    login = session.get(LoginSession, _digest(token))
    if login is None or login.expires_at < time.time():
        return None
    user = session.get(User, login.user_id)
    if user is None or not user.active:
        return None
    return Agent(user.id, user.username, user.role, user.language, login.csrf_token)


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))
