"""Score figure extraction ("how many, says who") against a hand-made gold file.

Gold: `bench/data/figures-gold/gold.tsv` (or `--gold PATH`), a header then one row per figure,
tab-separated: source, doc, start, end, surface, value, low, high, approximate, vague,
category, unit, object, source_start, source_end, source_surface. `source` is `polnear-dev`
(doc: a file name in `<shared>/data/polnear/dev/text/`) or `zyte` (doc: a page id in
`<shared>/data/zyte-article-benchmark/ground-truth.json`, text: its `articleBody`);
start..end is the number expression, source_start..source_end the claimant mention (or
empty). Only the gold's documents are scored, each one whole: every figure of an annotated
document is in the gold.

Systems, run in the same process on the same texts:

  dateline   `dateline.extract(text, clean="none", languages=None).figures`: number span
             `number_start`..`number_end`, value/low/high/approximate/vague, category,
             claimant span `source_start`..`source_end`.
  gdelt      GDELT's knowledge-graph counts as reconstructed by the PyPI package gdelt-regkg
             (`gdelt_regkg.fields.counts.analyze_counts`, default profile), run in its own
             Python >= 3.12 venv (`bench/.venv-gdelt`, made on first run) by
             `bench/gdelt_counts_worker.py`. One prediction per number: the span from the
             mention's `start` to the end of the number expression there; the count types
             found at that number mapped to ours (GDELT_CATEGORIES), the first in
             CATEGORY_ORDER wins; exact numbers only, no claimant.
  quantulum  quantulum3's `parser.parse(text)` with its classifier switched off (heuristic
             unit disambiguation, offline): span, value (a range gives low..high),
             category MONEY for a currency, PERCENT for a percentage, else OTHER
             (quantulum3 has no event categories); no claimant.

Metrics, per system and per source (polnear-dev, zyte, all): a prediction matches a gold
figure when their number spans overlap; one-to-one, greedy by largest overlap, per document.
P = matched / predicted, R = matched / gold, F1. Over matched pairs: value (the gold value
equals the predicted value; where the gold has no value, low and high both equal), category,
bounds (low, high, approximate, vague all equal; an exact figure without bounds counts as
low = high = value on both sides), source (over pairs whose gold has a claimant: the
predicted claimant span overlaps it). Numbers are equal within a relative 1e-6.
Speed: articles per second; dateline's is `dateline.extract.figures.extract_figures` alone on
the parsed Doc once that module exists (else the whole `dateline.extract` call), gdelt's
`analyze_counts` alone, quantulum's `parser.parse`.

Usage:
    python bench/figures.py [--gold PATH] [--shared PATH] [--systems dateline,gdelt,quantulum]
    python bench/figures.py --errors 10 [--errors-system gdelt]   # sample errors
    python bench/figures.py --oracle     # adds the gold itself as a system (must score 1.0)
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import random
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_GOLD = HERE / "data" / "figures-gold" / "gold.tsv"
GDELT_VENV = HERE / ".venv-gdelt"
GDELT_BASE_PYTHON = Path("/root/.pyenv/versions/3.12.1/bin/python")
GDELT_WORKER = HERE / "gdelt_counts_worker.py"

COLUMNS = (
    "source",
    "doc",
    "start",
    "end",
    "surface",
    "value",
    "low",
    "high",
    "approximate",
    "vague",
    "category",
    "unit",
    "object",
    "source_start",
    "source_end",
    "source_surface",
)
SOURCES = ("polnear-dev", "zyte")
SUBSETS = (*SOURCES, "all")
CATEGORIES = (
    "KILL",
    "WOUND",
    "ARREST",
    "KIDNAP",
    "MISSING",
    "DISPLACE",
    "REFUGEE",
    "EVACUATE",
    "PROTEST",
    "AFFECT",
    "SICK",
    "SEIZE",
    "RESCUE",
    "DAMAGE",
    "DEPLOY",
    "MONEY",
    "PERCENT",
    "OTHER",
)
SYSTEMS = ("dateline", "gdelt", "quantulum")

TARGET_F1 = 0.90
TARGET_CATEGORY = 0.85
TARGET_SOURCE = 0.80
RULE = "-" * 112

Span = tuple[int, int]
DocKey = tuple[str, str]  # (source, doc)


# --------------------------------------------------------------------------------------
# Gold and texts
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure, gold or predicted: the number span and what was read from it."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False
    category: str = "OTHER"
    unit: str = ""
    object: str = ""
    source: Span | None = None  # the claimant mention
    surface: str = ""


@dataclass
class Document:
    """One annotated document: its text and gold figures."""

    source: str
    doc: str
    text: str
    golds: list[Figure]

    @property
    def key(self) -> DocKey:
        return (self.source, self.doc)


def parse_number(text: str) -> float | None:
    """A gold or predicted number: empty -> None; '1,200' and '1.5e6' are accepted."""
    text = text.strip().replace(",", "").replace("_", "")
    if not text:
        return None
    return float(text)


def parse_flag(text: str) -> bool:
    """A 0/1 gold flag (also true/false, yes/no); empty is 0."""
    text = text.strip().lower()
    if text in ("", "0", "false", "no", "n"):
        return False
    if text in ("1", "true", "yes", "y"):
        return True
    raise ValueError(f"not a 0/1 flag: {text!r}")


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


def figure_from_row(row: dict[str, str]) -> Figure:
    """The Figure of one gold row (a dict by column name); raises ValueError if malformed."""
    start, end = _int(row["start"]), _int(row["end"])
    if start is None or end is None or not 0 <= start < end:
        raise ValueError(f"bad number span {row['start']!r}..{row['end']!r}")
    source_start, source_end = _int(row["source_start"]), _int(row["source_end"])
    source = None
    if source_start is not None or source_end is not None:
        if source_start is None or source_end is None or not 0 <= source_start < source_end:
            raise ValueError(f"bad source span {row['source_start']!r}..{row['source_end']!r}")
        source = (source_start, source_end)
    category = row["category"].strip().upper()
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {row['category']!r}")
    return Figure(
        start=start,
        end=end,
        value=parse_number(row["value"]),
        low=parse_number(row["low"]),
        high=parse_number(row["high"]),
        approximate=parse_flag(row["approximate"]),
        vague=parse_flag(row["vague"]),
        category=category,
        unit=row["unit"].strip(),
        object=row["object"].strip(),
        source=source,
        surface=row["surface"],
    )


def read_gold(path: Path) -> tuple[dict[DocKey, list[Figure]], list[str]]:
    """Gold figures by (source, doc), in file order, and one problem line per bad row.

    The first non-empty line is the header (its column names are used, so column order is
    free; the 16 COLUMNS must all be there). Blank lines and lines starting with `#` are
    skipped; a row with fewer cells is padded with empty ones.
    """
    gold: dict[DocKey, list[Figure]] = {}
    problems: list[str] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [cell.strip().lower() for cell in cells]
                missing = [name for name in COLUMNS if name not in header]
                if missing:
                    raise ValueError(f"{path}: header lacks {', '.join(missing)}")
                continue
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, cells, strict=False))
            source, doc = row["source"].strip(), row["doc"].strip()
            try:
                if source not in SOURCES:
                    raise ValueError(f"unknown source {source!r}")
                if not doc:
                    raise ValueError("empty doc")
                figure = figure_from_row(row)
            except ValueError as exc:
                problems.append(f"{path.name}:{number}: {exc}")
                continue
            gold.setdefault((source, doc), []).append(figure)
    return gold, problems


def load_texts(keys: Iterable[DocKey], shared: Path) -> tuple[dict[DocKey, str], list[str]]:
    """The text of each (source, doc), and one problem line per document not found."""
    texts: dict[DocKey, str] = {}
    problems: list[str] = []
    zyte: dict[str, Any] | None = None
    for source, doc in keys:
        if source == "polnear-dev":
            path = shared / "data" / "polnear" / "dev" / "text" / doc
            try:
                with open(path, encoding="utf-8", newline="") as handle:
                    texts[(source, doc)] = handle.read()
            except OSError as exc:
                problems.append(f"{source} {doc}: {exc.strerror or exc}")
        elif source == "zyte":
            if zyte is None:
                path = shared / "data" / "zyte-article-benchmark" / "ground-truth.json"
                zyte = json.loads(path.read_text(encoding="utf-8"))
            page = zyte.get(doc)
            body = page.get("articleBody") if isinstance(page, dict) else None
            if isinstance(body, str):
                texts[(source, doc)] = body
            else:
                problems.append(f"{source} {doc}: no such page (or no articleBody)")
        else:
            problems.append(f"{source} {doc}: unknown source")
    return texts, problems


def check_gold(document: Document) -> list[str]:
    """Gold rows of a document whose spans do not fit its text, or whose surfaces differ."""
    problems = []
    text = document.text
    for figure in document.golds:
        where = f"{document.source} {document.doc} @{figure.start}"
        if figure.end > len(text) or (figure.source and figure.source[1] > len(text)):
            problems.append(f"{where}: span past the end of the text ({len(text)})")
        elif figure.surface and text[figure.start : figure.end] != figure.surface:
            found = text[figure.start : figure.end]
            problems.append(f"{where}: surface {figure.surface!r} but the text has {found!r}")
    return problems


def load_documents(gold_path: Path, shared: Path) -> tuple[list[Document], list[str]]:
    """The gold's documents with their texts, and the problems met on the way."""
    gold, problems = read_gold(gold_path)
    texts, missing = load_texts(gold, shared)
    problems += missing
    documents = []
    for key, figures in gold.items():
        if key in texts:
            document = Document(key[0], key[1], texts[key], figures)
            problems += check_gold(document)
            documents.append(document)
    return documents, problems


