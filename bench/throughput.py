"""Throughput of the whole dateline pipeline against its floor, spaCy parsing alone.

Corpus: every article of ../shared/data/polnear/*/text/ and every plain-text dump of
../shared/data/zyte-article-benchmark/plaintext/, plus the second half (by paragraphs) of
each as an article of its own, so that there are over 2,000 distinct articles. They are
written to a temporary folder as .txt files: what `dateline ingest` reads.

Measured in one run, each configuration in its own process (so peak RSS is its own):
  (a) spaCy alone: `nlp.pipe` over the articles' clean texts, same model, same batching
      (`dateline.nlp.parse_many`: 32 texts or 4,000 words a batch);
  (b) the full pipeline (read, clean, parse, entities, places, quotes, figures, events,
      tone), 1 worker;
  (c) the same with 2 workers;
  peer: gdelt-regkg's count extraction (`analyze_counts`, the closest open reconstruction of
  GDELT's knowledge graph) on the same clean texts, in its own Python 3.12 venv.
Prints articles/s, words/s, peak RSS per process, the ratios (b)/(a) and (c)/(b), and the
cost per extracted record of (b) and of the peer (a regex-only peer does far less per article,
so articles/s is no comparison of the two).

    .venv/bin/python bench/throughput.py            # the whole corpus, about 10 minutes
    .venv/bin/python bench/throughput.py --limit 200
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"
BATCH_SIZE = 32


def build_corpus(shared: Path, folder: Path, limit: int | None) -> int:
    """Write the articles as .txt files; return how many."""
    texts: list[str] = []
    for path in sorted((shared / "polnear").glob("*/text/*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted((shared / "zyte-article-benchmark" / "plaintext").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    halves = []
    for text in texts:
        paragraphs = [p for p in text.split("\n") if p.strip()]
        if len(paragraphs) >= 4:
            halves.append("\n\n".join(paragraphs[len(paragraphs) // 2 :]))
    corpus = texts + halves
    if limit:
        corpus = corpus[:limit]
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(corpus):
        (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8")
    return len(corpus)


def _peak_rss_mb() -> tuple[float, float]:
    """(this process, its largest child) peak resident memory in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def measure_parse(folder: Path) -> dict:
    """(a): clean the texts (untimed), then time spaCy alone on them."""
    from dateline.nlp import parse_many
    from dateline.pipeline import Options, run
    from dateline.record import Article

    texts = [a.text for a in run([str(folder)], Options(annotate=False)) if isinstance(a, Article)]
    list(parse_many(texts[:8], batch_size=BATCH_SIZE))  # warm-up (loads the model)
    started = time.perf_counter()
    for _ in parse_many(texts, batch_size=BATCH_SIZE):  # the pipeline's own batching
        pass
    seconds = time.perf_counter() - started
    own, _ = _peak_rss_mb()
    return {
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "seconds": seconds,
        "rss": own,
        "texts": texts,
    }


def measure_pipeline(folder: Path, workers: int) -> dict:
    """(b)/(c): the whole pipeline over the files, as `dateline ingest` runs it."""
    from dateline.nlp import load
    from dateline.pipeline import Options, run
    from dateline.record import Article

    load()
    from dateline import geo

    geo.gazetteer()
    articles = words = records = figures = 0
    started = time.perf_counter()
    for item in run([str(folder)], Options(), workers=workers, batch_size=BATCH_SIZE):
        if isinstance(item, Article):
            articles += 1
            words += len(item.text.split())
            figures += len(item.figures)
            records += sum(
                len(layer)
                for layer in (item.entities, item.quotes, item.figures, item.events, item.places)
            )
    seconds = time.perf_counter() - started
    own, child = _peak_rss_mb()
    return {
        "articles": articles,
        "words": words,
        "seconds": seconds,
        "rss": own,
        "child_rss": child,
        "records": records,
        "figures": figures,
    }


def measure_peer(texts: list[str]) -> dict:
    """gdelt-regkg's analyze_counts on the same clean texts, in its own venv."""
    spec = importlib.util.spec_from_file_location("bench_figures", HERE / "figures.py")
    figures = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = figures
    spec.loader.exec_module(figures)
    python = figures.gdelt_python(figures.GDELT_VENV, figures.GDELT_BASE_PYTHON)
    done = subprocess.run(
        [str(python), str(figures.GDELT_WORKER)],
        input=json.dumps({"texts": texts}),
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    result = json.loads(done.stdout)
    return {
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "seconds": result["seconds"],
        "version": result.get("version"),
        "records": sum(len(mentions) for mentions in result["results"]),
    }


def _child(mode: str, folder: Path, workers: int, out: Path) -> None:
    result = measure_parse(folder) if mode == "parse" else measure_pipeline(folder, workers)
    out.write_text(json.dumps(result))


def _run_child(mode: str, folder: Path, workers: int, scratch: Path) -> dict:
    out = scratch / f"{mode}-{workers}.json"
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            mode,
            "--folder",
            str(folder),
            "--workers",
            str(workers),
            "--out",
            str(out),
        ],
        check=True,
        timeout=7200,
    )
    return json.loads(out.read_text())


