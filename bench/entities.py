"""Score dateline's entity and place layers against the hand-annotated PolNeAR gold.

Three parts, each with dateline beside the raw spaCy model from the same parse:

  mentions   precision / recall / F1 for PERSON, ORG and GPE mentions (and their
             micro-average) against `bench/data/entities-gold/gold.tsv`: (a) the raw model
             (`doc.ents` with those labels) and (b) dateline (every mention of every entity
             record of those types). A TP is an exact span with the same label; the lenient
             F1 counts any overlapping span with the same label. Both systems' spans are
             normalised the same way first (a leading "the "/"The " and a trailing "'s"/"’s"
             are dropped), since the gold leaves them out.
  places     country accuracy over the gold GPE mentions, against the hand-written
             `countries.tsv`: the dateline place with an overlapping mention must have the
             gold country (a missing place is wrong). Baseline: each GPE `doc.ent` with the
             country of the first candidate of `dateline.geo.lookup(ent.text)`.
  speed      spaCy parse alone (`nlp.pipe`, batch 32) vs entity + place extraction on the
             same docs, over the 40 gold articles and the first N train articles.

Usage:
    python bench/entities.py [--data PATH] [--train PATH] [--speed-files N]
    python bench/entities.py --errors GPE [--system raw]    # most frequent error kinds
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
DEFAULT_DATA = POLNEAR / "dev" / "text"
DEFAULT_TRAIN = POLNEAR / "train" / "text"
GOLD_DIR = HERE / "data" / "entities-gold"
GOLD = GOLD_DIR / "gold.tsv"
COUNTRIES = GOLD_DIR / "countries.tsv"

LABELS = ("PERSON", "ORG", "GPE")
BATCH_SIZE = 32
TARGET_OVERHEAD = 1.15  # (parse + extraction) / parse
SYSTEMS = ("raw", "dateline")
SYSTEM_NAMES = {"raw": "raw model (spaCy)", "dateline": "dateline"}

Span = tuple[int, int, str]  # start, end (exclusive), label

# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def load_gold(path: Path = GOLD) -> dict[str, list[Span]]:
    """Gold mentions per file name, in file order."""
    gold: dict[str, list[Span]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold[row["file"]].append((int(row["start"]), int(row["end"]), row["label"]))
    return dict(gold)


def check_gold(gold_path: Path, texts: dict[str, str]) -> None:
    """Every gold surface must equal its span of the text (a wrong --data fails here)."""
    with open(gold_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            got = texts[row["file"]][int(row["start"]) : int(row["end"])]
            if got != row["surface"]:
                raise SystemExit(f"gold mismatch in {row['file']}: {got!r} != {row['surface']!r}")


def load_countries(path: Path = COUNTRIES) -> dict[tuple[str, str], str]:
    """(file or "*", surface) -> ISO alpha-3 of the country the place is in."""
    with open(path, encoding="utf-8", newline="") as f:
        return {(r["file"], r["surface"]): r["country"] for r in csv.DictReader(f, delimiter="\t")}


def gold_country(countries: dict[tuple[str, str], str], file: str, surface: str) -> str:
    code = countries.get((file, surface)) or countries.get(("*", surface))
    if code is None:
        raise SystemExit(f"countries.tsv has no country for {surface!r} in {file}")
    return code


# --------------------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------------------

_LEADING_THE = re.compile(r"(?:the|The) ")
_TRAILING_S = ("'s", "\u2019s")


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the "/"The " and a trailing "'s"/"’s" from a span."""
    if _LEADING_THE.match(text, start, end) and end - start > 4:
        start += 4
    if text.endswith(_TRAILING_S, start, end) and end - start > 2:
        end -= 2
    return start, end


def raw_spans(doc: Any, text: str) -> list[Span]:
    """The model's PERSON/ORG/GPE entities, normalised."""
    spans = []
    for ent in doc.ents:
        if ent.label_ in LABELS:
            start, end = normalise(text, ent.start_char, ent.end_char)
            spans.append((start, end, ent.label_))
    return sorted(set(spans))