# --------------------------------------------------------------------------------------
# Predictions
# --------------------------------------------------------------------------------------


def _span(start: Any, end: Any) -> Span | None:
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return (start, end)
    return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            return parse_number(value)
        except ValueError:
            return None
    return None


def from_dateline(figures: Iterable[dict[str, Any]]) -> list[Figure]:
    """Predictions from dateline figure records (ones without a valid number span dropped)."""
    predictions = []
    for record in figures:
        span = _span(record.get("number_start"), record.get("number_end"))
        if span is None:
            continue
        predictions.append(
            Figure(
                start=span[0],
                end=span[1],
                value=_float(record.get("value")),
                low=_float(record.get("low")),
                high=_float(record.get("high")),
                approximate=bool(record.get("approximate")),
                vague=bool(record.get("vague")),
                category=str(record.get("category") or "OTHER").upper(),
                unit=str(record.get("unit") or ""),
                object=str(record.get("object") or ""),
                source=_span(record.get("source_start"), record.get("source_end")),
            )
        )
    return predictions


# GDELT count types (gdelt-regkg's default profile) -> our categories; unlisted ones (themes
# such as CRISISLEX_C07_SAFETY, SOC_GENERALCRIME, TERROR, POVERTY) give no category.
GDELT_CATEGORIES = {
    "KILL": "KILL",
    "CRISISLEX_T03_DEAD": "KILL",
    "NATURAL_DISASTER_DROWNED": "KILL",
    "ASSASSINATION": "KILL",
    "WOUND": "WOUND",
    "CRISISLEX_T02_INJURED": "WOUND",
    "ARREST": "ARREST",
    "SOC_POINTSOFINTEREST_JAIL": "ARREST",
    "KIDNAP": "KIDNAP",
    "RELEASE_HOSTAGE": "KIDNAP",
    "CRISISLEX_T08_MISSINGFOUNDTRAPPEDPEOPLE": "MISSING",
    "DISPLACED": "DISPLACE",
    "CRISISLEX_T09_DISPLACEDRELOCATEDEVACUATED": "DISPLACE",
    "REFUGEES": "REFUGEE",
    "EVACUATION": "EVACUATE",
    "PROTEST": "PROTEST",
    "STRIKE": "PROTEST",
    "TAX_FNCACT_DEMONSTRATORS": "PROTEST",
    "TAX_FNCACT_STRIKERS": "PROTEST",
    "AFFECT": "AFFECT",
    "SICKENED": "SICK",
    "SEIZE": "SEIZE",
}
# Where one number carries several count types ("arrested 45 protesters": ARREST and
# PROTEST), the first of these wins.
CATEGORY_ORDER = (
    "KILL",
    "WOUND",
    "KIDNAP",
    "MISSING",
    "ARREST",
    "SEIZE",
    "EVACUATE",
    "DISPLACE",
    "REFUGEE",
    "SICK",
    "AFFECT",
    "PROTEST",
)