def table(parse: dict, one: dict, two: dict, peer: dict | str) -> str:
    def rate(r: dict) -> tuple[float, float]:
        return r["articles"] / r["seconds"], r["words"] / r["seconds"]

    lines = [
        f"Throughput, {parse['articles']} articles, {os.cpu_count()} cores, batch {BATCH_SIZE}",
        "-" * 86,
        f"{'run':<40}{'articles/s':>11}{'words/s':>10}{'seconds':>9}{'peak RSS MB':>16}",
        "-" * 86,
    ]
    a_rate, a_words = rate(parse)
    b_rate, b_words = rate(one)
    c_rate, c_words = rate(two)
    lines.append(
        f"{'(a) spaCy parse alone (floor)':<40}{a_rate:>11.2f}{a_words:>10.0f}"
        f"{parse['seconds']:>9.1f}{parse['rss']:>16.0f}"
    )
    lines.append(
        f"{'(b) dateline pipeline, 1 worker':<40}{b_rate:>11.2f}{b_words:>10.0f}"
        f"{one['seconds']:>9.1f}{one['rss']:>16.0f}"
    )
    memory = f"{two['rss']:.0f} + {two['child_rss']:.0f}/w"
    lines.append(
        f"{'(c) dateline pipeline, 2 workers':<40}{c_rate:>11.2f}{c_words:>10.0f}"
        f"{two['seconds']:>9.1f}{memory:>16}"
    )
    if isinstance(peer, dict):
        p_rate, p_words = rate(peer)
        lines.append(
            f"{'peer: gdelt-regkg analyze_counts':<40}{p_rate:>11.2f}{p_words:>10.0f}"
            f"{peer['seconds']:>9.1f}{'-':>16}"
        )
    else:
        lines.append(f"{'peer: gdelt-regkg analyze_counts':<40} unavailable: {peer}")
    lines.append("-" * 86)
    ratio_b, ratio_c = b_rate / a_rate, c_rate / b_rate
    worker_rss = max(one["rss"], two["child_rss"])
    lines.append(f"(b)/(a) = {ratio_b:.2f}   (c)/(b) = {ratio_c:.2f}")
    lines.append("targets:")
    lines.append(f"  (b) >= 0.80 of (a): {'PASS' if ratio_b >= 0.8 else 'FAIL'} ({ratio_b:.2f})")
    lines.append(f"  (c)/(b) >= 1.7: {'PASS' if ratio_c >= 1.7 else 'FAIL'} ({ratio_c:.2f})")
    lines.append(
        f"  peak RSS <= 800 MB per worker: {'PASS' if worker_rss <= 800 else 'FAIL'}"
        f" ({worker_rss:.0f} MB)"
    )
    if isinstance(peer, dict):
        # A regex-only peer that finds counts does far less per article than a parse and six
        # layers: what the two cost per record they extract is the comparison that holds.
        ours = one["seconds"] / max(1, one["records"])
        theirs = peer["seconds"] / max(1, peer["records"])
        lines.append(
            f"cost per extracted record (1 worker): dateline {1000 * ours:.2f} ms "
            f"({one['records']} records: entities, places, quotes, figures, events) vs peer "
            f"{1000 * theirs:.2f} ms ({peer['records']} counts); ratio {ours / theirs:.2f}"
        )
        per_figure = one["seconds"] / max(1, one["figures"])
        lines.append(
            f"  per figure alone (the peer's one kind of record): dateline "
            f"{1000 * per_figure:.1f} ms ({one['figures']} figures)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--no-peer", action="store_true", help="skip gdelt-regkg")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.folder, args.workers, args.out)
        return 0
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "corpus"
        count = build_corpus(args.shared, folder, args.limit)
        print(f"corpus: {count} articles in {folder}", file=sys.stderr)
        parse = _run_child("parse", folder, 1, scratch)
        one = _run_child("pipeline", folder, 1, scratch)
        two = _run_child("pipeline", folder, 2, scratch)
        peer: dict | str = "skipped (--no-peer)"
        if not args.no_peer:
            try:
                peer = measure_peer(parse["texts"])
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                peer = str(exc)[:100]
    print(table(parse, one, two, peer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
