"""Score event coding (CAMEO/PLOVER) against the PLOVER gold standard records.

Gold: `<shared>/data/events/plover/PLOVER_GSR_CAMEO.txt` (or `--gold PATH`), a JSON array of
the example sentences of the CAMEO 1.1b3 manual coded in the PLOVER 0.5 draft vocabulary
(AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, INVESTIGATE, DEMAND, DISAPPROVE,
REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT, FIGHT). A record has `id`
(`PLOVER-GSR01-AGREE-0002`), `text` (a sentence or two), `event` (its one type), `date`
(the story date) and `source` / `target`: lists of {actorText, code (a 3-letter country
code, IGO, NGO...), sector (optional: GOV, MIL, REB, CVLkur, '***'...)}; a `target` that is
not a list is no target. Records whose `event` is DOCUMENT or that lack `text` are skipped.
Ids are not unique and some texts appear twice with different types: records are kept in
file order and scored one by one. Splits by the number after the last '-' of the id: `even`
(for tuning; the only split `--errors` shows) and `odd` (the reported one).

System: dateline, `dateline.extract(text, clean="none", published=date, languages=None)
.events`, one record at a time; a record whose extraction raises dateline.ExtractError gets
no events (counted as `fail`). Each event's CAMEO `code` is turned into the gold's 0.5
vocabulary with LEGACY_TYPES (CAMEO 01 and 02 have no PLOVER type: such events are not
scored). The record's primary event is the first by `action_start` (else `start`) among its
events that have a type.

Metrics, per split, single label with abstention: predicted = records with a primary event,
right = its type is the gold's; P = right / predicted, R = right / gold records, F1. `any`
(lenient): a hit when the gold type is among the types of all the record's events; P = hits
/ records with any typed event, R = hits / records. `2021`: the primary event's `plover`
field against the gold type renamed to the PLOVER 2021 vocabulary (MODERN_TYPES). Per-type
gold, P, R, F1 for the reported split. Actors, over records whose primary type is right and
whose gold has a source (target): source (target) country = our `actor_code[:3]`
(`target_code[:3]`) is the code of one of the gold's sources (targets), upper-cased, so a
gold IGO or NGO matches any code starting with it (the gold's legacy JAP, ITL, VTN read as
JPN, ITA, VNM); country+sector, over those with a gold
sector (not '***'): the same gold actor also has our code[3:6] as its sector's first three
letters. `src any type`: source country over every record with a primary event and a gold
source. `all match`: share of the split's gold records with the type right, the source
country right (or no gold source) and the target country right (or no gold target).
Speed: articles per second of `dateline.extract.events.extract_events` alone, given the
parsed Doc and the layers it reads (entities, places, quotes, figures, tone: run untimed,
as the pipeline does); no speed line while that module does not exist.

Usage:
    python bench/events.py [--shared PATH] [--gold PATH] [--limit N] [--json PATH]
    python bench/events.py --errors 10      # sample errors of the even (tuning) split
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD_PATH = Path("data") / "events" / "plover" / "PLOVER_GSR_CAMEO.txt"

SPLITS = ("odd", "even")  # reported first
REPORTED = "odd"
TUNING = "even"
RULE = "-" * 100

# The PLOVER 0.5 draft types of the gold, in CAMEO order.
TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
)

# CAMEO root -> PLOVER 0.5 draft type, after the table "PLOVER equivalents to CAMEO cue
# categories" (section "CAMEO to PLOVER translation") of shared/data/events/plover/
# PLOVER_MANUAL.tex: 01 and 02 dropped; 08 split into CONCEDE (080-083) and RETREAT
# (084-087, see legacy_type). That table gives the 2021 names; where they differ from the
# gold's (MODERN_TYPES), the 0.5 name is the CAMEO one: 09 INVESTIGATE, 10 DEMAND, 11
# DISAPPROVE, 19 FIGHT. 20 (unconventional mass violence) is FIGHT as in that table, and as
# in the gold (FIGHT-0001, ethnic cleansing, is a CAMEO 203 example).
LEGACY_TYPES = {
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "FIGHT",
}
RETREAT_DIGITS = "4567"  # 084-087: the material half of CAMEO 08 YIELD

# PLOVER 0.5 draft name -> PLOVER 2021 name (the same manual table: INVESTIGATE and
# DISAPPROVE became ACCUSE, DEMAND became REQUEST, FIGHT went into ASSAULT); others unchanged.
MODERN_TYPES = {
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

Event = dict[str, Any]
Actor = tuple[str, str | None]  # (code, sector)


# --------------------------------------------------------------------------------------
# Gold, splits, types
# --------------------------------------------------------------------------------------


def split_of(record_id: str) -> str:
    """'even' or 'odd' by the number after the id's last '-' (ValueError if there is none)."""
    suffix = str(record_id).rsplit("-", 1)[-1].strip()
    if not suffix.isdigit():
        raise ValueError(f"no numeric suffix in id {record_id!r}")
    return "even" if int(suffix) % 2 == 0 else "odd"