def gdelt_category(count_types: Iterable[str]) -> str:
    """Our category for the GDELT count types found at one number (OTHER if none maps)."""
    mapped = {GDELT_CATEGORIES[name] for name in count_types if name in GDELT_CATEGORIES}
    for category in CATEGORY_ORDER:
        if category in mapped:
            return category
    return "OTHER"


def from_gdelt(mentions: Iterable[dict[str, Any]]) -> list[Figure]:
    """Predictions from the worker's gdelt-regkg mentions: one per number, types merged."""
    by_start: dict[int, list[dict[str, Any]]] = {}
    for mention in mentions:
        by_start.setdefault(mention["start"], []).append(mention)
    predictions = []
    for start in sorted(by_start):
        group = by_start[start]
        end = max(m["number_end"] for m in group)
        objects = [m["object"] for m in group if m.get("object")]
        predictions.append(
            Figure(
                start=start,
                end=end,
                value=float(group[0]["number"]),
                category=gdelt_category(m["count_type"] for m in group),
                object=objects[0] if objects else "",
            )
        )
    return predictions


PERCENT_UNITS = {"percentage", "per cent", "percent", "percentage point"}


def from_quantulum(quantities: Iterable[Any]) -> list[Figure]:
    """Predictions from quantulum3 Quantity objects (a range gives low..high, no value)."""
    predictions = []
    for quantity in quantities:
        span = _span(*quantity.span)
        if span is None:
            continue
        unit = quantity.unit
        entity = getattr(getattr(unit, "entity", None), "name", "")
        name = getattr(unit, "name", "") or ""
        if entity == "currency":
            category, unit_name = "MONEY", getattr(unit, "currency_code", None) or name
        elif name in PERCENT_UNITS:
            category, unit_name = "PERCENT", "percent"
        else:
            category, unit_name = "OTHER", "" if name == "dimensionless" else name
        value = _float(quantity.value)
        low = high = None
        uncertainty = _float(getattr(quantity, "uncertainty", None))
        if value is not None and uncertainty:
            low, high, value = value - uncertainty, value + uncertainty, None
        predictions.append(
            Figure(
                start=span[0],
                end=span[1],
                value=value,
                low=low,
                high=high,
                category=category,
                unit=unit_name,
            )
        )
    return predictions


