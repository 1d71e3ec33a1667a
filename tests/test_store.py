import json

import pytest

from dateline.record import Article, Failure
from dateline.store import Reader, Store


def article(text="Kenya and Ethiopia agreed to resume border talks.", **fields) -> Article:
    from dateline.record import article_id

    return Article(id=article_id(text), text=text, title="Border talks", source="a.txt", **fields)


def test_add_is_idempotent_and_round_trips(tmp_path):
    with Store(tmp_path / "d.db") as store:
        first = article(authors=["Grace Wanjiru"], credits=["Reuters"])
        assert store.add(first) is True
        assert store.add(article()) is False  # same content, same id
        assert store.count() == 1
        stored = store.get(first.id)
        expected = first.to_dict()
        assert {k: stored[k] for k in expected} == expected
        assert stored["source"] == "a.txt" and stored["ingested"]


def test_wal_and_fts(tmp_path):
    with Store(tmp_path / "d.db") as store:
        store.add(article())
        store.add(article("Russia vetoed a draft resolution on sanctions against Mali."))
        assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
        [hit] = store.search("vetoed")
        assert hit.title == "Border talks" and "[vetoed]" in hit.snippet
        assert store.search('U.S. "unbalanced') == []  # bad FTS syntax is searched as words
        assert len(store.search("talks OR sanctions")) == 2


def test_failures_go_to_errors(tmp_path):
    with Store(tmp_path / "d.db") as store:
        store.add_failure(Failure("bad.txt", "empty document"))
        [row] = store.db["errors"].rows
        assert (row["source"], row["reason"]) == ("bad.txt", "empty document")


def test_layer_records_get_rows_with_article_id_and_offsets(tmp_path):
    quote = {"text": "We will not move", "start": 1, "end": 17, "speaker": "Mudavadi"}
    with Store(tmp_path / "d.db") as store:
        item = article(quotes=[quote])
        store.add(item)
        [row] = store.db["quotes"].rows
        assert row["article_id"] == item.id and (row["start"], row["end"]) == (1, 17)
        assert json.loads(store.db["articles"].get(item.id)["quotes"]) == [quote]


def test_entity_and_place_rows_and_search_filters(tmp_path):
    kravets = {
        "id": "e1",
        "name": "Olena Kravets",
        "type": "PERSON",
        "titles": ["Deputy Minister"],
        "affiliation": None,
        "country": None,
        "mentions": [[10, 23], [40, 47]],
    }
    nairobi = {
        "name": "Nairobi",
        "entity_id": "e2",
        "country": "KEN",
        "lat": -1.28,
        "lon": 36.82,
        "geonameid": 184745,
        "feature": "city",
        "mentions": [[60, 67]],
        "candidates": 1,
        "resolution": "only candidate",
    }
    with Store(tmp_path / "d.db") as store:
        first = article(
            "Kravets spoke in Nairobi about the border talks.", entities=[kravets], places=[nairobi]
        )
        second = article("Russia vetoed a draft resolution on sanctions against Mali.")
        store.add(first)
        store.add(second)
        [row] = store.db["entities"].rows
        assert (row["article_id"], row["name"], row["start"], row["end"]) == (
            first.id,
            "Olena Kravets",
            10,
            23,
        )
        assert json.loads(row["mentions"]) == [[10, 23], [40, 47]]
        [place] = store.db["places"].rows
        assert (place["name"], place["country"], place["start"]) == ("Nairobi", "KEN", 60)
        assert [h.id for h in store.search(person="Kravets")] == [first.id]
        assert [h.id for h in store.search(place="Kenya")] == [first.id]  # a place in Kenya
        assert [h.id for h in store.search(place="Nairobi")] == [first.id]
        assert store.search(place="Chile") == []
        assert [h.id for h in store.search("border", person="Kravets")] == [first.id]
        assert store.search("sanctions", person="Kravets") == []


