"""Tone of an article with VADER's lexicon (vaderSentiment), in two scales.

GDELT's scale (its Global Knowledge Graph "tone" fields): `positive` and `negative` are the
percentage of the article's words that carry a positive or negative valence in the lexicon,
`tone` = positive - negative and `polarity` = positive + negative, all within -100..100.
VADER's own: `vader` holds the mean of VADER's per-sentence scores (`compound` in -1..1, and
the `pos`/`neu`/`neg` shares), which account for negation, intensifiers and punctuation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from dateline.extract.registry import layer
from dateline.record import Article


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@layer("tone")
def measure_tone(doc: Doc, article: Article | None = None) -> dict[str, Any] | None:
    """The tone record of a parsed article; None for a text without words."""
    lexicon = _analyzer().lexicon
    words = positive = negative = 0
    for token in doc:
        if not token.is_alpha:
            continue
        words += 1
        valence = lexicon.get(token.lower_)
        if valence is None:
            continue
        if valence > 0:
            positive += 1
        elif valence < 0:
            negative += 1
    if words == 0:
        return None
    positive_share = 100 * positive / words
    negative_share = 100 * negative / words
    return {
        "tone": round(positive_share - negative_share, 3),
        "positive": round(positive_share, 3),
        "negative": round(negative_share, 3),
        "polarity": round(positive_share + negative_share, 3),
        "words": words,
        "vader": _sentence_means(doc),
    }


def _sentence_means(doc: Doc) -> dict[str, float]:
    analyzer = _analyzer()
    totals = {"compound": 0.0, "pos": 0.0, "neu": 0.0, "neg": 0.0}
    sentences = [s.text for s in doc.sents if s.text.strip()]
    for sentence in sentences:
        scores = analyzer.polarity_scores(sentence)
        for key in totals:
            totals[key] += scores[key]
    count = max(len(sentences), 1)
    return {key: round(value / count, 4) for key, value in totals.items()}
