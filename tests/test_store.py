import json

from dateline.record import Article, Failure
from dateline.store import Store


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
