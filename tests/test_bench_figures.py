"""The figure bench (bench/figures.py): its gold reader and its scoring, on a tiny gold."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from bench_scripts import load

figures = load("bench_figures", "figures.py")

POLNEAR_TEXT = (
    "Vote count\r\n"
    "\n"
    "At least 12 people were killed and 30 wounded on Monday, police said.\n"
    "About 2,000 people protested, organisers said. Turnout rose 5 percent.\n"
)
ZYTE_TEXT = "Officials said dozens of homes burned and $3 million in aid arrived."


def at(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def row(source: str, doc: str, text: str, surface: str, **cells: str) -> str:
    """One gold TSV row; spans from the surfaces, other cells given by name."""
    start, end = at(text, surface)
    values = dict.fromkeys(figures.COLUMNS, "")
    values.update(source=source, doc=doc, start=str(start), end=str(end), surface=surface)
    values.update(approximate="0", vague="0", category="OTHER")
    claimant = cells.pop("claimant", "")
    if claimant:
        source_start, source_end = at(text, claimant)
        values.update(
            source_start=str(source_start), source_end=str(source_end), source_surface=claimant
        )
    values.update(cells)
    return "\t".join(values[name] for name in figures.COLUMNS)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A shared/ folder with one PolNeAR dev text and one Zyte page."""
    root = tmp_path / "shared"
    text_dir = root / "data" / "polnear" / "dev" / "text"
    text_dir.mkdir(parents=True)
    (text_dir / "a.txt").write_bytes(POLNEAR_TEXT.encode("utf-8"))
    zyte = root / "data" / "zyte-article-benchmark"
    zyte.mkdir(parents=True)
    pages = {"z1": {"articleBody": ZYTE_TEXT}, "z2": {"articleBody": "Nothing here."}}
    (zyte / "ground-truth.json").write_text(json.dumps(pages), encoding="utf-8")
    return root


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    """The tiny gold: four figures in the PolNeAR text, two in the Zyte page."""
    p, z = ("polnear-dev", "a.txt", POLNEAR_TEXT), ("zyte", "z1", ZYTE_TEXT)
    lines = [
        "\t".join(figures.COLUMNS),
        row(*p, "At least 12", value="12", low="12", category="KILL", claimant="police"),
        row(*p, "30", value="30", category="WOUND", claimant="police"),
        row(
            *p,
            "About 2,000",
            value="2,000",
            approximate="1",
            category="PROTEST",
            claimant="organisers",
        ),
        row(*p, "5 percent", value="5", category="PERCENT", unit="%"),
        "",
        "# a comment line",
        row(*z, "dozens", low="24", vague="1", category="AFFECT", claimant="Officials"),
        row(*z, "$3 million", value="3000000", category="MONEY", unit="USD"),
    ]
    path = tmp_path / "gold.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_gold(gold_path: Path) -> None:
    gold, problems = figures.read_gold(gold_path)
    assert problems == []
    assert list(gold) == [("polnear-dev", "a.txt"), ("zyte", "z1")]
    first, second, third, fourth = gold[("polnear-dev", "a.txt")]
    assert (first.start, first.end) == at(POLNEAR_TEXT, "At least 12")
    assert (first.value, first.low, first.high) == (12.0, 12.0, None)
    assert first.category == "KILL" and first.source == at(POLNEAR_TEXT, "police")
    assert third.value == 2000.0 and third.approximate and not third.vague
    assert fourth.source is None and fourth.unit == "%"
    dozens = gold[("zyte", "z1")][0]
    assert dozens.value is None and dozens.low == 24.0 and dozens.vague


def test_read_gold_reports_bad_rows(tmp_path: Path) -> None:
    header = "\t".join(figures.COLUMNS)
    good = "\t".join(["zyte", "z1", "0", "3", "Off", "", "", "", "0", "0", "OTHER"])
    bad_category = good.replace("OTHER", "WEATHER")
    bad_span = "\t".join(["zyte", "z1", "5", "2", "x", "", "", "", "0", "0", "OTHER"])
    bad_source = "\t".join(["wiki", "z1", "0", "3", "Off", "", "", "", "0", "0", "OTHER"])
    path = tmp_path / "gold.tsv"
    path.write_text("\n".join([header, good, bad_category, bad_span, bad_source]) + "\n")
    gold, problems = figures.read_gold(path)
    assert len(gold[("zyte", "z1")]) == 1  # short rows are padded with empty cells
    assert len(problems) == 3
    assert "WEATHER" in problems[0] and "span" in problems[1] and "wiki" in problems[2]


