"""The write side of the store (sqlite-utils): `dateline ingest` opens the database for
writing in WAL mode, so readers (the web app, Datasette, `dateline search`) never block an
ingest, sets up the schema, and adds articles and errors. A Store also answers the read
side's queries (it is a Reader on a writable connection).

Several writers may share a database (two ingests at once): each article is added under an
exclusive lock on `DB.lock` (fcntl), so the check that it is new and its writing are one
step and no article is stored twice, and SQLite waits (busy timeout, its own retry with
backoff) rather than answering "database is locked" to a reader or writer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline import stories
from dateline.record import Article, Failure
from dateline.store.read import Reader, open_database
from dateline.store.schema import ARTICLE_KEY, LAYERS, ensure_schema

BUSY_TIMEOUT_MS = 60_000


class Store(Reader):
    """A dateline database opened for writing. Use as a context manager or call close()."""

    def __init__(self, path: str | Path = "dateline.db"):  # (not Reader's read-only open)
        self.path = str(path)
        self._lock = None
        self.db = open_database(self.path, lambda: self.path)
        self.db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        with self.writing():
            self.db.enable_wal()
            ensure_schema(self.db)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the database's write lock (a no-op where fcntl is missing or for :memory:)."""
        try:
            import fcntl
        except ImportError:  # not POSIX: SQLite's own locking and busy timeout only
            yield
            return
        if self.path == ":memory:":
            yield
            return
        if self._lock is None:
            self._lock = open(f"{self.path}.lock", "a")  # noqa: SIM115 - held while open
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._lock, fcntl.LOCK_UN)

    def close(self) -> None:
        super().close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def ids(self) -> frozenset[str]:
        """Every stored article id (an ingest skips these: resuming parses nothing twice)."""
        return frozenset(row[0] for row in self.db.execute("select id from articles"))

    def has(self, article_id: str) -> bool:
        return bool(self.db.execute("select 1 from articles where id = ?", [article_id]).fetchone())

    def add(self, article: Article) -> bool:
        """Store an article with its layer rows; False if its id is already stored
        (re-ingesting the same content adds nothing, whichever writer stored it)."""
        with self.writing():
            return self._add(article)

    def _add(self, article: Article) -> bool:
        """`add` under the write lock.

        The article row is written last and marks the article as stored: sqlite-utils
        commits each insert, so an ingest killed in between leaves layer rows without an
        article, which the next attempt at that article clears before writing them again."""
        if self.has(article.id):
            return False
        record = article.to_dict()
        for layer in LAYERS:
            rows = [_layer_row(article.id, index, item) for index, item in enumerate(record[layer])]
            table = self.db[layer]
            if table.exists():
                with self.db.conn:
                    self.db.execute(f"delete from {layer} where article_id = ?", [article.id])
            if rows:
                new = not table.exists()
                table.insert_all(rows, alter=True, foreign_keys=[ARTICLE_KEY] if new else None)
                if new:
                    table.create_index(["article_id"], if_not_exists=True)
        row: dict[str, Any] = {
            key: (
                json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
            )
            for key, value in record.items()
        }
        row["source"] = article.source
        row["ingested"] = _now()
        row["story_id"] = article.story_id = self._join_story(article)
        self.db["articles"].insert(row)
        return True

    def _join_story(self, article: Article) -> str:
        """The article's story: it and the stored articles it is the same story as are one
        story, named by the smallest article id of the stories it joins (stories it bridges
        are merged), as `dateline.stories.name_stories` names the components of a whole set.

        A story keeps each LSH band key once, with the first of its articles that had it: a
        new article is compared with those (at most one per shared key and story), so a
        story of thousands of copies costs an ingest no more than a story of two."""
        if article.signature is None or article.shingles is None:
            article.signature, article.shingles = stories.signature(article.text)
        signature, size = article.signature, article.shingles
        keys = stories.band_keys(signature)
        marks = ", ".join("?" * len(keys))
        carriers = self.db.execute(
            "select b.key, b.story_id, s.article_id, s.minhash, s.shingles from bands b "
            f"join signatures s on s.article_id = b.article_id where b.key in ({marks})",
            keys,
        ).fetchall()
        compared: dict[str, bool] = {}
        for _, _, other, minhash, other_size in carriers:
            if other not in compared:
                compared[other] = stories.same_story(
                    signature, size, json.loads(minhash), other_size
                )
        joined = {story for _, story, other, _, _ in carriers if compared[other]}
        story_id = min(joined | {article.id})
        held = {key for key, story, *_ in carriers if story in joined}
        with self.db.conn:
            for old in joined - {story_id}:
                for table in ("articles", "bands"):
                    self.db.execute(
                        f"update {table} set story_id = ? where story_id = ?", [story_id, old]
                    )
            self.db.execute(
                "insert or replace into signatures (article_id, minhash, shingles) "
                "values (?, ?, ?)",
                [article.id, json.dumps(signature), size],
            )
            self.db.conn.executemany(
                "insert into bands (key, story_id, article_id) values (?, ?, ?)",
                [(key, story_id, article.id) for key in keys if key not in held],
            )
        return story_id

    def add_copy(
        self,
        article_id: str,
        url: str | None,
        outlet: str | None,
        published: str | None,
        source: str | None = None,
    ) -> bool:
        """Record another outlet's copy of a stored article's very text (same id, another
        URL): its outlet is kept in `copies`, not dropped. False if the copy is the stored
        article itself or already recorded."""
        if not url:
            return False
        stored = self.db.execute("select url from articles where id = ?", [article_id]).fetchone()
        if stored is None or stored[0] == url:
            return False
        table = self.db["copies"]
        if (
            table.exists()
            and self.db.execute(
                "select 1 from copies where article_id = ? and url = ?", [article_id, url]
            ).fetchone()
        ):
            return False
        with self.writing(), self.db.conn:
            table.insert(
                {
                    "article_id": article_id,
                    "url": url,
                    "outlet": outlet,
                    "published": published,
                    "source": source,
                    "ingested": _now(),
                },
                foreign_keys=[ARTICLE_KEY] if not table.exists() else None,
            )
            table.create_index(["article_id"], if_not_exists=True)
        return True

    def add_failure(self, failure: Failure) -> bool:
        """Record a failed document; False if the same source already failed for the same
        reason (a re-run adds no second row)."""
        known = self.db.execute(
            "select 1 from errors where source = ? and reason = ?",
            [failure.source, failure.reason],
        ).fetchone()
        if known:
            return False
        with self.writing(), self.db.conn:
            self.db["errors"].insert(
                {"source": failure.source, "reason": failure.reason, "time": _now()}
            )
        return True


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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
