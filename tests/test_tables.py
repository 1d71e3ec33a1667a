"""The Parquet layout (dateline.tables) and the pyarrow side (dateline.parquet): the same rows
for the same article whatever engine writes them, and no record field dropped on the way."""

from __future__ import annotations

import pytest

from dateline.cli import main
from dateline.parquet import DatasetError, read_dataset
from dateline.pipeline import Options, run
from dateline.record import Article, Failure
from dateline.store import Reader
from dateline.tables import SCHEMAS, article_from_rows, article_rows, failure_row


@pytest.fixture(scope="module")
def examples_articles(tmp_path_factory) -> list[Article | Failure]:
    from tests.conftest import EXAMPLES

    return list(run([str(EXAMPLES)], Options()))


def test_rows_round_trip_to_the_same_record(examples_articles):
    articles = [item for item in examples_articles if isinstance(item, Article)]
    assert len(articles) >= 5
    for article in articles:
        rows = article_rows(article)
        for table, table_rows in rows.items():
            names = set(SCHEMAS[table].names)
            assert all(set(row) <= names for row in table_rows), table
        [head] = rows["articles"]
        assert head["year"] == int(article.published[:4])
        again = article_from_rows(head, {k: v for k, v in rows.items() if k != "articles"})
        assert again.to_dict() == article.to_dict()


def test_a_field_the_layout_lacks_is_an_error_not_a_silent_loss():
    article = Article(id="a1", text="Text.", events=[{"id": "ev1", "surprise": 1}])
    with pytest.raises(ValueError, match="surprise"):
        article_rows(article)


def test_whole_figures_come_back_as_ints_and_undated_articles_have_no_partition():
    article = Article(id="a1", text="Text.", figures=[{"id": "f1", "value": 2000, "low": 1.5}])
    rows = article_rows(article)
    assert rows["articles"][0]["year"] is None
    figure = {**rows["figures"][0], "value": 2000.0, "low": 1.5}
    again = article_from_rows(rows["articles"][0], {"figures": [figure]})
    assert again.figures[0]["value"] == 2000 and isinstance(again.figures[0]["value"], int)
    assert again.figures[0]["low"] == 1.5


def test_failure_rows_have_stable_ids():
    one = failure_row(Failure("a.txt", "empty document"))
    assert one == failure_row(Failure("a.txt", "empty document"))
    assert one["id"] != failure_row(Failure("b.txt", "empty document"))["id"]


def test_export_parquet_then_load_gives_the_same_store(tmp_path, capsys):
    from tests.conftest import EXAMPLES

    db = tmp_path / "a.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    out = tmp_path / "dataset"
    assert main(["export", "parquet", "--db", str(db), "--out", str(out)]) == 0
    assert main(["export", "parquet", "--db", str(db), "--out", str(out)]) == 1  # not empty
    assert "is not empty" in capsys.readouterr().err
    assert (out / "articles").is_dir() and (out / "events").is_dir()
    copy = tmp_path / "b.db"
    assert main(["load", str(out), "--db", str(copy)]) == 0
    with Reader(db) as first, Reader(copy) as second:
        one, two = list(first.records()), list(second.records())
    assert len(one) >= 5
    for record in one + two:
        record.pop("ingested")  # the time of the ingest or the load
    assert one == two


def test_load_refuses_a_folder_that_is_not_a_dataset(tmp_path, capsys):
    assert main(["load", str(tmp_path), "--db", str(tmp_path / "x.db")]) == 1
    assert "not a dateline Parquet dataset" in capsys.readouterr().err
    with pytest.raises(DatasetError):
        list(read_dataset(tmp_path))