def legacy_type(code: Any) -> str | None:
    """The PLOVER 0.5 draft type of a CAMEO event code ("0871" -> RETREAT), or None for
    CAMEO 01 and 02 and for anything that is not a CAMEO code."""
    if not isinstance(code, str):
        return None
    code = code.strip()
    if len(code) < 2 or not code.isdigit():
        return None
    root = code[:2]
    if root == "08" and len(code) >= 3 and code[2] in RETREAT_DIGITS:
        return "RETREAT"
    return LEGACY_TYPES.get(root)


def modern_type(legacy: str | None) -> str | None:
    """A PLOVER 0.5 draft type in the 2021 vocabulary (DEMAND -> REQUEST)."""
    if legacy is None:
        return None
    return MODERN_TYPES.get(legacy, legacy)


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold records in file order, less DOCUMENT ones and ones without text or id."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: not a JSON array")
    records = []
    for record in data:
        if not isinstance(record, dict) or record.get("event") == "DOCUMENT":
            continue
        if not isinstance(record.get("text"), str) or not record["text"].strip():
            continue
        if not isinstance(record.get("id"), str) or not isinstance(record.get("event"), str):
            continue
        records.append(record)
    return records


def actors(record: dict[str, Any], key: str) -> list[Actor]:
    """The gold's source or target actors as (code, sector); a non-list is none."""
    value = record.get(key)
    if not isinstance(value, list):
        return []
    found = []
    for actor in value:
        if not isinstance(actor, dict):
            continue
        code = actor.get("code")
        if isinstance(code, str) and code.strip():
            sector = actor.get("sector")
            found.append((code.strip().upper(), sector if isinstance(sector, str) else None))
    return found


def usable_sector(sector: str | None) -> bool:
    """A gold sector that can be scored: three letters first (not '***', not empty)."""
    return bool(sector) and len(sector.strip()) >= 3 and sector.strip()[:3].isalpha()


# The gold keeps a few country codes of the KEDS/early-CAMEO era where the code book now has
# ISO 3166 alpha-3 (ours): the same country under two names, not a coding difference.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def country_match(gold_code: str, ours: Any) -> bool:
    """Our CAMEO actor code starts with the gold's country (or IGO, NGO...) code."""
    if not isinstance(ours, str) or not ours:
        return False
    country = gold_code[:3].upper()
    return ours[:3].upper() == LEGACY_COUNTRY_CODES.get(country, country)


def sector_match(gold_sector: str | None, ours: Any) -> bool:
    """Our code's three letters after the country are the gold sector's first three."""
    if not usable_sector(gold_sector) or not isinstance(ours, str):
        return False
    assert gold_sector is not None
    return ours[3:6].upper() == gold_sector.strip()[:3].upper()


def any_country(golds: Sequence[Actor], ours: Any) -> bool:
    return any(country_match(code, ours) for code, _ in golds)


def any_country_sector(golds: Sequence[Actor], ours: Any) -> bool:
    return any(
        usable_sector(sector) and country_match(code, ours) and sector_match(sector, ours)
        for code, sector in golds
    )


# --------------------------------------------------------------------------------------
# Predictions and scoring
# --------------------------------------------------------------------------------------


def _position(event: Event) -> float:
    for key in ("action_start", "start"):
        value = event.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return math.inf


def typed_events(events: Iterable[Event] | None) -> list[Event]:
    """The events whose code has a PLOVER 0.5 type, in text order (action start, else start;
    stable, so ties keep the extractor's order)."""
    found = [event for event in events or () if legacy_type(event.get("code")) is not None]
    return sorted(found, key=_position)


