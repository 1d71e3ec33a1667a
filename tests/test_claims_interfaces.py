"""Claim lines from ingested articles, through `dateline claims`, `/api/claims` and the
claims page: a rising toll, a dispute, a drop, a wire copy and a city's own toll."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.cli import main
from dateline.store import Reader
from dateline.web import create_app

ARTICLES = [
    (
        "https://www.dailyherald-news.com/world/2026/03/02/sudan-toll",
        "2026-03-02",
        "Sudan fighting kills hundreds\n\n"
        "1,200 people have been killed in Sudan since the fighting began in April, "
        "the health ministry said on Monday.",
    ),
    (
        "https://www.harborgazette.com/news/sudan-un-toll",
        "2026-03-03",
        "UN says Sudan toll far higher\n\n"
        "The United Nations said on Tuesday that about 2,000 people had been killed in Sudan "
        "since the fighting began, far more than the official count.\n\n"
        "In Khartoum alone, 400 people have died since April, the city's governor said.",
    ),
    (
        "https://www.northbridgetimes.com/world/2026/03/10/sudan-toll-revised",
        "2026-03-10",
        "Sudan revises death toll down\n\n"
        "The health ministry said on Tuesday that 1,100 people had been killed in Sudan since "
        "the fighting began, revising its figure after finding duplicate records.",
    ),
]
WIRE = (
    "KHARTOUM (Reuters) - Sudan's health ministry said on Monday that at least 1,500 people "
    "have been killed in Sudan since the fighting began in April, as clashes spread to the "
    "east of the country and aid agencies warned of famine in the west.\n\n"
    "Hospitals in the capital were overwhelmed and many of the wounded were being treated "
    "in homes and mosques, doctors said. The ministry did not say how many of the dead were "
    "fighters."
)
COPIES = [  # the second drops the last sentence; the third is the first's very text
    ("https://www.reuters-wire.com/world/sudan-toll-rises", "2026-03-16", "Sudan toll rises"),
    ("https://www.pacificledger.com/intl/sudan-toll-1500", "2026-03-16", "Toll hits 1,500"),
    ("https://www.meridianpost.com/africa/sudan-toll", "2026-03-17", "Sudan: 1,500 dead"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("claims")
    rows = [{"url": u, "published": d, "text": t} for u, d, t in ARTICLES]
    wire, trimmed = WIRE, WIRE.rsplit(" The ministry", 1)[0]
    rows += [
        {"url": url, "published": day, "text": f"{title}\n\n{text}"}
        for (url, day, title), text in zip(COPIES, (wire, trimmed, wire), strict=True)
    ]
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = folder / "claims.db"
    assert main(["ingest", str(source), "--db", str(path), "--quiet"]) == 0
    return path


def _lines(db: Path) -> list[dict]:
    from dateline.claims import claim_lines

    with Reader(db) as store:
        figures, articles = store.claim_figures(category="KILL")
    return [line.as_dict(n) for n, line in enumerate(claim_lines(figures, articles), 1)]


def test_the_national_toll_is_one_line_over_time_with_its_claimants(db):
    line = _lines(db)[0]
    assert (line["category"], line["counted"], line["scope"]) == ("KILL", "people", "cumulative")
    assert line["place"] == "Sudan"
    assert [p["value"] for p in line["points"]] == [1200, 2000, 1100, 1500]
    assert [p["claimant"] for p in line["points"]][:2] == ["health ministry", "United Nations"]


def test_wire_copies_are_one_point_with_every_outlet(db):
    last = _lines(db)[0]["points"][-1]
    # (the very same text from a third outlet is stored once, its outlet in `copies`)
    assert last["outlets"] == ["meridianpost.com", "pacificledger.com", "reuters-wire.com"]
    assert len(last["articles"]) == 3
    with Reader(db) as store:
        assert store.count("articles") == 5 and store.count("copies") == 1


def test_an_exact_copy_is_recorded_once_on_a_rerun(db, tmp_path):
    again = tmp_path / "again.jsonl"
    url, day, title = COPIES[2]
    again.write_text(
        json.dumps({"url": url, "published": day, "text": f"{title}\n\n{WIRE}"}) + "\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(again), "--db", str(db), "--quiet"]) == 0
    with Reader(db) as store:
        assert store.count("copies") == 1


def test_a_dispute_and_a_drop_are_marked(db):
    points = _lines(db)[0]["points"]
    assert points[0]["marks"] == {"disputed": [2]}  # 1,200 vs about 2,000 a day apart
    assert points[1]["marks"] == {"disputed": [1]}
    assert "drop" in points[2]["marks"]  # 1,100 after 1,200 and 2,000


def test_a_citys_toll_is_its_own_line(db):
    khartoum = [line for line in _lines(db) if line["place"] == "Khartoum"]
    assert [p["value"] for line in khartoum for p in line["points"]] == [400]


def test_every_point_points_at_its_sentence(db):
    with Reader(db) as store:
        for line in _lines(db):
            for point in line["points"]:
                for copy in point["articles"]:
                    text = store.get(copy["article_id"])["text"]
                    number = text[copy["number_start"] : copy["number_end"]]
                    assert number.lower().replace("at least ", "").replace("about ", "") in {
                        "1,200",
                        "2,000",
                        "1,100",
                        "1,500",
                        "400",
                    }
                    assert text[copy["start"] : copy["end"]] == copy["text"]


def test_cli_prints_lines_with_points_and_marks(db, capsys):
    assert main(["claims", "--db", str(db), "--category", "kill", "--place", "sudan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("KILL people in Sudan (running total): 4 points, disputed and dropped")
    assert "DISPUTED vs 2" in out and "DROP vs 1, 2" in out
    assert "[meridianpost.com, pacificledger.com, reuters-wire.com]" in out


def test_cli_json_and_since(db, capsys):
    assert main(["claims", "--db", str(db), "--since", "2026-03-10", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [p["value"] for p in records[0]["points"]] == [1100, 1500]


def test_cli_rejects_a_bad_date(db, capsys):
    with pytest.raises(SystemExit):
        main(["claims", "--db", str(db), "--since", "March"])
    assert "not a date" in capsys.readouterr().err


def test_api_claims(db):
    client = TestClient(create_app(db))
    body = client.get("/api/claims", params={"category": "KILL", "place": "Sudan"}).json()
    assert body["total"] == 1
    point = body["results"][0]["points"][0]
    assert point["display"] == "1,200 people" and point["claimant"] == "health ministry"
    assert client.get("/api/claims", params={"category": "NOPE"}).status_code == 422
    assert client.get("/api/claims", params={"from": "soon"}).status_code == 422
    assert client.get("/api/claims", params={"from": "2027-01-01"}).json()["total"] == 0


def test_claims_page_draws_a_chart_per_line_with_a_series_per_claimant(db):
    client = TestClient(create_app(db))
    page = client.get("/claims", params={"category": "KILL"})
    assert page.status_code == 200
    html = page.text
    assert html.count('<section class="chart-box claim-line"') == len(_lines(db))
    assert '<polyline class="series-line s0"' in html  # the health ministry's two points
    assert 'class="ring"' in html  # a disputed point
    assert '<span class="swatch s1"></span>United Nations' in html
    first = _lines(db)[0]["points"][0]["articles"][0]
    assert f'href="/articles/{first["article_id"]}#figure-{first["n"]}"' in html
    assert client.get("/claims", params={"category": "NOPE"}).status_code == 404


def test_claims_on_an_empty_database(tmp_path):
    from dateline.store import Store

    path = tmp_path / "empty.db"
    with Store(path):
        pass
    client = TestClient(create_app(path))
    assert client.get("/api/claims").json()["total"] == 0
    assert "No claim lines" in client.get("/claims").text
