"""Claim lines across articles (dateline.claims) scored on hand-made crisis coverage.

bench/data/claims/{dev,heldout,heldout2,...,heldout6}: short articles following invented
crises over weeks, from several outlets, with wire copies, rising and disputed tolls, written
with their gold by helpers who never saw the code (`dev` while building; each held-out set's
first run is its clean number; bench/README.md says which were read since). Each set
is ingested into a fresh store as `dateline ingest` does, and its claim lines are compared
with the gold:

- grouping: pairs of gold figures put in the same line (precision over the pairs dateline
  makes among the figures it found, recall over every gold pair, a missed figure losing all
  of its pairs);
- disagreement marks: (figure, "disputed" or "drop") against the gold marks, F1;
- copies: the figures of wire copies that share a point with their original's figure (a
  copy counted once).

    .venv/bin/python bench/claims.py [--set dev|heldout|...|heldout6|all] [--errors]
    .venv/bin/python bench/claims.py --corpus polnear|ggt [--show 12]   # a real corpus

`--corpus` ingests a real corpus of ../shared (PolNeAR train, US politics 2016, dated by file
name; or GGT-dev, 48 Canadian news articles) and prints what its claim lines look like: how
many, how many points, disputes and drops, and the longest lines.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "claims"
SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
TARGETS = {"pair precision": 0.95, "pair recall": 0.90, "marks F1": 0.90}


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def build(folder: Path, db: Path) -> None:
    """Ingest the set's articles into `db`."""
    from dateline.cli import main as dateline

    rows = [
        {"id": a["id"], "text": a["text"], "url": a["url"], "published": a["published"]}
        for a in _read(folder / "articles.jsonl")
    ]
    source = db.with_suffix(".jsonl")
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    dateline(["ingest", str(source), "--db", str(db), "--quiet"])


def _gold_spans(gold: list[dict[str, Any]], raw: dict[str, str], clean: dict[str, str]):
    """Each gold figure's (article, start, end) in the article's clean text: the raw text's
    occurrence, found in the clean text by its words around it."""
    spans = []
    for row in gold:
        text = raw[row["article"]]
        at = -1
        for _ in range(row["occurrence"]):
            at = text.find(row["number"], at + 1)
        window = text[max(0, at - 40) : at].split("\n")[-1]
        before = (
            window
            if at <= 40 or "\n" in text[max(0, at - 40) : at]
            else window[window.find(" ") + 1 :]
        )
        cleaned = clean.get(row["article"], "")
        found = cleaned.find(before + row["number"]) if at >= 0 else -1
        where = found + len(before) if found >= 0 else cleaned.find(row["number"])
        spans.append((row["article"], where, where + len(row["number"])) if where >= 0 else None)
    return spans


