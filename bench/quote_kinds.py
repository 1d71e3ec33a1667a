"""Score the kind of dateline's quote records on the quote-kind probe set.

`bench/data/quote-kinds/` (see its README): short news passages, each with one attribution
(speech, writing, stance, knowledge, unsourced) or something that looks like one and is not
(`none`), written by a writer who had not seen the extractor; `dev` for development,
`held-out` untouched until the end of issue 21.

A probe with an attribution is found when a record's content overlaps the gold content by
at least 0.3 of both spans; its kind is that record's kind (the largest overlap). A `none`
probe is right when dateline makes no record of it. Speaker: the record's speaker mention
(`speaker_start`..`speaker_end`) overlaps the gold speaker, or its name contains the gold
reference's last word.

Usage:
    python bench/quote_kinds.py [--split dev|held-out] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "quote-kinds"
KINDS = ("speech", "writing", "stance", "knowledge", "unsourced", "none")
TARGET_KIND = 0.85  # share of probes whose kind is right (none: no record)


def load(split: str) -> list[dict[str, Any]]:
    path = DATA / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0 or shared < 0.3 * (a[1] - a[0]) or shared < 0.3 * (b[1] - b[0]):
        return 0
    return shared


def judge(probe: dict[str, Any], quotes: list[dict[str, Any]]) -> tuple[str, bool | None]:
    """(the predicted kind, speaker right or None when not judged)."""
    if probe["kind"] == "none":
        return ("none" if not quotes else quotes[0]["kind"]), None
    text = probe["text"]
    start = text.index(probe["content"])
    gold = (start, start + len(probe["content"]))
    best = max(quotes, key=lambda q: _overlaps(gold, (q["start"], q["end"])), default=None)
    if best is None or not _overlaps(gold, (best["start"], best["end"])):
        return "missed", None
    if not probe.get("speaker"):
        return best["kind"], None
    s = text.index(probe["speaker"])
    mention = (best["speaker_start"] or 0, best["speaker_end"] or 0)
    right = mention[0] < s + len(probe["speaker"]) and s < mention[1]
    reference = probe.get("reference") or ""
    if not right and reference and best.get("speaker"):
        right = reference.split()[-1].lower() in best["speaker"].lower().split()
    return best["kind"], right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list the probes judged wrong")
    args = parser.parse_args(argv)

    import dateline

    probes = load(args.split)
    confusion: Counter[tuple[str, str]] = Counter()
    speakers = Counter()
    wrong = []
    for probe in probes:
        record = dateline.extract(probe["text"], clean="none", languages=None)
        kind, speaker = judge(probe, record.quotes)
        confusion[(probe["kind"], kind)] += 1
        if speaker is not None:
            speakers[speaker] += 1
        if kind != probe["kind"] or speaker is False:
            found = [(q["kind"], q["speaker"], q["text"][:60]) for q in record.quotes]
            wrong.append(
                f"{probe['id']} gold {probe['kind']}, ours {kind}, speaker {speaker}: "
                f"{probe['text'][:110]!r} -> {found}"
            )
    columns = (*KINDS, "missed")
    width = 10
    print(f"quote kinds ({args.split}): {len(probes)} probes; rows gold, columns dateline")
    print(f"{'':<11}" + "".join(f"{c:>{width}}" for c in columns))
    for gold in KINDS:
        print(f"{gold:<11}" + "".join(f"{confusion[(gold, c)]:>{width}}" for c in columns))
    right = sum(confusion[(k, k)] for k in KINDS)
    share = right / len(probes) if probes else 0.0
    judged = speakers[True] + speakers[False]
    print(
        f"kind right {right}/{len(probes)} ({share:.3f}); "
        f"speaker right {speakers[True]}/{judged} "
        f"({speakers[True] / judged if judged else 0:.3f})"
    )
    print(f"target: kind right >= {TARGET_KIND:.2f}: {'PASS' if share >= TARGET_KIND else 'FAIL'}")
    if args.errors:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