def from_gold(golds: Iterable[Figure]) -> list[Figure]:
    """The gold as predictions (the oracle): must score 1.0 everywhere."""
    return list(golds)


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(golds: Sequence[Figure], predictions: Sequence[Figure]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of overlapping number spans, greedy
    by largest overlap (ties: nearest starts, then text order)."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, prediction in enumerate(predictions):
            shared = overlap((gold.start, gold.end), (prediction.start, prediction.end))
            if shared > 0:
                candidates.append((-shared, abs(gold.start - prediction.start), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def same_number(a: float | None, b: float | None) -> bool:
    """Both missing, or both present and equal within a relative 1e-6."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def bounds(figure: Figure) -> tuple[float | None, float | None]:
    """low, high; an exact figure (a value, not vague, no bounds) is value..value."""
    if figure.low is None and figure.high is None and figure.value is not None:
        if not figure.vague:
            return figure.value, figure.value
    return figure.low, figure.high


def value_right(gold: Figure, prediction: Figure) -> bool:
    """The gold value equals the predicted one; without a gold value, low and high do."""
    if gold.value is not None:
        return same_number(gold.value, prediction.value)
    low, high = bounds(prediction)
    return same_number(gold.low, low) and same_number(gold.high, high)


def bounds_right(gold: Figure, prediction: Figure) -> bool:
    """low, high, approximate and vague all equal (exact figures: see `bounds`)."""
    gold_low, gold_high = bounds(gold)
    low, high = bounds(prediction)
    return (
        same_number(gold_low, low)
        and same_number(gold_high, high)
        and gold.approximate == prediction.approximate
        and gold.vague == prediction.vague
    )


def source_right(gold: Figure, prediction: Figure) -> bool:
    """The predicted claimant span overlaps the gold's (a gold with a claimant only)."""
    if gold.source is None or prediction.source is None:
        return False
    return overlap(gold.source, prediction.source) > 0


@dataclass
class Counts:
    """Counts of one system over one subset of documents."""

    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value_right: int = 0
    category_right: int = 0
    bounds_right: int = 0
    source_right: int = 0
    source_total: int = 0  # matched pairs whose gold has a claimant

    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    def f1(self) -> float:
        p, r = self.precision() or 0.0, self.recall() or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, right: int, total: int | None = None) -> float | None:
        total = self.matched if total is None else total
        return right / total if total else None

    def value(self) -> float | None:
        return self.share(self.value_right)

    def category(self) -> float | None:
        return self.share(self.category_right)

    def bounds(self) -> float | None:
        return self.share(self.bounds_right)

    def source(self) -> float | None:
        return self.share(self.source_right, self.source_total)


@dataclass
class ErrorSample:
    """One error for `--errors`: a miss, a false positive, or a matched pair gone wrong."""

    kind: str  # "miss", "false positive", "wrong value", "wrong category", "wrong source"
    document: Document
    gold: Figure | None
    prediction: Figure | None


@dataclass
class SystemResult:
    """What one system scored over the documents."""

    name: str
    counts: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in SUBSETS})
    seconds: float = 0.0
    timed: int = 0  # articles timed
    failures: int = 0  # articles whose extraction raised
    unavailable: str | None = None
    notes: list[str] = field(default_factory=list)
    errors: list[ErrorSample] = field(default_factory=list)

    def add(self, document: Document, predictions: Sequence[Figure]) -> None:
        """Score one document's predictions against its gold."""
        golds = document.golds
        pairs = match(golds, predictions)
        for subset in (document.source, "all"):
            counts = self.counts[subset]
            counts.docs += 1
            counts.gold += len(golds)
            counts.predicted += len(predictions)
            counts.matched += len(pairs)
            for gi, pi in pairs:
                gold, prediction = golds[gi], predictions[pi]
                counts.value_right += value_right(gold, prediction)
                counts.category_right += gold.category == prediction.category
                counts.bounds_right += bounds_right(gold, prediction)
                if gold.source is not None:
                    counts.source_total += 1
                    counts.source_right += source_right(gold, prediction)
        for gi, pi in pairs:
            gold, prediction = golds[gi], predictions[pi]
            if not value_right(gold, prediction):
                self.errors.append(ErrorSample("wrong value", document, gold, prediction))
            if gold.category != prediction.category:
                self.errors.append(ErrorSample("wrong category", document, gold, prediction))
            if gold.source is not None and not source_right(gold, prediction):
                self.errors.append(ErrorSample("wrong source", document, gold, prediction))
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, gold in enumerate(golds):
            if gi not in matched_gold:
                self.errors.append(ErrorSample("miss", document, gold, None))
        for pi, prediction in enumerate(predictions):
            if pi not in matched_pred:
                self.errors.append(ErrorSample("false positive", document, None, prediction))

    def rate(self) -> float | None:
        """Articles per second, or None when nothing was timed."""
        if not self.timed:
            return None
        return self.timed / self.seconds if self.seconds > 0 else math.inf


