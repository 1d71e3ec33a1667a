"""Hand-judged event samples from everyday news: draw one, and score one that was judged.

`draw` extracts the events of random PolNeAR train articles (US politics news, 2015-2016;
each article dated by its file name), leaving out the articles of earlier samples, and
writes a random sample of them with the paragraph each comes from, for a judge who has not
seen the rules (bench/data/events-judged/README.md gives the judging rules). `score` reads a
sample and its judgement and prints the precision: an event at all, its root code right, the
code with its actor, with its actor and target, and the actor code; over every record, and
over the records the event layer asserts (`negated` false, what the GDELT export writes).

Usage:
    python bench/events_judged.py draw OUT.jsonl [--articles 120] [--events 200] [--seed 2]
        [--exclude bench/data/events-judged/sample-before.jsonl] [--prefix a]
    python bench/events_judged.py score SAMPLE.jsonl JUDGED.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

POLNEAR_TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train"
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (between blank lines, else line breaks) holding text[start:end]."""
    left = max(text.rfind("\n\n", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find("\n", end),) if i != -1]
    right = right_candidates[0] if right_candidates else len(text)
    return " ".join(text[left + 1 : right].split())


def draw(
    out: Path,
    articles: int,
    events: int,
    seed: int,
    exclude: list[Path],
    prefix: str,
    folder: Path = POLNEAR_TRAIN / "text",
) -> int:
    import dateline
    from dateline.extract.events import codebook

    used = {
        json.loads(line)["file"]
        for path in exclude
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    files = sorted(p for p in folder.glob("*.txt") if p.name not in used)
    random.Random(seed).shuffle(files)
    pool: list[dict[str, Any]] = []
    for path in files[:articles]:
        text = path.read_text(encoding="utf-8")
        match = _DATE.search(path.name)
        article = dateline.extract(
            text, clean="none", languages=None, published=match.group(1) if match else None
        )
        for event in article.events:
            pool.append(
                {
                    "file": path.name,
                    "start": event["start"],
                    "end": event["end"],
                    "sentence": event["text"],
                    "code": event["code"],
                    "code_name": codebook.name(event["code"]),
                    "actor": event["actor"],
                    "actor_code": event["actor_code"],
                    "target": event["target"],
                    "target_code": event["target_code"],
                    "negated": event["negated"],
                    "context": _paragraph(article.text, event["start"], event["end"]),
                }
            )
    chosen = random.Random(seed).sample(pool, min(events, len(pool)))
    with out.open("w", encoding="utf-8") as handle:
        for number, row in enumerate(chosen, 1):
            handle.write(json.dumps({"id": f"{prefix}{number:03d}", **row}) + "\n")
    print(f"{len(chosen)} of {len(pool)} events from {min(articles, len(files))} articles -> {out}")
    return 0


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "-"


def score(sample_path: Path, judged_path: Path) -> int:
    sample = [json.loads(x) for x in sample_path.read_text(encoding="utf-8").splitlines() if x]
    judged = {
        row["id"]: row
        for row in (json.loads(x) for x in judged_path.read_text(encoding="utf-8").splitlines())
    }
    missing = [row["id"] for row in sample if row["id"] not in judged]
    if missing:
        print(f"not judged: {', '.join(missing[:10])}", file=sys.stderr)
        return 1
    print(f"{sample_path.name}: {len(sample)} events, judged in {judged_path.name}")
    print(f"{'measure':<34}{'all records':>20}{'asserted (not negated)':>26}")
    groups = {
        "all": sample,
        "asserted": [row for row in sample if not row.get("negated")],
    }

    def measure(rows: list[dict[str, Any]], test: Any) -> str:
        return _share(sum(1 for row in rows if test(judged[row["id"]])), len(rows))

    tests = [
        ("an event at all", lambda j: j["event"]),
        ("root code right", lambda j: j["event"] and j["code_right"]),
        ("exact code right", lambda j: j["event"] and j["code3_right"]),
        ("code and actor right", lambda j: j["event"] and j["code_right"] and j["actor_right"]),
        (
            "code, actor and target right",
            lambda j: j["event"] and j["code_right"] and j["actor_right"] and j["target_right"],
        ),
        ("actor code right", lambda j: j["event"] and j["actor_code_right"]),
    ]
    for label, test in tests:
        every, asserted = measure(groups["all"], test), measure(groups["asserted"], test)
        print(f"{label:<34}{every:>20}{asserted:>26}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="draw a sample of events to judge")
    drawing.add_argument("out", type=Path)
    drawing.add_argument("--articles", type=int, default=120)
    drawing.add_argument("--events", type=int, default=200)
    drawing.add_argument("--seed", type=int, default=2)
    drawing.add_argument("--exclude", type=Path, action="append", default=[])
    drawing.add_argument("--prefix", default="a")
    scoring = commands.add_parser("score", help="precision of a judged sample")
    scoring.add_argument("sample", type=Path)
    scoring.add_argument("judged", type=Path)
    args = parser.parse_args(argv)
    if args.command == "draw":
        return draw(args.out, args.articles, args.events, args.seed, args.exclude, args.prefix)
    return score(args.sample, args.judged)


if __name__ == "__main__":
    sys.exit(main())
