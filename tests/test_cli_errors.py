"""Errors that say so (issue 24): a run that reads nothing fails, enumerations are checked
alike, re-runs add no second error row, non-English articles say they were not analysed, and
the database declares what Datasette needs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dateline.cli import main
from tests.conftest import EXAMPLES

KENYA = EXAMPLES / "kenya-ethiopia-border-talks.txt"


def test_a_missing_file_is_an_error_with_status_1(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.html")]) == 1
    assert "missing.html: no such file or directory" in capsys.readouterr().err


def test_a_missing_file_beside_a_good_one_fails_after_the_good_one_is_read(tmp_path, capsys):
    assert main(["extract", str(KENYA), str(tmp_path / "missing.txt"), "--format", "jsonl"]) == 1
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 1 and "no such file" in out.err


def test_a_folder_with_nothing_to_read_fails_and_ingest_makes_no_database(tmp_path, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "news.db"
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 1
    assert "no file to read in this folder" in capsys.readouterr().err
    assert not db.exists()
    assert main(["extract", str(folder)]) == 1


def test_a_run_that_reads_no_document_fails(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("", encoding="utf-8")
    assert main(["extract", str(feed)]) == 1
    assert "nothing was read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command, says",
    [
        (["figures", "--category", "BOGUS"], "unknown category 'BOGUS': use one of KILL"),
        (["events", "--plover", "nope"], "unknown PLOVER type 'nope': use one of ACCUSE"),
        (["events", "--root", "99"], "--root: give a CAMEO root code, 01-20"),
    ],
)
def test_enumerations_are_checked_alike(command, says, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(command)
    assert exit_.value.code == 2
    assert says in capsys.readouterr().err


def test_figures_category_is_case_blind(tmp_path):
    db = tmp_path / "news.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    assert main(["figures", "--category", "kill", "--db", str(db)]) == 0


def test_rerunning_ingest_adds_no_second_error_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "kenya.txt").write_bytes(KENYA.read_bytes())
    db = tmp_path / "news.db"
    for _ in range(3):
        main(["ingest", str(folder), "--db", str(db), "--quiet", "--workers", "1"])
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from errors").fetchone()[0] == 2


def test_a_non_english_article_kept_says_only_english_is_analysed(tmp_path, capsys):
    page = tmp_path / "ru.txt"
    page.write_text(
        "Правительство России объявило во вторник о новых мерах поддержки сельского "
        "хозяйства. Министр заявил, что меры вступят в силу немедленно и помогут фермерам.",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--lang", "any"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["language"] == "ru" and record["entities"] == []
    assert record["notes"] and "only English is analysed" in record["notes"][0]
    [english] = [main(["extract", str(KENYA)])]
    assert english == 0 and json.loads(capsys.readouterr().out)["notes"] == []


def test_layer_tables_link_to_their_article_and_datasette_metadata_has_facets(tmp_path, capsys):
    db = tmp_path / "news.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    with sqlite3.connect(db) as connection:
        for table in ("entities", "quotes", "figures", "events", "places", "signatures"):
            keys = connection.execute(f"pragma foreign_key_list({table})").fetchall()
            assert [(key[2], key[3], key[4]) for key in keys] == [("articles", "article_id", "id")]
    out = tmp_path / "metadata.json"
    assert main(["export", "datasette", "--db", str(db), "--out", str(out)]) == 0
    tables = json.loads(out.read_text())["databases"]["news"]["tables"]
    assert "category" in tables["figures"]["facets"] and "outlet" in tables["articles"]["facets"]
    assert "code" in tables["events"]["facets"]


def test_a_database_from_before_foreign_keys_gets_them(tmp_path):
    from dateline.store import Store

    db = tmp_path / "old.db"
    with sqlite3.connect(db) as connection:
        connection.execute("create table articles (id text primary key, text text)")
        connection.execute("create table events (article_id text, n integer)")
    with Store(db):
        pass
    with sqlite3.connect(db) as connection:
        keys = connection.execute("pragma foreign_key_list(events)").fetchall()
    assert keys and keys[0][2] == "articles"
    assert Path(db).exists()


def test_the_api_checks_enumerations_as_the_cli_does(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.web.app import create_app

    db = tmp_path / "news.db"
    assert main(["ingest", str(KENYA), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    client = TestClient(create_app(db))
    bad = client.get("/api/figures", params={"category": "BOGUS"})
    assert bad.status_code == 422 and "use one of KILL" in bad.text
    bad = client.get("/api/events", params={"plover": "nope"})
    assert bad.status_code == 422 and "use one of ACCUSE" in bad.text
    assert client.get("/api/figures", params={"category": "kill"}).status_code == 200
