"""Score dateline's event codes on the CAMEO code book's own example sentences.

`../shared/data/events/cameo/cameo-codebook.csv` gives each CAMEO code its description, usage
notes and one example sentence (277 codes have one). Each example is extracted alone (no
date); it is found at the root when some event of the sentence has the code's root (first
two digits), at three digits when some event's code starts with the code's first three
digits. The examples are split by their order in the book: odd rows are reported, even rows
may be read while working on the rules (`--split even`), as bench/events.py splits PLOVER.

Targets (issue 22): root found >= 0.85, three-digit found >= 0.65 (odd rows).

Usage:
    python bench/codebook.py [--split odd|even|all] [--errors N]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

BOOK = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "cameo"
TARGET_ROOT = 0.85
TARGET_THREE = 0.65


def load(split: str = "odd", path: Path = BOOK / "cameo-codebook.csv") -> list[dict[str, Any]]:
    """The code book's rows with an example, numbered in book order (1-based)."""
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if (row.get("example") or "").strip()]
    for number, row in enumerate(rows, 1):
        row["split"] = "odd" if number % 2 else "even"
    return [row for row in rows if split == "all" or row["split"] == split]


def judge(code: str, events: list[dict[str, Any]]) -> tuple[bool, bool]:
    """(root found, three-digit found) for one example's events."""
    codes = [event["code"] for event in events if event.get("code")]
    return (
        any(found[:2] == code[:2] for found in codes),
        any(found[:3] == code[:3] for found in codes),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N misses to list")
    args = parser.parse_args()
    import dateline

    rows = load(args.split)
    roots = threes = 0
    misses = []
    for row in rows:
        events = dateline.extract(row["example"], clean="none", languages=None).events
        root, three = judge(row["code"], events)
        roots += root
        threes += three
        if not three:
            ours = ", ".join(f"{e['code']} {e['action']}" for e in events if e.get("code"))
            misses.append(f"{row['code']} {row['name']}: {row['example'][:90]!r} -> {ours or '-'}")
    n = len(rows)
    print(f"CAMEO code book examples ({args.split} rows): {n}")
    print(f"  root found         {roots:>4}/{n}  {roots / n:.3f}")
    print(f"  three-digit found  {threes:>4}/{n}  {threes / n:.3f}")
    if args.split == "odd":
        print("targets (dateline, odd rows):")
        for name, share, target in (
            ("root found", roots / n, TARGET_ROOT),
            ("three-digit found", threes / n, TARGET_THREE),
        ):
            verdict = "PASS" if share >= target else "FAIL"
            print(f"  {name} >= {target:.2f}: {verdict} ({share:.3f})")
    for line in misses[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