# --------------------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------------------


def figure_extractor() -> Callable[..., Any] | None:
    """dateline.extract.figures.extract_figures, or None while it does not exist."""
    try:
        module = importlib.import_module("dateline.extract.figures")
    except ModuleNotFoundError as exc:
        if exc.name in ("dateline.extract.figures", "dateline.extract", "dateline"):
            return None
        raise
    function = getattr(module, "extract_figures", None)
    return function if callable(function) else None


def run_dateline(documents: Sequence[Document]) -> SystemResult:
    """dateline's figures for each document, scored; timed as the module docstring says."""
    from dateline.api import extract
    from dateline.extract.registry import layers_before
    from dateline.nlp import parse
    from dateline.record import Article

    result = SystemResult("dateline")
    extract_figures = figure_extractor()

    def prepare(text: str) -> tuple[tuple[Any, Any], dict[str, Any]]:
        """The figures layer's arguments: the parse, the article with the layers before it."""
        doc = parse(text)
        article = Article(id="x", text=text)
        return (doc, article), layers_before(doc, article, "figures")

    if documents:  # untimed warm-up of each timed call
        try:
            if extract_figures:
                arguments, layers = prepare(documents[0].text)
                extract_figures(*arguments, **layers)
            else:
                extract(documents[0].text, clean="none", languages=None)
        except Exception:  # the document's own call counts it as a failure
            pass

    for document in documents:
        text = document.text
        predictions: list[Figure] = []
        failed = False
        start = time.perf_counter()
        try:
            record = extract(text, clean="none", languages=None)
            if not extract_figures:
                result.seconds += time.perf_counter() - start
                result.timed += 1
            if record.text != text:
                raise ValueError("article text differs from the input: offsets would not match")
            predictions = from_dateline(record.figures)
        except Exception:  # a system that raises scores an empty prediction
            failed = True
        if extract_figures:
            try:
                arguments, layers = prepare(text)
                start = time.perf_counter()
                extract_figures(*arguments, **layers)
                result.seconds += time.perf_counter() - start
                result.timed += 1
            except Exception:  # counted as a failure, not timed
                failed = True
        result.failures += failed
        result.add(document, predictions)
    if extract_figures:
        result.notes.append("dateline art/s: extract_figures alone on the parsed Doc")
    else:
        result.notes.append(
            "dateline art/s: the whole dateline.extract call"
            " (dateline.extract.figures.extract_figures not found)"
        )
    return result


