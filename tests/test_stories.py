"""Syndicated copies (dateline.stories): the pair set's precision and recall, and the store
naming stories as the Spark job does (the smallest article id of a connected component)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dateline import stories
from dateline.pipeline import Options, run
from dateline.record import Article
from dateline.store import Store
from tests.conftest import EXAMPLES, shared_path

ROOT = Path(__file__).resolve().parents[1]


def _example_paragraphs(name: str) -> list[str]:
    [article] = list(run([str(EXAMPLES / name)], Options()))
    return article.text.split("\n\n")


KENYA = _example_paragraphs("kenya-ethiopia-border-talks.txt")
GRAIN = _example_paragraphs("ukraine-grain-corridor.html")


def _article(text: str) -> Article:
    [article] = list(run(["-"], Options(languages=None), stdin=_stdin(text)))
    assert isinstance(article, Article), article
    return article


def _stdin(text: str):
    import io

    return io.BytesIO(text.encode())


def test_the_pair_set_meets_the_targets_on_both_splits():
    sys.path.insert(0, str(ROOT / "bench"))
    from stories import score

    result = score(shared_path("data").parent)
    for split in ("dev", "held-out"):
        assert result[split]["precision"] >= 0.98, split
        assert result[split]["recall"] >= 0.95, split


def test_a_trimmed_copy_with_boilerplate_is_the_same_story_a_different_one_is_not():
    original = "\n\n".join(KENYA)
    trimmed = "\n\n".join([*KENYA[:-3], "Editor's note: this story was updated at 5pm."])
    other = "\n\n".join(GRAIN)
    one, two, three = (stories.signature(text) for text in (original, trimmed, other))
    assert stories.same_story(*one, *two)
    assert not stories.same_story(*one, *three)
    assert set(stories.band_keys(one[0])) & set(stories.band_keys(two[0]))


def test_name_stories_keeps_a_stored_story_and_names_a_new_one_by_its_smallest_id():
    named = stories.name_stories(["b", "c", "z"], [("c", "a"), ("z", "b")], {"a": "a"})
    assert named == {"b": "b", "c": "a", "z": "b"}


def test_the_store_puts_copies_in_one_story_whatever_the_order(tmp_path):
    texts = [
        "\n\n".join(KENYA),
        "\n\n".join(KENYA[:-3]),
        "\n\n".join([*KENYA[1:-1], "Traders in Moyale said the queues were already long."]),
        "\n\n".join(GRAIN),
    ]
    articles = [_article(text) for text in texts]
    ids = [article.id for article in articles]
    expected_story = min(ids[:3])
    for order in ([0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]):
        with Store(tmp_path / f"{order}.db") as store:
            for index in order:
                store.add(_article(texts[index]))
            got = dict(store.db.execute("select id, story_id from articles").fetchall())
        assert {got[i] for i in ids[:3]} == {expected_story}, order
        assert got[ids[3]] == ids[3]


def test_a_store_from_before_stories_gets_the_columns(tmp_path):
    import sqlite3

    db = tmp_path / "old.db"
    with Store(db) as store:
        for item in run([str(EXAMPLES / "kenya-ethiopia-border-talks.txt")], Options()):
            store.add(item)
    with sqlite3.connect(db) as connection:
        connection.execute("drop index idx_articles_story_id")
        connection.execute("alter table articles drop column story_id")
        connection.execute("drop table signatures")
        connection.execute("drop table bands")
    with Store(db) as store:
        assert "story_id" in store.db["articles"].columns_dict
        assert store.db["bands"].exists()


@pytest.mark.parametrize("text", ["", "one two", "word " * 3])
def test_short_texts_have_signatures(text):
    signature, size = stories.signature(text)
    assert len(signature) == stories.NUM_PERM and size <= 1


def _syndicated_feed(tmp_path) -> Path:
    """A JSON Lines feed: one wire story as three outlets ran it, and another story."""
    import json

    lines = [
        {"url": "https://www.example-times.com/world/kenya", "text": "\n\n".join(KENYA)},
        {"url": "https://daily.example.org/kenya-talks", "text": "\n\n".join(KENYA[:-2])},
        {
            "url": "https://news.example.net/a/123",
            "text": "\n\n".join([*KENYA[:-1], "Our correspondent in Moyale saw long queues."]),
        },
        {"url": "https://www.example-times.com/world/grain", "text": "\n\n".join(GRAIN)},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return feed


def test_search_shows_one_result_per_story_and_gdelt_counts_its_outlets(tmp_path, capsys):
    from dateline import gdelt
    from dateline.cli import main

    db = tmp_path / "news.db"
    feed = _syndicated_feed(tmp_path)
    assert main(["ingest", str(feed), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["search", "Ethiopia", "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert "1 story found" in out.err
    assert "also published by 2 outlets" in out.out
    with Store(db) as store:
        total, hits = store.articles()
        assert total == 2 and sorted(hit.copies for hit in hits) == [0, 2]
    tsv = tmp_path / "events.tsv"
    assert main(["export", "gdelt", "--db", str(db), "--out", str(tsv)]) == 0
    rows = [line.split("\t") for line in tsv.read_text().splitlines()]
    counts = {
        (row[gdelt.COLUMNS.index("NumArticles")], row[gdelt.COLUMNS.index("NumSources")])
        for row in rows
    }
    assert ("3", "3") in counts  # the wire story's events, once, from its three outlets
    urls = {row[gdelt.COLUMNS.index("SOURCEURL")] for row in rows}
    assert len([url for url in urls if "kenya" in url or "123" in url]) == 1
