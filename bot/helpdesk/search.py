"""The list's word search: every word of the query starts a word of the conversation.

The index keeps each conversation's words once, lower-cased, space-delimited with a leading and
trailing space (" heeft u een partner "). PostgreSQL turns them into a stored tsvector with a
GIN index (migration 0004); SQLite, the small-deployment fallback, matches " word" with LIKE.
Both engines find the same conversations because the words are cut here, in Python, not by a
text-search parser: PostgreSQL's own parser splits some words (hyphens, e-mail addresses)
differently, and no language's stemming fits texts in five languages plus Dutch renderings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, and_, cast, false, literal, literal_column, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from bot.helpdesk.models import Conversation

# Letters and digits; "_" and punctuation separate words, as they do for a reader.
WORD = re.compile(r"[^\W_]+")
# A tsvector holds at most 1 MB and a lexeme 2 KB: a pasted essay must not stop the ingest.
LONGEST_WORD = 100
MOST_WORDS = 5_000
# Below this many matches, reading them through the word index and sorting them is faster than
# walking the sort order and testing each conversation (docs/benchmarks.md, helpdesk).
FEW_MATCHES = 4_000


def words(text: str) -> list[str]:
    """The distinct words of a text, lower-cased, in the order they first appear."""
    found = (word[:LONGEST_WORD] for word in WORD.findall(text.lower()))
    return list(dict.fromkeys(found))[:MOST_WORDS]


def stored(text: str) -> str:
    """What the index keeps of a conversation's searchable text."""
    return " " + " ".join(words(text)) + " " if text else " "


def matches(query: str, dialect: str) -> ColumnElement[bool]:
    """Conversations in which each word of the query begins some word."""
    wanted = words(query)
    if not wanted:
        return false()  # only punctuation: nothing to look for, so nothing is found
    if dialect == "postgresql":
        # Cast, not to_tsquery: the words are already cut and must not be parsed again.
        # The words hold only letters and digits, so none needs quoting beyond the quotes.
        prefixes = " & ".join(f"'{word}':*" for word in wanted)
        vector: ColumnElement[Any] = literal_column("helpdesk_conversations.search_vector")
        return vector.op("@@")(cast(literal(prefixes), TSQUERY))
    # No word holds "%" or "_", so no LIKE wildcard needs escaping.
    return and_(*(Conversation.search_text.like(f"% {word}%") for word in wanted))


@contextmanager
def through_word_index(session: Session) -> Iterator[None]:
    """PostgreSQL: read the matches through the GIN index, not by testing every conversation.

    The planner does not charge for decompressing a conversation's tsvector, so testing every
    row looks cheap to it; for a word in half the conversations that took 0.6 s against 20 ms
    through the index (which needs no recheck for a query without phrases or weights).
    """
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    session.execute(text("SET LOCAL enable_seqscan = off"))
    session.execute(text("SET LOCAL enable_indexscan = off"))
    try:
        yield
    finally:
        session.execute(text("SET LOCAL enable_seqscan TO DEFAULT"))
        session.execute(text("SET LOCAL enable_indexscan TO DEFAULT"))
