"""`dateline spark --master local[2]` against `dateline ingest --workers 2` on the same
articles, and each against the spaCy floor.

Corpus: bench/throughput.py's (PolNeAR and the Zyte plain-text dumps, plus the second half of
each as an article of its own: 2,000 distinct articles by default), written as .txt files.
Measured in one run, each a fresh process timed from start to exit (Spark's start-up, the
model's loading and the writing of the SQLite store or the Parquet dataset included):

  ingest   `dateline ingest CORPUS --db ... --workers 2`
  spark    `dateline spark CORPUS --out ... --master local[2]`
  floor    spaCy alone on the same clean texts, one process (bench/throughput.py's (a))

Prints articles/s, the ratio spark/ingest (target >= 0.80), core-seconds per article of each
and of the floor, and, from spark's rate per core, the core-hours and the hours on a cluster of
a given size that 100 million articles would take.

    .venv/bin/python bench/spark.py [--limit 2000] [--cores 400]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import SHARED, _run_child, build_corpus  # noqa: E402

DATELINE = Path(sys.executable).parent / "dateline"
CORES = 2  # local[2] and --workers 2


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=7200)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed: {done.stderr[-2000:]}")
    print(done.stderr.strip().splitlines()[-1], file=sys.stderr)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--limit", type=int, default=2000, help="articles (default: 2000)")
    parser.add_argument(
        "--cores", type=int, default=400, help="cluster size for the worked estimate"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "corpus"
        count = build_corpus(args.shared, folder, args.limit)
        print(f"corpus: {count} articles in {folder}", file=sys.stderr)
        ingest = timed(
            [
                str(DATELINE),
                "ingest",
                str(folder),
                "--db",
                str(scratch / "bench.db"),
                "--workers",
                str(CORES),
                "--quiet",
            ]
        )
        spark = timed(
            [
                str(DATELINE),
                "spark",
                str(folder),
                "--out",
                str(scratch / "parquet"),
                "--master",
                f"local[{CORES}]",
            ]
        )
        floor = _run_child("parse", folder, 1, scratch)
    articles = floor["articles"]
    floor_cost = floor["seconds"] / articles
    ingest_rate, spark_rate = articles / ingest, articles / spark
    ratio = spark_rate / ingest_rate
    per_article = {
        "ingest --workers 2": CORES * ingest / articles,
        "spark local[2]": CORES * spark / articles,
        "spaCy alone (floor)": floor_cost,
    }
    lines = [
        f"{articles} articles, {CORES} cores, wall time from start to exit",
        f"{'run':<24}{'seconds':>9}{'articles/s':>12}{'core-s/article':>16}{'x floor':>9}",
    ]
    for name, seconds in (("ingest --workers 2", ingest), ("spark local[2]", spark)):
        cost = per_article[name]
        lines.append(
            f"{name:<24}{seconds:>9.1f}{articles / seconds:>12.2f}{cost:>16.3f}"
            f"{cost / floor_cost:>9.2f}"
        )
    lines.append(
        f"{'spaCy alone (floor)':<24}{floor['seconds']:>9.1f}{1 / floor_cost:>12.2f}"
        f"{floor_cost:>16.3f}{1:>9.2f}"
    )
    verdict = "PASS" if ratio >= 0.8 else "FAIL"
    lines.append(f"spark / ingest throughput: {ratio:.2f} (target >= 0.80: {verdict})")
    core_hours = 100_000_000 * per_article["spark local[2]"] / 3600
    lines.append(
        f"100 million articles at spark's rate: {core_hours:,.0f} core-hours; "
        f"{core_hours / args.cores:,.1f} hours on {args.cores} cores"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
