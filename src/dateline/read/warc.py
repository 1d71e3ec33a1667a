"""WARC input (warcio): every `response` (or `resource`) record with an HTML or plain-text
payload is one document. Other records (requests, metadata, images, scripts) are skipped:
they hold no article. A truncated or corrupt record ends the file with a per-record error;
the records before it are kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.read.decode import DecodeError, decode
from dateline.read.sources import ReadError
from dateline.record import Document, Failure

_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"' ")
    return None


def read_warc(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Document | Failure]:
    index = 0
    iterator = ArchiveIterator(stream, check_digests=False)
    try:
        for record in iterator:
            if record.rec_type not in ("response", "resource"):
                continue
            index += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{index}" + (f" {uri}" if uri else "")
            content_type = _content_type(record)
            if content_type and not content_type.startswith(_ARTICLE_TYPES):
                continue
            try:
                yield _document(where, record, content_type, uri, max_bytes)
            except (DecodeError, ReadError) as exc:
                yield Failure(where, str(exc))
        if (iterator.next_line or b"").strip():
            # warcio stops quietly when the file ends inside a record's headers
            yield Failure(
                f"{source}#{index + 1}", "truncated WARC record (the file ends in its headers)"
            )
    except AttributeError:
        # warcio trips over a record cut inside its WARC headers
        yield Failure(
            f"{source}#{index + 1}", "truncated WARC record (the file ends in its headers)"
        )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield Failure(f"{source}#{index + 1}", f"truncated or corrupt WARC record ({_short(exc)})")


def _document(where: str, record, content_type: str, uri: str | None, max_bytes: int) -> Document:
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            raise ReadError(f"HTTP status {status}, not a page")
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        raise ReadError(f"record is over the size limit of {max_bytes:,} bytes (--max-bytes)")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # the file ended before the record's Content-Length did
        raise ReadError("truncated WARC record (the file ends inside it)")
    text = decode(payload, declared=_charset(content_type))
    kind = "text" if content_type.startswith("text/plain") else "html"
    return Document(source=where, content=text, kind=kind, url=uri)


def _short(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:160]
