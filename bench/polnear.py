"""Read the PolNeAR attribution annotations (BRAT standoff) into typed records.

A split directory (`train/`, `dev/`, ...) holds `text/<article>.txt` and
`attributions/<article>_<annotator>.ann`. Some articles were annotated more than once; the
first annotator's file (sorted by file name) is the one read. In an `.ann` file:

- `T` lines are spans: `T3<TAB>Content 10 20;30 40<TAB>surface`: a label (`Source`, `Cue`,
  `Content`, `Attribution`, ...) and one or more `start end` pieces, character offsets into
  the text read with `newline=""` (a surface that runs over a line break spills onto the
  next lines of the file, which are skipped);
- `E` lines tie one attribution's spans together:
  `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1` (the first pair is the event type and
  its trigger; a role may be missing, and a numbered role such as `Content2` adds to
  `Content`).

Usage:
    articles = load_split("dev", Path("../shared/data/polnear"))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]  # start, end (exclusive): character offsets into the article text

ROLES = ("content", "cue", "source")

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_ROLE = re.compile(r"^([A-Za-z-]+?)\d*:(T\d+)$")


@dataclass(frozen=True)
class TextSpan:
    """One `T` line: a label and its pieces (more than one when discontinuous)."""

    id: str
    label: str
    pieces: list[Span]


@dataclass
class Attribution:
    """One gold attribution (an `E` line); any of its span lists may be empty."""

    id: str
    kind: str  # the event type: "Attribution" or "Attribution-no-source"
    content: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)


@dataclass
class Article:
    """One article of a split: its text and the gold attributions of one annotator."""

    name: str
    text: str
    annotator: str
    attributions: list[Attribution]


def read_text(path: Path) -> str:
    """A file's text exactly as stored (no newline translation), so offsets match."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def parse_spans(source: str) -> dict[str, TextSpan]:
    """The `T` lines of an `.ann` file, by id; every other line is ignored."""
    spans: dict[str, TextSpan] = {}
    for line in source.split("\n"):
        match = _T_LINE.match(line.rstrip("\r"))
        if match is None:
            continue
        ident, label, offsets = match.groups()
        pieces = []
        for piece in offsets.split(";"):
            start, end = piece.split(" ")
            pieces.append((int(start), int(end)))
        spans[ident] = TextSpan(ident, label, sorted(pieces))
    return spans


def parse_ann(source: str) -> list[Attribution]:
    """The attributions (`E` lines) of an `.ann` file, in file order.

    Roles are read case-insensitively with any trailing number dropped (`Content2` is more
    content); a role that names an unknown `T` id or an unknown role is skipped.
    """
    spans = parse_spans(source)
    attributions: list[Attribution] = []
    for line in source.split("\n"):
        match = _E_LINE.match(line.rstrip("\r"))
        if match is None:
            continue
        ident, body = match.groups()
        pairs = body.split()
        if not pairs:
            continue
        kind = pairs[0].split(":", 1)[0]
        attribution = Attribution(id=ident, kind=kind)
        for pair in pairs[1:]:
            role_match = _ROLE.match(pair)
            if role_match is None:
                continue
            role, target = role_match.group(1).lower(), role_match.group(2)
            if role not in ROLES or target not in spans:
                continue
            getattr(attribution, role).extend(spans[target].pieces)
        for role in ROLES:
            getattr(attribution, role).sort()
        attributions.append(attribution)
    return attributions


def annotation_files(directory: Path) -> dict[str, Path]:
    """Per article name, its first `.ann` file (sorted by name) in `directory`."""
    chosen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.ann"), key=lambda p: p.name):
        article, sep, _annotator = path.stem.rpartition("_")
        if not sep:
            continue
        chosen.setdefault(article, path)
    return chosen


def load_split(split: str, root: Path) -> list[Article]:
    """Every article of `root/split` that has a text and an annotation file, sorted by name.

    Raises ValueError when a span falls outside its text (a wrong directory or a text read
    with newline translation), FileNotFoundError when the split has no text directory.
    """
    base = Path(root) / split
    text_dir = base / "text"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"no PolNeAR split at {base} (expected {text_dir})")
    files = annotation_files(base / "attributions")
    articles: list[Article] = []
    for text_path in sorted(text_dir.glob("*.txt"), key=lambda p: p.name):
        name = text_path.stem
        ann_path = files.get(name)
        if ann_path is None:
            continue
        text = read_text(text_path)
        attributions = parse_ann(read_text(ann_path))
        for attribution in attributions:
            for role in ROLES:
                for start, end in getattr(attribution, role):
                    if not 0 <= start <= end <= len(text):
                        raise ValueError(
                            f"{ann_path.name} {attribution.id}: {role} span {start}-{end} "
                            f"outside the text ({len(text)} characters)"
                        )
        annotator = ann_path.stem.rpartition("_")[2]
        articles.append(Article(name, text, annotator, attributions))
    return articles
