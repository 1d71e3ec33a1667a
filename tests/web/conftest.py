"""Databases for the web tests: the examples ingested once per session, and a small crafted
one (hostile markup, figures, events) built from records directly, with no parse."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.pipeline import run
from dateline.record import Article, article_id
from dateline.store import Store
from dateline.web import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

HOSTILE_TEXT = (
    'Mayor Jane Doe said "we will <b>not</b> pay & leave" on Monday. '
    "<script>alert(1)</script>\n\n"
    "The council counted 1,200 protesters in Springfield, police said."
)
CALM_TEXT = "Police said 5,000 protesters marched in Springfield on Friday."


def _at(text: str, words: str) -> list[int]:
    start = text.index(words)
    return [start, start + len(words)]


def hostile_article() -> Article:
    text = HOSTILE_TEXT
    quote = _at(text, "we will <b>not</b> pay & leave")
    speaker, cue, figure = _at(text, "Jane Doe"), _at(text, "said"), _at(text, "1,200")
    return Article(
        id=article_id(text),
        text=text,
        title="<script>alert('title')</script> Budget row",
        outlet="<b>Evil</b> Times",
        url="javascript:alert(3)",
        published="2024-05-01",
        source="hostile.txt",
        entities=[
            {
                "id": "e1",
                "name": "Jane Doe",
                "type": "PERSON",
                "titles": ["Mayor <i>of</i> Springfield"],
                "affiliation": None,
                "country": None,
                "mentions": [speaker],
            },
            {
                "id": "e2",
                "name": "<img src=x onerror=alert(4)>",
                "type": "PERSON",
                "titles": [],
                "affiliation": None,
                "country": None,
                "mentions": [_at(text, "<script>alert(1)</script>")],
            },
            {
                "id": "e3",
                "name": "Springfield",
                "type": "GPE",
                "titles": [],
                "affiliation": None,
                "country": "USA",
                "mentions": [_at(text, "Springfield")],
            },
        ],
        places=[
            {
                "name": "Springfield",
                "entity_id": "e3",
                "country": "USA",
                "lat": 39.8,
                "lon": -89.64,
                "geonameid": 4250542,
                "feature": "city",
                "mentions": [_at(text, "Springfield")],
                "candidates": 3,
                "resolution": "largest population",
            }
        ],
        quotes=[
            {
                "id": "q1",
                "text": text[quote[0] : quote[1]],
                "start": quote[0],
                "end": quote[1],
                "parts": [quote],
                "direct": True,
                "cue": "said",
                "cue_start": cue[0],
                "cue_end": cue[1],
                "speaker": "Jane Doe",
                "speaker_start": speaker[0],
                "speaker_end": speaker[1],
                "speaker_id": "e1",
            }
        ],
        figures=[
            {
                "text": "1,200",
                "category": "PROTEST",
                "value": 1200,
                "low": 1000,
                "high": 1500,
                "place": "Springfield",
                "source": "<script>alert(6)</script>",
                "start": figure[0],
                "end": figure[1],
            }
        ],
        events=[
            {
                "actor": "Jane Doe",
                "actor_code": "USACVL",
                "target": "council",
                "target_code": "USAGOV",
                "action": "protested",
                "code": "141",
                "root": "14",
                "plover": "PROTEST",
                "negated": True,
                "date": "2024-05-09",
                "start": speaker[0],
                "end": quote[1],
            }
        ],
    )


def calm_article() -> Article:
    text = CALM_TEXT
    figure = _at(text, "5,000")
    return Article(
        id=article_id(text),
        text=text,
        title="Protest grows",
        published="2024-05-10T10:00:00+00:00",
        source="calm.txt",
        figures=[
            {
                "text": "5,000",
                "category": "PROTEST",
                "value": 5000,
                "low": None,
                "high": None,
                "place": "Springfield",
                "source": "police",
                "start": figure[0],
                "end": figure[1],
            }
        ],
    )


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "examples.db"
    with Store(path) as store:
        for item in run([str(EXAMPLES)]):
            assert isinstance(item, Article), item
            store.add(item)
    return path


@pytest.fixture(scope="session")
def crafted_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "crafted.db"
    with Store(path) as store:
        store.add(hostile_article())
        store.add(calm_article())
    return path


@pytest.fixture(scope="session")
def bare_db(tmp_path_factory) -> Path:
    """One article and no layer tables: a database from before any extractor landed."""
    path = tmp_path_factory.mktemp("web") / "bare.db"
    text = "Talks resumed on Tuesday after a week of delays."
    with Store(path) as store:
        store.add(Article(id=article_id(text), text=text, title="Talks", source="a.txt"))
    return path


@pytest.fixture(scope="session")
def bare(bare_db) -> TestClient:
    return TestClient(create_app(bare_db))


@pytest.fixture(scope="session")
def client(examples_db) -> TestClient:
    return TestClient(create_app(examples_db))


@pytest.fixture(scope="session")
def crafted(crafted_db) -> TestClient:
    return TestClient(create_app(crafted_db))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(db: Path, ready: str = "/api/articles", timeout: float = 60) -> Iterator[str]:
    """`dateline serve` over `db` on a free localhost port, once `ready` answers 200; its base
    URL. Its output goes to a temporary file (a pipe nobody reads could fill and stall it)."""
    port = _free_port()
    main = "import sys; from dateline.cli import main; sys.exit(main())"  # `dateline serve`
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [sys.executable, "-c", main, "serve", "--db", str(db)]
        + ["--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(base + ready, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    output = log.read().decode(errors="replace")[-2000:]
                    pytest.fail(f"dateline serve did not start: {output}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
