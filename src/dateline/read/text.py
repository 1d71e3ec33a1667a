"""Plain-text input: one article per file (or stdin), encoding detected."""

from __future__ import annotations

from dateline.read.decode import decode
from dateline.record import Document


def read_text(source: str, data: bytes, url: str | None = None) -> Document:
    return Document(source=source, content=decode(data), kind="text", url=url)