def primary_event(events: Iterable[Event] | None) -> Event | None:
    """The record's prediction: its first typed event, or None."""
    typed = typed_events(events)
    return typed[0] if typed else None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None) -> float:
    p, r = precision or 0.0, recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """What dateline scored over one split."""

    records: int = 0
    failures: int = 0  # records whose extraction raised ExtractError
    predicted: int = 0  # records with a primary event
    right: int = 0  # ... whose type is the gold's
    any_predicted: int = 0  # records with any typed event
    any_hit: int = 0  # ... the gold type among them
    right_2021: int = 0  # primary event's `plover` equals the gold type renamed
    gold_by_type: Counter[str] = field(default_factory=Counter)
    predicted_by_type: Counter[str] = field(default_factory=Counter)
    right_by_type: Counter[str] = field(default_factory=Counter)
    source_total: int = 0  # type right and a gold source
    source_right: int = 0
    source_sector_total: int = 0  # ... and a gold source with a sector
    source_sector_right: int = 0
    target_total: int = 0  # type right and a gold target
    target_right: int = 0
    target_sector_total: int = 0
    target_sector_right: int = 0
    source_any_total: int = 0  # any primary event and a gold source
    source_any_right: int = 0
    all_match: int = 0

    def precision(self) -> float | None:
        return _ratio(self.right, self.predicted)

    def recall(self) -> float | None:
        return _ratio(self.right, self.records)

    def f1(self) -> float:
        return _f1(self.precision(), self.recall())

    def any_precision(self) -> float | None:
        return _ratio(self.any_hit, self.any_predicted)

    def any_recall(self) -> float | None:
        return _ratio(self.any_hit, self.records)

    def any_f1(self) -> float:
        return _f1(self.any_precision(), self.any_recall())

    def precision_2021(self) -> float | None:
        return _ratio(self.right_2021, self.predicted)

    def recall_2021(self) -> float | None:
        return _ratio(self.right_2021, self.records)

    def f1_2021(self) -> float:
        return _f1(self.precision_2021(), self.recall_2021())

    def type_scores(self, name: str) -> tuple[float | None, float | None, float]:
        """P, R, F1 of one type (P over the records whose primary event has that type)."""
        precision = _ratio(self.right_by_type[name], self.predicted_by_type[name])
        recall = _ratio(self.right_by_type[name], self.gold_by_type[name])
        return precision, recall, _f1(precision, recall)

    def to_dict(self) -> dict[str, Any]:
        """Counts and metrics as JSON-ready values."""
        return {
            "records": self.records,
            "failures": self.failures,
            "predicted": self.predicted,
            "right": self.right,
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
            "any": {
                "predicted": self.any_predicted,
                "hits": self.any_hit,
                "precision": self.any_precision(),
                "recall": self.any_recall(),
                "f1": self.any_f1(),
            },
            "plover_2021": {
                "right": self.right_2021,
                "precision": self.precision_2021(),
                "recall": self.recall_2021(),
                "f1": self.f1_2021(),
            },
            "actors": {
                "source_country": _share(self.source_right, self.source_total),
                "source_country_sector": _share(self.source_sector_right, self.source_sector_total),
                "target_country": _share(self.target_right, self.target_total),
                "target_country_sector": _share(self.target_sector_right, self.target_sector_total),
                "source_country_any_type": _share(self.source_any_right, self.source_any_total),
            },
            "all_match": _share(self.all_match, self.records),
            "per_type": {
                name: _type_dict(self, name)
                for name in TYPES
                if self.gold_by_type[name] or self.predicted_by_type[name]
            },
        }


def _share(right: int, total: int) -> dict[str, Any]:
    return {"right": right, "total": total, "share": _ratio(right, total)}


