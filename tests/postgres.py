"""A throwaway database on the machine's PostgreSQL (127.0.0.1:5432, trust auth, user postgres),
for the tests that run a store on both engines. Every CI machine has that server, so a missing
one is an error here, not a skip."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

SERVER = "postgresql://postgres@127.0.0.1:5432"


@contextmanager
def throwaway_database(prefix: str) -> Iterator[str]:
    """The URL of a new, empty database; dropped afterwards, even with connections still open."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"{SERVER}/{name}"
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
