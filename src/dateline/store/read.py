"""The read side of the store: the queries behind the CLI's search commands, the web pages and
the JSON API, on a read-only connection (a web request opens its own and never runs the
write side's schema set-up). Each query reads a layer table only when it exists, so a
database from before an extractor landed answers with nothing."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

import sqlite_utils

from dateline import geo, people
from dateline.record import SAID_KINDS, Failure
from dateline.store.schema import ARTICLE_COLUMNS, LAYERS


class StoreError(Exception):
    """The database file cannot be used: not SQLite, damaged, or another program's database.
    The message names the file."""


def open_database(
    path: str, connect: Callable[[], sqlite3.Connection | str]
) -> sqlite_utils.Database:
    """The database ``connect`` opens (a connection, or a file name for sqlite-utils), checked
    to be a usable one (StoreError naming ``path`` otherwise)."""
    try:
        db = sqlite_utils.Database(connect())
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the database ({error})") from None
    try:
        check_database(db, path)
    except StoreError:
        db.close()
        raise
    return db


def check_database(db: sqlite_utils.Database, path: str) -> None:
    """Raise StoreError unless ``db`` is a readable SQLite database that is empty or
    dateline's (it has an ``articles`` table)."""
    try:
        tables = set(db.table_names())
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a usable SQLite database ({error})") from None
    if tables and "articles" not in tables:
        raise StoreError(f"{path}: not a dateline database (it has no articles table)")


@dataclass(frozen=True)
class SearchHit:
    """One story in a result list: its best-matching (or newest) article, and how many other
    copies of the same story (dateline.stories) the store holds, from how many other outlets."""

    id: str
    title: str | None
    published: str | None
    outlet: str | None
    snippet: str
    story_id: str | None = None
    copies: int = 0  # other articles of the story
    outlets: int = 0  # other outlets among them (not this article's)

    @property
    def also(self) -> str:
        """ "also published by 3 outlets", "2 more copies", or "" for a story of one."""
        if self.outlets:
            return f"also published by {self.outlets} outlet{'s' * (self.outlets != 1)}"
        if self.copies:
            return f"{self.copies} more cop{'ies' if self.copies != 1 else 'y'}"
        return ""