def _type_dict(counts: Counts, name: str) -> dict[str, Any]:
    precision, recall, f1 = counts.type_scores(name)
    return {
        "gold": counts.gold_by_type[name],
        "predicted": counts.predicted_by_type[name],
        "right": counts.right_by_type[name],
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


@dataclass(frozen=True)
class Judgement:
    """How one record went: what is wrong with it (empty: all match)."""

    record: dict[str, Any]
    events: list[Event] | None  # None: the extraction failed
    primary: Event | None
    problems: tuple[str, ...]


def judge(record: dict[str, Any], events: Sequence[Event] | None) -> Judgement:
    """The problems of one record's prediction: missed, wrong type, wrong source / target
    country (the actors only looked at once the type is right)."""
    primary = primary_event(events)
    gold = record["event"]
    problems = []
    if primary is None:
        problems.append("missed" if events is not None else "missed (extraction failed)")
    elif legacy_type(primary.get("code")) != gold:
        problems.append("wrong type")
    else:
        sources, targets = actors(record, "source"), actors(record, "target")
        if sources and not any_country(sources, primary.get("actor_code")):
            problems.append("wrong source")
        if targets and not any_country(targets, primary.get("target_code")):
            problems.append("wrong target")
    return Judgement(record, None if events is None else list(events), primary, tuple(problems))


def add(counts: Counts, record: dict[str, Any], events: Sequence[Event] | None) -> None:
    """Score one record (gold dict as in the JSON) and its events (None: extraction failed)."""
    gold = record["event"]
    counts.records += 1
    counts.failures += events is None
    counts.gold_by_type[gold] += 1
    typed = typed_events(events)
    if typed:
        counts.any_predicted += 1
        counts.any_hit += gold in {legacy_type(event.get("code")) for event in typed}
    primary = typed[0] if typed else None
    if primary is None:
        return
    ours = legacy_type(primary.get("code"))
    assert ours is not None
    counts.predicted += 1
    counts.predicted_by_type[ours] += 1
    plover = primary.get("plover")
    counts.right_2021 += isinstance(plover, str) and plover.upper() == modern_type(gold)
    sources, targets = actors(record, "source"), actors(record, "target")
    actor_code, target_code = primary.get("actor_code"), primary.get("target_code")
    if sources:
        counts.source_any_total += 1
        counts.source_any_right += any_country(sources, actor_code)
    if ours != gold:
        return
    counts.right += 1
    counts.right_by_type[gold] += 1
    source_ok = not sources or any_country(sources, actor_code)
    target_ok = not targets or any_country(targets, target_code)
    counts.all_match += source_ok and target_ok
    if sources:
        counts.source_total += 1
        counts.source_right += source_ok
        if any(usable_sector(sector) for _, sector in sources):
            counts.source_sector_total += 1
            counts.source_sector_right += any_country_sector(sources, actor_code)
    if targets:
        counts.target_total += 1
        counts.target_right += target_ok
        if any(usable_sector(sector) for _, sector in targets):
            counts.target_sector_total += 1
            counts.target_sector_right += any_country_sector(targets, target_code)


def score(
    records: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Event] | None]
) -> dict[str, Counts]:
    """Counts per split ('odd', 'even') of predictions aligned with the gold records (one
    list of event dicts per record, None where the extraction failed)."""
    if len(records) != len(predictions):
        raise ValueError(f"{len(records)} gold records but {len(predictions)} predictions")
    counts = {split: Counts() for split in SPLITS}
    for record, events in zip(records, predictions, strict=True):
        add(counts[split_of(record["id"])], record, events)
    return counts


# --------------------------------------------------------------------------------------
# The system
# --------------------------------------------------------------------------------------


def event_extractor() -> Callable[..., Any] | None:
    """dateline.extract.events.extract_events, or None while it does not exist."""
    try:
        module = importlib.import_module("dateline.extract.events")
    except ModuleNotFoundError as exc:
        if exc.name in ("dateline.extract.events", "dateline.extract", "dateline"):
            return None
        raise
    function = getattr(module, "extract_events", None)
    return function if callable(function) else None


@dataclass
class Run:
    """dateline's events per record, and what the run noticed."""

    predictions: list[list[Event] | None] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)  # ExtractError messages
    seconds: float = 0.0
    timed: int = 0
    notes: list[str] = field(default_factory=list)

    def rate(self) -> float | None:
        if not self.timed:
            return None
        return self.timed / self.seconds if self.seconds > 0 else math.inf


def _layers(text: str, published: str | None) -> dict[str, Any]:
    """The parsed Doc and the layers the pipeline computes before events (untimed)."""
    from dateline.extract.registry import requirements, run_layers
    from dateline.nlp import parse
    from dateline.record import Article

    doc = parse(text)
    article = Article(id="x", text=text, published=published)
    run_layers(doc, article, only=requirements("events"))
    return {
        "doc": doc,
        "article": article,
        "entities": article.entities,
        "places": article.places,
        "quotes": article.quotes,
    }


def bind(function: Callable[..., Any], layers: dict[str, Any]) -> inspect.BoundArguments:
    """The call of `function` with the layers its parameters are named after (TypeError if
    a required parameter has no layer of that name)."""
    signature = inspect.signature(function)
    given = {
        name: layers[name]
        for name, parameter in signature.parameters.items()
        if name in layers
        and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    }
    return signature.bind(**given)


# The GSR file gives every record the date 2000-01-01, a placeholder, not the article's.
PLACEHOLDER_DATES = frozenset({"2000-01-01"})


