"""Claimants as claim lines name and compare them.

A figure's claimant is its source as the figures layer found it ("the health ministry",
"Mozambique's health ministry", "the UN"); a line names it without a leading "the" or a
country's possessive, and counts "UN" and "United Nations" as one claimant. One body has
several names across articles, and `Bodies` joins them: an acronym an article defines ("the
national civil protection authority (ANEPC)"), and a person with the body they speak for
(the entity's affiliation: "ANEPC commander André Fernandes"). Hand-written: the names are
short phrases of one article's text, with no entity linking across articles.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.geo import country

THE_ARTICLE = "the article"


def claimant_of(figure: dict[str, Any]) -> str:
    """Who claims a figure, named as a line names it: the source without a leading "the" or
    its country's possessive ("Sudan's health ministry" in a line about Sudan is the health
    ministry), or "the article"."""
    name = " ".join((figure.get("source") or "").strip(" ,;").split())
    if name.split()[-1:] and name.split()[-1].lower() in _DOCUMENTS:
        name = _publisher(name)  # "the latest KSDMA bulletin" is the KSDMA's
    voice = _SPEAKS_FOR.match(name)
    if voice is not None:  # "a spokesman for the Taliban administration" is the administration
        name = voice.group(1)
    if not name:
        return THE_ARTICLE
    owner = _POSSESSOR.match(name)
    if owner is not None and country(owner.group(1)) is not None:
        name = name[owner.end() :]  # "Sudan's health ministry" (not "Benue State's agency")
    name = _LEADING.sub("", name)
    return (
        name[:1].lower() + name[1:]
        if name[:1].isupper()
        and name[1:2].islower()
        and (" " in name and name.split()[0].lower() in _BODY_WORDS)
        else name
    )


def _publisher(document: str) -> str:
    """Who publishes a document a figure is taken from: the name in its phrase ("a Reuters
    tally", "the latest KSDMA bulletin", "the ministry's statement"), else nobody named ("a
    tally", "its own records": the article's claim)."""
    owner = re.match(r"^(?:[Tt]he\s+)?(.+?)['’]s\s", document)
    if owner is not None:  # "the ministry's statement"
        return owner.group(1)
    words = document.split()[:-1]
    named = [w for w in words[1:] if w[:1].isupper()] + (
        [words[0]]
        if words and words[0][:1].isupper() and words[0] not in ("The", "A", "An")
        else []
    )
    return " ".join(w for w in words if w in named)


# Who speaks for a body, named by it: "a spokesman for the Taliban administration", "an
# official at the health ministry".
_SPEAKS_FOR = re.compile(
    r"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:spokes(?:man|woman|person)|official|representative)"
    r"\s+(?:for|of|at|with)\s+(.+)$",
    re.IGNORECASE,
)
# Nouns of a document that holds figures: its publisher claims them.
_DOCUMENTS = frozenset(
    "tally tallies bulletin bulletins report reports record records count data statement "
    "database census".split()
)
_LEADING = re.compile(r"^[Tt]he\s+")
_POSSESSOR = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(?=[a-z])")
# Words that begin a body's name written in lower case ("health ministry", "police"):
# the sentence's capital is not part of it.
_BODY_WORDS = frozenset(
    "health interior defence defense foreign disaster army police government ministry "
    "officials local state provincial district".split()
)


def claimant_key(name: str) -> str:
    """A claimant's name to compare with: its words, lower case, without "the", "of", "for"."""
    return " ".join(_words(name)).lower()


def _one_name(name: str, other: str) -> bool:
    """Whether `name` is `other` in any case ("Health Ministry"), the last three or more of
    its words ("civil protection authority" of "national civil protection authority"), or its
    acronym ("UN" for "the United Nations")."""
    words = _words(name)
    other_words = _words(other)
    lowered, other_lowered = [w.lower() for w in words], [w.lower() for w in other_words]
    if lowered == other_lowered:
        return True
    if len(lowered) >= 3 and other_lowered[-len(lowered) :] == lowered:
        return True  # "state disaster management authority" of "Kerala State Disaster ..."
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        initials = "".join(w[0] for w in other_words if w[:1].isupper())
        return words[0] == initials
    return False


def _words(name: str) -> list[str]:
    """The words of a name without "the", "of", "for" and a possessive ("the state's
    disaster management authority")."""
    words = re.sub(r"['’]s\b", "", name.replace(".", "")).split()
    return [w for w in words if w.lower() not in ("the", "of", "for")]


def same_name(name: str, other: str) -> bool:
    """Whether two claimant names are one claimant (see `_one_name`), either way round."""
    return _one_name(name, other) or _one_name(other, name)


class Bodies:
    """Which claimant names are one body, from the figures' sources and their articles'
    texts (see the module docstring): a union of names that any article or entity joins."""

    def __init__(self, figures: list[dict[str, Any]], texts: list[str]) -> None:
        self._parent: dict[str, str] = {}
        by_last_word: dict[str, set[str]] = {}  # (a store has thousands of names)
        for figure in figures:
            name = claimant_of(figure)
            if " " in name and name != THE_ARTICLE:
                by_last_word.setdefault(name.split()[-1], set()).add(name)
        for figure in figures:
            body = figure.get("source_affiliation")
            if body and figure.get("source") and country(body) is None:  # (not "Kenya" for
                # "Kenya's ambassador": a country is no body with a figure of its own)
                self._join(claimant_of(figure), claimant_of({"source": body}))
        for text in texts:
            for match in _DEFINED.finditer(text):  # "the civil protection authority (ANEPC)"
                before = text[max(0, match.start() - 100) : match.start()]
                for name in by_last_word.get((before.split() or [""])[-1], ()):
                    if before.endswith(name):
                        self._join(name, match.group(1))

    def _find(self, name: str) -> str:
        key = claimant_key(name)
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def _join(self, name: str, other: str) -> None:
        self._parent[self._find(name)] = self._find(other)

    def same(self, name: str, other: str) -> bool:
        """Whether two claimant names are one body."""
        return same_name(name, other) or self._find(name) == self._find(other)


# An acronym defined in parentheses right after the name it stands for.
_DEFINED = re.compile(r" \(([A-Z][A-Za-z]{1,9})\)")
