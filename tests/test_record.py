from dateline.record import SCHEMA, Article, article_id

KEYS = [
    "schema",
    "id",
    "url",
    "outlet",
    "title",
    "published",
    "authors",
    "credits",
    "language",
    "text",
    "removed",
    "entities",
    "quotes",
    "figures",
    "events",
    "places",
    "tone",
    "notes",
]


def test_every_key_always_present_in_schema_order():
    record = Article(id="abc", text="Body.").to_dict()
    assert list(record) == KEYS
    assert record["schema"] == SCHEMA == "dateline.article/1"
    assert record["entities"] == record["quotes"] == record["figures"] == []
    assert record["events"] == record["places"] == [] and record["tone"] is None


def test_source_is_not_part_of_the_record():
    assert "source" not in Article(id="a", text="b", source="x.txt").to_dict()


def test_id_is_stable_over_whitespace_and_differs_by_content():
    assert article_id("Kenya  and\nEthiopia") == article_id("Kenya and Ethiopia")
    assert article_id("Kenya and Ethiopia") != article_id("Kenya and Somalia")
    assert len(article_id("x")) == 16