def run_dateline(records: Sequence[dict[str, Any]], time_events: bool = True) -> Run:
    """dateline's events for each record; extract_events timed alone if it exists."""
    import dateline

    run = Run()
    extract_events = event_extractor() if time_events else None
    if extract_events is not None and records:  # untimed warm-up; the binding checked
        try:
            call = bind(extract_events, _layers(records[0]["text"], records[0].get("date")))
        except TypeError as exc:
            run.notes.append(f"speed: extract_events not timed ({exc})")
            extract_events = None
        else:
            extract_events(*call.args, **call.kwargs)
    for record in records:
        text, published = record["text"], record.get("date")
        published = published if isinstance(published, str) and published.strip() else None
        if published in PLACEHOLDER_DATES:
            published = None  # not the article's date: office-holders would be dated by it
        try:
            article = dateline.extract(text, clean="none", published=published, languages=None)
        except dateline.ExtractError as exc:
            run.predictions.append(None)
            run.reasons[str(exc)] += 1
            continue  # not timed either
        run.predictions.append(list(article.events))
        if extract_events is not None:
            call = bind(extract_events, _layers(text, published))
            start = time.perf_counter()
            extract_events(*call.args, **call.kwargs)
            run.seconds += time.perf_counter() - start
            run.timed += 1
    if extract_events is not None:
        run.notes.append(
            "speed: dateline.extract.events.extract_events alone, on the parsed Doc and layers"
        )
    elif time_events and not run.notes:
        run.notes.append("speed: skipped (no dateline.extract.events.extract_events yet)")
    return run


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def _number(value: float | None, width: int = 7) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'-':>{width}}"


def _label(split: str) -> str:
    return f"{split} ({'report' if split == REPORTED else 'tuning'})"