def _event(n, **fields):
    event = {
        "id": f"ev{n}",
        "actor": None,
        "actor_code": None,
        "target": None,
        "target_code": None,
        "action": "",
        "code": "",
        "root": "",
        "plover": None,
        "negated": False,
        "reported_by": None,
        "start": 0,
        "end": 5,
    }
    event.update(fields)
    return event


def test_events_filter_by_actor_code_and_name_code_root_and_plover(tmp_path):
    older = article(
        "Kenya's police fired on protesters, Odinga said.",
        published="2023-01-02",
        quotes=[{"id": "q1", "text": "talks", "start": 0, "end": 5, "speaker": "Raila Odinga"}],
        events=[
            _event(1, actor="Kenya's police", actor_code="KENCOP", code="1951", root="19",
                   plover="ASSAULT"),
            _event(2, actor="Odinga", actor_code="KENOPP", target="the government",
                   target_code="KENGOV", code="1041", root="10", plover="DEMAND",
                   reported_by="q1", negated=True),
        ],
    )  # fmt: skip
    newer = article(
        "The United Nations urged Kenya to hold talks.",
        published="2024-06-01T08:00:00+00:00",
        events=[
            _event(1, actor="United Nations", actor_code="IGOUNO", target="Kenya",
                   target_code="KEN", code="1041", root="10", plover="DEMAND"),
            _event(2, actor="Ethiopia", actor_code="ETH", code="042", root="04",
                   plover="CONSULT"),
        ],
    )  # fmt: skip
    with Store(tmp_path / "d.db") as store:
        store.add(older)
        store.add(newer)

        def found(**filters):
            total, rows = store.events(**filters)
            assert total == len(rows)
            return [(row["article_id"], row["id"]) for row in rows]

        # Newest article first, then the article's own order.
        assert found() == [
            (newer.id, "ev1"),
            (newer.id, "ev2"),
            (older.id, "ev1"),
            (older.id, "ev2"),
        ]
        # "KEN": codes starting with it (KENCOP, KENOPP/KENGOV, KEN) or names containing it.
        assert found(actor="KEN") == [(newer.id, "ev1"), (older.id, "ev1"), (older.id, "ev2")]
        assert found(actor="ken") == found(actor="KEN")
        assert found(actor="gov") == [(older.id, "ev2")]  # the target's name, not KENGOV
        assert found(actor="OPP") == []  # inside KENOPP, but codes match from their start
        assert found(actor="IGO") == [(newer.id, "ev1")]
        assert found(actor="%") == [] and found(actor="_") == []  # LIKE wildcards are literal
        assert found(root="4") == found(root="04") == found(root=4) == [(newer.id, "ev2")]
        assert found(root="19") == [(older.id, "ev1")]
        assert found(code="10") == [(newer.id, "ev1"), (older.id, "ev2")]
        assert found(code="0") == [(newer.id, "ev2")]
        assert found(code="195") == found(code="1951") == [(older.id, "ev1")]
        assert found(plover="demand") == [(newer.id, "ev1"), (older.id, "ev2")]
        assert found(plover="DEMAN") == []
        assert found(actor="KEN", code="104", plover="Demand") == [
            (newer.id, "ev1"),
            (older.id, "ev2"),
        ]
        # Positional (actor, root) as the web API calls it, with paging.
        total, [row] = store.events("KEN", "10", limit=1, offset=1)
        assert total == 2 and (row["article_id"], row["id"]) == (older.id, "ev2")
        # Decoded rows: negated back to a bool, the quote's speaker, the article's date.
        assert row["negated"] is True and row["reported_by"] == "q1"
        assert row["reported_by_speaker"] == "Raila Odinga"
        assert (row["published"], row["article_title"]) == ("2023-01-02", "Border talks")
        [(_, first)] = [(r["id"], r) for r in store.events(code="1951")[1]]
        assert first["negated"] is False and first["reported_by_speaker"] is None


