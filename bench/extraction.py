"""Score article extraction: bodies, titles, publication dates and wire credits.

Three corpora, each page scored against its gold, with dateline beside baselines run in the
same process on the same pages:

  zyte          the Zyte article-extraction benchmark (181 pages).
  readability   the 63 English pages of the readability test pages (130 pages), a second set
                of sites; their expected metadata gives the gold titles.
  notices       our own gold set of text dumps full of reader-revenue appeals and other
                notices (bench/data/notice-dumps/, written for issue 20 by writers who had not
                seen the cleaner): `dev` for development, `held-out` untouched until the end.

Settings for zyte and readability:

  (a) html        the saved HTML pages: dateline's clean_html vs trafilatura, jusText and
                  readability-lxml.
  (b) text dump   plain-text dumps of the same pages, as a naive scraper would save them:
                  dateline's clean_text vs the whole dump and jusText over the dump's lines.

Titles (readability, English pages): dateline's title from the HTML page vs trafilatura's
metadata title, exact after collapsing white space. Notices: body F1 as above, headline
exact, publication date right / wrong / a notice's date taken, credits found.

The body metric is the Zyte benchmark's own (word 4-gram shingle precision/recall, averaged
over pages; see `page_scores` and `corpus_scores`). Each system is also timed (extraction
only, not file reading). Any exception a system raises on a page counts as an empty
prediction.

Usage:
    python bench/extraction.py [--corpus zyte|readability|notices|all] [--limit N]
                               [--notices dev|held-out] [--errors]
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

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NOTICE_DATA = Path(__file__).resolve().parent / "data" / "notice-dumps"

# (corpus, setting) -> F1 target for dateline
TARGETS = {
    ("zyte", "(a) html"): 0.96,
    ("zyte", "(b) text dump"): 0.94,
    ("readability", "(a) html"): 0.96,
    ("readability", "(b) text dump"): 0.90,
    ("notices", "(b) text dump"): 0.97,
}
TARGET_TITLES = 0.85
TARGET_HEADLINES = 0.95

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
    dump: str
    html_bytes: bytes = b""
    html_text: str = ""  # UTF-8 decode, for the baselines that take a str
    title: str | None = None  # gold title, where the corpus has one
    site_free_title: str | None = None  # readability: the gold title without its site name
    lang: str | None = None
    published: str | None = None  # notices: gold date (None: the page shows none)
    notice_dates: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def load_zyte(data: Path, limit: int | None = None) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        entry = truth[page_id]
        pages.append(
            Page(
                id=page_id,
                url=entry.get("url"),
                gold=entry.get("articleBody") or "",
                dump=(data / "plaintext" / f"{page_id}.txt").read_text(encoding="utf-8"),
                html_bytes=raw,
                html_text=raw.decode("utf-8", errors="replace"),
            )
        )
    return pages


def load_readability(data: Path, limit: int | None = None) -> list[Page]:
    """The English pages (dateline analyses English; the others are other languages' tests)."""
    pages = []
    for folder in sorted(p for p in data.iterdir() if (p / "source.html").exists())[:limit]:
        raw = (folder / "source.html").read_bytes()
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append(
            Page(
                id=folder.name,
                url=None,
                gold=(folder / "expected.txt").read_text(encoding="utf-8"),
                dump=(folder / "source.txt").read_text(encoding="utf-8"),
                html_bytes=raw,
                html_text=raw.decode("utf-8", errors="replace"),
                title=meta.get("title"),
                site_free_title=site_free(
                    meta.get("title"), meta.get("siteName"), meta.get("byline")
                ),
                lang=(meta.get("lang") or "").lower() or None,
            )
        )
    return [page for page in pages if is_english(page)]


_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•*~»/]|::)\s+")


def site_free(title: str | None, site: str | None, byline: str | None) -> str | None:
    """A readability gold title without the segments that are the page's own site name or
    byline, as its metadata gives them ("How to Build a Terrarium | eHow" with siteName
    "eHow"). Readability keeps them; dateline, like a news reader, does not."""
    if not title:
        return title
    names = {" ".join(n.lower().removeprefix("by ").split()) for n in (site, byline) if n}
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    while len(parts) > 1 and " ".join(parts[-1].lower().split()) in names:
        parts.pop()
        seps.pop()
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))


def load_notices(data: Path, limit: int | None = None) -> list[Page]:
    pages = []
    for gold_file in sorted(data.glob("*.json"))[:limit]:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pages.append(
            Page(
                id=gold_file.stem,
                url=None,
                gold=gold["body"],
                dump=gold_file.with_suffix(".txt").read_text(encoding="utf-8"),
                title=gold["title"],
                published=gold.get("published"),
                notice_dates=gold.get("notice_dates") or [],
                credits=gold.get("credits") or [],
            )
        )
    return pages


def is_english(page: Page) -> bool:
    return (page.lang or "").startswith("en")


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


