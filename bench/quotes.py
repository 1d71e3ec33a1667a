"""Score quote extraction against the hand-annotated PolNeAR attributions.

Systems, run in the same process on the same articles (`dev` unless `--split train`):

  dateline   `dateline.extract(text, clean="none", languages=None).quotes`: content the
             record's `parts` (its pieces; `start`..`end` when it has none), speaker mention
             `speaker_start`..`speaker_end`, `direct`.
  textacy    `textacy.extract.triples.direct_quotations(doc)` on the Doc from
             `dateline.nlp.parse(text)` (same model): content span from the first to the
             last content token, speaker span likewise; every triple counts as direct.

Gold: every PolNeAR attribution with a Content span (direct, indirect and mixed quotes,
and other attributions); a discontinuous content is the union of its pieces.

Metrics: a predicted and a gold content span match at threshold T when their overlap in
characters covers at least T of both lengths (T = 0.3 and 0.8); matching is one-to-one,
greedy by largest overlap, per article. Precision = matched predictions / predictions,
recall = matched gold / gold, micro-averaged over the split. Speaker accuracy: among the
pairs matched at T = 0.3 whose gold has a Source, the share whose predicted speaker span
overlaps it (pairs whose gold has no Source are counted apart). The `direct` rows restrict
recall to gold content that starts or ends with a double quotation mark, precision to
predictions marked direct, and speaker accuracy to pairs where either side is direct.
Speed: articles per second for quote extraction alone, given the parsed Doc (dateline's
`dateline.extract.quotes.extract_quotes(doc, article, entities=...)`, once it exists, and
textacy's `direct_quotations`); parsing and entity extraction are not timed.

GGT-dev (`../shared/data/ggt-dev/`, `--corpus ggt` or `both`): 48 Canadian news articles with
the quotes the Gender Gap Tracker's annotators count (speech and writing with a speaker). Scored
as its README says: a prediction matches a gold quote when their content spans overlap by at
least 0.3 of each; one-to-one, largest overlap first; speaker name right when the normalised
predicted name equals the gold `reference` or contains its last word; "pronoun speakers named"
is the same over matched gold quotes whose speaker is he/she/they/his/her. dateline's records
of kind `speech` and `writing` count there (all kinds on PolNeAR), each quoted piece of a
record (its `parts`) a prediction of its own: GGT annotates '"A," she said, "B."' and a quote
that goes on in the next paragraph as several quotes, where a dateline record joins the pieces
(PolNeAR, like dateline, annotates them as one attribution). textacy's triples likewise.

Usage:
    python bench/quotes.py [--split dev|train] [--data PATH] [--limit N] [--corpus polnear|ggt|both]
    python bench/quotes.py --errors 20 [--errors-system textacy]   # sample errors
    python bench/quotes.py --oracle     # adds the gold itself as a system (must score 1.0)
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"

GGT_DATA = DEFAULT_DATA.parent / "ggt-dev"
GGT_KINDS = frozenset({"speech", "writing"})
TARGET_GGT_F1 = 0.85
TARGET_GGT_PRECISION = 0.85
TARGET_GGT_SPEAKER = 0.90
TARGET_GGT_PRONOUN = 0.85
PRONOUNS = frozenset({"he", "she", "they", "his", "her"})
THRESHOLDS = (0.3, 0.8)
SPEAKER_THRESHOLD = 0.3
TARGET_F1 = 0.80  # F1 at T = 0.3
TARGET_SPEAKER = 0.90
QUOTE_MARKS = '"“”„«»'
RULE = "-" * 100

Span = tuple[int, int]


def load_polnear() -> ModuleType:
    """The sibling reader module `bench/polnear.py` (bench/ is not a package)."""
    module = sys.modules.get("polnear")
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location("polnear", HERE / "polnear.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["polnear"] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------------------
# Gold and predictions
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    """One gold attribution with content."""

    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    direct: bool


@dataclass(frozen=True)
class Prediction:
    """One predicted quote: content pieces (one for a real system), speaker span or None."""

    content: tuple[Span, ...]
    speaker: Span | None
    direct: bool


def is_direct(text: str) -> bool:
    """Content that starts or ends with a double quotation mark."""
    stripped = text.strip()
    return bool(stripped) and (stripped[0] in QUOTE_MARKS or stripped[-1] in QUOTE_MARKS)


def gold_of(article: Any) -> list[Gold]:
    """The gold attributions of a polnear.Article that have a content span."""
    golds = []
    for attribution in article.attributions:
        if not attribution.content:
            continue
        start, end = attribution.content[0][0], attribution.content[-1][1]
        golds.append(
            Gold(
                content=tuple(attribution.content),
                source=tuple(attribution.source),
                cue=tuple(attribution.cue),
                direct=is_direct(article.text[start:end]),
            )
        )
    return golds


def _span(start: Any, end: Any) -> Span | None:
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return (start, end)
    return None


def _pieces(quote: dict[str, Any], content: Span) -> tuple[Span, ...]:
    """The record's `parts` (its content's pieces, as the gold's discontinuous Content spans
    are), when they are valid and lie within start..end; else the one span."""
    parts = quote.get("parts")
    if not isinstance(parts, list) or not parts:
        return (content,)
    pieces = []
    for part in parts:
        piece = _span(*part) if isinstance(part, (list, tuple)) and len(part) == 2 else None
        if piece is None or piece[0] < content[0] or piece[1] > content[1]:
            return (content,)
        pieces.append(piece)
    pieces.sort()
    if any(a[1] > b[0] for a, b in zip(pieces, pieces[1:], strict=False)):
        return (content,)  # overlapping pieces: score the envelope
    return tuple(pieces)


def from_dateline(quotes: Iterable[dict[str, Any]]) -> list[Prediction]:
    """Predictions from dateline quote records (ones without a valid content span dropped);
    a record's content is its `parts`, the pieces its `text` joins."""
    predictions = []
    for quote in quotes:
        content = _span(quote.get("start"), quote.get("end"))
        if content is None:
            continue
        speaker = _span(quote.get("speaker_start"), quote.get("speaker_end"))
        predictions.append(Prediction(_pieces(quote, content), speaker, bool(quote.get("direct"))))
    return predictions


