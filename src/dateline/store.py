"""The SQLite store (sqlite-utils): the only module that touches the database.

Tables: `articles` (every record field; lists as JSON), `errors` (source, reason, time),
one table per record layer (`entities`, `quotes`, `figures`, `events`, `places`: one row
per record with its article id and offsets) filled as extractors land, and an FTS5 index
over title and text. WAL mode, so readers (Datasette, `dateline search`) never block ingest.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from dateline import geo
from dateline.record import Article, Failure

LAYERS = ("entities", "quotes", "figures", "events", "places")
_ARTICLE_COLUMNS = {
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


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    snippet: str


class Store:
    """A dateline database. Use as a context manager or call close()."""

    def __init__(self, path: str | Path = "dateline.db"):
        self.path = str(path)
        self.db = sqlite_utils.Database(self.path)
        self.db.enable_wal()
        self._ensure_schema()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _ensure_schema(self) -> None:
        if not self.db["articles"].exists():
            self.db["articles"].create(_ARTICLE_COLUMNS, pk="id")
            self.db["articles"].create_index(["published"])
            self.db["articles"].enable_fts(
                ["title", "text"], fts_version="FTS5", create_triggers=True
            )
        if not self.db["errors"].exists():
            self.db["errors"].create(
                {"id": int, "source": str, "reason": str, "time": str}, pk="id"
            )

    def has(self, article_id: str) -> bool:
        return bool(self.db.execute("select 1 from articles where id = ?", [article_id]).fetchone())

    def add(self, article: Article) -> bool:
        """Store an article with its layer rows in one transaction; False if its id is
        already stored (re-ingesting the same content adds nothing)."""
        if self.has(article.id):
            return False
        record = article.to_dict()
        row: dict[str, Any] = {
            key: (
                json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
            )
            for key, value in record.items()
        }
        row["source"] = article.source
        row["ingested"] = _now()
        with self.db.conn:
            self.db["articles"].insert(row)
            for layer in LAYERS:
                rows = [
                    _layer_row(article.id, index, item) for index, item in enumerate(record[layer])
                ]
                if rows:
                    table = self.db[layer]
                    new = not table.exists()
                    table.insert_all(rows, alter=True)
                    if new:
                        table.create_index(["article_id"], if_not_exists=True)
        return True

    def add_failure(self, failure: Failure) -> None:
        with self.db.conn:
            self.db["errors"].insert(
                {"source": failure.source, "reason": failure.reason, "time": _now()}
            )

    def count(self, table: str = "articles") -> int:
        return self.db[table].count if self.db[table].exists() else 0

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored record, lists and objects decoded, as `dateline extract` prints it."""
        row = self.db.execute("select * from articles where id = ?", [article_id]).fetchone()
        if row is None:
            return None
        names = [d[0] for d in self.db.execute("select * from articles limit 0").description]
        data = dict(zip(names, row, strict=True))
        for key in ("authors", "credits", "removed", "tone", *LAYERS):
            if data.get(key) is not None:
                data[key] = json.loads(data[key])
        return data

    def search(
        self,
        query: str | None = None,
        person: str | None = None,
        place: str | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Articles matching a full-text query and/or naming a person or a place, best match
        (or newest) first, with a snippet. Plain words are matched as words; FTS5 syntax
        (AND, OR, "phrases", prefix*) works too. `person` matches any part of a person's name
        ("Kravets"); `place` matches a place's name, or its country ("Kenya" finds Nairobi)."""
        where: list[str] = []
        params: list[Any] = []
        if person:
            if not self.db["entities"].exists():
                return []
            where.append(
                "articles.id in (select article_id from entities "
                "where type = 'PERSON' and name like ?)"
            )
            params.append(f"%{person}%")
        if place:
            if not self.db["places"].exists():
                return []
            country = geo.country(place)
            where.append(
                "articles.id in (select article_id from places where name like ? or country = ?)"
            )
            params += [f"%{place}%", country.country if country else None]
        if query:
            sql = (
                "select articles.id, articles.title, articles.published, articles.outlet, "
                "snippet(articles_fts, 1, '[', ']', '…', 16) "
                "from articles_fts join articles on articles.rowid = articles_fts.rowid "
                "where articles_fts match ? "
                + "".join(f"and {clause} " for clause in where)
                + "order by rank limit ?"
            )
            try:
                rows = self.db.execute(sql, [query, *params, limit]).fetchall()
            except Exception:  # noqa: BLE001 - not valid FTS5 syntax: search the words as typed
                rows = self.db.execute(sql, [_quote_words(query), *params, limit]).fetchall()
        else:
            sql = (
                "select id, title, published, outlet, substr(text, 1, 160) from articles "
                + ("where " + " and ".join(where) + " " if where else "")
                + "order by published desc limit ?"
            )
            rows = self.db.execute(sql, [*params, limit]).fetchall()
        return [SearchHit(*row) for row in rows]


def _layer_row(article_id: str, index: int, item: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": article_id, "n": index}
    mentions = item.get("mentions")
    if "start" not in item and mentions:
        row["start"], row["end"] = mentions[0]  # records with many mentions: the first one
    for key, value in item.items():
        row[key] = (
            json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        )
    return row


def _quote_words(query: str) -> str:
    words = re.findall(r"\w+", query)
    return " ".join(f'"{word}"' for word in words) or '""'


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
