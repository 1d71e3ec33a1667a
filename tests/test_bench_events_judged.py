"""bench/events_judged.py: the paragraph an event is shown in, and the precision of a judged
sample over all records and over asserted ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_scripts import load

judged_bench = load("bench_events_judged", "events_judged.py")


def test_paragraph_is_the_line_holding_the_event():
    text = "First paragraph.\n\nSecond one, with the event.\nThird."
    start = text.index("event")
    assert judged_bench._paragraph(text, start, start + 5) == "Second one, with the event."


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_score_counts_all_and_asserted(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    sample = _write(
        tmp_path / "s.jsonl",
        [{"id": "a1", "negated": False}, {"id": "a2", "negated": True}],
    )
    right = {
        "event": True,
        "code_right": True,
        "code3_right": True,
        "actor_right": True,
        "actor_code_right": False,
        "target_right": True,
    }
    wrong = dict.fromkeys(right, False) | {"event": False}
    judged = _write(tmp_path / "j.jsonl", [{"id": "a1", **right}, {"id": "a2", **wrong}])
    assert judged_bench.score(sample, judged) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("root code right"))
    assert "0.500 (1/2)" in line and "1.000 (1/1)" in line


def test_score_refuses_an_unjudged_sample(tmp_path: Path):
    sample = _write(tmp_path / "s.jsonl", [{"id": "a1", "negated": False}])
    judged = _write(tmp_path / "j.jsonl", [])
    assert judged_bench.score(sample, judged) == 1