def test_read_gold_needs_every_column(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("source\tdoc\tstart\tend\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header lacks"):
        figures.read_gold(path)


def test_load_documents(gold_path: Path, shared: Path, tmp_path: Path) -> None:
    documents, problems = figures.load_documents(gold_path, shared)
    assert problems == []
    assert [d.key for d in documents] == [("polnear-dev", "a.txt"), ("zyte", "z1")]
    assert documents[0].text == POLNEAR_TEXT  # read with newline="": \r\n kept
    assert documents[1].text == ZYTE_TEXT

    moved = tmp_path / "moved.tsv"
    text = gold_path.read_text(encoding="utf-8").replace("a.txt", "missing.txt")
    moved.write_text(text.replace("\tdozens\t", "\tDozens\t"), encoding="utf-8")
    documents, problems = figures.load_documents(moved, shared)
    assert [d.key for d in documents] == [("zyte", "z1")]
    assert any("missing.txt" in p for p in problems)
    assert any("'Dozens'" in p and "'dozens'" in p for p in problems)


def test_gold_as_predictions_scores_one(gold_path: Path, shared: Path) -> None:
    documents, _ = figures.load_documents(gold_path, shared)
    result = figures.run_oracle(documents)
    for subset in figures.SUBSETS:
        counts = result.counts[subset]
        assert counts.precision() == counts.recall() == counts.f1() == 1.0
        assert counts.value() == counts.category() == counts.bounds() == 1.0
        assert counts.source() == 1.0
    assert result.counts["polnear-dev"].gold == 4 and result.counts["zyte"].gold == 2
    assert result.counts["all"].source_total == 4
    assert result.errors == []
    report = figures.table(documents, [result])
    assert "PASS" not in report  # targets are dateline's only


def fig(start: int, end: int, **fields: object) -> object:
    return figures.Figure(start=start, end=end, **fields)


def test_match_is_overlap_one_to_one_greedy() -> None:
    golds = [fig(0, 11), fig(20, 22), fig(40, 45)]
    predictions = [
        fig(9, 14),  # overlaps gold 0 by 2
        fig(3, 11),  # overlaps gold 0 by 8: wins it
        fig(22, 30),  # touches gold 1 without overlapping
        fig(44, 50),  # overlaps gold 2 by 1
    ]
    assert figures.match(golds, predictions) == [(0, 1), (2, 3)]
    assert figures.match(golds, []) == []


def test_value_and_bounds() -> None:
    exact = fig(0, 2, value=12.0)
    assert figures.value_right(exact, fig(0, 2, value=12.0000001))
    assert figures.bounds_right(exact, fig(0, 2, value=12.0, low=12.0, high=12.0))
    assert not figures.value_right(exact, fig(0, 2, value=13.0))
    assert not figures.bounds_right(exact, fig(0, 2, value=12.0, approximate=True))

    at_least = fig(0, 11, value=12.0, low=12.0)
    assert figures.value_right(at_least, fig(0, 11, value=12.0))
    assert not figures.bounds_right(at_least, fig(0, 11, value=12.0))  # 12..12 is not 12..

    dozens = fig(0, 6, low=24.0, vague=True)  # no gold value: low and high compared
    assert figures.value_right(dozens, fig(0, 6, low=24.0, vague=True))
    assert not figures.value_right(dozens, fig(0, 6, value=24.0))
    assert figures.bounds_right(dozens, fig(0, 6, low=24.0, vague=True))
    assert not figures.bounds_right(dozens, fig(0, 6, low=24.0))


def test_category_bounds_and_source_accuracy() -> None:
    text = "Police said 12 died, 30 were hurt and 7 fled; 4 were seen."
    document = figures.Document(
        "zyte",
        "z",
        text,
        [
            fig(*at(text, "12"), value=12.0, category="KILL", source=at(text, "Police")),
            fig(*at(text, "30"), value=30.0, category="WOUND", source=at(text, "Police")),
            fig(*at(text, "7"), value=7.0, category="DISPLACE"),
            fig(*at(text, "4"), value=4.0, category="OTHER"),
        ],
    )
    predictions = [
        fig(*at(text, "12"), value=12.0, category="KILL", source=(0, 3)),  # overlaps
        fig(*at(text, "30"), value=30.0, category="KILL", source=None),
        fig(*at(text, "7"), value=7.0, category="DISPLACE", approximate=True),
        fig(*at(text, "died"), value=1.0, category="KILL"),  # a false positive
    ]
    result = figures.SystemResult("test")
    result.add(document, predictions)
    counts = result.counts["zyte"]
    assert (counts.gold, counts.predicted, counts.matched) == (4, 4, 3)
    assert counts.precision() == counts.recall() == 0.75
    assert counts.value() == 1.0
    assert counts.category() == pytest.approx(2 / 3)
    assert counts.bounds() == pytest.approx(2 / 3)
    assert (counts.source_right, counts.source_total) == (1, 2)
    assert result.counts["polnear-dev"].gold == 0
    assert result.counts["all"].matched == 3
    kinds = sorted(error.kind for error in result.errors)
    assert kinds == ["false positive", "miss", "wrong category", "wrong source"]
    report = figures.error_report(result, 5)
    assert "[4]" in report and "[died]" in report


def test_from_dateline() -> None:
    records = [
        {
            "value": 12,
            "low": 12,
            "high": None,
            "approximate": False,
            "vague": False,
            "category": "KILL",
            "unit": None,
            "object": "people",
            "source_start": 57,
            "source_end": 63,
            "start": 0,
            "end": 69,
            "number_start": 0,
            "number_end": 11,
        },
        {"value": 3, "category": "OTHER", "number_start": None, "number_end": None},
    ]
    (only,) = figures.from_dateline(records)
    assert (only.start, only.end) == (0, 11)  # the number span, not the clause
    assert (only.value, only.low, only.high) == (12.0, 12.0, None)
    assert only.source == (57, 63) and only.category == "KILL" and only.unit == ""


def test_from_gdelt_merges_count_types_at_one_number() -> None:
    mentions = [
        {"count_type": "ARREST", "number": 45, "object": "protesters", "start": 16,
         "number_end": 18, "end": 29, "trigger_start": 7},
        {"count_type": "SOC_GENERALCRIME", "number": 45, "object": "protesters", "start": 16,
         "number_end": 18, "end": 29, "trigger_start": 7},
        {"count_type": "PROTEST", "number": 45, "object": "", "start": 16, "number_end": 18,
         "end": 29, "trigger_start": 16},
        {"count_type": "CRISISLEX_T03_DEAD", "number": 12, "object": "people", "start": 0,
         "number_end": 2, "end": 20, "trigger_start": 14},
        {"count_type": "TERROR", "number": 3, "object": "", "start": 40, "number_end": 45,
         "end": 60, "trigger_start": 50},
    ]  # fmt: skip
    predictions = figures.from_gdelt(mentions)
    assert [(p.start, p.end, p.value, p.category) for p in predictions] == [
        (0, 2, 12.0, "KILL"),
        (16, 18, 45.0, "ARREST"),
        (40, 45, 3.0, "OTHER"),
    ]
    assert predictions[1].object == "protesters" and predictions[1].source is None


def test_from_quantulum() -> None:
    def quantity(span, value, name, entity, code=None, uncertainty=None):
        unit = SimpleNamespace(name=name, entity=SimpleNamespace(name=entity), currency_code=code)
        return SimpleNamespace(span=span, value=value, unit=unit, uncertainty=uncertainty)

    money, percent, plain, ranged = figures.from_quantulum(
        [
            quantity((0, 10), 3e6, "dollar", "currency", "USD"),
            quantity((12, 15), 5.0, "percentage", "dimensionless"),
            quantity((20, 22), 30.0, "dimensionless", "dimensionless"),
            quantity((30, 47), 15.0, "dimensionless", "dimensionless", uncertainty=5.0),
        ]
    )
    assert (money.category, money.unit, money.value) == ("MONEY", "USD", 3e6)
    assert (percent.category, percent.unit) == ("PERCENT", "percent")
    assert (plain.category, plain.unit, plain.value) == ("OTHER", "", 30.0)
    assert (ranged.value, ranged.low, ranged.high) == (None, 10.0, 20.0)


def test_gdelt_unavailable_is_reported(tmp_path: Path, gold_path: Path, shared: Path) -> None:
    documents, _ = figures.load_documents(gold_path, shared)
    result = figures.run_gdelt(
        documents, tmp_path / "no-venv", tmp_path / "no-python", install=False
    )
    assert result.unavailable and "no gdelt-regkg" in result.unavailable
    assert "gdelt          unavailable: no gdelt-regkg" in figures.table(documents, [result])


def test_main_runs_dateline_and_the_oracle(
    gold_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--gold", str(gold_path), "--shared", str(shared), "--systems", "dateline"]
    assert figures.main([*argv, "--oracle", "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "Figures gold: 2 documents (polnear-dev 1, zyte 1), 6 figures (4 with a claimant)" in out
    assert "targets (dateline, all):" in out and "detection F1 >= 0.90" in out
    oracle = next(line for line in out.splitlines() if line.startswith("gold (oracle)"))
    assert oracle.split()[3:9] == ["4", "4", "1.000", "1.000", "1.000", "1.000"]
