"""Concurrency and faults (issue 25): two ingests into one database, a reader during an
ingest, an ingest killed with SIGKILL and re-run, a read-only path and a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.store import Reader, Store
from tests.conftest import EXAMPLES

DATELINE = Path(sys.executable).parent / "dateline"
BASE = (EXAMPLES / "kenya-ethiopia-border-talks.txt").read_text(encoding="utf-8")


def _corpus(folder: Path, count: int) -> Path:
    """`count` distinct articles (the Kenya example, each with its own number of arrests)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = BASE.replace("14 people", f"{14 + i} people")
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(DATELINE), "ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _duplicate_layer_rows(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        return sum(
            connection.execute(
                f"select count(*) from (select article_id, n from {table} "
                "group by article_id, n having count(*) > 1)"
            ).fetchone()[0]
            for table in ("entities", "quotes", "figures", "events", "places")
            if table in tables
        )


def test_two_ingests_into_one_database_store_every_article_once(tmp_path):
    folder = _corpus(tmp_path / "in", 24)
    db = tmp_path / "news.db"
    first, second = _ingest(folder, db), _ingest(folder, db)
    outputs = [process.communicate(timeout=600) for process in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    assert not any("locked" in err for _, err in outputs)
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from articles").fetchone()[0] == 24
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert _duplicate_layer_rows(db) == 0
    stored = [int(err.split("stored ")[1].split(",")[0]) for _, err in outputs]
    assert sum(stored) == 24  # each article stored by one of them, skipped by the other


def test_a_reader_during_an_ingest_sees_whole_articles_only(tmp_path):
    folder = _corpus(tmp_path / "in", 30)
    db = tmp_path / "news.db"
    Store(db).close()
    process = _ingest(folder, db)
    checks = 0
    while process.poll() is None or checks == 0:
        with Reader(db) as reader:
            for record in reader.records(["id", "entities", "figures", "events"]):
                for layer in ("entities", "figures", "events"):
                    rows = (
                        reader.db.execute(
                            f"select count(*) from {layer} where article_id = ?", [record["id"]]
                        ).fetchone()[0]
                        if reader.db[layer].exists()
                        else 0
                    )
                    assert rows == len(record[layer]), (record["id"], layer)
                checks += 1
        time.sleep(0.05)
    assert process.returncode == 0, process.stderr.read()
    assert checks > 0


def test_an_ingest_killed_mid_write_then_rerun_loses_and_duplicates_nothing(tmp_path):
    folder = _corpus(tmp_path / "in", 40)
    db = tmp_path / "news.db"
    process = _ingest(folder, db)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                with Reader(db) as reader:
                    if reader.count() >= 5:
                        break
            except Exception:  # noqa: BLE001 - the schema may not be there yet
                continue
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    again = subprocess.run(
        [str(DATELINE), "ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from articles").fetchone()[0] == 40
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        orphans = connection.execute(
            "select count(*) from events where article_id not in (select id from articles)"
        ).fetchone()[0]
    assert orphans == 0 and _duplicate_layer_rows(db) == 0


def test_a_database_on_a_read_only_path_is_one_line(tmp_path, capsys):
    if not Path("/proc").is_dir():
        pytest.skip("no /proc: no read-only file system to write to")
    code = main(
        [
            "ingest",
            str(EXAMPLES / "kenya-ethiopia-border-talks.txt"),
            "--db",
            "/proc/dateline-test.db",
            "--quiet",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "/proc/dateline-test.db" in err
    assert "Traceback" not in err


def test_a_full_disk_is_one_line_saying_what_was_not_stored(tmp_path, capsys, monkeypatch):
    real_init = Store.__init__

    def small_disk(self, path):
        real_init(self, path)
        pages = self.db.execute("pragma page_count").fetchone()[0]
        self.db.execute(f"pragma max_page_count = {pages + 40}")

    monkeypatch.setattr(Store, "__init__", small_disk)
    folder = _corpus(tmp_path / "in", 30)
    db = tmp_path / "news.db"
    code = main(["ingest", str(folder), "--db", str(db), "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "full" in err and "were not stored" in err and "re-run" in err
    monkeypatch.setattr(Store, "__init__", real_init)
    with Store(db) as store:
        stored = store.count()
    assert stored < 30
    assert main(["ingest", str(folder), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    with Store(db) as store:
        assert store.count() == 30  # the re-run adds what was missing


def test_the_web_app_answers_while_an_ingest_writes(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.web.app import create_app

    folder = _corpus(tmp_path / "in", 20)
    db = tmp_path / "news.db"
    Store(db).close()
    client = TestClient(create_app(db))
    process = _ingest(folder, db)
    totals = []
    while process.poll() is None or not totals:
        body = client.get("/api/articles", params={"per_page": 100})
        assert body.status_code == 200, body.text
        totals.append(body.json()["total"])
        for hit in body.json()["results"]:
            record = client.get(f"/api/articles/{hit['id']}").json()
            events = client.get("/api/events", params={"per_page": 100}).json()["results"]
            mine = [event for event in events if event["article_id"] == record["id"]]
            assert len(mine) == len([e for e in record["events"]]), record["id"]
        time.sleep(0.05)
    assert process.returncode == 0
    assert totals == sorted(totals)  # articles appear whole and never go away