def dateline_spans(entities: list[dict[str, Any]], text: str) -> list[Span]:
    """Every mention of every PERSON/ORG/GPE entity record, normalised."""
    spans = []
    for entity in entities:
        if entity["type"] in LABELS:
            for start, end in entity["mentions"]:
                spans.append((*normalise(text, start, end), entity["type"]))
    return sorted(set(spans))


def raw_places(doc: Any) -> list[tuple[int, int, str | None]]:
    """Baseline places: each GPE `doc.ent` with its first gazetteer candidate's country.

    An entity the gazetteer does not know makes no place, as in dateline's place layer.
    """
    from dateline import geo

    places = []
    for ent in doc.ents:
        if ent.label_ == "GPE" and (candidates := geo.lookup(ent.text)):
            places.append((ent.start_char, ent.end_char, candidates[0].country))
    return places


def dateline_places(places: list[dict[str, Any]]) -> list[tuple[int, int, str | None]]:
    return [(start, end, p["country"]) for p in places for start, end in p["mentions"]]


@dataclass
class Article:
    """One gold article, parsed, with both systems' output."""

    file: str
    text: str
    gold: list[Span]
    spans: dict[str, list[Span]]  # system -> predicted mentions
    places: dict[str, list[tuple[int, int, str | None]]]  # system -> (start, end, country)


def run_systems(files: Sequence[str], texts: dict[str, str], gold: dict[str, list[Span]]):
    """Parse each gold article once and run both systems on the parse."""
    from dateline.extract.registry import run_layers
    from dateline.nlp import load
    from dateline.record import Article as Record

    nlp = load()
    articles = []
    docs = nlp.pipe([texts[f] for f in files], batch_size=BATCH_SIZE)
    for file, doc in zip(files, docs, strict=True):
        text = texts[file]
        layers = run_layers(doc, Record(id="x", text=text), only=("entities", "places"))
        entities, places = layers.entities, layers.places
        articles.append(
            Article(
                file=file,
                text=text,
                gold=gold[file],
                spans={"raw": raw_spans(doc, text), "dateline": dateline_spans(entities, text)},
                places={"raw": raw_places(doc), "dateline": dateline_places(places)},
            )
        )
    return articles


# --------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lenient_pred: int = 0  # predictions overlapping a gold span of their label
    lenient_gold: int = 0  # gold spans overlapped by a prediction of their label

    def add(self, other: Counts) -> None:
        for name in ("tp", "fp", "fn", "lenient_pred", "lenient_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def lenient_f1(self) -> float:
        pred, gold = self.tp + self.fp, self.tp + self.fn
        p = self.lenient_pred / pred if pred else 0.0
        r = self.lenient_gold / gold if gold else 0.0
        return f1(p, r)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Span], pred: Iterable[Span]) -> dict[str, Counts]:
    """Counts per label (and "micro" over LABELS) for one article's mentions."""
    gold, pred = set(gold), set(pred)
    counts = {label: Counts() for label in LABELS}
    for label in LABELS:
        g = [s[:2] for s in gold if s[2] == label]
        p = [s[:2] for s in pred if s[2] == label]
        c = counts[label]
        c.tp = len(set(g) & set(p))
        c.fp, c.fn = len(p) - c.tp, len(g) - c.tp
        c.lenient_pred = sum(any(overlaps(x, y) for y in g) for x in p)
        c.lenient_gold = sum(any(overlaps(x, y) for y in p) for x in g)
    counts["micro"] = Counts()
    for label in LABELS:
        counts["micro"].add(counts[label])
    return counts


def score_all(articles: Iterable[Article], system: str) -> dict[str, Counts]:
    total = {label: Counts() for label in (*LABELS, "micro")}
    for article in articles:
        for label, counts in score(article.gold, article.spans[system]).items():
            total[label].add(counts)
    return total


@dataclass
class PlaceScore:
    gold: int = 0
    found: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def accuracy_found(self) -> float:
        return self.correct / self.found if self.found else 0.0


def place_of(mention: tuple[int, int], places: list[tuple[int, int, str | None]]):
    """The country of the place mention that overlaps `mention` most (None: no place)."""
    best, best_overlap = None, 0
    for start, end, country in places:
        overlap = min(end, mention[1]) - max(start, mention[0])
        if overlap > best_overlap:
            best, best_overlap = (country,), overlap
    return best