def run_quantulum(documents: Sequence[Document]) -> SystemResult:
    """quantulum3's quantities for each document, scored (classifier off, offline)."""
    result = SystemResult("quantulum")
    try:
        from importlib.metadata import version

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3.classifier as quantulum_classifier
            from quantulum3 import parser as quantulum_parser
    except ImportError as exc:
        result.unavailable = f"quantulum3 not installed ({exc.name}): pip install -e '.[bench]'"
        return result
    # No trained classifier, no download: the word-list disambiguation, the same every run.
    quantulum_classifier.USE_CLF = False
    result.notes.append(
        f"quantulum3 {version('quantulum3')}: classifier off; categories MONEY, PERCENT,"
        " OTHER only, no claimant"
    )
    if documents:
        quantulum_parser.parse(documents[0].text)  # warm-up: loads its unit tables
    for document in documents:
        predictions: list[Figure] = []
        start = time.perf_counter()
        try:
            predictions = from_quantulum(quantulum_parser.parse(document.text))
        except Exception:  # quantulum3 raises on some odd numbers: an empty prediction
            result.failures += 1
        result.seconds += time.perf_counter() - start
        result.timed += 1
        result.add(document, predictions)
    return result


def gdelt_python(venv: Path, base_python: Path, install: bool = True) -> Path:
    """The Python of the gdelt-regkg venv, made (or gdelt-regkg installed) if missing.

    Raises RuntimeError with the reason when it cannot be made.
    """
    python = venv / "bin" / "python"
    if python.exists():
        check = [str(python), "-c", "import gdelt_regkg.fields.counts"]
        if subprocess.run(check, capture_output=True, timeout=120).returncode == 0:
            return python
    if not install:
        raise RuntimeError(f"no gdelt-regkg in {venv} (run without --no-install to make it)")
    steps = [[str(python), "-m", "pip", "install", "--quiet", "gdelt-regkg"]]
    if not python.exists():
        if not base_python.exists():
            raise RuntimeError(f"no Python >= 3.12 at {base_python} (see --gdelt-python)")
        steps.insert(0, [str(base_python), "-m", "venv", str(venv)])
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            last = (done.stderr or done.stdout).strip().splitlines()
            raise RuntimeError(f"{' '.join(step[-3:])} failed: {last[-1] if last else '?'}")
    return python


