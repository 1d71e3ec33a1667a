"""Syndicated copies: the same wire story republished by many outlets (with their own
boilerplate, a trimmed tail, copy edits) is one story.

Each article gets a MinHash signature of its clean text's word shingles, computed once in the
pipeline with datasketch (fixed seed and permutations, so every engine computes the same
signature). Candidate pairs are those that agree on a whole LSH band (the banding
datasketch's `MinHashLSH` picks for the threshold); a candidate pair is the same story when
its estimated Jaccard similarity reaches `THRESHOLD` (chosen on bench/data/near-duplicates);
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
THRESHOLD = 0.3

_WORD = re.compile(r"\w+")
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
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


def signature(text: str) -> list[int]:
    """The MinHash signature (NUM_PERM unsigned 32-bit values) of the text's shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(shingles(text)))
    return [int(value) for value in minhash.hashvalues]


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


def same_story(one: list[int], two: list[int]) -> bool:
    return similarity(one, two) >= THRESHOLD


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


def stories(
    signatures: dict[str, list[int]], pairs: Iterable[tuple[str, str]] | None = None
) -> dict[str, str]:
    """article id -> story id for a set of articles: the smallest article id of each
    connected component of same-story pairs (an article alone is its own story). Without
    `pairs`, candidates come from the band keys."""
    components = Components()
    for article_id in signatures:
        components.find(article_id)
    if pairs is None:
        pairs = candidate_pairs(signatures)
    for one, two in pairs:
        if same_story(signatures[one], signatures[two]):
            components.union(one, two)
    return {article_id: components.find(article_id) for article_id in signatures}


def candidate_pairs(signatures: dict[str, list[int]]) -> set[tuple[str, str]]:
    buckets: dict[str, list[str]] = {}
    for article_id in sorted(signatures):
        for key in band_keys(signatures[article_id]):
            buckets.setdefault(key, []).append(article_id)
    return {
        (members[i], members[j])
        for members in buckets.values()
        for i in range(len(members))
        for j in range(i + 1, len(members))
    }
