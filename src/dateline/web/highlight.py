"""The article text as HTML with every record's span marked, built from character offsets.

Records overlap (a speaker's name is an entity mention inside a quote's sentence), so spans
cannot nest as elements. Instead the text is cut at every span boundary into flat segments;
each segment is one escaped `<span>` whose classes name the kinds covering it and whose
`data-refs` lists the records covering it. Markup stays well formed whatever the overlaps,
and the page's script finds a record's span with `[data-refs~="quote-2"]`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

# Entity types get their own colour; places, quotes, speakers, cues, figures and events too.
ENTITY_KINDS = {"PERSON": "person", "ORG": "org", "NORP": "norp"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # a CSS class suffix: quote, speaker, cue, person, org, place, figure, ...
    ref: str  # the record's key, shared with its side-panel entry: "quote-0", "entity-3"


def record_spans(record: dict[str, Any], quote_kinds: frozenset[str] | None = None) -> list[Span]:
    """Every span of an article record's layers, keyed by layer and position; of the quotes,
    those of `quote_kinds` (None: all)."""
    spans: list[Span] = []
    for n, entity in enumerate(record.get("entities") or []):
        kind = ENTITY_KINDS.get(entity.get("type"), "other")
        if entity.get("type") in ("GPE", "LOC", "FAC"):
            kind = "location"
        spans += _mentions(entity.get("mentions"), kind, f"entity-{n}")
    for n, place in enumerate(record.get("places") or []):
        spans += _mentions(place.get("mentions"), "place", f"place-{n}")
    for n, quote in enumerate(record.get("quotes") or []):
        if quote_kinds is not None and quote.get("kind", "speech") not in quote_kinds:
            continue
        ref = f"quote-{n}"
        parts = quote.get("parts") or [[quote.get("start"), quote.get("end")]]
        spans += _mentions(parts, "quote", ref)
        spans += _mentions([[quote.get("speaker_start"), quote.get("speaker_end")]], "speaker", ref)
        spans += _mentions([[quote.get("cue_start"), quote.get("cue_end")]], "cue", ref)
    for layer, kind in (("figures", "figure"), ("events", "event")):
        for n, item in enumerate(record.get(layer) or []):
            # A figure's number is its mention; its start/end cover the whole clause.
            pairs = item.get("mentions") or [[item.get("start"), item.get("end")]]
            spans += _mentions(pairs, kind, f"{kind}-{n}")
    return spans


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """`text` escaped, with each stretch covered by spans wrapped in one flat `<span>`.
    Offsets outside the text are clipped; empty spans are dropped."""
    size = len(text)
    kept = []
    for span in spans:
        start, end = max(0, span.start), min(size, span.end)
        if start < end:
            kept.append(Span(start, end, span.kind, span.ref))
    cuts = sorted({0, size, *(s.start for s in kept), *(s.end for s in kept)})
    starting: dict[int, list[Span]] = {}
    for span in kept:
        starting.setdefault(span.start, []).append(span)
    active: list[Span] = []
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > left] + starting.get(left, [])
        piece = str(escape(text[left:right]))
        if not active:
            out.append(piece)
            continue
        kinds = " ".join(sorted({f"hl-{s.kind}" for s in active}))
        refs = " ".join(dict.fromkeys(s.ref for s in active))
        out.append(f'<span class="hl {kinds}" data-refs="{escape(refs)}">{piece}</span>')
    return Markup("".join(out))


def _mentions(pairs: Any, kind: str, ref: str) -> list[Span]:
    spans = []
    for pair in pairs or []:
        if (
            isinstance(pair, list | tuple)
            and len(pair) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in pair)
        ):
            spans.append(Span(pair[0], pair[1], kind, ref))
    return spans
