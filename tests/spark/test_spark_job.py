"""`dateline spark` on a local Spark (local[2]): a WARC, a JSON Lines file and a folder of
text files with bad documents mixed in. Every record must equal the one `dateline extract`
makes of the same input; a re-run must change nothing; bad documents are `errors` rows.

One Spark session for the module (starting one takes seconds). Skipped, with the reason, only
where Java or PySpark is missing and CI is not set; under CI it must run (.ci/run installs
Java)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.parquet import read_dataset
from dateline.pipeline import Options, run
from dateline.record import Article, Failure

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")

if not IN_CI:
    if shutil.which("java") is None:
        pytest.skip(
            "java is absent (apt-get install default-jre-headless)", allow_module_level=True
        )
    pytest.importorskip(
        "pyspark", reason="pyspark is not installed (pip install 'dateline[spark]')"
    )

from dateline.spark import list_inputs, run_job, session  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    spark = session("local[2]", app_name="dateline-tests")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """A WARC (with a truncated copy), a JSON Lines file with a broken line, and a folder of
    text files: articles, an empty file, a binary file, a German article."""
    root = tmp_path_factory.mktemp("inputs")
    warc = root / "crawl.warc.gz"
    shutil.copy(EXAMPLES / "crawl.warc.gz", warc)
    raw = gzip.decompress(warc.read_bytes())
    (root / "cut.warc").write_bytes(raw[: len(raw) * 2 // 3])
    feed = root / "feed.jsonl"
    lines = (EXAMPLES / "wire-feed.jsonl").read_text(encoding="utf-8").splitlines()
    feed.write_text("\n".join([*lines, '{"text": "broken', ""]), encoding="utf-8")
    folder = root / "texts"
    folder.mkdir()
    shutil.copy(EXAMPLES / "kenya-ethiopia-border-talks.txt", folder / "kenya.txt")
    shutil.copy(EXAMPLES / "ukraine-grain-corridor.html", folder / "grain.html")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    (folder / "german.txt").write_text(
        "Die Bundesregierung hat am Dienstag in Berlin neue Hilfen für die Landwirtschaft "
        "beschlossen. Der Minister sagte, die Maßnahmen würden sofort wirksam. " * 3,
        encoding="utf-8",
    )
    return [str(warc), str(root / "cut.warc"), str(feed), str(folder)]


@pytest.fixture(scope="module")
def dataset(spark, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "dataset"
    summary = run_job(spark, inputs, str(out), Options(), partitions=3)
    assert summary.stored > 0 and summary.failed >= 4
    return out


def _extracted(inputs: list[str]) -> tuple[dict[str, dict], set[tuple[str, str]]]:
    articles, failures = {}, set()
    for item in run(inputs, Options()):
        if isinstance(item, Failure):
            failures.add((item.source, item.reason))
        else:
            articles[item.id] = item.to_dict()
    return articles, failures


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*.parquet"))
    }


def test_every_record_equals_the_one_dateline_extract_makes(dataset, inputs):
    expected, expected_failures = _extracted(inputs)
    got = list(read_dataset(dataset))
    articles = {item.id: item.to_dict() for item in got if isinstance(item, Article)}
    failures = {(item.source, item.reason) for item in got if isinstance(item, Failure)}
    assert set(articles) == set(expected)
    for article_id, record in expected.items():
        assert articles[article_id] == record, article_id
    assert failures == expected_failures
    reasons = " | ".join(reason for _, reason in failures)
    for reason in ("empty", "binary", "language is 'de'", "truncated", "invalid JSON"):
        assert reason in reasons


def test_layers_are_tables_keyed_by_article_with_offsets(dataset):
    import pyarrow.dataset as ds

    events = ds.dataset(dataset / "events", format="parquet").to_table().to_pylist()
    assert events, "the examples hold events"
    articles = {item.id: item for item in read_dataset(dataset) if isinstance(item, Article)}
    for row in events:
        text = articles[row["article_id"]].text
        assert text[row["start"] : row["end"]] == row["text"]
    entities = ds.dataset(dataset / "entities", format="parquet").to_table().to_pylist()
    for row in entities:
        assert [row["start"], row["end"]] == row["mentions"][0]
    partitions = {path.name for path in (dataset / "articles").iterdir() if path.is_dir()}
    assert all(name.startswith("year=") for name in partitions)


def test_a_rerun_changes_nothing(spark, dataset, inputs):
    before = _files(dataset)
    summary = run_job(spark, inputs, str(dataset), Options(), partitions=2)
    assert summary.stored == 0 and summary.skipped > 0
    assert summary.failed > 0  # they fail again, and their rows are already there
    assert _files(dataset) == before


def test_an_article_met_twice_in_one_run_is_written_once(spark, inputs, tmp_path):
    twice = tmp_path / "twice"
    twice.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(EXAMPLES / "kenya-ethiopia-border-talks.txt", twice / name)
    summary = run_job(spark, [str(twice)], str(tmp_path / "out"), Options(), partitions=2)
    assert summary.stored == 1
    rows = [item for item in read_dataset(tmp_path / "out") if isinstance(item, Article)]
    assert len(rows) == 1


def test_inputs_by_glob_and_by_uri(inputs):
    folder = Path(inputs[-1])
    by_glob = list_inputs([str(folder / "*.txt")])
    assert [Path(name).name for name in by_glob] == [
        "binary.txt",
        "empty.txt",
        "german.txt",
        "kenya.txt",
    ]
    by_uri = list_inputs([folder.as_uri()])
    assert len(by_uri) == 5 and all(name.startswith("file://") for name in by_uri)
    kenya = next(name for name in by_uri if name.endswith("kenya.txt"))
    [article] = list(run([kenya], Options()))
    [local] = list(run([str(folder / "kenya.txt")], Options()))
    assert article.to_dict() == local.to_dict()


def test_load_then_export_parquet_round_trips(dataset, tmp_path, capsys):
    db = tmp_path / "news.db"
    assert main(["load", str(dataset), "--db", str(db)]) == 0
    assert main(["load", str(dataset), "--db", str(db)]) == 0  # a second load adds nothing
    assert "loaded 0 articles and 0 error rows" in capsys.readouterr().err
    out = tmp_path / "again"
    assert main(["export", "parquet", "--db", str(db), "--out", str(out)]) == 0
    first = list(read_dataset(dataset))
    second = list(read_dataset(out))
    key = lambda item: item.id if isinstance(item, Article) else item.source  # noqa: E731
    assert sorted(
        (json.dumps(item.to_dict(), sort_keys=True) if isinstance(item, Article) else str(item))
        for item in first
    ) == sorted(
        (json.dumps(item.to_dict(), sort_keys=True) if isinstance(item, Article) else str(item))
        for item in second
    )
    assert sorted(map(key, first)) == sorted(map(key, second))


def test_duckdb_reads_the_dataset_as_the_readme_shows(dataset):
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(
        f"select speaker, count(*) from '{dataset}/quotes/*.parquet' "
        "where speaker is not null group by speaker order by 2 desc"
    ).fetchall()
    assert rows and all(count >= 1 for _, count in rows)


def test_python_m_dateline_spark_runs_as_spark_submit_would(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "kenya-ethiopia-border-talks.txt", folder / "kenya.txt")
    (folder / "empty.txt").write_bytes(b"")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dateline.spark",
            str(folder),
            "--out",
            str(tmp_path / "out"),
            "--master",
            "local[1]",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "stored 1, skipped 0 already stored, failed 1" in done.stderr
    [article, failure] = list(read_dataset(tmp_path / "out"))
    assert isinstance(article, Article) and isinstance(failure, Failure)


def test_spark_finds_the_same_stories_as_the_store(spark, tmp_path):
    """The same inputs give the same stories on either engine; a re-run's new copy joins the
    stored story."""
    from dateline.store import Store
    from tests.test_stories import KENYA, _syndicated_feed

    feed = _syndicated_feed(tmp_path)
    db = tmp_path / "news.db"
    assert main(["ingest", str(feed), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    with Store(db) as store:
        local = dict(store.db.execute("select id, story_id from articles").fetchall())
    out = tmp_path / "out"
    run_job(spark, [str(feed)], str(out), Options(), partitions=2)

    def stories() -> dict[str, str]:
        return {item.id: item.story_id for item in read_dataset(out) if isinstance(item, Article)}

    assert stories() == local
    assert len(set(local.values())) == 2
    later = tmp_path / "later.txt"
    later.write_text("\n\n".join([*KENYA[1:], "Updated with the ministers' statement."]))
    summary = run_job(spark, [str(later)], str(out), Options(), partitions=1)
    assert summary.stored == 1
    after = stories()
    [new] = set(after) - set(local)
    wire_story = after[new]
    assert wire_story in set(local.values())
    assert sum(1 for story in after.values() if story == wire_story) == 4