def evaluate(folder: Path, show_errors: bool = False) -> dict[str, float]:
    from dateline.claims import claim_lines
    from dateline.store.read import Reader

    articles = {a["id"]: a for a in _read(folder / "articles.jsonl")}
    gold = _read(folder / "gold.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.db"
        build(folder, db)
        with Reader(db) as store:
            figures, texts = store.claim_figures()
            stored = {r["url"]: r for r in store.records(["id", "url", "text"])}
            if store.count("copies"):  # another outlet's copy of a stored text
                for article_id, url in store.db.execute("select article_id, url from copies"):
                    stored[url] = next(r for r in stored.values() if r["id"] == article_id)
        lines = claim_lines(figures, texts)
    # the store names articles by a hash: the gold's ids are found by URL
    store_id = {i: stored[a["url"]]["id"] for i, a in articles.items() if a["url"] in stored}
    clean = {i: stored[a["url"]]["text"] for i, a in articles.items() if a["url"] in stored}
    gold = [{**row, "stored": store_id.get(row["article"])} for row in gold]
    raw = {i: a["text"] for i, a in articles.items()}
    spans = _gold_spans(gold, raw, clean)
    # each found figure -> (line, point) and its marks
    placed: dict[tuple[str, int], tuple[int, int, set[str]]] = {}
    for line_no, line in enumerate(lines):
        for point_no, point in enumerate(line.points):
            for copy in point.copies:
                key = (copy["article_id"], copy["number_start"])
                placed[key] = (line_no, point_no, set(point.marks))
    by_article: dict[str, list[dict[str, Any]]] = {}
    for figure in figures:
        by_article.setdefault(figure["article_id"], []).append(figure)
    matched: list[tuple[int, int, set[str]] | None] = []
    for span in spans:
        hit = None
        if span is not None:
            article, start, end = span
            stored_id = store_id.get(article)
            for figure in by_article.get(stored_id, []):
                if figure["number_start"] < end and start < figure["number_end"]:
                    hit = placed.get((stored_id, figure["number_start"]))
                    break
        matched.append(hit)
    gold_pairs = {
        (i, j) for i, j in combinations(range(len(gold)), 2) if gold[i]["line"] == gold[j]["line"]
    }
    found = [i for i, m in enumerate(matched) if m is not None]
    made = {(i, j) for i, j in combinations(found, 2) if matched[i][0] == matched[j][0]}
    both = made & gold_pairs
    gold_marks = {(i, m) for i, row in enumerate(gold) for m in row.get("marks") or []}
    made_marks = {(i, m) for i in found for m in matched[i][2]}
    copies = {a["id"] for a in articles.values() if a.get("copy_of")}
    copy_rows = [
        i for i, row in enumerate(gold) if row["article"] in copies and matched[i] is not None
    ]
    once = 0
    for i in copy_rows:
        original = articles[gold[i]["article"]]["copy_of"]
        twins = [
            j
            for j, row in enumerate(gold)
            if row["article"] == original
            and row["line"] == gold[i]["line"]
            and row["value"] == gold[i]["value"]
            and matched[j] is not None
        ]
        once += any(matched[j][:2] == matched[i][:2] for j in twins)
    result = {
        "gold figures": len(gold),
        "found": len(found),
        "gold pairs": len(gold_pairs),
        "pair precision": len(both) / len(made) if made else 0.0,
        "pair recall": len(both) / len(gold_pairs) if gold_pairs else 0.0,
        "marks precision": len(gold_marks & made_marks) / len(made_marks) if made_marks else 0.0,
        "marks recall": len(gold_marks & made_marks) / len(gold_marks) if gold_marks else 0.0,
        "copies once": once / len(copy_rows) if copy_rows else 0.0,
    }
    p, r = result["marks precision"], result["marks recall"]
    result["marks F1"] = 2 * p * r / (p + r) if p + r else 0.0
    if show_errors:
        _errors(gold, matched, made, gold_pairs, gold_marks, made_marks, lines)
    return result


def _errors(gold, matched, made, gold_pairs, gold_marks, made_marks, lines) -> None:
    def show(i: int) -> str:
        row = gold[i]
        m = matched[i]
        where = f"line {m[0]} point {m[1]}" if m else "NOT FOUND"
        return f"{row['article']} {row['number']!r} [{row['line']}] -> {where}"

    print("\n# gold figures not found")
    for i, m in enumerate(matched):
        if m is None:
            print("  ", show(i))
    print("\n# pairs made that the gold keeps apart")
    seen: set[tuple[str, str]] = set()
    for i, j in sorted(made - gold_pairs):
        key = (gold[i]["line"], gold[j]["line"])
        if key not in seen:
            seen.add(key)
            print("  ", show(i), "|", show(j))
    print("\n# gold pairs split")
    seen = set()
    for i, j in sorted(gold_pairs - made):
        if matched[i] is None or matched[j] is None:
            continue
        key = (matched[i][0], matched[j][0])
        if key not in seen:
            seen.add(key)
            print("  ", show(i), "|", show(j))
    print("\n# marks missed / wrong")
    for i, m in sorted(gold_marks - made_marks):
        print("   missed", m, show(i))
    for i, m in sorted(made_marks - gold_marks):
        print("   wrong ", m, show(i))
    print("\n# lines")
    for n, line in enumerate(lines):
        q = line.quantity
        place = q.place.name if q.place else "-"
        points = "; ".join(
            f"{p.figure.get('value')}({p.claimant}, {p.day}"
            + (f", {'/'.join(p.marks)})" if p.marks else ")")
            for p in line.points
        )
        print(f"  {n}: {q.category} {q.counted} @{place} {q.scope}: {points}")


SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def corpus_rows(name: str) -> list[dict[str, Any]]:
    """The articles of a real corpus as JSON Lines rows for `dateline ingest`."""
    if name == "ggt":
        rows = _read(SHARED / "ggt-dev" / "gold.jsonl")
        return [{"id": str(r["id"]), "text": r["text"], "url": r.get("url")} for r in rows]
    rows = []
    for path in sorted((SHARED / "polnear" / "train" / "text").glob("*.txt")):
        day = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        rows.append(
            {
                "id": path.stem,
                "text": path.read_text(encoding="utf-8"),
                "url": f"https://{path.name.split('_')[0]}.example/{path.stem}",
                "published": day.group(1) if day else None,
            }
        )
    return rows


def describe(name: str, show: int) -> None:
    """Ingest a real corpus and print a summary of its claim lines and the longest ones."""
    from collections import Counter

    from dateline.claims import claim_lines
    from dateline.cli import main as dateline
    from dateline.display import quantity
    from dateline.store.read import Reader

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{name}.jsonl"
        rows = corpus_rows(name)
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        db = Path(tmp) / f"{name}.db"
        dateline(["ingest", str(source), "--db", str(db), "--quiet"])
        with Reader(db) as store:
            figures, articles = store.claim_figures()
        lines = claim_lines(figures, articles)
    sizes = Counter(min(len(line.points), 5) for line in lines)
    print(f"{len(rows)} articles, {len(figures)} figures with a number, {len(lines)} lines")
    print(
        "points per line: "
        + ", ".join(f"{k}{'+' if k == 5 else ''}: {v}" for k, v in sorted(sizes.items()))
    )
    for mark in ("disputed", "drop"):
        marked = sum(1 for line in lines if any(mark in p.marks for p in line.points))
        print(f"lines with a {mark} mark: {marked}")
    by_category = Counter(line.quantity.category for line in lines if len(line.points) > 1)
    print(
        "lines of 2+ points by category: "
        + ", ".join(f"{k} {v}" for k, v in by_category.most_common())
    )
    for line in lines[:show]:
        q = line.quantity
        print(f"\n{q.category} {q.counted or '-'} @ {q.place.name if q.place else '-'} ({q.scope})")
        for point in line.points[:8]:
            marks = " ".join(f"[{m}]" for m in point.marks)
            print(f"  {point.day}  {quantity(point.figure):<30} {point.claimant[:40]:<40} {marks}")
            print(f"      {point.figure.get('text', '')[:110]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="print what went wrong")
    parser.add_argument("--corpus", choices=("polnear", "ggt"), help="describe a real corpus")
    parser.add_argument("--show", type=int, default=12, help="longest lines to print")
    args = parser.parse_args(argv)
    if args.corpus:
        describe(args.corpus, args.show)
        return 0
    sets = SETS if args.set == "all" else (args.set,)
    sets = tuple(name for name in sets if (DATA / name / "gold.jsonl").exists())
    for name in sets:
        result = evaluate(DATA / name, args.errors)
        print(f"## {name}")
        for key, value in result.items():
            target = TARGETS.get(key)
            mark = f"  (target {target}: {'PASS' if value >= target else 'FAIL'})" if target else ""
            print(f"  {key:<16} {value if isinstance(value, int) else round(value, 3)}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
