"""Parallel ingest: determinism across worker counts, resume after a kill, bounded memory,
and a crashing worker recorded as a failure."""

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.pipeline import Options, Skipped, run
from dateline.record import Article, Document, Failure
from dateline.store import Store

DATELINE = str(Path(sys.executable).with_name("dateline"))
SENTENCES = [
    "Kenya and Ethiopia agreed on {d} to resume talks, officials said.",
    "Police in Nairobi arrested {n} people after protests on {d}, a spokeswoman said.",
    '"We will not move," Olena Kravets told reporters in Kyiv on {d}.',
    "About {n} refugees crossed into Chad on {d}, the United Nations said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(i: int) -> str:
    return " ".join(s.format(d=DAYS[(i + k) % 5], n=10 + i + k) for k, s in enumerate(SENTENCES))


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"a{i:04d}.txt").write_text(article_text(i) + f" Report number {i}.")
    return folder


def table_dump(db: Path) -> dict[str, list]:
    """Every table's content, without the ingest time (which differs between runs)."""
    with sqlite3.connect(db) as conn:
        tables = ["articles", "entities", "places", "quotes", "figures", "errors"]
        dump = {}
        for table in tables:
            exists = conn.execute(
                "select 1 from sqlite_master where type='table' and name=?", [table]
            ).fetchone()
            if not exists:
                continue
            columns = [c[1] for c in conn.execute(f"pragma table_info({table})")]
            keep = [c for c in columns if c not in ("ingested", "time", "id")] + (
                ["id"] if table == "articles" else []
            )
            dump[table] = conn.execute(
                f"select {', '.join(keep)} from {table} order by rowid"
            ).fetchall()
        return dump


def test_same_database_whatever_the_number_of_workers(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 24)
    dumps = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        result = subprocess.run(
            [DATELINE, "ingest", str(corpus), "--db", str(db), "--workers", str(workers)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr
        assert "stored 24, skipped 0 duplicates, failed 0" in result.stderr
        dumps.append(table_dump(db))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["articles"]) == 24 and dumps[0]["quotes"]


def test_resume_after_a_killed_ingest(tmp_path):
    total = 240
    corpus = write_corpus(tmp_path / "corpus", total)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    clean = subprocess.run(
        [DATELINE, "ingest", str(corpus), "--db", str(clean_db), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert clean.returncode == 0, clean.stderr
    process = subprocess.Popen(
        [DATELINE, "ingest", str(corpus), "--db", str(killed_db), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # kill it as soon as some articles are committed
        time.sleep(0.05)
        if killed_db.exists():
            try:
                with sqlite3.connect(killed_db) as conn:
                    if conn.execute("select count(*) from articles").fetchone()[0] >= 1:
                        break
            except sqlite3.Error:
                pass
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(killed_db) as conn:
        partial = conn.execute("select count(*) from articles").fetchone()[0]
    assert 1 <= partial < total
    resumed = subprocess.run(
        [DATELINE, "ingest", str(corpus), "--db", str(killed_db), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert resumed.returncode == 0, resumed.stderr
    duplicates = "duplicate" if partial == 1 else "duplicates"
    assert f"stored {total - partial}, skipped {partial} {duplicates}" in resumed.stderr
    clean_dump, resumed_dump = table_dump(clean_db), table_dump(killed_db)
    assert sorted(clean_dump["articles"]) == sorted(resumed_dump["articles"])
    for layer in ("entities", "quotes", "figures", "places"):
        assert len(clean_dump[layer]) == len(resumed_dump[layer])


def test_skip_ids_are_not_parsed_again(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 4)
    first = list(run([str(corpus)], Options()))
    stored = frozenset(a.id for a in first[:2])
    again = list(run([str(corpus)], Options(), skip_ids=stored))
    assert [type(x).__name__ for x in again] == ["Skipped", "Skipped", "Article", "Article"]
    assert all(isinstance(x, Skipped) and x.id in stored for x in again[:2])


def test_memory_stays_bounded_on_a_stream_of_20000_articles(tmp_path):
    def stream():
        for i in range(20_000):
            yield json.dumps({"id": i, "text": article_text(i) + f" Item {i}."}) + "\n"

    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as handle:
        handle.writelines(stream())
    script = (
        "import resource, sys\n"
        "from dateline.pipeline import Options, run\n"
        "from dateline.store import Store\n"
        "stored = 0\n"
        "with Store(sys.argv[2]) as store:\n"
        "    for item in run([sys.argv[1]], Options(annotate=False), workers=2):\n"
        "        stored += store.add(item)\n"
        "        if stored == 1000:\n"
        "            base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(stored, base, peak)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(feed), str(tmp_path / "m.db")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    stored, base, peak = (int(x) for x in result.stdout.split())
    assert stored == 20_000
    # peak RSS (KiB) grows by less than 64 MB from the 1,000th article to the 20,000th
    assert peak - base < 64 * 1024, (base, peak)


def test_a_worker_crash_is_one_failure_and_the_batch_goes_on(monkeypatch):
    import dateline.pipeline as pipeline

    real = pipeline.clean_text

    def crashing(raw):
        if "CRASH" in raw:
            os._exit(3)  # the worker process dies, as on a segfault
        return real(raw)

    monkeypatch.setattr(pipeline, "clean_text", crashing)  # forked workers inherit this
    docs = [
        Document(
            source=f"doc{i}", content=article_text(i) + (" CRASH" if i == 5 else ""), kind="text"
        )
        for i in range(12)
    ]
    from functools import partial

    from dateline.workers import run_parallel

    batches = [docs[i : i + 4] for i in range(0, 12, 4)]
    work = partial(pipeline.process_batch, options=Options(annotate=False))
    results = list(run_parallel(batches, work, workers=2))
    assert [r.source for r in results] == [f"doc{i}" for i in range(12)]
    assert isinstance(results[5], Failure) and "crashed" in results[5].reason
    assert all(isinstance(r, Article) for i, r in enumerate(results) if i != 5)


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_workers_must_be_positive(workers, tmp_path):
    result = subprocess.run(
        [DATELINE, "ingest", str(tmp_path), "--workers", workers], capture_output=True, text=True
    )
    assert result.returncode == 2


def test_store_ids(tmp_path):
    with Store(tmp_path / "d.db") as store:
        assert store.ids() == frozenset()
        store.add(Article(id="abc", text="x"))
        assert store.ids() == frozenset({"abc"})
    assert resource  # imported for the memory test's subprocess script
