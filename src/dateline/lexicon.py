"""The one reader of our data files in data/: plain lists (one entry a line) and sectioned
files ("[section]" headers), "#" lines being comments. Loaded once per process.

`section_lines` keeps the file's order and case (tables whose order matters: figure
categories, actor roles); `sections` and `words` give lowercase frozensets for lookups."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """A data file's lines as written (stripped), comments and blank lines skipped."""
    text = resources.files("dateline.data").joinpath(name).read_text("utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return tuple(line for line in stripped if line and not line.startswith("#"))


@cache
def section_lines(name: str) -> dict[str, tuple[str, ...]]:
    """A data file with [section] headers: section name -> its lines as written, sections
    and lines in file order (lines before the first header are in section "")."""
    found: dict[str, list[str]] = {}
    current = ""
    for line in lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            found.setdefault(current, [])
        else:
            found.setdefault(current, []).append(line)
    return {key: tuple(values) for key, values in found.items()}


@cache
def sections(name: str) -> dict[str, frozenset[str]]:
    """A data file with [section] headers: section name -> its lowercase entries."""
    return {
        key: frozenset(line.lower() for line in entries)
        for key, entries in section_lines(name).items()
    }


@cache
def words(name: str) -> frozenset[str]:
    """A plain one-entry-a-line data file, lowercase."""
    return frozenset(line.lower() for line in lines(name))


def title_heads() -> frozenset[str]:
    return sections("titles.txt")["heads"]


def title_modifiers() -> frozenset[str]:
    return sections("titles.txt")["modifiers"]


def portfolios() -> frozenset[str]:
    return sections("titles.txt")["portfolios"]


@cache
def cue_verbs() -> frozenset[str]:
    """Every reporting verb (speech, stance and object sections)."""
    groups = sections("cue_verbs.txt")
    return groups["speech"] | groups["stance"] | groups["object"]


def speech_verbs() -> frozenset[str]:
    return sections("cue_verbs.txt")["speech"]


def stance_verbs() -> frozenset[str]:
    return sections("cue_verbs.txt")["stance"]


def object_verbs() -> frozenset[str]:
    return sections("cue_verbs.txt")["object"]


def objectless_verbs() -> frozenset[str]:
    """Speech and stance verbs whose direct object is not their content ("told reporters")."""
    return sections("cue_verbs.txt")["not-object"]


def stance_adjectives() -> frozenset[str]:
    """Adjectives of a stance or state of mind ("confident that", "critical of")."""
    return sections("cue_verbs.txt")["adjective"]


@cache
def table(name: str, section: str) -> dict[str, str]:
    """A section of "key<TAB>value" lines as a dict, in file order."""
    found = {}
    for line in section_lines(name)[section]:
        key, _, value = line.partition("\t")
        found[key.strip()] = value.strip()
    return found