def _token_span(tokens: Any) -> Span | None:
    tokens = sorted(tokens, key=lambda token: token.i)
    if not tokens:
        return None
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def from_textacy(triples: Iterable[Any]) -> list[Prediction]:
    """Predictions from textacy DQTriples (content a Span or a token list)."""
    predictions = []
    for triple in triples:
        content = _token_span(list(triple.content))
        if content is None:
            continue
        predictions.append(Prediction((content,), _token_span(triple.speaker), True))
    return predictions


def from_gold(golds: Iterable[Gold]) -> list[Prediction]:
    """The gold as predictions (the oracle): must score 1.0 everywhere."""
    return [
        Prediction(
            gold.content,
            (gold.source[0][0], gold.source[-1][1]) if gold.source else None,
            gold.direct,
        )
        for gold in golds
    ]


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters shared by two unions of pieces (pieces of one side do not overlap)."""
    return sum(max(0, min(ae, be) - max(ab, bb)) for ab, ae in a for bb, be in b)


def length(pieces: Sequence[Span]) -> int:
    return sum(end - start for start, end in pieces)


def match(
    golds: Sequence[Gold], predictions: Sequence[Prediction], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedy by largest overlap."""
    candidates = []
    for gi, gold in enumerate(golds):
        gold_length = length(gold.content)
        for pi, prediction in enumerate(predictions):
            shared = overlap(gold.content, prediction.content)
            if (
                shared > 0
                and shared >= threshold * gold_length
                and shared >= threshold * length(prediction.content)
            ):
                candidates.append((-shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def speaker_right(gold: Gold, prediction: Prediction) -> bool:
    """The predicted speaker span overlaps the gold Source (any piece, any overlap)."""
    if prediction.speaker is None:
        return False
    return overlap(gold.source, (prediction.speaker,)) > 0


@dataclass
class Counts:
    """Counts of one system over a subset (all quotes, or direct ones)."""

    gold: int = 0
    predicted: int = 0
    matched_gold: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    matched_pred: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    speaker_right: int = 0
    speaker_total: int = 0
    no_source: int = 0  # pairs at T = 0.3 whose gold has no Source

    def precision(self, threshold: float) -> float | None:
        return self.matched_pred[threshold] / self.predicted if self.predicted else None

    def recall(self, threshold: float) -> float | None:
        return self.matched_gold[threshold] / self.gold if self.gold else None

    def f1(self, threshold: float) -> float:
        p, r = self.precision(threshold) or 0.0, self.recall(threshold) or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def speaker(self) -> float | None:
        return self.speaker_right / self.speaker_total if self.speaker_total else None


@dataclass
class ErrorSample:
    kind: str  # "miss", "false positive", "wrong speaker"
    article: str
    text: str
    content: tuple[Span, ...]
    speaker: tuple[Span, ...]
    gold_source: tuple[Span, ...] = ()


@dataclass
class SystemResult:
    """What one system scored over the split."""

    name: str
    all: Counts = field(default_factory=Counts)
    direct: Counts = field(default_factory=Counts)
    seconds: float = 0.0
    timed: int = 0  # articles whose quote extraction was timed
    failures: int = 0
    errors: list[ErrorSample] = field(default_factory=list)

    def add(self, name: str, text: str, golds: list[Gold], predictions: list[Prediction]) -> None:
        """Score one article's predictions against its gold."""
        for counts, keep_gold, keep_pred in (
            (self.all, lambda g: True, lambda p: True),
            (self.direct, lambda g: g.direct, lambda p: p.direct),
        ):
            counts.gold += sum(1 for g in golds if keep_gold(g))
            counts.predicted += sum(1 for p in predictions if keep_pred(p))
        for threshold in THRESHOLDS:
            pairs = match(golds, predictions, threshold)
            for gi, pi in pairs:
                gold, prediction = golds[gi], predictions[pi]
                self.all.matched_gold[threshold] += 1
                self.all.matched_pred[threshold] += 1
                self.direct.matched_gold[threshold] += gold.direct
                self.direct.matched_pred[threshold] += prediction.direct
            if threshold != SPEAKER_THRESHOLD:
                continue
            for gi, pi in pairs:
                gold, prediction = golds[gi], predictions[pi]
                subsets = [self.all] + ([self.direct] if gold.direct or prediction.direct else [])
                right = speaker_right(gold, prediction) if gold.source else False
                for counts in subsets:
                    if not gold.source:
                        counts.no_source += 1
                        continue
                    counts.speaker_total += 1
                    counts.speaker_right += right
                if gold.source and not right:
                    speaker = (prediction.speaker,) if prediction.speaker else ()
                    self.errors.append(
                        ErrorSample("wrong speaker", name, text, gold.content, speaker, gold.source)
                    )
            matched_gold = {gi for gi, _ in pairs}
            matched_pred = {pi for _, pi in pairs}
            for gi, gold in enumerate(golds):
                if gi not in matched_gold:
                    self.errors.append(
                        ErrorSample("miss", name, text, gold.content, gold.source, gold.source)
                    )
            for pi, prediction in enumerate(predictions):
                if pi not in matched_pred:
                    speaker = (prediction.speaker,) if prediction.speaker else ()
                    self.errors.append(
                        ErrorSample("false positive", name, text, prediction.content, speaker)
                    )


# --------------------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------------------


def quote_extractor() -> Callable[..., Any] | None:
    """dateline.extract.quotes.extract_quotes, or None while it does not exist."""
    try:
        module = importlib.import_module("dateline.extract.quotes")
    except ModuleNotFoundError as exc:
        if exc.name in ("dateline.extract.quotes", "dateline.extract", "dateline"):
            return None
        raise
    function = getattr(module, "extract_quotes", None)
    return function if callable(function) else None


def textacy_quotations() -> tuple[Callable[..., Any] | None, str | None]:
    """textacy's direct_quotations and textacy's version, or (None, None) if missing."""
    try:
        import textacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None, None
    return direct_quotations, getattr(textacy, "__version__", "?")


def run(
    articles: Sequence[Any], oracle: bool = False
) -> tuple[list[SystemResult], str | None, bool]:
    """Score every system on the articles: (results, textacy version, dateline timed)."""
    import dateline
    from dateline.extract.registry import layers_before
    from dateline.nlp import parse
    from dateline.record import Article

    extract_quotes = quote_extractor()
    direct_quotations, textacy_version = textacy_quotations()

    dateline_result = SystemResult("dateline")
    results = [dateline_result]
    textacy_result = SystemResult("textacy") if direct_quotations else None
    if textacy_result:
        results.append(textacy_result)
    oracle_result = SystemResult("gold (oracle)") if oracle else None
    if oracle_result:
        results.append(oracle_result)

    if articles:  # untimed warm-up of each timed call
        doc = parse(articles[0].text)
        if extract_quotes:
            warm = Article(id="x", text=articles[0].text)
            try:
                extract_quotes(doc, warm, **layers_before(doc, warm, "quotes"))
            except Exception:  # the article's own call counts it as a failure
                pass
        if direct_quotations:
            try:
                list(direct_quotations(doc))
            except ValueError:
                pass

    for item in articles:
        text = item.text
        golds = gold_of(item)

        predictions: list[Prediction] = []
        failed = False
        try:
            record = dateline.extract(text, clean="none", languages=None)
            if record.text != text:
                raise ValueError("article text differs from the input: offsets would not match")
            predictions = from_dateline(record.quotes)
        except Exception:  # a system that raises scores an empty prediction
            failed = True
        dateline_result.add(item.name, text, golds, predictions)

        doc = parse(text)
        if extract_quotes:
            record = Article(id="x", text=text)
            earlier = layers_before(doc, record, "quotes")
            start = time.perf_counter()
            try:
                extract_quotes(doc, record, **earlier)
                dateline_result.seconds += time.perf_counter() - start
                dateline_result.timed += 1
            except Exception:  # counted as a failure, not timed
                failed = True
        dateline_result.failures += failed

        if textacy_result and direct_quotations:
            predictions = []
            start = time.perf_counter()
            try:
                predictions = from_textacy(list(direct_quotations(doc)))
            except ValueError:  # an odd number of quotation marks: textacy bails out
                textacy_result.failures += 1
            textacy_result.seconds += time.perf_counter() - start
            textacy_result.timed += 1
            textacy_result.add(item.name, text, golds, predictions)

        if oracle_result:
            oracle_result.add(item.name, text, golds, from_gold(golds))
    return results, textacy_version, extract_quotes is not None


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def _number(value: float | None, width: int = 6) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'-':>{width}}"


def _speed(result: SystemResult) -> str:
    if not result.timed:
        return f"{'n/a':>8}"
    if result.seconds <= 0:
        return f"{'>99999':>8}"
    rate = result.timed / result.seconds
    return f"{rate:>8.1f}" if rate < 99999.5 else f"{'>99999':>8}"


def table(
    split: str,
    articles: Sequence[Any],
    results: Sequence[SystemResult],
    textacy_version: str | None,
    dateline_timed: bool,
) -> str:
    """The report: one table, then the targets."""
    golds = [gold for article in articles for gold in gold_of(article)]
    with_source = sum(1 for gold in golds if gold.source)
    direct = sum(1 for gold in golds if gold.direct)
    lines = [
        f"PolNeAR {split}: {len(articles)} articles, {len(golds)} gold attributions with content"
        f" ({with_source} with a Source, {direct} direct)",
        RULE,
        f"{'system':<15}{'quotes':<8}{'gold':>6}{'pred':>6}"
        f"{'P@0.3':>7}{'R@0.3':>7}{'F1@0.3':>7}{'P@0.8':>7}{'R@0.8':>7}{'F1@0.8':>7}"
        f"{'speaker':>8}{'(n)':>7}{'art/s':>8}{'fail':>5}",
        RULE,
    ]
    for result in results:
        for label, counts in (("all", result.all), ("direct", result.direct)):
            first = label == "all"
            row = f"{result.name if first else '':<15}{label:<8}{counts.gold:>6}"
            row += f"{counts.predicted:>6}"
            for threshold in THRESHOLDS:
                row += _number(counts.precision(threshold), 7)
                row += _number(counts.recall(threshold), 7)
                row += _number(counts.f1(threshold), 7)
            row += _number(counts.speaker(), 8) + f"{counts.speaker_total:>7}"
            row += (_speed(result) + f"{result.failures:>5}") if first else ""
            lines.append(row.rstrip())
    lines.append(RULE)
    no_source = ", ".join(f"{r.name} {r.all.no_source}" for r in results)
    lines.append(
        "speaker: share of pairs matched at T=0.3 whose speaker span overlaps the gold Source;"
    )
    lines.append(f"  (n) pairs scored; pairs whose gold has no Source, left out: {no_source}")
    lines.append("art/s: quote extraction alone on the parsed Doc; fail: articles that raised")
    if not dateline_timed:
        lines.append("  dateline art/s: n/a, dateline.extract.quotes.extract_quotes not found")
    if textacy_version:
        lines.append(
            f"  textacy {textacy_version}: fail = odd number of quotation marks, bails out"
        )
    else:
        lines.append("  textacy not installed (pip install -e '.[bench]'): baseline skipped")
    main = results[0].all
    f1 = main.f1(SPEAKER_THRESHOLD)
    speaker = main.speaker()
    lines.append(f"targets (dateline, {split}):")
    lines.append(f"  F1@0.3 >= {TARGET_F1:.2f}: {'PASS' if f1 >= TARGET_F1 else 'FAIL'} ({f1:.3f})")
    speaker_text = f"{speaker:.3f}" if speaker is not None else "n/a"
    passed = speaker is not None and speaker >= TARGET_SPEAKER
    lines.append(
        f"  speaker accuracy >= {TARGET_SPEAKER:.2f}: {'PASS' if passed else 'FAIL'}"
        f" ({speaker_text})"
    )
    return "\n".join(lines)


def _snippet(text: str, pieces: Sequence[Span], width: int = 200) -> str:
    if not pieces:
        return "-"
    joined = " … ".join(" ".join(text[start:end].split()) for start, end in pieces)
    return joined if len(joined) <= width else joined[: width - 1] + "…"


def error_report(result: SystemResult, count: int) -> str:
    """`count` sample errors of each kind, chosen the same way every run."""
    lines = []
    for kind in ("miss", "false positive", "wrong speaker"):
        errors = [error for error in result.errors if error.kind == kind]
        chosen = random.Random(0).sample(range(len(errors)), min(count, len(errors)))
        plural = {"miss": "misses"}.get(kind, kind + "s")
        lines.append(f"{result.name}: {plural} ({len(errors)} in all, {len(chosen)} shown)")
        for index in sorted(chosen):
            error = errors[index]
            lines.append(f"- {error.article} @{error.content[0][0]}")
            lines.append(f"    content: {_snippet(error.text, error.content)}")
            if kind == "miss":
                lines.append(f"    source:  {_snippet(error.text, error.gold_source, 80)}")
            else:
                lines.append(f"    speaker: {_snippet(error.text, error.speaker, 80)}")
            if kind == "wrong speaker":
                lines.append(f"    gold:    {_snippet(error.text, error.gold_source, 80)}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# GGT-dev: quotes as media monitors count them
# --------------------------------------------------------------------------------------


@dataclass
class GgtPrediction:
    start: int
    end: int
    speaker: str | None  # the speaker's name as the system gives it


@dataclass
class GgtResult:
    name: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    named: int = 0  # matched, gold reference given
    named_right: int = 0
    pronouns: int = 0  # matched, gold speaker a pronoun, reference given
    pronouns_right: int = 0
    misses: list[str] = field(default_factory=list)  # gold quotes not found
    extras: list[str] = field(default_factory=list)  # predictions matching no gold
    wrong_speakers: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def load_ggt(path: Path = GGT_DATA) -> list[dict[str, Any]]:
    import json

    file = path / "gold.jsonl"
    return [json.loads(line) for line in file.read_text("utf-8").splitlines() if line.strip()]


def normalised_name(name: str | None) -> str:
    import re

    return " ".join(re.sub(r"\W+", " ", (name or "").lower()).split())


def ggt_speaker_right(reference: str, predicted: str | None) -> bool:
    """The README's rule: the normalised prediction equals the reference or contains its
    last word as a word."""
    gold, guess = normalised_name(reference), normalised_name(predicted)
    if not gold or not guess:
        return False
    return guess == gold or gold.split()[-1] in guess.split()


def ggt_match(
    golds: list[dict[str, Any]], predictions: list[GgtPrediction]
) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs overlapping by >= 0.3 of both spans, one-to-one,
    largest overlap first."""
    pairs = []
    for g, gold in enumerate(golds):
        for p, pred in enumerate(predictions):
            shared = min(gold["end"], pred.end) - max(gold["start"], pred.start)
            if shared <= 0:
                continue
            if shared >= 0.3 * (gold["end"] - gold["start"]) and shared >= 0.3 * (
                pred.end - pred.start
            ):
                pairs.append((shared, g, p))
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    found = []
    for _, g, p in sorted(pairs, reverse=True):
        if g not in taken_g and p not in taken_p:
            taken_g.add(g)
            taken_p.add(p)
            found.append((g, p))
    return found


def ggt_add(result: GgtResult, article: dict[str, Any], predictions: list[GgtPrediction]) -> None:
    golds, text = article["quotes"], article["text"]
    pairs = ggt_match(golds, predictions)
    result.gold += len(golds)
    result.predicted += len(predictions)
    result.matched += len(pairs)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for g, p in pairs:
        gold, pred = golds[g], predictions[p]
        if not gold.get("reference"):
            continue
        right = ggt_speaker_right(gold["reference"], pred.speaker)
        result.named += 1
        result.named_right += right
        if normalised_name(gold.get("speaker")) in PRONOUNS:
            result.pronouns += 1
            result.pronouns_right += right
        if not right:
            result.wrong_speakers.append(
                f"{article['id']}: gold {gold['reference']!r} ({gold.get('speaker')!r}), "
                f"ours {pred.speaker!r}: {text[gold['start'] : gold['end']][:120]!r}"
            )
    for g, gold in enumerate(golds):
        if g not in matched_g:
            result.misses.append(f"{article['id']}: {text[gold['start'] : gold['end']][:160]!r}")
    for p, pred in enumerate(predictions):
        if p not in matched_p:
            result.extras.append(f"{article['id']}: {text[pred.start : pred.end][:160]!r}")


def ggt_from_dateline(quotes: Iterable[dict[str, Any]]) -> list[GgtPrediction]:
    """Each quoted piece of a record of the counted kinds: GGT annotates '"A," she said,
    "B."' as two quotes, where dateline's record joins them and lists them in `parts`."""
    return [
        GgtPrediction(start, end, q.get("speaker"))
        for q in quotes
        if q.get("kind", "speech") in GGT_KINDS
        for start, end in (q.get("parts") or [[q["start"], q["end"]]])
    ]


def run_ggt(articles: Sequence[dict[str, Any]]) -> list[GgtResult]:
    import dateline
    from dateline.nlp import parse

    direct_quotations, _ = textacy_quotations()
    ours = GgtResult("dateline")
    results = [ours]
    theirs = GgtResult("textacy") if direct_quotations else None
    if theirs:
        results.append(theirs)
    for article in articles:
        text = article["text"]
        try:
            record = dateline.extract(text, clean="none", languages=None)
            predictions = ggt_from_dateline(record.quotes)
        except Exception:  # a system that raises scores an empty prediction
            predictions = []
        ggt_add(ours, article, predictions)
        if theirs and direct_quotations:
            doc = parse(text)
            try:
                triples = list(direct_quotations(doc))
            except ValueError:
                triples = []
            found = []
            for triple in triples:
                content = _token_span(triple.content)
                if content is not None:
                    speaker = " ".join(t.text for t in triple.speaker) or None
                    found.append(GgtPrediction(content[0], content[1], speaker))
            ggt_add(theirs, article, found)
    return results


def ggt_table(articles: Sequence[dict[str, Any]], results: Sequence[GgtResult]) -> str:
    lines = [
        f"GGT-dev: {len(articles)} articles, {sum(len(a['quotes']) for a in articles)} gold quotes "
        f"(dateline: kinds {', '.join(sorted(GGT_KINDS))})",
        RULE,
        f"{'system':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1@0.3':>8}"
        f"{'speaker':>9}{'pronoun':>9}",
        RULE,
    ]
    for r in results:
        speaker = r.named_right / r.named if r.named else None
        pronoun = r.pronouns_right / r.pronouns if r.pronouns else None
        lines.append(
            f"{r.name:<12}{r.gold:>6}{r.predicted:>6}{r.matched:>7}{_number(r.precision, 8)}"
            f"{_number(r.recall, 8)}{_number(r.f1, 8)}{_number(speaker, 9)}{_number(pronoun, 9)}"
        )
    lines.append(RULE)
    ours = results[0]
    speaker = ours.named_right / ours.named if ours.named else 0.0
    pronoun = ours.pronouns_right / ours.pronouns if ours.pronouns else 0.0
    checks = [
        (f"F1@0.3 >= {TARGET_GGT_F1:.2f}", ours.f1 >= TARGET_GGT_F1, ours.f1),
        (
            f"precision >= {TARGET_GGT_PRECISION:.2f}",
            (ours.precision or 0) >= TARGET_GGT_PRECISION,
            ours.precision or 0.0,
        ),
        (f"speaker name >= {TARGET_GGT_SPEAKER:.2f}", speaker >= TARGET_GGT_SPEAKER, speaker),
        (
            f"pronoun speakers named >= {TARGET_GGT_PRONOUN:.2f}",
            pronoun >= TARGET_GGT_PRONOUN,
            pronoun,
        ),
    ]
    lines.append("targets (dateline, GGT-dev):")
    for label, ok, value in checks:
        lines.append(f"  {label}: {'PASS' if ok else 'FAIL'} ({value:.3f})")
    return "\n".join(lines)


def ggt_errors(result: GgtResult, count: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    out = []
    for title, items in (
        ("missed", result.misses),
        ("extra", result.extras),
        ("wrong speaker", result.wrong_speakers),
    ):
        sample = rng.sample(items, min(count, len(items)))
        out.append(f"{title} ({len(items)}):")
        out.extend(f"  {item}" for item in sample)
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="PolNeAR split (default dev; train)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR directory")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N sample errors")
    parser.add_argument("--errors-system", default="dateline", help="system for --errors")
    parser.add_argument("--oracle", action="store_true", help="add the gold as a system")
    parser.add_argument("--corpus", choices=("polnear", "ggt", "both"), default="both")
    args = parser.parse_args(argv)

    if args.corpus in ("ggt", "both"):
        ggt_articles = load_ggt()[: args.limit]
        ggt_results = run_ggt(ggt_articles)
        print(ggt_table(ggt_articles, ggt_results))
        if args.errors:
            print()
            print(ggt_errors(ggt_results[0], args.errors))
        if args.corpus == "ggt":
            return 0
        print()
    polnear = load_polnear()
    articles = polnear.load_split(args.split, args.data)
    if args.limit is not None:
        articles = articles[: args.limit]
    results, textacy_version, dateline_timed = run(articles, oracle=args.oracle)
    print(table(args.split, articles, results, textacy_version, dateline_timed))
    if args.errors:
        chosen = [r for r in results if r.name.split()[0] == args.errors_system]
        if not chosen:
            parser.error(f"no system {args.errors_system!r} in this run")
        print()
        print(error_report(chosen[0], args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