HTML_SYSTEMS: list[tuple[str, str, Callable[[Page], str]]] = [
    ("(a) html", "dateline", dateline_html),
    ("(a) html", "trafilatura", trafilatura_html),
    ("(a) html", "jusText", justext_html),
    ("(a) html", "readability-lxml", readability_html),
]
DUMP_SYSTEMS: list[tuple[str, str, Callable[[Page], str]]] = [
    ("(b) text dump", "dateline", dateline_text),
    ("(b) text dump", "whole dump", whole_dump),
    ("(b) text dump", "jusText lines", justext_lines),
]


def dateline_html_title(page: Page) -> str | None:
    from dateline.pipeline import Options, process
    from dateline.read.decode import decode
    from dateline.record import Article, Document

    document = Document(source=page.id, content=decode(page.html_bytes), kind="html")
    article = process(document, Options(annotate=False, languages=None))
    return article.title if isinstance(article, Article) else None


def trafilatura_title(page: Page) -> str | None:
    import trafilatura

    return trafilatura.extract_metadata(page.html_text).title


def dateline_dump_article(page: Page):  # noqa: ANN201 - Article | Failure
    from dateline.pipeline import Options, process
    from dateline.record import Document

    return process(
        Document(source=page.id, content=page.dump, kind="text"), Options(annotate=False)
    )


# --------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------


@dataclass
class Result:
    corpus: str
    setting: str
    system: str
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    seconds: float = 0.0
    pages: int = 0
    failures: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    worst: list[tuple[float, str]] = field(default_factory=list)  # (F1, page id), lowest first

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else float("inf")


def run_system(
    corpus: str, setting: str, name: str, fn: Callable[[Page], str], pages: list[Page]
) -> Result:
    result = Result(corpus, setting, name, pages=len(pages))
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
    per_page = []
    for page, pred in zip(pages, preds, strict=True):
        p, r = page_scores(page.gold, pred)
        per_page.append((2 * p * r / (p + r) if p + r else 0.0, page.id))
    result.worst = sorted(per_page)[:8]
    return result


def format_table(title: str, results: list[Result]) -> list[str]:
    header = (
        f"{'setting':<14} {'system':<17} {'precision':>9} {'recall':>7} {'F1':>7} "
        f"{'pages/s':>8} {'failures':>8}"
    )
    rule = "-" * len(header)
    lines = [title, rule, header, rule]
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
    return lines


def body_results(corpus: str, pages: list[Page], dumps_only: bool = False) -> list[Result]:
    systems = DUMP_SYSTEMS if dumps_only else HTML_SYSTEMS + DUMP_SYSTEMS
    return [run_system(corpus, setting, name, fn, pages) for setting, name, fn in systems]


def _same_title(gold: str | None, pred: str | None) -> bool:
    return " ".join((gold or "").split()) == " ".join((pred or "").split())


def title_lines(pages: list[Page], show_errors: bool) -> tuple[list[str], float]:
    """Exact titles from the HTML pages, dateline vs trafilatura."""
    english = [p for p in pages if p.title]
    ours = [dateline_html_title(p) for p in english]
    theirs = [trafilatura_title(p) for p in english]
    right = sum(_same_title(p.title, t) for p, t in zip(english, ours, strict=True))
    right_t = sum(_same_title(p.title, t) for p, t in zip(english, theirs, strict=True))
    free = sum(_same_title(p.site_free_title, t) for p, t in zip(english, ours, strict=True))
    free_t = sum(_same_title(p.site_free_title, t) for p, t in zip(english, theirs, strict=True))
    n = len(english) or 1
    lines = [
        f"titles from HTML, {len(english)} English pages, exact:",
        f"  readability's gold       dateline {right} ({right / n:.3f}), "
        f"trafilatura {right_t} ({right_t / n:.3f})",
        f"  gold without site name   dateline {free} ({free / n:.3f}), "
        f"trafilatura {free_t} ({free_t / n:.3f})",
    ]
    if show_errors:
        for page, pred in zip(english, ours, strict=True):
            if not _same_title(page.site_free_title, pred):
                lines.append(
                    f"  {page.id}: gold {page.title!r}\n  {'':{len(page.id)}}  ours {pred!r}"
                )
    return lines, free / n


@dataclass
class NoticeScores:
    pages: int = 0
    headlines: int = 0
    dated: int = 0  # pages whose gold has a date
    dates_right: int = 0
    dates_wrong: int = 0  # a date given that is not the gold one
    notice_dates_taken: int = 0  # ... and it is a date written in a notice
    undated_null: int = 0  # undated pages given no date
    undated: int = 0
    credited: int = 0  # pages whose gold has credits
    credits_found: int = 0  # ... where dateline's credits are exactly the gold ones
    credits_extra: int = 0  # pages without gold credits given some
    problems: list[str] = field(default_factory=list)