def test_events_without_code_columns_match_names_only(tmp_path):
    # Rows from before the coder wrote codes and PLOVER types (as the web tests' records).
    item = article(events=[{"actor": "Jane Doe", "target": "council", "code": "141", "root": "14"}])
    with Store(tmp_path / "d.db") as store:
        store.add(item)
        assert store.events(actor="doe")[0] == 1
        assert store.events(actor="KEN") == (0, [])
        assert store.events(plover="PROTEST") == (0, [])
        assert store.events(code="14")[0] == 1


def test_records_oldest_first_with_chosen_keys(tmp_path):
    items = [
        article("Undated article.", events=[{"code": "010"}]),
        article("Newer article.", published="2024-02-01"),
        article("Older article.", published="2023-05-01T10:00:00+00:00", tone={"tone": -1.0}),
    ]
    with Store(tmp_path / "d.db") as store:
        for item in items:
            store.add(item)
        records = list(store.records(("id", "published", "tone", "events")))
        assert [r["id"] for r in records] == [items[2].id, items[1].id, items[0].id]
        assert records[0] == {
            "id": items[2].id,
            "published": "2023-05-01T10:00:00+00:00",
            "tone": {"tone": -1.0},
            "events": [],
        }
        assert records[2]["events"] == [{"code": "010"}]
        full = next(store.records())
        assert full == store.get(items[2].id)
        with pytest.raises(ValueError, match="not article columns"):
            list(store.records(["id; drop table articles"]))


def test_the_read_side_opens_read_only_beside_a_writer(tmp_path):
    import sqlite3

    path = tmp_path / "d.db"
    with Store(path) as store:
        store.add(article())
        with Reader(path) as reader:  # beside an open writer (WAL): reads what was committed
            assert reader.count() == 1
            assert [hit.title for hit in reader.search("talks")] == ["Border talks"]
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                reader.db.execute("delete from articles")
        store.add(article("Russia vetoed a draft resolution on sanctions against Mali."))
    with Reader(path) as reader:
        assert reader.count() == 2


def test_the_read_side_sets_up_nothing(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).close()  # an empty database file: readers must not create tables
    with Reader(path) as reader:
        assert reader.count() == 0 and reader.quotes("x") == (0, [])
    assert sqlite3.connect(path).execute("select count(*) from sqlite_master").fetchone() == (0,)


def test_web_requests_read_through_a_read_only_connection(tmp_path):
    from types import SimpleNamespace

    from dateline.web.deps import open_store

    path = tmp_path / "d.db"
    with Store(path) as store:
        store.add(article())
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(db_path=str(path))))
    with open_store(request) as reader:
        assert type(reader) is Reader and reader.count() == 1


def test_a_database_from_before_quote_kinds_lists_every_quote(tmp_path):
    """Rows stored before quotes had a kind: the kind filter cannot apply, nothing is hidden."""
    import sqlite3

    from dateline.record import Article
    from dateline.store import Reader, Store

    db = tmp_path / "old.db"
    article = Article(id="a1", text="Jane Roe said it would rain.", published="2024-01-02")
    article.quotes = [
        {
            "id": "q1",
            "text": "it would rain",
            "start": 14,
            "end": 27,
            "kind": "stance",
            "speaker": "Jane Roe",
            "speaker_start": 0,
            "speaker_end": 8,
            "speaker_id": None,
            "direct": False,
            "cue": "said",
            "cue_start": 9,
            "cue_end": 13,
            "parts": [[14, 27]],
        }
    ]
    with Store(db) as store:
        store.add(article)
    with Reader(db) as reader:
        assert reader.quotes()[0] == 0  # a stance: not listed by default
    with sqlite3.connect(db) as connection:
        connection.execute("alter table quotes drop column kind")
    with Reader(db) as reader:
        total, rows = reader.quotes()
    assert total == 1 and rows[0]["speaker"] == "Jane Roe"
