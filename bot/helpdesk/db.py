"""The console's database: an engine per URL, and the Alembic migrations run at startup."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def normalise_url(url: str) -> str:
    """postgresql:// means psycopg 3 (the driver installed), not psycopg2."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def engine_for(url: str) -> Engine:
    url = normalise_url(url)
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            parsed = make_url(url)
            if parsed.get_backend_name() == "sqlite" and parsed.database:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
                engine = create_engine(url, connect_args={"timeout": 15})
                event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = create_engine(url, pool_pre_ping=True)
            migrate(engine)
            _engines[url] = engine
    return engine


def _sqlite_pragmas(connection: object, _record: object) -> None:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    # Deleted rows are overwritten, not left in free pages (erasure must leave nothing).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        # "heads": the console's migrations may branch from 0001 (list indexes, handoff tables);
        # each branch is applied, in any order, without a merge revision.
        command.upgrade(config, "heads")


def dispose(url: str) -> None:
    with _lock:
        engine = _engines.pop(normalise_url(url), None)
    if engine is not None:
        engine.dispose()


def sessions(url: str) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url), expire_on_commit=False)
