"""Syndicated copies found with MinHash (dateline.stories), scored on the near-duplicate pair
set (bench/near_duplicates.py: wire copies trimmed, padded, edited or cut to a brief vs
different stories on the same topic, day or event, and texts sharing boilerplate or a quote).

A pair counts as found when the two articles meet on an LSH band key and `same_story` holds:
the same two steps as the store and the Spark job. Precision and recall per split (the
held-out third was not looked at while choosing the threshold) and per kind.

    .venv/bin/python bench/stories.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from near_duplicates import pair_set  # noqa: E402

from dateline import stories  # noqa: E402


def found(a: str, b: str) -> bool:
    one, two = stories.signature(a), stories.signature(b)
    meet = set(stories.band_keys(one[0])) & set(stories.band_keys(two[0]))
    return bool(meet) and stories.same_story(*one, *two)


def score(shared: Path) -> dict[str, dict[str, float]]:
    """{split: {precision, recall, tp, fp, fn}} and per kind {kind: share right}."""
    counts: dict[str, Counter] = {}
    kinds: dict[str, Counter] = {}
    for pair in pair_set(shared):
        got = found(pair.a, pair.b)
        split = counts.setdefault(pair.split, Counter())
        split[
            "tp" if got and pair.same_story else "fp" if got else "fn" if pair.same_story else "tn"
        ] += 1
        kind = kinds.setdefault(pair.kind, Counter())
        kind["right" if got == pair.same_story else "wrong"] += 1
    result: dict[str, dict[str, float]] = {}
    for name, c in counts.items():
        result[name] = {
            "precision": c["tp"] / max(1, c["tp"] + c["fp"]),
            "recall": c["tp"] / max(1, c["tp"] + c["fn"]),
            **{key: float(c[key]) for key in ("tp", "fp", "fn", "tn")},
        }
    result["kinds"] = {
        kind: c["right"] / (c["right"] + c["wrong"]) for kind, c in sorted(kinds.items())
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1].parent / "shared")
    args = parser.parse_args()
    result = score(args.shared)
    print(f"containment >= {stories.CONTAINMENT}, LSH {stories.BANDS} bands x {stories.ROWS} rows")
    for split in ("dev", "held-out"):
        r = result[split]
        print(
            f"{split:<9} precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
            f"(tp {r['tp']:.0f}, fp {r['fp']:.0f}, fn {r['fn']:.0f}, tn {r['tn']:.0f})"
        )
    for kind, right in result["kinds"].items():
        print(f"  {kind:<24} {right:.3f} right")


if __name__ == "__main__":
    main()
