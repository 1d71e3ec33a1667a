"""The database's tables: `articles` (every record field; lists as JSON; with `source` and
`ingested`), `errors` (source, reason, time), one table per record layer (`LAYERS`: one row
per record with its article id, its index `n` and offsets; created as rows arrive), and an
FTS5 index over title and text (`articles_fts`)."""

from __future__ import annotations

import sqlite_utils

LAYERS = ("entities", "quotes", "figures", "events", "places")
ARTICLE_COLUMNS = {
    "id": str,
    "url": str,
    "outlet": str,
    "title": str,
    "published": str,
    "authors": str,
    "credits": str,
    "language": str,
    "text": str,
    "removed": str,
    "entities": str,
    "quotes": str,
    "figures": str,
    "events": str,
    "places": str,
    "tone": str,
    "schema": str,
    "source": str,
    "ingested": str,
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the article and error tables and the full-text index where missing."""
    if not db["articles"].exists():
        db["articles"].create(ARTICLE_COLUMNS, pk="id")
        db["articles"].create_index(["published"])
        db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True)
    if not db["errors"].exists():
        db["errors"].create({"id": int, "source": str, "reason": str, "time": str}, pk="id")
