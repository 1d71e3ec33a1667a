"""Score who dateline says spoke, on the speaker probe set.

`bench/data/speaker-probes/` (see its README): 60 short news passages outside US politics,
each with one attribution whose speaker is written as a pronoun, a description or a bare
surname (or stands for no one named: `none`), written by a writer who had not seen the
extractor; `dev` (40) for development, `held-out` (20) reported apart and never tuned on.

As its README says: the record whose content holds the probe's `quote` is the attribution;
a probe is right when that record's speaker equals the gold name or ends with its last word;
a `none` probe is right when the record gives no entity as speaker (or there is no record).

Usage:
    python bench/speakers.py [--split dev|held-out|all] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "speaker-probes" / "probes.jsonl"
KINDS = ("pronoun", "description", "surname", "none")


def load(split: str = "all") -> list[dict[str, Any]]:
    probes = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    return [p for p in probes if split == "all" or p["split"] == split]


def attribution(probe: dict[str, Any], quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The record whose content (one of its parts) holds the probe's quote; the tightest."""
    start = probe["text"].index(probe["quote"])
    end = start + len(probe["quote"])
    holding = [
        q
        for q in quotes
        if any(s <= start and end <= e for s, e in (q.get("parts") or [(q["start"], q["end"])]))
    ]
    return min(holding, key=lambda q: q["end"] - q["start"], default=None)


def _words(name: str) -> list[str]:
    return name.replace("\u2019", "'").lower().replace(".", "").split()


def right(probe: dict[str, Any], record: dict[str, Any] | None) -> bool:
    if probe["kind"] == "none":
        return record is None or record["speaker_id"] is None
    if record is None or not record["speaker"]:
        return False
    ours, gold = _words(record["speaker"]), _words(probe["speaker"])
    return ours == gold or (bool(ours) and ours[-1] == gold[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list the probes judged wrong")
    args = parser.parse_args()
    import dateline

    totals: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    errors = []
    for probe in load(args.split):
        quotes = dateline.extract(probe["text"], clean="none", languages=None).quotes
        record = attribution(probe, quotes)
        ok = right(probe, record)
        totals[probe["kind"]] += 1
        rights[probe["kind"]] += ok
        if not ok:
            said = record["speaker"] if record else "(no record)"
            gold = probe["speaker"]
            errors.append(f"{probe['id']} {probe['kind']}: gold {gold!r}, ours {said!r}")
    print(f"speaker probes ({args.split}): {sum(totals.values())} probes")
    for kind in KINDS:
        if totals[kind]:
            share = rights[kind] / totals[kind]
            print(f"  {kind:<12} {rights[kind]:>3}/{totals[kind]:<3} {share:.3f}")
    all_right, all_total = sum(rights.values()), sum(totals.values())
    print(f"  {'all':<12} {all_right:>3}/{all_total:<3} {all_right / max(all_total, 1):.3f}")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    sys.exit(main())
