"""The store's web queries (dateline/store/read.py) on a database whose layers have not landed:
each reads a layer table only if it exists, so every endpoint answers, empty."""

import subprocess
import sys
from pathlib import Path

from dateline.store import Store


def test_a_database_without_layer_tables_answers_everything_empty(bare_db, bare):
    with Store(bare_db) as store:
        assert store.quotes("x") == store.figures("y") == store.events("z") == (0, [])
        assert store.entity_counts() == (0, []) and store.person("Anyone") is None
        assert store.place_counts() == [] and store.figure_categories() == []
        assert store.articles(person="Kravets") == (0, [])
        [hit] = store.articles("talks")[1]
    for url in ("/api/quotes", "/api/figures", "/api/events", "/api/entities"):
        assert bare.get(url).json()["total"] == 0
    assert bare.get("/api/articles", params={"q": "talks"}).json()["total"] == 1
    for url in ("/", "/people", "/figures", "/map", f"/articles/{hit.id}"):
        assert bare.get(url).status_code == 200, url


def test_serve_refuses_a_missing_database(tmp_path):
    dateline = Path(sys.executable).with_name("dateline")
    result = subprocess.run(
        [str(dateline), "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()
