"""Long fuzz run of the readers, the cleaners and the pipeline (issue 25).

Generates documents with the Hypothesis strategies of tests/fuzz/fuzzgen.py (arbitrary
bytes, hostile Unicode, broken HTML, JSON Lines with odd field types, WARC records with
wrong Content-Length) and runs each through its reader and then the pipeline. Most documents
run cleaning only (`Options(annotate=False)`: reading, decoding, cleaning, metadata, ids);
a share (`--full-share`, default 20%) of the articles that cleaning yields, of every kind,
also run the full pipeline (spaCy parse and every extractor), batched 32 at a time as
`dateline ingest` does. Prints inputs tried
per kind, failures by reason (grouped), crashes (uncaught exceptions: must be 0) and offset
violations (must be 0); exits 1 when either is not 0.

    .venv/bin/python bench/fuzz.py                  # 20,000 documents, a few minutes
    .venv/bin/python bench/fuzz.py --quick          # 1,000 documents
    .venv/bin/python bench/fuzz.py --documents 5000 --seed 7
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from dateline.pipeline import Options, process_batch
from dateline.read import iter_documents, read_bytes
from dateline.read.decode import DecodeError
from dateline.read.sources import ReadError
from dateline.record import Article, Document, Failure, article_id

ROOT = Path(__file__).resolve().parents[1]


def _fuzzgen():
    spec = importlib.util.spec_from_file_location("fuzzgen", ROOT / "tests/fuzz/fuzzgen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzzgen"] = module
    spec.loader.exec_module(module)
    return module


fz = _fuzzgen()
CLEAN_ONLY = Options(annotate=False, languages=None)
FULL = Options(languages=None)
# share of the documents per kind
KINDS = {"bytes": 0.15, "text": 0.3, "html": 0.3, "jsonl": 0.125, "warc": 0.125}


class Tally:
    def __init__(self, full_share: float, seed: int) -> None:
        self.inputs: Counter[str] = Counter()
        self.documents: Counter[str] = Counter()
        self.articles: Counter[str] = Counter()
        self.annotated = 0
        self.failures: Counter[str] = Counter()
        self.crashes: list[str] = []
        self.violations: list[str] = []
        self.full_share = full_share
        self.random = random.Random(seed)
        self.pending: list[tuple[str, Document]] = []

    def crash(self, kind: str, data: object) -> None:
        self.crashes.append(f"{kind}: {data!r:.300}\n{traceback.format_exc(limit=6)}")

    def failure(self, reason: str) -> None:
        # group by the reason's words, numbers and quoted parts left out
        reason = re.sub(r"\(.*", "(...)", reason)
        self.failures[re.sub(r"\d[\d,]*", "N", reason)[:90]] += 1

    def items(self, kind: str, items: list) -> None:
        docs = []
        for item in items:
            if isinstance(item, Failure):
                self.failure(item.reason)
            else:
                self.documents[kind] += 1
                docs.append(item)
        if not docs:
            return
        try:
            results = process_batch(docs, CLEAN_ONLY)
        except Exception:  # noqa: BLE001 - a crash is what we count
            self.crash(kind, docs)
            return
        for doc, result in zip(docs, results, strict=True):
            self.result(kind, result, "clean")
            if isinstance(result, Article) and self.random.random() < self.full_share:
                self.pending.append((kind, doc))
        if len(self.pending) >= 32:
            self.flush()

    def result(self, kind: str, result, stage: str) -> None:
        if isinstance(result, Failure):
            if not result.reason.strip():
                self.violations.append(f"{kind}/{stage}: failure without a reason")
            self.failure(result.reason)
            if result.reason.startswith("internal error"):
                self.crashes.append(f"{kind}/{stage}: {result.source}: {result.reason}")
            return
        self.articles[kind] += stage == "clean"
        problems = fz.violations(result)
        if result.id != article_id(result.text):
            problems.append("id is not article_id(text)")
        self.violations.extend(f"{kind}/{stage}: {p} in {result.text!r:.200}" for p in problems)

    def flush(self) -> None:
        if not self.pending:
            return
        kinds, docs = zip(*self.pending, strict=True)
        self.pending = []
        try:
            results = process_batch(list(docs), FULL)
        except Exception:  # noqa: BLE001
            self.crash("full", docs)
            return
        for kind, result in zip(kinds, results, strict=True):
            self.annotated += isinstance(result, Article)
            self.result(kind, result, "full")


def _run(strategy, count: int, seed: int, body) -> None:
    @settings(
        max_examples=count,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value) -> None:
        body(value)

    run._hypothesis_internal_use_seed = seed  # type: ignore[attr-defined]
    run()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000, help="inputs to generate")
    parser.add_argument("--quick", action="store_true", help="1,000 documents")
    parser.add_argument("--full-share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    total = 1_000 if args.quick else args.documents
    tally = Tally(args.full_share, args.seed)
    folder = Path(tempfile.mkdtemp(prefix="dateline-fuzz-"))
    started = time.perf_counter()

    def on_bytes(data: bytes) -> None:
        tally.inputs["bytes"] += 1
        try:
            items = [read_bytes("fuzz", data)]
        except (ReadError, DecodeError) as exc:
            items = [Failure("fuzz", str(exc))]
        except Exception:  # noqa: BLE001
            tally.crash("bytes", data)
            return
        tally.items("bytes", items)

    def as_document(kind: str):
        def body(content: str) -> None:
            tally.inputs[kind] += 1
            tally.items(kind, [Document(f"fuzz {kind}", content, kind)])

        return body

    def as_file(kind: str, suffix: str):
        def body(data: bytes) -> None:
            tally.inputs[kind] += 1
            path = folder / f"doc{suffix}"
            path.write_bytes(data)
            try:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio's warnings
                    items = list(iter_documents([str(path)], max_bytes=1 << 20))
            except Exception:  # noqa: BLE001
                tally.crash(kind, data)
                return
            tally.items(kind, items)

        return body

    plan = {
        "bytes": (st.binary(max_size=4000), on_bytes),
        "text": (
            st.one_of(fz.newsy_text(8), fz.newsy_text(8), fz.unicode_text),
            as_document("text"),
        ),
        "html": (fz.html_doc, as_document("html")),
        "jsonl": (fz.jsonl_file, as_file("jsonl", ".jsonl")),
        "warc": (fz.warc_file, as_file("warc", ".warc")),
    }
    for offset, (kind, share) in enumerate(KINDS.items()):
        strategy, body = plan[kind]
        _run(strategy, max(1, round(total * share)), args.seed + offset, body)
    tally.flush()
    shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - started

    print(f"fuzz run: {sum(tally.inputs.values()):,} inputs in {seconds:.0f} s (seed {args.seed})")
    print(f"\n{'kind':<8}{'inputs':>9}{'documents':>11}{'articles':>10}")
    for kind in KINDS:
        print(
            f"{kind:<8}{tally.inputs[kind]:>9,}{tally.documents[kind]:>11,}"
            f"{tally.articles[kind]:>10,}"
        )
    print(f"full pipeline (parsed and annotated): {tally.annotated:,} articles")
    print("\nfailures by reason")
    for reason, n in tally.failures.most_common():
        print(f"{n:>8,}  {reason}")
    print(f"\ncrashes (uncaught exceptions): {len(tally.crashes)}")
    for crash in tally.crashes[:5]:
        print(crash)
    print(f"offset violations: {len(tally.violations)}")
    for violation in tally.violations[:10]:
        print("  " + violation)
    return 1 if tally.crashes or tally.violations else 0


if __name__ == "__main__":
    sys.exit(main())
