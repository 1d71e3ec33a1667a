"""Hand-judged figure samples from everyday news: draw one, and score one that was judged.

`draw` extracts the figures of random articles as `dateline ingest` would (the default
cleaning; PolNeAR train text files dated by their file name, the Zyte benchmark's HTML pages
leaving out the pages of the figures gold, the readability test pages' `source.html`
(non-English ones failing), or the GGT-dev Canadian news articles) and writes a random sample
of them with the paragraph each comes from, for a judge who has not seen the rules
(bench/data/figures-judged/README.md gives the judging rules). Articles of earlier samples are
left out. `score` reads a sample and its judgement and prints, per source: the share of
reported figures that are real quantities, and among the real ones the share whose category,
value and bounds, and claimant are right.

Usage:
    python bench/figures_judged.py draw OUT.jsonl --source polnear|zyte|readability|ggt
        [--articles 60] [--figures 200] [--seed 1] [--exclude SAMPLE.jsonl ...] [--prefix p]
        [--per-article N]
    python bench/figures_judged.py score JUDGED.jsonl SAMPLE.jsonl [SAMPLE.jsonl ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
POLNEAR_TRAIN = SHARED / "polnear" / "train" / "text"
ZYTE = SHARED / "zyte-article-benchmark"
READABILITY = SHARED / "readability-pages"
GGT = SHARED / "ggt-dev"
FIGURES_GOLD = Path(__file__).resolve().parent / "data" / "figures-gold" / "gold.tsv"
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
TARGETS = {"real": 0.95, "category": 0.92, "value": 0.95, "claimant": 0.88}


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (between line breaks) holding text[start:end]."""
    left = text.rfind("\n", 0, start)
    right = text.find("\n", end)
    return " ".join(text[left + 1 : right if right != -1 else len(text)].split())


def _polnear_articles() -> Iterator[tuple[str, Any]]:
    import dateline

    for path in sorted(POLNEAR_TRAIN.glob("*.txt")):
        match = _DATE.search(path.name)

        def read(path: Path = path, date: str | None = match and match.group(1)) -> Any:
            return dateline.extract(path.read_text(encoding="utf-8"), published=date)

        yield path.name, read


def _zyte_articles() -> Iterator[tuple[str, Any]]:
    import dateline

    gold_pages = {
        line.split("\t")[1]
        for line in FIGURES_GOLD.read_text(encoding="utf-8").splitlines()[1:]
        if line.startswith("zyte\t")
    }
    truth = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((ZYTE / "html").glob("*.html.gz")):
        page = path.name.split(".")[0]
        if page in gold_pages:
            continue

        def read(path: Path = path, url: str | None = truth.get(page, {}).get("url")) -> Any:
            return dateline.extract(gzip.decompress(path.read_bytes()), url=url)

        yield path.name, read


def _readability_articles() -> Iterator[tuple[str, Any]]:
    import dateline

    for folder in sorted(p for p in READABILITY.iterdir() if (p / "source.html").is_file()):

        def read(path: Path = folder / "source.html") -> Any:
            return dateline.extract(path.read_bytes())

        yield folder.name, read


def _ggt_articles() -> Iterator[tuple[str, Any]]:
    import dateline

    for line in (GGT / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)

        def read(row: dict[str, Any] = row) -> Any:
            return dateline.extract(row["text"], url=row.get("url"))

        yield str(row["id"]), read


_SOURCES = {
    "polnear": _polnear_articles,
    "zyte": _zyte_articles,
    "readability": _readability_articles,
    "ggt": _ggt_articles,
}


def _claimant(figure: dict[str, Any]) -> str:
    return figure["source"] or "the article"


