"""The Python API: the same path as the CLI, for one document in memory."""

from __future__ import annotations

from typing import Literal

from dateline.clean.metadata import normalize_published
from dateline.pipeline import Options, process
from dateline.read import DEFAULT_MAX_BYTES, read_bytes
from dateline.read.decode import DecodeError
from dateline.read.sources import ReadError, sniff
from dateline.record import Article, Document, Failure


class ExtractError(ValueError):
    """The content holds no article dateline can extract; the message says why."""


def extract(
    content: str | bytes,
    url: str | None = None,
    published: str | None = None,
    clean: Literal["auto", "none"] = "auto",
    languages: frozenset[str] | None = frozenset({"en"}),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """One article record from text or HTML (str, or bytes of any encoding).

    `published` (any ISO 8601 or written date) overrides the date found in the page;
    `clean="none"` keeps the text exactly as given, so offsets index `content`;
    `languages=None` accepts every language. Raises ExtractError for bad input.
    """
    if clean not in ("auto", "none"):
        raise ValueError(f"clean must be 'auto' or 'none', not {clean!r}")
    override = None
    if published is not None:
        override = normalize_published(published)
        if override is None:
            raise ValueError(f"published is not a date: {published!r}")
    size = len(content) if isinstance(content, bytes) else len(content.encode("utf-8"))
    if size > max_bytes:
        raise ExtractError(f"content is over the size limit of {max_bytes:,} bytes")
    try:
        if isinstance(content, bytes):
            document = read_bytes("<input>", content, url=url)
        else:
            kind = sniff(content[:4096].encode("utf-8", "replace"))
            if kind not in ("html", "text"):
                kind = "text"
            document = Document(source="<input>", content=content, kind=kind, url=url)
    except (DecodeError, ReadError) as exc:
        raise ExtractError(str(exc)) from exc
    if not document.content.strip():
        raise ExtractError("empty document")
    options = Options(clean=clean, published=override, languages=languages, max_bytes=max_bytes)
    result = process(document, options)
    if isinstance(result, Failure):
        raise ExtractError(result.reason)
    return result