def score_places(
    articles: Iterable[Article], system: str, countries: dict[tuple[str, str], str]
) -> PlaceScore:
    result = PlaceScore()
    for article in articles:
        for start, end, label in article.gold:
            if label != "GPE":
                continue
            result.gold += 1
            found = place_of((start, end), article.places[system])
            if found is None:
                continue
            result.found += 1
            expected = gold_country(countries, article.file, article.text[start:end])
            result.correct += found[0] == expected
    return result


# --------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------


def error_kinds(articles: Iterable[Article], system: str, label: str) -> Counter[tuple[str, str]]:
    """Counter of (kind, surface) for one system's errors on one label.

    Kinds: "FP spurious" (no gold overlap), "FP as <gold label>" (a gold span of another
    label there), "FP span" (overlaps a gold span of the label: the boundaries differ; the
    gold surface is shown), and "FN missed", "FN as <predicted label>", "FN span".
    """
    kinds: Counter[tuple[str, str]] = Counter()
    for a in articles:
        gold, pred = set(a.gold), set(a.spans[system])
        for kind, own, other in (("FP", pred, gold), ("FN", gold, pred)):
            for start, end, lab in sorted(own - other):
                if lab != label:
                    continue
                near = [s for s in other if overlaps((start, end), s[:2])]
                same = [s for s in near if s[2] == label]
                surface = a.text[start:end].replace("\n", " ")
                if same:
                    s = same[0]
                    detail = a.text[s[0] : s[1]].replace("\n", " ")
                    key = (
                        f"{kind} span",
                        f"{surface!r} vs {'gold' if kind == 'FP' else 'pred'} {detail!r}",
                    )
                elif near:
                    key = (f"{kind} as {near[0][2]}", repr(surface))
                else:
                    key = (f"{kind} {'spurious' if kind == 'FP' else 'missed'}", repr(surface))
                kinds[key] += 1
    return kinds


def print_errors(articles: list[Article], system: str, label: str, top: int = 15) -> None:
    kinds = error_kinds(articles, system, label)
    by_kind = Counter()
    for (kind, _), n in kinds.items():
        by_kind[kind] += n
    print(
        f"\n{SYSTEM_NAMES[system]}: {label} errors ({sum(kinds.values())} in all: "
        + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items()))
        + ")"
    )
    print(f"{top} most frequent (kind, surface):")
    for (kind, surface), n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        print(f"  {n:4d}  {kind:<14} {surface}")


# --------------------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------------------


@dataclass
class Speed:
    corpus: str
    files: int
    words: int
    parse_s: float
    extract_s: float

    @property
    def ratio(self) -> float:
        return (self.parse_s + self.extract_s) / self.parse_s

    @property
    def words_per_s(self) -> float:
        return self.words / self.parse_s


def measure_speed(corpus: str, texts: list[str]) -> Speed:
    """Time the parse alone, then entity + place extraction over the same docs.

    Warm-up (one parse, one extraction, which also loads the gazetteer) is not timed.
    Words are whitespace-separated tokens of the texts.
    """
    from dateline.extract.registry import run_layers
    from dateline.nlp import load
    from dateline.record import Article as Record

    layers = ("entities", "places")
    nlp = load()
    warm = nlp(texts[0])
    run_layers(warm, Record(id="x", text=texts[0]), only=layers)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    t1 = time.perf_counter()
    for doc, text in zip(docs, texts, strict=True):
        run_layers(doc, Record(id="x", text=text), only=layers)
    t2 = time.perf_counter()
    words = sum(len(text.split()) for text in texts)
    return Speed(corpus, len(texts), words, t1 - t0, t2 - t1)


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------

RULE = "-" * 78


def mention_table(totals: dict[str, dict[str, Counts]]) -> list[str]:
    lines = [
        f"{'type':<7} {'system':<18} {'gold':>5} {'pred':>5} {'TP':>5} "
        f"{'P':>6} {'R':>6} {'F1':>6} {'lenF1':>6}",
        RULE,
    ]
    for label in (*LABELS, "micro"):
        for n, system in enumerate(SYSTEMS):
            c = totals[system][label]
            name = label if n == 0 else ""
            lines.append(
                f"{name:<7} {SYSTEM_NAMES[system]:<18} {c.tp + c.fn:5d} {c.tp + c.fp:5d} "
                f"{c.tp:5d} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.lenient_f1:6.3f}"
            )
        lines.append(RULE)
    return lines