def draw(
    out: Path,
    source: str,
    articles: int,
    figures: int,
    seed: int,
    exclude: list[Path],
    prefix: str,
    per_article: int | None = None,
) -> int:
    from dateline import ExtractError

    used = {
        json.loads(line)["file"]
        for path in exclude
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    pool_articles = [(name, read) for name, read in _SOURCES[source]() if name not in used]
    random.Random(seed).shuffle(pool_articles)
    pool: list[dict[str, Any]] = []
    for name, read in pool_articles[:articles]:
        try:
            article = read()
        except ExtractError:
            continue
        for figure in article.figures:
            start, end = figure["number_start"], figure["number_end"]
            pool.append(
                {
                    "file": name,
                    "number": article.text[start:end],
                    "number_start": start,
                    "number_end": end,
                    "sentence": figure["text"],
                    "context": _paragraph(article.text, figure["start"], figure["end"]),
                    **{
                        key: figure[key]
                        for key in (
                            "value",
                            "low",
                            "high",
                            "approximate",
                            "vague",
                            "category",
                            "unit",
                            "object",
                        )
                    },
                    "claimant": _claimant(figure),
                }
            )
    if per_article:  # (a long page of numbers, such as an encyclopedia article, counts less)
        by_file: dict[str, list[dict[str, Any]]] = {}
        for row in pool:
            by_file.setdefault(row["file"], []).append(row)
        rng = random.Random(seed)
        pool = [
            row
            for rows in by_file.values()
            for row in rng.sample(rows, min(per_article, len(rows)))
        ]
    chosen = random.Random(seed).sample(pool, min(figures, len(pool)))
    with out.open("w", encoding="utf-8") as handle:
        for number, row in enumerate(chosen, 1):
            handle.write(json.dumps({"id": f"{prefix}{number:03d}", **row}) + "\n")
    used_articles = min(articles, len(pool_articles))
    print(f"{len(chosen)} of {len(pool)} figures from {used_articles} articles -> {out}")
    return 0


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "-"


def shares(sample: list[dict[str, Any]], judged: dict[str, dict[str, Any]]) -> dict[str, float]:
    """The four measures of one judged sample: real / reported, then among the real ones."""
    real = [judged[row["id"]] for row in sample if judged[row["id"]]["real"]]
    result = {"real": len(real) / len(sample) if sample else 0.0}
    for key in ("category", "value", "claimant"):
        result[key] = sum(1 for j in real if j[f"{key}_right"]) / len(real) if real else 0.0
    return result


def score(judged_path: Path, sample_paths: list[Path]) -> int:
    judged = {
        row["id"]: row
        for row in (
            json.loads(x) for x in judged_path.read_text(encoding="utf-8").splitlines() if x
        )
    }
    print(f"{'sample':<28}{'real':>18}{'category':>18}{'value+bounds':>18}{'claimant':>18}")
    every: list[dict[str, Any]] = []
    for path in sample_paths:
        sample = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
        missing = [row["id"] for row in sample if row["id"] not in judged]
        if missing:
            print(f"not judged: {', '.join(missing[:10])}", file=sys.stderr)
            return 1
        every += sample
        _print_row(path.name, sample, judged)
    if len(sample_paths) > 1:
        _print_row("all", every, judged)
    result = shares(every, judged)
    for key, target in TARGETS.items():
        state = "PASS" if result[key] >= target else "FAIL"
        print(f"  {key} >= {target}: {state} ({result[key]:.3f})")
    return 0


def _print_row(label: str, sample: list[dict[str, Any]], judged: dict[str, Any]) -> None:
    real = [judged[row["id"]] for row in sample if judged[row["id"]]["real"]]
    cells = [_share(len(real), len(sample))]
    for key in ("category", "value", "claimant"):
        cells.append(_share(sum(1 for j in real if j[f"{key}_right"]), len(real)))
    print(f"{label:<28}" + "".join(f"{cell:>18}" for cell in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="draw a sample of figures to judge")
    drawing.add_argument("out", type=Path)
    drawing.add_argument("--source", choices=tuple(_SOURCES), required=True)
    drawing.add_argument("--articles", type=int, default=60)
    drawing.add_argument("--figures", type=int, default=200)
    drawing.add_argument("--seed", type=int, default=1)
    drawing.add_argument("--exclude", type=Path, action="append", default=[])
    drawing.add_argument("--prefix", default="p")
    drawing.add_argument("--per-article", type=int, help="at most this many from one article")
    scoring = commands.add_parser("score", help="shares of a judged sample")
    scoring.add_argument("judged", type=Path)
    scoring.add_argument("samples", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "draw":
        return draw(
            args.out,
            args.source,
            args.articles,
            args.figures,
            args.seed,
            args.exclude,
            args.prefix,
            args.per_article,
        )
    return score(args.judged, args.samples)


if __name__ == "__main__":
    sys.exit(main())
