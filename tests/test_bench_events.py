"""The event bench (bench/events.py): splits, CAMEO -> PLOVER 0.5 types and the scoring, on
hand-made gold records and predictions (no spaCy), then one tiny end-to-end run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench_scripts import load

events = load("bench_events", "events.py")


def gold(record_id: str, event: str, source: Any = None, target: Any = None) -> dict:
    record: dict[str, Any] = {"id": record_id, "event": event, "text": f"Text of {record_id}."}
    record["date"] = "2000-01-01"
    if source is not None:
        record["source"] = source
    if target is not None:
        record["target"] = target
    return record


def event(code: str, at: int | None = 0, **fields: Any) -> dict:
    return {
        "code": code,
        "action_start": at,
        "action_end": None if at is None else at + 3,
        **fields,
    }


# Odd (reported) split: right with all actors; right type, wrong sector and target; wrong
# type with the right one further on; missed; extraction failed.
ODD = [
    (
        gold(
            "PLOVER-GSR01-AGREE-0001",
            "AGREE",
            [{"actorText": "US", "code": "USA", "sector": "GOV"}],
            [{"actorText": "UN", "code": "IGO"}],
        ),
        [
            event("036", 10, plover="AGREE", actor_code="USAGOV", target_code="IGOUNO"),
            event("010", 0, plover=None, actor_code="USA"),  # earlier, but CAMEO 01: unscored
        ],
    ),
    (
        gold(
            "PLOVER-GSR01-FIGHT-0003",
            "FIGHT",
            [{"code": "ISR", "sector": "MIL"}],
            [{"code": "PSE", "sector": "CVL"}],
        ),
        [event("190", 5, plover="ASSAULT", actor_code="ISRGOV", target_code="LBN")],
    ),
    (
        gold("PLOVER-GSR01-DEMAND-0005", "DEMAND", [{"code": "NGO"}]),
        [
            event("1011", 20, plover="REQUEST"),
            event("112", 3, plover="ACCUSE", actor_code="NGO"),  # first by action_start
        ],
    ),
    (gold("PLOVER-GSR01-REJECT-0007", "REJECT", [{"code": "RUS", "sector": "***"}]), []),
    (gold("PLOVER-GSR01-COERCE-0009", "COERCE", [{"code": "TUR"}]), None),
]
# Even (tuning) split: IGO with a sector, a 'CVLkur' sector, a wrong source country.
EVEN = [
    (
        gold(
            "PLOVER-GSR01-AGREE-0002",
            "AGREE",
            [{"code": "IGO", "sector": "MIL"}, {"code": "CHN", "sector": "GOV"}],
            "",  # a target that is not a list: no target
        ),
        [event("0311", None, start=4, plover="AGREE", actor_code="IGOMIL", target_code=None)],
    ),
    (
        gold("PLOVER-GSR01-PROTEST-0010", "PROTEST", [{"code": "IRQ", "sector": "CVLkur"}]),
        [event("141", 2, plover="PROTEST", actor_code="IRQCVL")],
    ),
    (
        gold("PLOVER-GSR01-SANCTION-0004", "SANCTION", [{"code": "USA"}], [{"code": "CUB"}]),
        [event("163", 7, plover="SANCTION", actor_code="GBR", target_code="CUB")],
    ),
]
RECORDS = [record for record, _ in ODD + EVEN]
PREDICTIONS = [prediction for _, prediction in ODD + EVEN]


def test_split_of() -> None:
    assert events.split_of("PLOVER-GSR01-AGREE-0002") == "even"
    assert events.split_of("PLOVER-GSR01-AGREE-0001") == "odd"
    assert events.split_of("PLOVER-GSR01-FIGHT-0015") == "odd"
    assert events.split_of("X-10") == "even"
    with pytest.raises(ValueError):
        events.split_of("PLOVER-GSR01-AGREE")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("0871", "RETREAT"),
        ("084", "RETREAT"),
        ("087", "RETREAT"),
        ("081", "CONCEDE"),
        ("0813", "CONCEDE"),  # the 0.5 gold codes easing a curfew as CONCEDE
        ("080", "CONCEDE"),
        ("036", "AGREE"),
        ("09", "INVESTIGATE"),
        ("1011", "DEMAND"),
        ("112", "DISAPPROVE"),
        ("163", "SANCTION"),
        ("1823", "ASSAULT"),
        ("190", "FIGHT"),
        ("203", "FIGHT"),
        ("010", None),
        ("020", None),
        ("21", None),
        ("", None),
        ("x19", None),
        (None, None),
        (190, None),
    ],
)
def test_legacy_type(code: Any, expected: str | None) -> None:
    assert events.legacy_type(code) == expected


def test_modern_type() -> None:
    assert events.modern_type("INVESTIGATE") == "ACCUSE"
    assert events.modern_type("DISAPPROVE") == "ACCUSE"
    assert events.modern_type("DEMAND") == "REQUEST"
    assert events.modern_type("FIGHT") == "ASSAULT"
    assert events.modern_type("AGREE") == "AGREE"
    assert events.modern_type(None) is None


def test_actor_matches() -> None:
    assert events.country_match("IGO", "IGOUNO")
    assert events.country_match("NGO", "ngo")
    assert events.country_match("USA", "USAGOV")
    assert not events.country_match("USA", "GBRGOV")
    assert not events.country_match("USA", None)
    assert events.country_match("JAP", "JPNGOV")  # the gold's legacy code for Japan
    assert not events.country_match("JAP", "JAMGOV")
    assert events.sector_match("CVLkur", "IRQCVL")
    assert events.sector_match("GOV", "USAGOVLEG")
    assert not events.sector_match("***", "USAGOV")
    assert not events.sector_match(None, "USAGOV")
    assert not events.sector_match("MIL", "USA")


def test_primary_event() -> None:
    first = event("112", 3)
    assert events.primary_event([event("1011", 20), first, event("010", 0)]) is first
    by_start = event("0311", None, start=4)
    assert events.primary_event([event("190", None, start=9), by_start]) is by_start
    assert events.primary_event([event("020", 0)]) is None
    assert events.primary_event([]) is None
    assert events.primary_event(None) is None


def test_score() -> None:
    counts = events.score(RECORDS, PREDICTIONS)
    odd, even = counts["odd"], counts["even"]
    assert (odd.records, odd.failures, odd.predicted, odd.right) == (5, 1, 3, 2)
    assert odd.precision() == pytest.approx(2 / 3)
    assert odd.recall() == pytest.approx(0.4)
    assert odd.f1() == pytest.approx(0.5)
    assert (odd.any_predicted, odd.any_hit) == (3, 3)
    assert odd.any_precision() == 1.0 and odd.any_recall() == pytest.approx(0.6)
    assert odd.right_2021 == 2  # AGREE, FIGHT -> ASSAULT; not ACCUSE for DEMAND
    assert (odd.source_right, odd.source_total) == (2, 2)
    assert (odd.source_sector_right, odd.source_sector_total) == (1, 2)
    assert (odd.target_right, odd.target_total) == (1, 2)
    assert (odd.target_sector_right, odd.target_sector_total) == (0, 1)  # IGO: no sector
    assert (odd.source_any_right, odd.source_any_total) == (3, 3)
    assert odd.all_match == 1
    assert odd.gold_by_type == {"AGREE": 1, "FIGHT": 1, "DEMAND": 1, "REJECT": 1, "COERCE": 1}
    assert odd.predicted_by_type == {"AGREE": 1, "FIGHT": 1, "DISAPPROVE": 1}
    assert odd.type_scores("AGREE") == (1.0, 1.0, 1.0)
    assert odd.type_scores("DISAPPROVE") == (0.0, None, 0.0)
    assert odd.type_scores("DEMAND") == (None, 0.0, 0.0)

    assert (even.records, even.failures, even.predicted, even.right) == (3, 0, 3, 3)
    assert even.f1() == 1.0 and even.right_2021 == 3
    assert (even.source_right, even.source_total) == (2, 3)
    assert (even.source_sector_right, even.source_sector_total) == (2, 2)  # IGOMIL, CVLkur
    assert (even.target_right, even.target_total) == (1, 1)
    assert even.all_match == 2

    data = odd.to_dict()
    assert data["precision"] == pytest.approx(2 / 3) and data["recall"] == pytest.approx(0.4)
    assert data["actors"]["source_country_sector"] == {"right": 1, "total": 2, "share": 0.5}
    assert data["all_match"]["share"] == pytest.approx(0.2)
    assert set(data["per_type"]) == {"AGREE", "FIGHT", "DEMAND", "DISAPPROVE", "REJECT", "COERCE"}
    json.dumps(data)  # JSON-ready

    with pytest.raises(ValueError):
        events.score(RECORDS, PREDICTIONS[:-1])


def test_report_and_errors() -> None:
    counts = events.score(RECORDS, PREDICTIONS)
    text = events.report(RECORDS, counts)
    assert "8 records; odd (report) 5, even (tuning) 3" in text
    row = next(line for line in text.splitlines() if line.startswith("odd (report)"))
    assert row.split()[2:9] == ["5", "3", "2", "0.667", "0.400", "0.500", "3"]

    errors = events.error_report(RECORDS, PREDICTIONS, 5)
    assert "1 of 3 records not all right (wrong source 1); 1 shown" in errors
    assert "PLOVER-GSR01-SANCTION-0004: wrong source" in errors
    assert "gold: SANCTION source=USA target=CUB" in errors
    assert "*ours: 163 SANCTION / SANCTION" in errors and "actor=GBR" in errors
    assert "FIGHT-0003" not in errors  # never the reported split
    with pytest.raises(ValueError):
        events.error_report(RECORDS, PREDICTIONS, 5, split="odd")


def test_judge() -> None:
    (fight, fight_events), (demand, demand_events) = ODD[1], ODD[2]
    assert events.judge(fight, fight_events).problems == ("wrong target",)
    assert events.judge(demand, demand_events).problems == ("wrong type",)
    assert events.judge(*ODD[3]).problems == ("missed",)
    assert events.judge(*ODD[4]).problems == ("missed (extraction failed)",)
    assert events.judge(*ODD[0]).problems == ()


def test_bind_by_parameter_name() -> None:
    def extract_events(doc: int, article: int, entities: Any = None, quotes: Any = None) -> tuple:
        return doc, article, entities, quotes

    layers = {"doc": 1, "article": 2, "entities": 3, "places": 4, "quotes": 5}
    call = events.bind(extract_events, layers)
    assert extract_events(*call.args, **call.kwargs) == (1, 2, 3, 5)

    def needs_more(doc: int, sentences: int) -> int:
        return doc

    with pytest.raises(TypeError):
        events.bind(needs_more, layers)


def test_load_gold_skips_document_and_textless(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    data = [
        {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "docs"},
        RECORDS[0],
        {"id": "PLOVER-GSR01-AGREE-0003", "event": "AGREE"},
        RECORDS[1],
    ]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [r["id"] for r in events.load_gold(path)] == [RECORDS[0]["id"], RECORDS[1]["id"]]


def test_main_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.json"
    data = [
        {
            "id": "PLOVER-GSR01-PROTEST-0001",
            "event": "PROTEST",
            "date": "2000-01-01",
            "text": "Thousands of students protested in Ankara on Monday against the government.",
            "source": [{"actorText": "students", "code": "TUR", "sector": "EDU"}],
            "target": [{"actorText": "government", "code": "TUR", "sector": "GOV"}],
        },
        {
            "id": "PLOVER-GSR01-AGREE-0002",
            "event": "AGREE",
            "date": "2000-01-01",
            "text": "Egypt and Israel agreed on Tuesday to resume talks.",
            "source": [{"code": "EGY", "sector": "GOV"}],
        },
    ]
    path.write_text(json.dumps(data), encoding="utf-8")
    out_json = tmp_path / "out" / "metrics.json"
    argv = ["--gold", str(path), "--errors", "1", "--json", str(out_json)]
    assert events.main(argv) == 0
    out = capsys.readouterr().out
    assert "PLOVER gold (CAMEO manual examples): 2 records; odd (report) 1, even (tuning) 1" in out
    assert "per type, odd split (reported):" in out
    assert "PROTEST-0001" not in out.split("errors (even (tuning))")[-1]
    metrics = json.loads(out_json.read_text(encoding="utf-8"))
    assert metrics["reported_split"] == "odd"
    assert metrics["splits"]["odd"]["records"] == metrics["splits"]["even"]["records"] == 1
