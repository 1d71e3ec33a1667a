"""read -> clean -> record: the one code path behind `dateline extract`, `dateline ingest`
and the Python API. A document that cannot become an article becomes a Failure, never an
exception that stops the batch."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import BinaryIO, Literal

from spacy.tokens import Doc

from dateline import geo, nlp, stories
from dateline.clean.credits import credits_from_author, find_credits
from dateline.clean.html import clean_html
from dateline.clean.metadata import (
    authors_from_jsonld,
    authors_from_lines,
    detect_language,
    normalize_published,
    outlet_from_url,
    published_from_lines,
    published_timestamp,
)
from dateline.clean.normalize import normalize_line, split_lines
from dateline.clean.text import clean_text
from dateline.extract.registry import run_layers
from dateline.read import DEFAULT_MAX_BYTES, iter_documents
from dateline.record import Article, Document, Failure, article_id
from dateline.workers import run_parallel

CleanMode = Literal["auto", "none"]


@dataclass(frozen=True)
class Options:
    """How documents become articles. `languages` None keeps every language."""

    clean: CleanMode = "auto"
    published: str | None = None  # overrides what the page says (already ISO 8601)
    languages: frozenset[str] | None = field(default_factory=lambda: frozenset({"en"}))
    max_bytes: int = DEFAULT_MAX_BYTES
    annotate: bool = True  # parse and run the extractors (False: cleaning and metadata only)


@dataclass(frozen=True)
class Skipped:
    """A document whose article is already stored (resuming an ingest, or another outlet's
    copy of the same text): not parsed again. Its address and date are kept, so a store can
    list every outlet that published the text."""

    source: str
    id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


Result = Article | Failure | Skipped
BATCH_SIZE = 32


def run(
    inputs: Iterable[str],
    options: Options = Options(),
    stdin: BinaryIO | None = None,
    workers: int = 1,
    skip_ids: frozenset[str] = frozenset(),
    batch_size: int = BATCH_SIZE,
) -> Iterator[Result]:
    """Every input document as an Article, a Failure or (its id in `skip_ids`) a Skipped, in
    input order whatever the number of worker processes. Memory stays bounded: documents are
    read lazily and at most two batches per worker are in flight."""
    items = iter_documents(inputs, max_bytes=options.max_bytes, stdin=stdin)
    batches = _batches(items, batch_size)
    work = partial(process_batch, options=options, skip_ids=skip_ids)
    if workers <= 1:
        for batch in batches:
            yield from work(batch)
    else:
        if options.annotate:  # loaded before the workers fork: they share its pages
            nlp.load()
            geo.gazetteer()
        yield from run_parallel(batches, work, workers)


def _batches(items: Iterable[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    batch: list[Document | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process(document: Document, options: Options = Options()) -> Article | Failure:
    """One document to one article record."""
    [result] = process_batch([document], options)
    assert not isinstance(result, Skipped)
    return result


def process_batch(
    items: list[Document | Failure], options: Options, skip_ids: frozenset[str] = frozenset()
) -> list[Result]:
    """A batch of documents to records: each cleaned on its own, the articles parsed together
    with spaCy's batching (`nlp.pipe`), then each annotated from its parse. The one code path
    of `dateline extract`, `dateline ingest` (any number of workers) and the Python API."""
    results: list[Result] = [_clean(item, options) for item in items]
    for index, result in enumerate(results):
        if isinstance(result, Article) and result.id in skip_ids:
            results[index] = Skipped(
                result.source or "", result.id, result.url, result.outlet, result.published
            )
    if options.annotate:
        todo = [i for i, r in enumerate(results) if isinstance(r, Article) and _analysed(r)]
        docs = nlp.parse_many([results[i].text for i in todo], batch_size=len(todo) or 1)
        for index, doc in zip(todo, docs, strict=True):
            article = results[index]
            try:
                annotate(article, doc)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                results[index] = Failure(
                    article.source or "", f"internal error ({type(exc).__name__}: {exc})"
                )
    return results


def _clean(item: Document | Failure, options: Options) -> Article | Failure:
    if isinstance(item, Failure):
        return item
    try:
        article = _build(item, options)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Failure(item.source, f"internal error ({type(exc).__name__}: {exc})")
    if isinstance(article, str):
        return Failure(item.source, article)
    return article


def _build(document: Document, options: Options) -> Article | str:
    """The article, or the reason there is none."""
    if options.clean == "none":
        article = Article(id="", text=document.content, url=document.url)
        lines = [normalize_line(line) for line in split_lines(document.content)]
        article.published = published_from_lines(lines)
    elif document.kind == "html":
        article = _from_html(document)
    else:
        article = _from_text(document)
    if not article.text.strip():
        where = "in the HTML page" if document.kind == "html" else "in the text"
        return f"no article text found {where}"
    article.id = article_id(article.text)
    article.signature, article.shingles = stories.signature(article.text)
    article.source = document.source
    article.url = article.url or document.url
    article.outlet = article.outlet or outlet_from_url(article.url)
    article.published = (
        options.published or normalize_published(document.published) or article.published
    )
    for credit in find_credits(article.text):
        if credit not in article.credits:
            article.credits.append(credit)
    article.language = detect_language(article.text)
    if (
        options.languages is not None
        and article.language is not None
        and article.language not in options.languages
    ):
        wanted = ", ".join(sorted(options.languages))
        return (
            f"language is '{article.language}', not {wanted} "
            "(use --lang any to keep every language)"
        )
    if not _analysed(article):
        article.notes.append(ENGLISH_ONLY.format(language=article.language))
    return article


ENGLISH_ONLY = (
    "only English is analysed: this article is in '{language}', so it has its text and "
    "metadata but no entities, quotes, figures, events, places or tone"
)


def _analysed(article: Article) -> bool:
    """The layers are English-only: an article in another language keeps its text and
    metadata, and no layers."""
    return article.language in (None, "en")


def article_of_text(text: str) -> Article | None:
    """The article `dateline.extract(text, clean="none", languages=None)` would annotate:
    built from the text as given, so that offsets index it; None when the text holds no
    article or is not English (the spaCy component's way in)."""
    options = Options(clean="none", languages=None)
    article = _build(Document(source="<doc>", content=text, kind="text"), options)
    return article if isinstance(article, Article) and _analysed(article) else None


def annotate(article: Article, doc: Doc | None = None) -> Article:
    """Fill the extractor layers from one parse of the article's text (parsed here unless
    the caller batch-parsed it), in the registry's order."""
    if doc is None:
        doc = nlp.parse(article.text)
    return run_layers(doc, article)


def _from_html(document: Document) -> Article:
    result = clean_html(document.content, url=document.url)
    authors, credits = [], []
    for name in result.authors or authors_from_jsonld(document.content):
        agencies = credits_from_author(name)
        (credits.extend(agencies) if agencies else authors.append(name))
    return Article(
        id="",
        text=result.text,
        url=result.url,
        outlet=result.outlet,
        title=result.title,
        published=published_timestamp(document.content, result.published),
        authors=authors,
        credits=credits,
        removed=result.removed,
    )


def _from_text(document: Document) -> Article:
    result = clean_text(document.content)
    lines = [
        line for line in (normalize_line(raw) for raw in split_lines(document.content)) if line
    ]
    return Article(
        id="",
        text=result.text,
        title=result.title,
        published=result.published,
        credits=list(result.credits),
        authors=authors_from_lines(lines),
        outlet=_outlet_from_dump(lines, result.title) or _outlet_from_copyright(result.removed),
        removed=result.removed,
    )


def _outlet_from_dump(lines: list[str], title: str | None) -> str | None:
    """A dump's outlet: the " - Site" / " | Site" suffix of its page-title line, when the
    headline is the rest of that line."""
    if not lines or not title:
        return None
    first = lines[0]
    for separator in (" | ", " - ", " – ", " — "):
        head, found, tail = first.rpartition(separator)
        if (
            found
            and 0 < len(tail.split()) <= 5
            and head
            and (head.startswith(title) or title.startswith(head))
        ):
            return tail.strip()
    return None


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?P<name>[A-Z][^.|©]{1,60}?)\.?\s*(?:all rights reserved\.?)?$",
    re.I,
)


def _outlet_from_copyright(removed: list[str]) -> str | None:
    """A dump's outlet from its copyright footer: "© 2024 The Horn Observer. All rights reserved."
    (the last such line: footers come last)."""
    for line in reversed(removed):
        match = _COPYRIGHT.match(line)
        if match and len(match.group("name").split()) <= 6:
            return match.group("name").strip()
    return None