def place_table(places: dict[str, PlaceScore]) -> list[str]:
    names = {"dateline": "dateline places", "raw": "raw model + first gazetteer candidate"}
    lines = [
        f"{'system':<38} {'gold':>5} {'found':>5} {'right':>5} {'acc':>6} {'acc/found':>9}",
        RULE,
    ]
    for system in ("raw", "dateline"):
        s = places[system]
        lines.append(
            f"{names[system]:<38} {s.gold:5d} {s.found:5d} {s.correct:5d} "
            f"{s.accuracy:6.3f} {s.accuracy_found:9.3f}"
        )
    return lines


def speed_table(speeds: list[Speed]) -> list[str]:
    lines = [
        f"{'corpus':<22} {'files':>5} {'words':>7} {'parse s':>8} {'words/s':>8} "
        f"{'extract s':>9} {'ratio':>6}",
        RULE,
    ]
    for s in speeds:
        lines.append(
            f"{s.corpus:<22} {s.files:5d} {s.words:7d} {s.parse_s:8.2f} {s.words_per_s:8.0f} "
            f"{s.extract_s:9.2f} {s.ratio:6.3f}"
        )
    return lines


def target_lines(totals: dict[str, dict[str, Counts]], speed: Speed | None) -> list[str]:
    lines = ["targets (dateline):"]
    for label in LABELS:
        d, r = totals["dateline"][label].f1, totals["raw"][label].f1
        verdict = "PASS" if d > r else "FAIL"
        lines.append(f"  {label:<6} F1 beats raw model: {verdict} ({d:.3f} vs {r:.3f})")
    if speed is not None:
        verdict = "PASS" if speed.ratio <= TARGET_OVERHEAD else "FAIL"
        lines.append(
            f"  extraction overhead <= {TARGET_OVERHEAD - 1:.0%} ({speed.corpus}): "
            f"{verdict} ({speed.ratio - 1:+.1%})"
        )
    return lines


def report(articles: list[Article], countries, speeds: list[Speed]) -> list[str]:
    totals = {system: score_all(articles, system) for system in SYSTEMS}
    places = {system: score_places(articles, system, countries) for system in SYSTEMS}
    words = sum(len(a.text.split()) for a in articles)
    lines = [
        f"Entity mentions, {len(articles)} PolNeAR dev articles ({words} words), "
        "exact span + label",
        RULE,
        *mention_table(totals),
        "",
        "Places: country of each gold GPE mention (countries.tsv)",
        RULE,
        *place_table(places),
        RULE,
    ]
    if speeds:
        lines += [
            "",
            f"Speed (spaCy parse, batch {BATCH_SIZE}; extraction = entities + places)",
            RULE,
            *speed_table(speeds),
            RULE,
        ]
    lines += target_lines(totals, speeds[-1] if speeds else None)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR dev text/")
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="PolNeAR train text/")
    parser.add_argument(
        "--speed-files", type=int, default=200, help="train files to time (0: none)"
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed part")
    parser.add_argument("--errors", choices=LABELS, help="list the most frequent errors on TYPE")
    parser.add_argument("--system", choices=SYSTEMS, default="dateline", help="for --errors")
    parser.add_argument("--top", type=int, default=15, help="how many error kinds to list")
    args = parser.parse_args(argv)

    gold = load_gold()
    files = sorted(gold)
    texts = {f: read_text(args.data / f) for f in files}
    check_gold(GOLD, texts)
    articles = run_systems(files, texts, gold)
    if args.errors:
        print_errors(articles, args.system, args.errors, args.top)
        return 0
    speeds = []
    if not args.no_speed:
        speeds.append(measure_speed("dev (gold articles)", [texts[f] for f in files]))
        train = sorted(args.train.glob("*.txt"))[: args.speed_files] if args.train.is_dir() else []
        if train:
            speeds.append(measure_speed("train (first files)", [read_text(p) for p in train]))
    print("\n".join(report(articles, load_countries(), speeds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
