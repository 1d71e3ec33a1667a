"""HTML input: one page per file (or stdin), charset from the page or detected."""

from __future__ import annotations

from dateline.read.decode import decode
from dateline.record import Document


def read_html(
    source: str, data: bytes, url: str | None = None, charset: str | None = None
) -> Document:
    return Document(source=source, content=decode(data, declared=charset), kind="html", url=url)
