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
