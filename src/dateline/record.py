"""The typed records that flow between pipeline stages, and their stable JSON form.

`Document` is what a reader yields (raw content plus what the container told us);
`Failure` is a per-document error; `Article` is the record dateline produces for one
article. Every offset in an Article indexes its `text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "dateline.article/1"

ContentKind = Literal["html", "text"]

# The kinds of a quote record (dateline.extract.quotes.kinds); what people call a quote is
# the first two, and the views show those unless asked for more.
QUOTE_KINDS = ("speech", "writing", "stance", "knowledge", "unsourced", "act")
SAID_KINDS = frozenset({"speech", "writing"})


def quote_kinds(value: str | None) -> frozenset[str] | None:
    """The kinds a `--kind`/`?kind=` value names ("speech,writing", "stance", "all"): None
    for all, the said kinds when empty; ValueError naming the valid ones otherwise."""
    if value is None or not value.strip():
        return SAID_KINDS
    names = {part.strip().lower() for part in value.split(",") if part.strip()}
    if "all" in names:
        return None
    unknown = sorted(names - set(QUOTE_KINDS))
    if unknown:
        raise ValueError(
            f"unknown quote kind {', '.join(unknown)}: use {', '.join(QUOTE_KINDS)} or all"
        )
    return frozenset(names)


@dataclass(frozen=True)
class Document:
    """One input document, decoded, as a reader found it."""

    source: str  # where it came from: a path, "path#line 3", "path#record 2", "-"
    content: str
    kind: ContentKind
    url: str | None = None
    published: str | None = None
    id: str | None = None  # an id the container supplied (JSON Lines `id`)


@dataclass(frozen=True)
class Failure:
    """A document that could not be turned into an article, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Article:
    """The record for one article (schema `dateline.article/1`)."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    language: str | None = None
    removed: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    tone: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)  # what a reader should know of the record
    source: str | None = None  # input location; kept out of the JSON record, stored with the row
    # MinHash of the clean text (dateline.stories), for finding syndicated copies; kept out
    # of the JSON record, stored with the row
    signature: list[int] | None = None
    shingles: int | None = None  # how many word shingles the signature was made of
    story_id: str | None = None  # the story it is a copy in (set by the store or Spark job)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record, keys in schema order, every key always present."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "credits": list(self.credits),
            "language": self.language,
            "text": self.text,
            "removed": list(self.removed),
            "entities": list(self.entities),
            "quotes": list(self.quotes),
            "figures": list(self.figures),
            "events": list(self.events),
            "places": list(self.places),
            "tone": self.tone,
            "notes": list(self.notes),
        }


def article_id(clean_text: str) -> str:
    """Stable id: the first 16 hex digits of the SHA-256 of the clean text with whitespace
    collapsed, so the same article cleaned to the same words gets the same id."""
    canonical = " ".join(clean_text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