def run_gdelt(
    documents: Sequence[Document], venv: Path, base_python: Path, install: bool = True
) -> SystemResult:
    """gdelt-regkg's counts for each document (in its venv, by the worker), scored."""
    result = SystemResult("gdelt")
    try:
        python = gdelt_python(venv, base_python, install)
        payload = json.dumps({"texts": [document.text for document in documents]})
        done = subprocess.run(
            [str(python), str(GDELT_WORKER)],
            input=payload,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0:
            last = done.stderr.strip().splitlines()
            raise RuntimeError(f"worker failed: {last[-1] if last else done.returncode}")
        output = json.loads(done.stdout)
    except (RuntimeError, OSError, subprocess.SubprocessError, json.JSONDecodeError) as exc:
        result.unavailable = str(exc)
        return result
    result.notes.append(
        f"gdelt-regkg {output['version']} ({output['profile']}): analyze_counts;"
        " exact numbers, no claimant"
    )
    result.seconds = output["seconds"]
    result.timed = len(documents)
    for document, mentions, failure in zip(
        documents, output["results"], output["failures"], strict=True
    ):
        result.failures += failure is not None
        result.add(document, from_gdelt(mentions))
    return result


def run_oracle(documents: Sequence[Document]) -> SystemResult:
    """The gold scored against itself."""
    result = SystemResult("gold (oracle)")
    for document in documents:
        result.add(document, from_gold(document.golds))
    return result


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def _number(value: float | None, width: int = 6) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'-':>{width}}"


def _speed(result: SystemResult) -> str:
    rate = result.rate()
    if rate is None:
        return f"{'n/a':>8}"
    return f"{rate:>8.1f}" if rate < 99999.5 else f"{'>99999':>8}"


def table(documents: Sequence[Document], results: Sequence[SystemResult]) -> str:
    """The report: one table, its notes, then dateline's targets."""
    golds = [gold for document in documents for gold in document.golds]
    by_source = ", ".join(
        f"{source} {sum(1 for d in documents if d.source == source)}" for source in SOURCES
    )
    claimed = sum(1 for gold in golds if gold.source is not None)
    lines = [
        f"Figures gold: {len(documents)} documents ({by_source}), {len(golds)} figures"
        f" ({claimed} with a claimant)",
        RULE,
        f"{'system':<15}{'docs':<12}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'value':>7}{'categ':>7}{'bounds':>7}{'source':>7}{'(n)':>6}{'art/s':>9}{'fail':>5}",
        RULE,
    ]
    for result in results:
        if result.unavailable:
            lines.append(f"{result.name:<15}unavailable: {result.unavailable}")
            continue
        for subset in SUBSETS:
            counts = result.counts[subset]
            first = subset == SUBSETS[0]
            row = f"{result.name if first else '':<15}{subset:<12}{counts.gold:>6}"
            row += f"{counts.predicted:>6}"
            row += _number(counts.precision(), 7) + _number(counts.recall(), 7)
            row += _number(counts.f1(), 7) + _number(counts.value(), 7)
            row += _number(counts.category(), 7) + _number(counts.bounds(), 7)
            row += _number(counts.source(), 7) + f"{counts.source_total:>6}"
            if first:
                row += _speed(result) + f"{result.failures:>5}"
            lines.append(row.rstrip())
    lines.append(RULE)
    lines += [
        "match: number spans overlap (one-to-one, greedy); value, categ(ory), bounds: shares",
        "  of matched pairs; source: share of matched pairs with a gold claimant, (n) of them,",
        "  whose predicted claimant overlaps it; fail: articles whose extraction raised",
    ]
    for result in results:
        lines += [f"  {note}" for note in result.notes]
    main = next((r for r in results if r.name == "dateline" and not r.unavailable), None)
    if main is not None:
        counts = main.counts["all"]
        lines.append("targets (dateline, all):")
        for label, score, target in (
            ("detection F1", counts.f1(), TARGET_F1),
            ("category accuracy", counts.category(), TARGET_CATEGORY),
            ("source accuracy", counts.source(), TARGET_SOURCE),
        ):
            passed = score is not None and score >= target
            shown = f"{score:.3f}" if score is not None else "n/a"
            lines.append(f"  {label} >= {target:.2f}: {'PASS' if passed else 'FAIL'} ({shown})")
    return "\n".join(lines)


