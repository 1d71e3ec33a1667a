"""JSON Lines input: one object per line with `html` or `text`, optional `url`,
`published`, `id`. A bad line is a per-line error; the other lines go on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from dateline.read.decode import DecodeError
from dateline.read.sources import ReadError
from dateline.record import Document, Failure


def read_jsonl(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Document | Failure]:
    number = 0
    while True:
        try:
            line = stream.readline(max_bytes + 1)
        except EOFError:
            yield Failure(f"{source}:{number + 1}", "truncated gzip data")
            return
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(1 << 20)
            yield Failure(
                where, f"line is over the size limit of {max_bytes:,} bytes (--max-bytes)"
            )
            continue
        if not line.strip():
            continue
        try:
            yield _document(where, line)
        except (DecodeError, ReadError) as exc:
            yield Failure(where, str(exc))


def _document(where: str, line: bytes) -> Document:
    try:
        text = line.decode("utf-8")  # JSON text is UTF-8 by definition (RFC 8259)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid UTF-8 in JSON line (offset {exc.start})") from exc
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise ReadError(f"expected a JSON object, got {type(obj).__name__}")
    content, kind = None, None
    for key in ("html", "text"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            content, kind = obj[key], key
            break
    if content is None:
        raise ReadError("the object has no non-empty `html` or `text` field")
    given_id = obj.get("id")
    if given_id is not None:
        where = f"{where} id={given_id}"
    return Document(
        source=where,
        content=content,
        kind=kind,  # type: ignore[arg-type]
        url=_optional_str(obj.get("url")),
        published=_optional_str(obj.get("published")),
        id=None if given_id is None else str(given_id),
    )


def _optional_str(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
