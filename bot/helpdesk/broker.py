"""Rasa's SQL event broker, pointed at the console's database (ASSISTANT_DATABASE_URL).

The launcher writes the ``event_broker`` section of Rasa's endpoints.yml from this, so Rasa
publishes its events where the console reads them: the SQLite file by default, PostgreSQL when
the URL names it. Rasa's environment reaches PostgreSQL through psycopg2 (a dependency of Rasa
3.6), so the URL is given to Rasa with that driver. For PostgreSQL the file names only an
environment variable (Rasa expands ``${...}`` when it reads the file): the password stays out
of var/run/endpoints.yml, as the channel secrets do (bot/launcher.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import make_url

# Set by the launcher in Rasa's environment only.
BROKER_URL_VARIABLE = "HELPDESK_EVENT_BROKER_URL"


class UnsupportedDatabaseError(ValueError):
    pass


def rasa_event_broker(database_url: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The ``event_broker`` section for endpoints.yml, and what Rasa's environment needs for it.

    Rasa's SQLEventBroker takes ``dialect`` and ``db`` for SQLite; given a whole URL as ``url``
    (its host), it uses that URL as it is (rasa.core.tracker_store.SQLTrackerStore.get_db_url).
    """
    url = make_url(database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise UnsupportedDatabaseError("the event broker needs a SQLite file, not memory")
        # A relative path is relative to the repository root, where Rasa and the service run.
        return {"type": "SQL", "dialect": "sqlite", "db": url.database}, {}
    if backend == "postgresql":
        rasa_url = url.set(drivername="postgresql+psycopg2")
        section = {"type": "SQL", "dialect": "postgresql", "url": f"${{{BROKER_URL_VARIABLE}}}"}
        return section, {BROKER_URL_VARIABLE: rasa_url.render_as_string(hide_password=False)}
    raise UnsupportedDatabaseError(
        f"ASSISTANT_DATABASE_URL names {backend}: the console runs on SQLite or PostgreSQL"
    )