def notice_scores(pages: list[Page]) -> NoticeScores:
    from dateline.record import Article

    scores = NoticeScores(pages=len(pages))
    for page in pages:
        article = dateline_dump_article(page)
        title = article.title if isinstance(article, Article) else None
        published = (article.published or "")[:10] or None if isinstance(article, Article) else None
        credits = article.credits if isinstance(article, Article) else []
        if _same_title(page.title, title):
            scores.headlines += 1
        else:
            scores.problems.append(f"{page.id} headline: gold {page.title!r}, ours {title!r}")
        if page.published:
            scores.dated += 1
            scores.dates_right += published == page.published
        else:
            scores.undated += 1
            scores.undated_null += published is None
        if published and published != page.published:
            scores.dates_wrong += 1
            scores.notice_dates_taken += published in page.notice_dates
            scores.problems.append(f"{page.id} published: gold {page.published}, ours {published}")
        elif page.published and not published:
            scores.problems.append(f"{page.id} published: gold {page.published}, ours None")
        if page.credits:
            scores.credited += 1
            scores.credits_found += sorted(credits) == sorted(page.credits)
        elif credits:
            scores.credits_extra += 1
        if sorted(credits) != sorted(page.credits):
            scores.problems.append(f"{page.id} credits: gold {page.credits}, ours {credits}")
    return scores


def notice_lines(scores: NoticeScores, show_errors: bool) -> list[str]:
    s = scores
    lines = [
        f"headline exact        {s.headlines}/{s.pages} ({s.headlines / max(s.pages, 1):.3f})",
        f"published right       {s.dates_right}/{s.dated} dated pages; "
        f"null {s.undated_null}/{s.undated} undated pages",
        f"published wrong       {s.dates_wrong} (a notice's date: {s.notice_dates_taken})",
        f"credits exact         {s.credits_found}/{s.credited} credited pages; "
        f"credits where none    {s.credits_extra}",
    ]
    if show_errors:
        lines += [f"  {problem}" for problem in s.problems]
    return lines


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", choices=("zyte", "readability", "notices", "all"), default="all"
    )
    parser.add_argument("--shared", type=Path, default=SHARED_DATA, help="../shared/data")
    parser.add_argument("--notices", choices=("dev", "held-out"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N pages (sorted by id)")
    parser.add_argument("--errors", action="store_true", help="list the worst pages and misses")
    args = parser.parse_args(argv)

    for noisy in ("readability", "readability.readability", "trafilatura", "htmldate"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)

    corpora = ("zyte", "readability", "notices") if args.corpus == "all" else (args.corpus,)
    out: list[str] = []
    verdicts: list[str] = []
    results: list[Result] = []
    for corpus in corpora:
        if corpus == "zyte":
            pages = load_zyte(args.shared / "zyte-article-benchmark", args.limit)
            title = f"Zyte article-extraction benchmark, {len(pages)} pages"
        elif corpus == "readability":
            pages = load_readability(args.shared / "readability-pages", args.limit)
            title = f"readability test pages, {len(pages)} English pages"
        else:
            pages = load_notices(NOTICE_DATA / args.notices, args.limit)
            title = f"notice dumps ({args.notices}), {len(pages)} pages"
        if not pages:
            print(f"no pages found for {corpus}", file=sys.stderr)
            return 1
        found = body_results(corpus, pages, dumps_only=corpus == "notices")
        results += found
        out += format_table(title, found)
        if args.errors:
            ours = [r for r in found if r.system == "dateline"]
            for r in ours:
                worst = ", ".join(f"{pid} {f1:.2f}" for f1, pid in r.worst)
                out.append(f"  worst {r.setting}: {worst}")
        if corpus == "readability":
            lines, share = title_lines(pages, args.errors)
            out += lines
            verdicts.append(
                f"  readability titles exact >= {TARGET_TITLES:.2f}: "
                f"{_verdict(share >= TARGET_TITLES)} ({share:.3f})"
            )
        if corpus == "notices":
            scores = notice_scores(pages)
            out += notice_lines(scores, args.errors)
            share = scores.headlines / max(scores.pages, 1)
            verdicts.append(
                f"  notices headline exact >= {TARGET_HEADLINES:.2f}: "
                f"{_verdict(share >= TARGET_HEADLINES)} ({share:.3f})"
            )
            verdicts.append(
                f"  notices no notice date taken: "
                f"{_verdict(scores.notice_dates_taken == 0)} "
                f"({scores.notice_dates_taken})"
            )
            verdicts.append(
                f"  notices credits found where present: "
                f"{_verdict(scores.credits_found == scores.credited)} "
                f"({scores.credits_found}/{scores.credited})"
            )
        out.append("")
    out.append("targets (dateline):")
    for r in results:
        target = TARGETS.get((r.corpus, r.setting))
        if r.system == "dateline" and target is not None:
            out.append(
                f"  {r.corpus} {r.setting:<14} F1 >= {target:.2f}: "
                f"{_verdict(r.f1 >= target)} ({r.f1:.3f})"
            )
    out += verdicts
    print("\n".join(out))
    for r in results:
        if r.errors:
            kinds = ", ".join(f"{k} x{v}" for k, v in sorted(r.errors.items()))
            print(f"failures {r.corpus} {r.setting} {r.system}: {kinds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