def report(
    records: Sequence[dict[str, Any]], counts: dict[str, Counts], run: Run | None = None
) -> str:
    """The readable report: types per split, actors per split, per type, notes, speed."""
    sizes = Counter(split_of(record["id"]) for record in records)
    lines = [
        f"PLOVER gold (CAMEO manual examples): {len(records)} records;"
        f" {', '.join(f'{_label(split)} {sizes[split]}' for split in SPLITS)}",
        RULE,
        f"{'split':<16}{'gold':>5}{'pred':>5}{'right':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"   {'any':>4}{'hit':>5}{'P':>7}{'R':>7}   {'2021':>5}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'fail':>5}",
        RULE,
    ]
    for split in SPLITS:
        c = counts[split]
        row = f"{_label(split):<16}{c.records:>5}{c.predicted:>5}{c.right:>6}"
        row += _number(c.precision()) + _number(c.recall()) + _number(c.f1())
        row += f"   {c.any_predicted:>4}{c.any_hit:>5}"
        row += _number(c.any_precision()) + _number(c.any_recall())
        row += f"   {c.right_2021:>5}" + _number(c.precision_2021())
        row += _number(c.recall_2021()) + _number(c.f1_2021()) + f"{c.failures:>5}"
        lines.append(row)
    lines += [
        RULE,
        "type: the primary event (first typed one) has the gold's PLOVER 0.5 type (CAMEO code",
        "  converted); any: the gold type among all the record's events (any: records with an",
        "  event, hit: of them); 2021: the primary event's `plover` is the gold type renamed",
        "  (INVESTIGATE, DISAPPROVE -> ACCUSE, DEMAND -> REQUEST, FIGHT -> ASSAULT); fail:",
        "  records whose extraction raised ExtractError",
        "",
        "actors (country: the first 3 letters of our code; sector: the next 3), share (n):",
        f"{'split':<16}{'src country':>16}{'src+sector':>16}{'tgt country':>16}"
        f"{'tgt+sector':>16}{'src any type':>16}{'all match':>12}",
    ]
    for split in SPLITS:
        c = counts[split]
        row = f"{_label(split):<16}"
        for right, total in (
            (c.source_right, c.source_total),
            (c.source_sector_right, c.source_sector_total),
            (c.target_right, c.target_total),
            (c.target_sector_right, c.target_sector_total),
            (c.source_any_right, c.source_any_total),
        ):
            row += _number(_ratio(right, total), 10) + f"{f'({total})':>6}"
        row += _number(_ratio(c.all_match, c.records), 12)
        lines.append(row)
    lines += [
        "  src/tgt: over records whose type is right and whose gold has a source (target);",
        "  +sector: of them, those whose gold actor has a sector; src any type: over every",
        "  record with a primary event and a gold source; all match: over all gold records,",
        "  type, source country and target country right (no gold actor: nothing to miss)",
        "",
        f"per type, {REPORTED} split (reported):",
        f"  {'type':<13}{'gold':>5}{'pred':>5}{'right':>6}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    reported = counts[REPORTED]
    for name in TYPES:
        precision, recall, f1 = reported.type_scores(name)
        lines.append(
            f"  {name:<13}{reported.gold_by_type[name]:>5}{reported.predicted_by_type[name]:>5}"
            f"{reported.right_by_type[name]:>6}"
            + _number(precision)
            + _number(recall)
            + _number(f1)
        )
    if run is not None:
        lines.append("")
        rate = run.rate()
        if rate is not None:
            lines.append(f"speed: {rate:.1f} articles/s ({run.timed} timed)")
        lines += run.notes
        for reason, number in run.reasons.most_common(5):
            lines.append(f"ExtractError x{number}: {reason}")
    return "\n".join(lines)


def describe_event(event: Event, text: str) -> str:
    """One of our events on one line."""
    start, end = event.get("action_start"), event.get("action_end")
    trigger = ""
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        trigger = f" [{' '.join(text[start:end].split())}]"
    code = event.get("code")
    parts = [
        f"{code} {legacy_type(code) or '(untyped)'} / {event.get('plover')}{trigger}",
        f"actor={event.get('actor_code')}",
        f"target={event.get('target_code')}",
    ]
    if event.get("negated"):
        parts.append("negated")
    return " ".join(parts)


def _actors_text(golds: Sequence[Actor]) -> str:
    return ", ".join(f"{code}{sector or ''}" for code, sector in golds) or "-"


def error_report(
    records: Sequence[dict[str, Any]],
    predictions: Sequence[Sequence[Event] | None],
    count: int,
    split: str = TUNING,
) -> str:
    """`count` records of `split` that are not all right, chosen the same way every run."""
    if split != TUNING:
        raise ValueError("errors are shown for the tuning split only")
    judged = [
        judge(record, events)
        for record, events in zip(records, predictions, strict=True)
        if split_of(record["id"]) == split
    ]
    wrong = [j for j in judged if j.problems]
    chosen = sorted(random.Random(0).sample(range(len(wrong)), min(count, len(wrong))))
    kinds = Counter(problem for j in wrong for problem in j.problems)
    summary = ", ".join(f"{kind} {number}" for kind, number in sorted(kinds.items()))
    lines = [
        f"errors ({_label(split)}): {len(wrong)} of {len(judged)} records not all right"
        f" ({summary or 'none'}); {len(chosen)} shown"
    ]
    for index in chosen:
        j = wrong[index]
        record = j.record
        lines.append(f"- {record['id']}: {', '.join(j.problems)}")
        lines.append(f"    {' '.join(record['text'].split())}")
        lines.append(
            f"    gold: {record['event']} source={_actors_text(actors(record, 'source'))}"
            f" target={_actors_text(actors(record, 'target'))}"
        )
        if j.events is None:
            lines.append("    ours: extraction failed")
        elif not j.events:
            lines.append("    ours: no events")
        for event in sorted(j.events or [], key=_position):
            mark = "*" if event is j.primary else " "
            lines.append(f"   {mark}ours: {describe_event(event, record['text'])}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared/ folder")
    parser.add_argument("--gold", type=Path, help=f"gold JSON (default <shared>/{GOLD_PATH})")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="first N records")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="N sample errors (even split)"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the metrics here")
    parser.add_argument("--no-speed", action="store_true", help="do not time extract_events")
    args = parser.parse_args(argv)

    gold_path = args.gold or args.shared / GOLD_PATH
    if not gold_path.exists():
        parser.error(f"no gold file at {gold_path} (see --shared, --gold)")
    records = load_gold(gold_path)
    if args.limit > 0:
        records = records[: args.limit]
    run = run_dateline(records, time_events=not args.no_speed)
    counts = score(records, run.predictions)
    print(report(records, counts, run))
    if args.errors:
        print()
        print(error_report(records, run.predictions, args.errors))
    if args.json:
        rate = run.rate()
        payload = {
            "gold": str(gold_path),
            "reported_split": REPORTED,
            "splits": {split: counts[split].to_dict() for split in SPLITS},
            "speed_articles_per_second": rate if rate is None or math.isfinite(rate) else None,
            "speed_timed": run.timed,
            "extract_errors": dict(run.reasons),
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