class Reader:
    """A dateline database opened read-only. Use as a context manager or call close()."""

    def __init__(self, path: str | Path = "dateline.db"):
        self.path = str(path)
        uri = f"file:{quote(str(Path(self.path).absolute()))}?mode=ro"
        # an ingest writing at the same time makes a reader wait, never fail
        self.db = open_database(self.path, lambda: sqlite3.connect(uri, uri=True, timeout=60))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def count(self, table: str = "articles") -> int:
        return self.db[table].count if self.db[table].exists() else 0

    def failures(self) -> Iterator[Failure]:
        """Every `errors` row as the Failure it records, in the order stored."""
        if not self.db["errors"].exists():
            return
        for source, reason in self.db.execute("select source, reason from errors order by id"):
            yield Failure(source, reason)

    def story_sizes(self) -> dict[str, tuple[int, int]]:
        """story id -> (articles, distinct outlets) for every story of more than one article."""
        if "story_id" not in self.db["articles"].columns_dict:
            return {}
        return {
            story: (count, outlets)
            for story, count, outlets in self.db.execute(
                "select story_id, count(*), count(distinct outlet) from articles "
                "where story_id is not null group by story_id having count(*) > 1"
            )
        }

    def signature(self, article_id: str) -> tuple[list[int], int] | None:
        """The article's MinHash signature and shingle count (dateline.stories)."""
        if not self.db["signatures"].exists():
            return None
        row = self.db.execute(
            "select minhash, shingles from signatures where article_id = ?", [article_id]
        ).fetchone()
        return (json.loads(row[0]), row[1]) if row else None

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored record, lists and objects decoded, as `dateline extract` prints it."""
        row = self.db.execute("select * from articles where id = ?", [article_id]).fetchone()
        if row is None:
            return None
        names = [d[0] for d in self.db.execute("select * from articles limit 0").description]
        return _decode_article(dict(zip(names, row, strict=True)))

    def records(self, keys: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every stored article as `get` returns it (or only its `keys`), oldest first (by
        `published`, undated articles last, then id), read one at a time."""
        names = list(keys) if keys is not None else list(ARTICLE_COLUMNS)
        unknown = [name for name in names if name not in ARTICLE_COLUMNS]
        if unknown:
            raise ValueError(f"not article columns: {', '.join(unknown)}")
        present = set(self.db["articles"].columns_dict)  # a database from before a layer
        selected = [name for name in names if name in present]
        cursor = self.db.execute(
            f"select {', '.join(selected) or 'null'} from articles "
            "order by published is null, published, id"
        )
        for row in cursor:
            data = dict.fromkeys(names)
            data.update(zip(selected, row, strict=False))
            yield _decode_article(data)

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
        return self.articles(query, person=person, place=place, limit=limit)[1]

    def articles(
        self,
        query: str | None = None,
        person: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        offset: int = 0,
        marks: tuple[str, str] = ("[", "]"),
    ) -> tuple[int, list[SearchHit]]:
        """One page of `search`, also bounded by publication date (`since`/`until`: ISO
        dates, inclusive, compared on the date part), and the total number of matches.
        `marks` wrap the matched words in snippets."""
        filters = self._article_filters(person, place, since, until)
        if filters is None:
            return 0, []
        where, params = filters
        if not query:
            return self._newest(where, params, limit, offset)
        return self._best_matches(query, where, params, limit, offset, marks)

    def _article_filters(
        self, person: str | None, place: str | None, since: str | None, until: str | None
    ) -> tuple[list[str], list[Any]] | None:
        """SQL conditions on `articles` for the filters (None: a filter's layer table does not
        exist, so nothing can match)."""
        where: list[str] = []
        params: list[Any] = []
        if person:
            if not self.db["entities"].exists():
                return None
            where.append(
                "articles.id in (select article_id from entities "
                "where type = 'PERSON' and name like ?)"
            )
            params.append(f"%{person}%")
        if place:
            if not self.db["places"].exists():
                return None
            country = geo.country(place)
            where.append(
                "articles.id in (select article_id from places where name like ? or country = ?)"
            )
            params += [f"%{place}%", country.country if country else None]
        if since:
            where.append("substr(articles.published, 1, 10) >= ?")
            params.append(since)
        if until:
            where.append("substr(articles.published, 1, 10) <= ?")
            params.append(until)
        return where, params

    def _story(self) -> str:
        """The SQL for an article's story (its own id in a store from before stories)."""
        if "story_id" in self.db["articles"].columns_dict:
            return "coalesce(articles.story_id, articles.id)"
        return "articles.id"

    def _newest(
        self, where: list[str], params: list[Any], limit: int, offset: int
    ) -> tuple[int, list[SearchHit]]:
        """Stories with an article matching the filters, newest first, each as its newest
        matching article; the snippet its first words."""
        condition = ("where " + " and ".join(where) + " ") if where else ""
        story = self._story()
        total = self.db.execute(
            f"select count(distinct {story}) from articles {condition}", params
        ).fetchone()[0]
        rows = self.db.execute(
            "select id, title, published, outlet, snip, story from ("
            "select articles.id, articles.title, articles.published, articles.outlet, "
            f"substr(articles.text, 1, 160) as snip, {story} as story, row_number() over "
            f"(partition by {story} order by articles.published desc, articles.id) as nth "
            f"from articles {condition}) where nth = 1 "
            "order by published desc, id limit ? offset ?",
            [*params, limit, offset],
        ).fetchall()
        return total, self._with_copies(rows)

    def _with_copies(self, rows: list[tuple]) -> list[SearchHit]:
        """Hits from (id, title, published, outlet, snippet, story) rows, with the number of
        the story's other copies and outlets."""
        stories = sorted({row[5] for row in rows})
        counts: dict[str, list[tuple[str, str | None]]] = {}
        if stories and "story_id" in self.db["articles"].columns_dict:
            marks = ", ".join("?" * len(stories))
            for story, article_id, outlet in self.db.execute(
                f"select story_id, id, outlet from articles where story_id in ({marks})", stories
            ):
                counts.setdefault(story, []).append((article_id, outlet))
        hits = []
        for article_id, title, published, outlet, snippet, story in rows:
            others = [item for item in counts.get(story, []) if item[0] != article_id]
            outlets = {other for _, other in others if other and other != outlet}
            hits.append(
                SearchHit(
                    article_id, title, published, outlet, snippet, story, len(others), len(outlets)
                )
            )
        return hits

    def _best_matches(
        self,
        query: str,
        where: list[str],
        params: list[Any],
        limit: int,
        offset: int,
        marks: tuple[str, str],
    ) -> tuple[int, list[SearchHit]]:
        """Full-text matches, best first: the query as FTS5 syntax, else its words as typed."""
        story = self._story()
        joined = (
            "from articles_fts join articles on articles.rowid = articles_fts.rowid "
            "where articles_fts match ? " + "".join(f"and {clause} " for clause in where)
        )
        # snippet() cannot run under a window function: the page's stories first, then
        # their snippets
        select = (
            "select articles.id, articles.title, articles.published, articles.outlet, "
            f"{story} as story, articles_fts.rank as score, row_number() over "
            f"(partition by {story} order by articles_fts.rank, articles.id) as nth "
        )
        for match in (query, _quote_words(query)):
            try:
                total = self.db.execute(
                    f"select count(distinct {story}) {joined}", [match, *params]
                ).fetchone()[0]
                page = self.db.execute(
                    f"select id, title, published, outlet, story from ({select}{joined}) "
                    "where nth = 1 order by score, id limit ? offset ?",
                    [match, *params, limit, offset],
                ).fetchall()
                ids = [row[0] for row in page]
                marks_ids = ", ".join("?" * len(ids))
                snippets = dict(
                    self.db.execute(
                        "select articles.id, snippet(articles_fts, 1, ?, ?, '…', 16) "
                        "from articles_fts join articles on articles.rowid = articles_fts.rowid "
                        f"where articles_fts match ? and articles.id in ({marks_ids})",
                        [*marks, match, *ids],
                    ).fetchall()
                )
            except Exception:  # noqa: BLE001 - not valid FTS5 syntax: search the words as typed
                continue
            rows = [(*row[:4], snippets.get(row[0], ""), row[4]) for row in page]
            return total, self._with_copies(rows)
        return 0, []

    def quotes(
        self,
        speaker: str | None = None,
        article_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
        kinds: frozenset[str] | None = SAID_KINDS,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Quotes, newest article first, with their article's title and date. `speaker`
        matches any part of the speaker as written or of the entity it resolves to; `kinds`
        the quote kinds to list (None: all; by default what was said or written)."""
        if not self.db["quotes"].exists():
            return 0, []
        where, params = self._kind_filter(kinds)
        if speaker:
            speaker_entity = (
                "(select name from entities e where e.article_id = quotes.article_id "
                "and e.id = quotes.speaker_id)"
                if self.db["entities"].exists()
                else "null"
            )
            where.append(f"(quotes.speaker like ? or {speaker_entity} like ?)")
            params += [f"%{speaker}%", f"%{speaker}%"]
        if article_id:
            where.append("quotes.article_id = ?")
            params.append(article_id)
        return self._layer_page("quotes", where, params, limit, offset)

    def _kind_filter(self, kinds: frozenset[str] | None) -> tuple[list[str], list[Any]]:
        """The where clause of the quote kinds asked for; a database from before kinds
        existed has none, and lists every quote."""
        if kinds is None or "kind" not in self.db["quotes"].columns_dict:
            return [], []
        marks = ", ".join("?" for _ in kinds)
        return [f"quotes.kind in ({marks})"], sorted(kinds)

    def figures(
        self,
        category: str | None = None,
        place: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Figures (numbers as attributed claims) with their article's title and date;
        `category` exactly, `place` any part of the figure's place."""
        table = self.db["figures"]
        if not table.exists():
            return 0, []
        columns = set(table.columns_dict)
        where, params = [], []
        if category:
            if "category" not in columns:
                return 0, []
            where.append("figures.category = ?")
            params.append(category)
        if place:
            if "place" not in columns:
                return 0, []
            where.append("figures.place like ?")
            params.append(f"%{place}%")
        return self._layer_page("figures", where, params, limit, offset)

    def claim_figures(
        self, category: str | None = None, since: str | None = None
    ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        """The figures with a number that claim lines group (dateline.claims), oldest first,
        each with its article's title, date, outlet and story, its source's affiliation
        (`source_affiliation`) and `also_published` (the other outlets' copies of the very
        text, from `copies`); and each of their articles' `places` and `text`. `category`
        exactly; `since` a date the article is not older than."""
        table = self.db["figures"]
        if not table.exists() or "category" not in table.columns_dict:
            return [], {}
        where = ["(figures.value is not null or figures.low is not null)"]
        params: list[Any] = []
        if category:
            where.append("figures.category = ?")
            params.append(category)
        if since:
            where.append("substr(articles.published, 1, 10) >= ?")
            params.append(since)
        cursor = self.db.execute(
            "select figures.*, articles.title as article_title, articles.published, "
            f"articles.outlet, {self._story()} as story_id from figures "
            "join articles on articles.id = figures.article_id where "
            + " and ".join(where)
            + " order by articles.published, figures.article_id, figures.n",
            params,
        )
        keys = [d[0] for d in cursor.description]
        figures = [
            {key: _decode_layer_value(key, value) for key, value in zip(keys, row, strict=True)}
            for row in cursor.fetchall()
        ]
        ids = sorted({figure["article_id"] for figure in figures})
        articles: dict[str, dict[str, Any]] = {i: {"places": [], "text": ""} for i in ids}
        for row in self._rows_of("articles", ids, "id, text", key="id"):
            articles[row["id"]]["text"] = row["text"] or ""
        for place in self._rows_of("places", ids, "*", order="n"):
            articles[place["article_id"]]["places"].append(place)
        bodies = (
            {  # the body a person speaks for: "ANEPC commander André Fernandes"
                (row["article_id"], row["id"]): row["affiliation"]
                for row in self._rows_of("entities", ids, "article_id, id, type, affiliation")
                if row.get("affiliation") and row["type"] == "PERSON"
            }
            if self.db["entities"].exists()
            and {"type", "affiliation"} <= set(self.db["entities"].columns_dict)
            else {}
        )
        for figure in figures:
            figure["source_affiliation"] = bodies.get(
                (figure["article_id"], figure.get("source_id"))
            )
        also: dict[str, list[dict[str, Any]]] = {}  # another outlet's copy of the very text
        for copy in self._rows_of(
            "copies", ids, "article_id, url, outlet, published", "published, url"
        ):
            also.setdefault(copy.pop("article_id"), []).append(copy)
        if self.db["copies"].exists():
            for figure in figures:
                figure["also_published"] = also.get(figure["article_id"], [])
        return figures, articles

    def _rows_of(
        self, table: str, ids: list[str], columns: str, order: str = "", key: str = "article_id"
    ) -> Iterator[dict[str, Any]]:
        """The rows of `table` (none if it does not exist) whose `key` is one of `ids`,
        decoded, asked 500 ids at a time (SQLite bounds the values of one statement)."""
        if not self.db[table].exists():
            return
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            cursor = self.db.execute(
                f"select {columns} from {table} where {key} in ({', '.join('?' * len(chunk))})"
                + (f" order by {order}" if order else ""),
                chunk,
            )
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                yield {k: _decode_layer_value(k, v) for k, v in zip(names, row, strict=True)}

    def figure_categories(self) -> list[tuple[str, int]]:
        """Every figure category with its number of figures, commonest first."""
        table = self.db["figures"]
        if not table.exists() or "category" not in table.columns_dict:
            return []
        rows = self.db.execute(
            "select category, count(*) from figures where category is not null "
            "group by category order by count(*) desc, category"
        )
        return [(name, count) for name, count in rows.fetchall()]

    def events(
        self,
        actor: str | None = None,
        root: str | int | None = None,
        limit: int = 50,
        offset: int = 0,
        code: str | None = None,
        plover: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Coded events, newest article first, with their article's title and date and, for
        an event inside a quote, that quote's speaker (`reported_by_speaker`).

        `actor` matches any part of the source or target actor's name, or the start of either
        one's CAMEO code ("KEN" finds "Kenya" and "KENGOV"; case-insensitive); `root` the
        CAMEO root code ("04", "4" or 4); `code` the start of the CAMEO code ("19", "193");
        `plover` the PLOVER type exactly, case-insensitively ("assault")."""
        table = self.db["events"]
        if not table.exists():
            return 0, []
        columns = set(table.columns_dict)
        where, params = [], []
        if actor:
            names = [name for name in ("actor", "target") if name in columns]
            codes = [name for name in ("actor_code", "target_code") if name in columns]
            if not names and not codes:
                return 0, []
            matches = " or ".join(f"events.{name} like ? escape '\\'" for name in names + codes)
            where.append(f"({matches})")
            # names contain the words; codes start with them (a country, or IGO/NGO ...)
            params += [f"%{_like(actor)}%"] * len(names) + [f"{_like(actor)}%"] * len(codes)
        if root:
            if "root" not in columns:
                return 0, []
            forms = {str(root)}
            if str(root).isdigit():  # "4", "04" and 4 are the same root
                forms |= {str(int(root)), f"{int(root):02d}"}
            where.append(f"cast(events.root as text) in ({', '.join('?' * len(forms))})")
            params += sorted(forms)
        if code:
            if "code" not in columns:
                return 0, []
            where.append("cast(events.code as text) like ? escape '\\'")
            params.append(f"{_like(str(code).strip())}%")
        if plover:
            if "plover" not in columns:
                return 0, []
            where.append("events.plover = ? collate nocase")
            params.append(plover.strip())
        extra = ""
        if "reported_by" in columns and self.db["quotes"].exists():
            extra = (
                "(select q.speaker from quotes q where q.article_id = events.article_id "
                "and q.id = events.reported_by) as reported_by_speaker"
            )
        total, rows = self._layer_page("events", where, params, limit, offset, extra)
        for row in rows:
            if row.get("negated") is not None:
                row["negated"] = bool(row["negated"])  # SQLite stored the bool as 0/1
        return total, rows

    def entity_counts(
        self,
        type: str | None = None,  # noqa: A002 - the record field's name
        query: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """People and organisations (or any one entity `type`) across articles, with how many
        articles name them and how many quotes they are the speaker of. A person or an
        organisation is one row however its articles name it (dateline.people: "Trump" and
        "Donald J. Trump" are "Donald Trump", `aliases` the other names), and names that are
        no one's (NER debris) are left out; `query` matches any of a row's names."""
        if not self.db["entities"].exists():
            return 0, []
        if type is not None and type not in people.PEOPLE_TYPES:
            return self._entity_counts_by_name(type, query, limit, offset)
        found = [g for g in self._people() if g.listed and (type is None or g.type == type)]
        if query:
            words = query.casefold()
            found = [g for g in found if any(words in name for name in g.names())]
        found.sort(key=lambda g: (-g.quotes, -len(g.articles), g.name))
        page = found[offset:] if limit < 0 else found[offset : offset + limit]
        return len(found), [
            {
                "name": g.name,
                "type": g.type,
                "articles": len(g.articles),
                "quotes": g.quotes,
                "country": g.country(),
                "aliases": g.aliases,
            }
            for g in page
        ]

    def _entity_counts_by_name(
        self, kind: str, query: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """Entities of one type other than people and organisations, by name."""
        where, params = ["type = ?"], [kind]
        if query:
            where.append("name like ?")
            params.append(f"%{query}%")
        quoted = (
            "(select count(*) from quotes q join entities s on s.article_id = q.article_id "
            "and s.id = q.speaker_id where s.name = entities.name and s.type = entities.type)"
            if self.db["quotes"].exists()
            else "0"
        )
        condition = " and ".join(where)
        total = self.db.execute(
            f"select count(*) from (select 1 from entities where {condition} group by name, type)",
            params,
        ).fetchone()[0]
        rows = self.db.execute(
            f"select name, type, count(distinct article_id) as articles, {quoted} as quotes, "
            "max(country) as country from entities "
            f"where {condition} group by name, type "
            "order by quotes desc, articles desc, name limit ? offset ?",
            [*params, limit, offset],
        )
        keys = [d[0] for d in rows.description]
        return total, [dict(zip(keys, row, strict=True)) for row in rows.fetchall()]

    def person(self, name: str, kinds: frozenset[str] | None = SAID_KINDS) -> dict[str, Any] | None:
        """Everything stored about the person called `name` (case-insensitively), under any of
        the names their articles give them (dateline.people): their titles (each once, the
        most specific kept) and affiliations, the articles naming them and every quote they
        are the speaker of, newest first; `aliases` the other names; None if no article names
        them."""
        if not self.db["entities"].exists():
            return None
        found = _find_person(self._people(), name)
        if found is None:
            return None
        ids = sorted(found.articles)
        countries: dict[str, str | None] = {}
        for member in found.members:
            if not countries.get(member.article_id):
                countries[member.article_id] = member.country
        articles = [
            {
                "id": article_id,
                "title": title,
                "published": published,
                "country": countries[article_id],
            }
            for article_id, title, published in self.db.execute(
                "select id, title, published from articles "
                "where id in (select value from json_each(?)) order by published desc, id",
                [json.dumps(ids)],
            ).fetchall()
        ]
        quotes: list[dict[str, Any]] = []
        if self.db["quotes"].exists():
            speakers = json.dumps([f"{m.article_id} {m.entity_id}" for m in found.members])
            where, params = self._kind_filter(kinds)
            speaker = (
                "(quotes.article_id || ' ' || quotes.speaker_id) in "
                "(select value from json_each(?))"
            )
            quotes = self._layer_page("quotes", [speaker, *where], [speakers, *params], -1, 0)[1]
        return {
            "name": found.name,
            "titles": found.titles(),
            "affiliations": found.affiliations(),
            "articles": articles,
            "quotes": quotes,
            "aliases": found.aliases,
        }

    def _people(self) -> list[people.Group]:
        """Every person and organisation across the stored articles (dateline.people), worked
        out once per state of the database and kept for the next request."""
        stamp = self._people_stamp()
        cached = _PEOPLE_CACHE.get(self.path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        columns = set(self.db["entities"].columns_dict)
        fields = [c if c in columns else "null" for c in ("titles", "affiliation", "country")]
        entities = [
            people.Entity(article_id, entity_id, name, kind, json.loads(titles or "[]"), *rest)
            for article_id, entity_id, name, kind, titles, *rest in self.db.execute(
                f"select article_id, id, name, type, {', '.join(fields)} from entities "
                "where type in ('PERSON', 'ORG') and name is not null"
            )
        ]
        quotes: dict[tuple[str, str], int] = {}
        if self.db["quotes"].exists() and "speaker_id" in self.db["quotes"].columns_dict:
            quotes = {
                (article_id, speaker): count
                for article_id, speaker, count in self.db.execute(
                    "select article_id, speaker_id, count(*) from quotes "
                    "where speaker_id is not null group by article_id, speaker_id"
                )
            }
        found = people.group(entities, quotes, self._defined_acronyms())
        _PEOPLE_CACHE[self.path] = (stamp, found)
        return found

    def _people_stamp(self) -> tuple[Any, ...]:
        """What changes when articles are added or removed: row counts and last row ids."""
        stamp: list[Any] = []
        for table in ("entities", "quotes", "articles"):
            if self.db[table].exists():
                stamp += self.db.execute(f"select count(*), max(rowid) from {table}").fetchone()
        return tuple(stamp)

    def _defined_acronyms(self) -> list[tuple[str, str, str]]:
        """(article id, organisation, surface) for each short mention of an organisation
        named more than once in its article ("WHO" of "World Health Organization")."""
        start, end = "json_extract(m.value, '$[0]')", "json_extract(m.value, '$[1]')"
        try:
            return self.db.execute(
                f"select e.article_id, e.name, substr(a.text, {start} + 1, {end} - {start}) "
                "from entities e join articles a on a.id = e.article_id, json_each(e.mentions) m "
                f"where e.type = 'ORG' and json_array_length(e.mentions) > 1 "
                f"and {end} - {start} between 2 and 12"
            ).fetchall()
        except sqlite3.Error:  # no mentions column, or an SQLite without JSON
            return []

    def place_counts(self) -> list[dict[str, Any]]:
        """Every place with coordinates, once per name and position, with the number of
        articles naming it, most named first."""
        if not self.db["places"].exists():
            return []
        rows = self.db.execute(
            "select name, country, feature, lat, lon, count(distinct article_id) as articles "
            "from places where lat is not null and lon is not null "
            "group by name, country, lat, lon order by articles desc, name"
        )
        keys = [d[0] for d in rows.description]
        return [dict(zip(keys, row, strict=True)) for row in rows.fetchall()]

    def _layer_page(
        self,
        layer: str,
        where: list[str],
        params: list[Any],
        limit: int,
        offset: int,
        extra: str = "",
    ) -> tuple[int, list[dict[str, Any]]]:
        """Rows of a layer table matching `where`, decoded, each with `article_title` and
        `published` from its article (and the `extra` select expressions), newest article
        first."""
        condition = ("where " + " and ".join(where) + " ") if where else ""
        total = self.db.execute(f"select count(*) from {layer} {condition}", params).fetchone()[0]
        cursor = self.db.execute(
            f"select {layer}.*, articles.title as article_title, articles.published"
            f"{', ' + extra if extra else ''} "
            f"from {layer} join articles on articles.id = {layer}.article_id {condition}"
            f"order by articles.published desc, {layer}.article_id, {layer}.n limit ? offset ?",
            [*params, limit, offset],
        )
        keys = [d[0] for d in cursor.description]
        return total, [
            {key: _decode_layer_value(key, value) for key, value in zip(keys, row, strict=True)}
            for row in cursor.fetchall()
        ]


# database path -> (its stamp, its people): grouping reads every person and organisation row
_PEOPLE_CACHE: dict[str, tuple[tuple[Any, ...], list[people.Group]]] = {}


def _find_person(groups: list[people.Group], name: str) -> people.Group | None:
    """The person called `name`: the one of that name, else the one it is another name of (a
    listed one, named in the most articles)."""
    wanted = people.clean(name).casefold()
    persons = [g for g in groups if g.type == "PERSON"]
    exact = [g for g in persons if g.name.casefold() == wanted]
    known = exact or [g for g in persons if wanted in g.names()]
    if not known:
        return None
    return max(known, key=lambda g: (g.listed, len(g.articles), g.name))


def _decode_article(data: dict[str, Any]) -> dict[str, Any]:
    """An `articles` row with its lists and objects decoded from JSON."""
    for key in ("authors", "credits", "removed", "tone", "notes", *LAYERS):
        if data.get(key) is not None:
            data[key] = json.loads(data[key])
    return data


def _decode_layer_value(key: str, value: Any) -> Any:
    """A layer column's value as the record had it: lists and objects were stored as JSON."""
    if key == "text" or not isinstance(value, str) or value[:1] not in ("[", "{"):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _like(value: str) -> str:
    """`value` with LIKE's wildcards escaped (for `like ? escape '\\'`)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _quote_words(query: str) -> str:
    words = re.findall(r"\w+", query)
    return " ".join(f'"{word}"' for word in words) or '""'