def context(text: str, span: Span, width: int = 60) -> str:
    """The text around a span on one line, the span in [brackets]."""
    start, end = span
    before = " ".join(text[max(0, start - width) : start].split())
    after = " ".join(text[end : end + width].split())
    inside = " ".join(text[start:end].split())
    return f"…{before} [{inside}] {after}…"


def describe(figure: Figure, text: str) -> str:
    """A figure's readings on one line."""
    parts = [figure.category]
    if figure.value is not None:
        parts.append(f"value={figure.value:g}")
    if figure.low is not None or figure.high is not None:
        low = "" if figure.low is None else f"{figure.low:g}"
        high = "" if figure.high is None else f"{figure.high:g}"
        parts.append(f"{low}..{high}")
    parts += [flag for flag in ("approximate", "vague") if getattr(figure, flag)]
    if figure.unit:
        parts.append(f"unit={figure.unit}")
    if figure.source is not None:
        claimant = " ".join(text[figure.source[0] : figure.source[1]].split())
        parts.append(f"source={claimant!r}")
    return " ".join(parts)


ERROR_KINDS = ("miss", "false positive", "wrong value", "wrong category", "wrong source")


def error_report(result: SystemResult, count: int) -> str:
    """`count` sample errors of each kind, with context, chosen the same way every run."""
    lines = []
    for kind in ERROR_KINDS:
        errors = [error for error in result.errors if error.kind == kind]
        chosen = random.Random(0).sample(range(len(errors)), min(count, len(errors)))
        plural = {"miss": "misses", "wrong category": "wrong categories"}.get(kind, kind + "s")
        lines.append(f"{result.name}: {plural} ({len(errors)} in all, {len(chosen)} shown)")
        for index in sorted(chosen):
            error = errors[index]
            text = error.document.text
            figure = error.gold or error.prediction
            assert figure is not None
            lines.append(f"- {error.document.source} {error.document.doc} @{figure.start}")
            lines.append(f"    {context(text, (figure.start, figure.end))}")
            if error.gold is not None:
                lines.append(f"    gold: {describe(error.gold, text)}")
            if error.prediction is not None:
                lines.append(f"    pred: {describe(error.prediction, text)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold TSV")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared/ folder")
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated, of " + ", ".join(SYSTEMS)
    )
    parser.add_argument("--gdelt-venv", type=Path, default=GDELT_VENV, help="gdelt-regkg venv")
    parser.add_argument(
        "--gdelt-python", type=Path, default=GDELT_BASE_PYTHON, help="Python >= 3.12 for it"
    )
    parser.add_argument("--no-install", action="store_true", help="do not make the gdelt venv")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N sample errors")
    parser.add_argument("--errors-system", default="dateline", help="system for --errors")
    parser.add_argument("--oracle", action="store_true", help="add the gold as a system")
    args = parser.parse_args(argv)

    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    unknown = sorted(set(systems) - set(SYSTEMS))
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}")
    if not args.gold.exists():
        parser.error(f"no gold file at {args.gold} (see --gold)")
    documents, problems = load_documents(args.gold, args.shared)
    for problem in problems:
        print(f"gold: {problem}", file=sys.stderr)

    results = []
    for name in SYSTEMS:
        if name not in systems:
            continue
        if name == "dateline":
            results.append(run_dateline(documents))
        elif name == "gdelt":
            results.append(
                run_gdelt(documents, args.gdelt_venv, args.gdelt_python, not args.no_install)
            )
        else:
            results.append(run_quantulum(documents))
    if args.oracle:
        results.append(run_oracle(documents))
    print(table(documents, results))
    if args.errors:
        chosen = [r for r in results if r.name.split()[0] == args.errors_system]
        if not chosen:
            parser.error(f"no system {args.errors_system!r} in this run")
        print()
        print(error_report(chosen[0], args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
