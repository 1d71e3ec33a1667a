"""Readers: turn paths, directories and stdin into a stream of Documents (or Failures).

`iter_documents` is the one entry point; it never raises for a bad input, it yields a
Failure naming the source and the reason, and goes on with the next one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline.read.decode import DecodeError
from dateline.read.html import read_html
from dateline.read.jsonl import read_jsonl
from dateline.read.sources import (
    DEFAULT_MAX_BYTES,
    ReadError,
    expand,
    kind_from_name,
    open_binary,
    read_limited,
    size_of,
    sniff,
)
from dateline.read.text import read_text
from dateline.read.warc import read_warc
from dateline.record import Document, Failure

__all__ = ["DEFAULT_MAX_BYTES", "iter_documents", "read_bytes"]


def iter_documents(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Document | Failure]:
    """Every document in `inputs` (files, directories, "-"), in order."""
    for name in expand(list(inputs)):
        yield from _read_one(name, max_bytes, stdin)


def _read_one(name: str, max_bytes: int, stdin: BinaryIO | None) -> Iterator[Document | Failure]:
    source = "<stdin>" if name == "-" else name
    try:
        stream = open_binary(name, stdin, gunzip=kind_from_name(name) != "warc")
    except (ReadError, OSError) as exc:
        yield Failure(source, _reason(exc))
        return
    try:
        kind = None if name == "-" else kind_from_name(name)
        if kind is None:
            try:
                head = stream.peek(4096)[:4096]  # type: ignore[attr-defined]
            except (EOFError, OSError) as exc:
                yield Failure(source, _reason(exc))
                return
            kind = sniff(head)
        if kind == "warc":
            yield from read_warc(source, stream, max_bytes)
        elif kind == "jsonl":
            yield from read_jsonl(source, stream, max_bytes)
        else:
            if name != "-" and not _is_gzip(stream):
                size = size_of(name)
                if size > max_bytes:
                    yield Failure(
                        source,
                        f"file is {size:,} bytes, over the size limit of {max_bytes:,} "
                        "(raise it with --max-bytes)",
                    )
                    return
            try:
                yield read_bytes(source, read_limited(stream, max_bytes), kind)
            except (ReadError, DecodeError, OSError) as exc:
                yield Failure(source, _reason(exc))
    finally:
        stream.close()


def read_bytes(
    source: str, data: bytes, kind: str | None = None, url: str | None = None
) -> Document:
    """One document from bytes of a known (or sniffed) kind: "text" or "html"."""
    kind = kind or sniff(data[:4096])
    if kind == "html":
        return read_html(source, data, url=url)
    if kind == "text":
        return read_text(source, data, url=url)
    raise ReadError(f"{kind} content holds many documents; read it with iter_documents")


def _is_gzip(stream: BinaryIO) -> bool:
    import gzip

    return isinstance(stream, gzip.GzipFile)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, (ReadError, DecodeError)):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return f"{type(exc).__name__}: {exc}"
