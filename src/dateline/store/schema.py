"""The database's tables: `articles` (every record field; lists as JSON; with `source` and
`ingested`), `errors` (source, reason, time), one table per record layer (`LAYERS`: one row
per record with its article id, its index `n` and offsets; created as rows arrive), and an
FTS5 index over title and text (`articles_fts`); `signatures` (each article's MinHash) and
`bands` (each story's LSH band keys, with the article that brought each) find syndicated
copies, whose articles share a `story_id`."""

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
    "notes": str,
    "schema": str,
    "source": str,
    "ingested": str,
    "story_id": str,
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the article and error tables and the full-text index where missing."""
    if not db["articles"].exists():
        db["articles"].create(ARTICLE_COLUMNS, pk="id")
        db["articles"].create_index(["published"])
        db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True)
    for column in ("story_id", "notes"):  # a database from before them
        if column not in db["articles"].columns_dict:
            db["articles"].add_column(column, str)
    db["articles"].create_index(["story_id"], if_not_exists=True)
    if not db["signatures"].exists():  # MinHash per article, and its LSH band keys
        db["signatures"].create(
            {"article_id": str, "minhash": str, "shingles": int}, pk="article_id"
        )
        db["bands"].create({"key": str, "story_id": str, "article_id": str})
        db["bands"].create_index(["key"])
        db["bands"].create_index(["story_id"])
    if not db["errors"].exists():
        db["errors"].create({"id": int, "source": str, "reason": str, "time": str}, pk="id")
    db["errors"].create_index(["source"], if_not_exists=True)
    for table in (*LAYERS, "signatures", "bands"):
        link_to_article(db, table)


ARTICLE_KEY = ("article_id", "articles", "id")


def link_to_article(db: sqlite_utils.Database, table: str) -> None:
    """Declare `table.article_id` a foreign key to `articles.id` (Datasette then links each
    row to its article); a table from before the declaration gets it once."""
    if not db[table].exists():
        return
    if not any(key.column == "article_id" for key in db[table].foreign_keys):
        db[table].add_foreign_key(*ARTICLE_KEY)
