"""Score article body extraction on the Zyte article-extraction benchmark.

Two settings, each scored against the benchmark's ground-truth article bodies, with
dateline beside baselines run in the same process on the same pages:

  (a) html        the saved HTML pages (html/<id>.html.gz): dateline's clean_html vs
                  trafilatura, jusText and readability-lxml.
  (b) text dump   plain-text dumps of the same pages (plaintext/<id>.txt), as a naive
                  scraper would save them: dateline's clean_text vs the whole dump and
                  jusText over the dump's lines.

The metric is the benchmark's own (word 4-gram shingle precision/recall, averaged over
pages; see `page_scores` and `corpus_scores`). Each system is also timed (extraction only,
not file reading). Any exception a system raises on a page counts as an empty prediction.

Usage:
    python bench/extraction.py [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "zyte-article-benchmark"
)

TARGET_HTML_F1 = 0.96
TARGET_TEXT_F1 = 0.90

# --------------------------------------------------------------------------------------
# Metric
# --------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter[str]:
    """Word n-gram shingles of `text`, as counted by the zyte article-extraction-benchmark.

    Tokens are runs of `\\w+` (case kept); each shingle is `n` consecutive tokens joined by a
    space. A text with fewer than `n` tokens gives one shingle of all its tokens; a text with
    no tokens gives none.
    """
    tokens = _TOKEN_RE.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([" ".join(tokens)])
    return Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(gold: str | None, pred: str | None, n: int = 4) -> tuple[float, float]:
    """(precision, recall) of one page, following the zyte article-extraction-benchmark metric.

    tp is the shingle overlap (sum of min counts), fp the predicted excess, fn the gold
    excess, each divided by tp + fp + fn. When that sum is 0 (both texts empty) the page
    scores precision = recall = 1. Precision is tp / (tp + fp) and recall tp / (tp + fn),
    0 when the denominator is 0.
    """
    g, p = shingles(gold, n), shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall


def corpus_scores(
    pairs: Iterable[tuple[str | None, str | None]], n: int = 4
) -> tuple[float, float, float]:
    """(precision, recall, F1) over (gold, pred) pairs, following the zyte benchmark metric.

    Precision and recall are averaged over pages; F1 = 2PR / (P + R) of the two averages.
    """
    scores = [page_scores(gold, pred, n) for gold, pred in pairs]
    if not scores:
        return 0.0, 0.0, 0.0
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------


@dataclass
class Page:
    id: str
    url: str | None
    gold: str
    html_bytes: bytes
    html_text: str  # UTF-8 decode, for the baselines that take a str
    dump: str


def load_pages(data: Path, limit: int | None = None) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if limit is not None:
        ids = ids[:limit]
    pages = []
    for page_id in ids:
        raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        dump = (data / "plaintext" / f"{page_id}.txt").read_text(encoding="utf-8")
        entry = truth[page_id]
        pages.append(
            Page(
                id=page_id,
                url=entry.get("url"),
                gold=entry.get("articleBody") or "",
                html_bytes=raw,
                html_text=raw.decode("utf-8", errors="replace"),
                dump=dump,
            )
        )
    return pages


# --------------------------------------------------------------------------------------
# Systems: each takes a Page and returns the predicted article body
# --------------------------------------------------------------------------------------


def dateline_html(page: Page) -> str:
    from dateline.clean.html import clean_html
    from dateline.read.decode import decode

    return clean_html(decode(page.html_bytes), url=page.url).text


def trafilatura_html(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html_text) or ""


def _justext(html_bytes: bytes) -> str:
    import justext

    paragraphs = justext.justext(html_bytes, justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_html(page: Page) -> str:
    return _justext(page.html_bytes)


def readability_html(page: Page) -> str:
    import lxml.html
    import readability

    summary = readability.Document(page.html_text).summary()
    return lxml.html.fromstring(summary).text_content()


def dateline_text(page: Page) -> str:
    from dateline.clean.text import clean_text

    return clean_text(page.dump).text


def whole_dump(page: Page) -> str:
    return page.dump


def justext_lines(page: Page) -> str:
    body = "".join(
        f"<p>{html_lib.escape(line.strip())}</p>\n"
        for line in page.dump.splitlines()
        if line.strip()
    )
    return _justext(f"<html><body>\n{body}</body></html>".encode())


SYSTEMS: list[tuple[str, str, Callable[[Page], str]]] = [
    ("(a) html", "dateline", dateline_html),
    ("(a) html", "trafilatura", trafilatura_html),
    ("(a) html", "jusText", justext_html),
    ("(a) html", "readability-lxml", readability_html),
    ("(b) text dump", "dateline", dateline_text),
    ("(b) text dump", "whole dump", whole_dump),
    ("(b) text dump", "jusText lines", justext_lines),
]


# --------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------


@dataclass
class Result:
    setting: str
    system: str
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    seconds: float = 0.0
    pages: int = 0
    failures: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else float("inf")


def run_system(setting: str, name: str, fn: Callable[[Page], str], pages: list[Page]) -> Result:
    result = Result(setting, name, pages=len(pages))
    if pages:  # warm-up (imports, caches, lazy data), neither timed nor scored
        try:
            fn(pages[0])
        except Exception:
            pass
    preds = []
    for page in pages:
        start = time.perf_counter()
        try:
            pred = fn(page)
        except Exception as exc:
            pred = ""
            result.failures += 1
            result.errors[type(exc).__name__] += 1
        result.seconds += time.perf_counter() - start
        preds.append(pred)
    result.precision, result.recall, result.f1 = corpus_scores(
        (page.gold, pred) for page, pred in zip(pages, preds, strict=True)
    )
    return result


def format_table(results: list[Result], n_pages: int) -> str:
    header = (
        f"{'setting':<14} {'system':<17} {'precision':>9} {'recall':>7} {'F1':>7} "
        f"{'pages/s':>8} {'failures':>8}"
    )
    rule = "-" * len(header)
    lines = [f"Zyte article-extraction benchmark, {n_pages} pages", rule, header, rule]
    setting = None
    for r in results:
        if setting is not None and r.setting != setting:
            lines.append(rule)
        label = r.setting if r.setting != setting else ""
        setting = r.setting
        pps = r.pages_per_second
        speed = f"{pps:.1f}" if pps < 100_000 else ">99999"  # e.g. "whole dump": no work
        lines.append(
            f"{label:<14} {r.system:<17} {r.precision:>9.3f} {r.recall:>7.3f} {r.f1:>7.3f} "
            f"{speed:>8} {r.failures:>8d}"
        )
    lines.append(rule)
    lines.append("targets (dateline):")
    for setting_name, target in (("(a) html", TARGET_HTML_F1), ("(b) text dump", TARGET_TEXT_F1)):
        ours = next(r for r in results if r.setting == setting_name and r.system == "dateline")
        verdict = "PASS" if ours.f1 >= target else "FAIL"
        lines.append(f"  {setting_name:<14} F1 >= {target:.2f}: {verdict} ({ours.f1:.3f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark directory")
    parser.add_argument("--limit", type=int, default=None, help="first N pages (sorted by id)")
    args = parser.parse_args(argv)

    for noisy in ("readability", "readability.readability", "trafilatura", "htmldate"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)

    pages = load_pages(args.data, args.limit)
    if not pages:
        print(f"no pages found in {args.data}", file=sys.stderr)
        return 1
    results = [run_system(setting, name, fn, pages) for setting, name, fn in SYSTEMS]
    print(format_table(results, len(pages)))
    for r in results:
        if r.errors:
            kinds = ", ".join(f"{k} x{v}" for k, v in sorted(r.errors.items()))
            print(f"failures {r.setting} {r.system}: {kinds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
