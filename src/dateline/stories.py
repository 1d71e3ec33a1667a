"""Syndicated copies: the same wire story republished by many outlets (with their own
boilerplate, a trimmed tail, copy edits) is one story.

Each article gets a MinHash signature of its clean text's word shingles, and the number of
its shingles, computed once in the pipeline with datasketch (fixed seed and permutations, so
every engine computes the same signature). Candidate pairs are those that agree on a whole
LSH band (the banding datasketch's `MinHashLSH` picks for a Jaccard similarity of
`CANDIDATE_JACCARD`: low, because a copy cut to a brief is a small part of the original). A
candidate pair is the same story when the shorter text's shingles are mostly in the other's:
containment, estimated from MinHash's Jaccard and the two shingle counts, of at least
`CONTAINMENT` (chosen on bench/data/near-duplicates; Jaccard alone misses briefs, which share
little of a long original, and a copy padded with a site's boilerplate);
a story is a connected component of such pairs, named by its oldest member's story or, for a
new story, its smallest article id. The SQLite store and the Spark job both use `band_keys`
and `same_story` from here, so the same inputs give the same stories on either engine.

The band keys are written by hand rather than kept in a `MinHashLSH` object: the index must
persist with the store (a table of band keys, looked up per article as an ingest goes) and be
joinable in Spark, and `MinHashLSH` keeps its index in memory (or in Redis or Cassandra).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 20240521
CANDIDATE_JACCARD = 0.1
CONTAINMENT = 0.6
# A text this short (in shingles) is a headline or a teaser: contained in many articles, it
# is the same story only by Jaccard
MIN_CONTAINED = 20
MIN_JACCARD_SHORT = 0.5

_WORD = re.compile(r"\w+")
_LSH = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r


def shingles(text: str) -> set[bytes]:
    """The text's word n-grams (lower case, punctuation ignored); a text shorter than one
    shingle is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> tuple[list[int], int]:
    """The MinHash signature (NUM_PERM unsigned 32-bit values) of the text's shingles, and
    how many shingles it has."""
    grams = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(grams))
    return [int(value) for value in minhash.hashvalues], len(grams)


def band_keys(sig: list[int]) -> list[str]:
    """One key per LSH band: two articles whose keys meet are candidates."""
    values = np.asarray(sig, dtype=np.uint32)
    keys = []
    for band in range(BANDS):
        rows = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return keys


def similarity(one: list[int], two: list[int]) -> float:
    """MinHash's estimate of the Jaccard similarity of two texts' shingle sets."""
    return float(np.mean(np.asarray(one, dtype=np.uint32) == np.asarray(two, dtype=np.uint32)))


def containment(jaccard: float, size_one: int, size_two: int) -> float:
    """The share of the smaller set inside the larger, from their Jaccard similarity and
    sizes: |A & B| = J * (|A| + |B|) / (1 + J)."""
    smaller = min(size_one, size_two)
    if smaller <= 0:
        return 0.0
    return jaccard * (size_one + size_two) / (1 + jaccard) / smaller


def same_story(one: list[int], size_one: int, two: list[int], size_two: int) -> bool:
    jaccard = similarity(one, two)
    if min(size_one, size_two) < MIN_CONTAINED:
        return jaccard >= MIN_JACCARD_SHORT
    return containment(jaccard, size_one, size_two) >= CONTAINMENT


class Components:
    """Union-find over article ids: the stories of a set of same-story pairs."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, one: str, two: str) -> None:
        first, second = self.find(one), self.find(two)
        if first != second:
            low, high = sorted((first, second))
            self.parent[high] = low  # the smaller id names the component


def name_stories(
    new_ids: Iterable[str], pairs: Iterable[tuple[str, str]], stored: dict[str, str]
) -> dict[str, str]:
    """Story ids for new articles given their same-story pairs (with each other or with
    stored articles, whose story ids are `stored`): a component holding stored articles
    keeps the smallest of their story ids; a new one is named by its smallest article id."""
    new_ids = list(new_ids)
    components = Components()
    for article_id in new_ids:
        components.find(article_id)
    for one, two in pairs:
        components.union(one, two)
    kept: dict[str, str] = {}
    for article_id, story_id in stored.items():
        root = components.find(article_id)
        kept[root] = min(kept.get(root, story_id), story_id)
    return {
        article_id: kept.get(components.find(article_id), components.find(article_id))
        for article_id in new_ids
    }
