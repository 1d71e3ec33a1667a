"""End to end: the installed `dateline` command on the bundled examples."""

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

DATELINE = shutil.which("dateline") or str(Path(sys.executable).with_name("dateline"))


def dateline(*args, cwd=None, stdin=None):
    return subprocess.run(
        [DATELINE, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=300
    )


def test_extract_examples_as_jsonl(examples):
    result = dateline("extract", str(examples))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 8
    assert all(r["schema"] == "dateline.article/1" and r["language"] == "en" for r in records)
    titles = {r["title"] for r in records}
    assert "Ukraine opens new grain corridor as Black Sea shipping resumes" in titles


def test_extract_one_file_pretty_prints_one_object(examples):
    result = dateline("extract", str(examples / "ukraine-grain-corridor.html"))
    assert result.returncode == 0
    assert result.stdout.startswith("{\n")
    assert json.loads(result.stdout)["outlet"] == "The Continental Ledger"


def test_extract_from_stdin(examples):
    page = (examples / "ukraine-grain-corridor.html").read_text()
    result = dateline("extract", "-", "--format", "json", stdin=page)
    assert json.loads(result.stdout)["credits"] == ["AFP"]


def test_ingest_twice_then_search(examples, tmp_path):
    db = tmp_path / "news.db"
    first = dateline("ingest", str(examples), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "stored 8, skipped 0 duplicates, failed 0" in first.stderr
    second = dateline("ingest", str(examples), "--db", str(db))
    assert "stored 0, skipped 8 duplicates, failed 0" in second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 8
    found = dateline("search", "grain", "--db", str(db))
    assert found.returncode == 0
    assert "Ukraine opens new grain corridor" in found.stdout
    assert "[grain]" in found.stdout
    # --speaker lists what was said or written; --kind all every attribution, with its kind
    said = dateline("search", "--speaker", "World Food", "--db", str(db))
    every = dateline("search", "--speaker", "World Food", "--kind", "all", "--db", str(db))
    assert "welcomed" not in said.stdout and "(act, welcomed): the move" in every.stdout
    bad = dateline("search", "--speaker", "X", "--kind", "gossip", "--db", str(db))
    assert bad.returncode == 2 and "speech" in bad.stderr


def test_bad_input_is_one_line_and_exit_status(examples, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    db = tmp_path / "news.db"
    result = dateline(
        "ingest",
        str(tmp_path / "empty.txt"),
        str(examples / "ukraine-grain-corridor.html"),
        "--db",
        str(db),
    )
    assert result.returncode == 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("dateline: error:")]
    assert errors == [f"dateline: error: {tmp_path / 'empty.txt'}: empty document"]
    assert "stored 1, skipped 0 duplicates, failed 1" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select source, reason from errors").fetchall() == [
            (str(tmp_path / "empty.txt"), "empty document")
        ]
    strict = dateline("extract", str(tmp_path / "empty.txt"), "--strict")
    assert strict.returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "x.txt", "--clean", "maybe"],
        ["extract", "x.txt", "--published", "soon"],
        ["ingest", "x.txt", "--max-bytes", "0"],
        [],
    ],
)
def test_wrong_arguments_exit_2(args):
    assert dateline(*args).returncode == 2


def test_search_without_database(tmp_path):
    result = dateline("search", "x", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and "no database" in result.stderr


def test_search_by_person_and_place(examples, tmp_path):
    db = tmp_path / "news.db"
    assert dateline("ingest", str(examples), "--db", str(db)).returncode == 0
    by_person = dateline("search", "--person", "Kravets", "--db", str(db))
    assert by_person.returncode == 0
    assert "Ukraine opens new grain corridor" in by_person.stdout
    assert "1 story found" in by_person.stderr
    by_place = dateline("search", "--place", "Kenya", "--db", str(db))
    assert "Kenya and Ethiopia agree to resume border talks" in by_place.stdout
    assert "Ukraine opens" not in by_place.stdout
    assert dateline("search", "--db", str(db)).returncode == 2  # nothing to search for


def _database_commands():
    """Every command that takes --db, as a list of arguments, from the CLI's own table."""
    from dateline.cli import COMMANDS, _database

    found = []
    for name, _, handler, options in COMMANDS:
        if handler is not None and _database in options:
            extra = {
                "ingest": ["README.md"],
                "search": ["x"],
                "load": ["examples"],
                "export parquet": ["--out", "never-written"],
            }.get(name, [])
            found.append([*name.split(), *extra])
    return found


@pytest.mark.parametrize("command", _database_commands(), ids=" ".join)
@pytest.mark.parametrize(
    "content, says",
    [
        (b"this is not a database\x00\x01\x02" * 40, "not a usable SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "not a usable SQLite database"),
        (None, "not a dateline database"),
    ],
    ids=["text", "damaged", "other-program"],
)
def test_unusable_database_is_one_line_naming_the_file(command, content, says, tmp_path):
    db = tmp_path / "bad.db"
    if content is None:
        with sqlite3.connect(db) as connection:
            connection.execute("create table notes (body text)")
    else:
        db.write_bytes(content)
    result = dateline(*command, "--db", str(db), cwd=Path(__file__).parents[1])
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(db) in result.stderr and says in result.stderr
    if content is None:  # nothing was written into the other program's database
        with sqlite3.connect(db) as connection:
            tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        assert tables == {"notes"}
