"""Opening inputs: paths, directories, stdin, gzip, size limits and content sniffing.

Everything here works on bytes; the per-kind readers decode and wrap them.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 20_000_000

KINDS = ("text", "html", "warc", "jsonl")
_SUFFIX_KIND = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
GZIP_MAGIC = b"\x1f\x8b"


class ReadError(ValueError):
    """An input (or one document of it) cannot be read; the message says why."""


def kind_from_name(name: str) -> str | None:
    """The input kind a file name promises, looking through a .gz suffix."""
    path = Path(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    return _SUFFIX_KIND.get(path.suffix)


def is_gzip_name(name: str) -> bool:
    return name.lower().endswith(".gz")


def expand(inputs: list[str]) -> Iterator[str]:
    """Paths as given, directories replaced by the readable files under them (sorted,
    recursively, hidden files skipped), "-" kept for stdin."""
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if child.is_file() and kind_from_name(child.name):
                    yield str(child)
        else:
            yield item


def is_uri(name: str) -> bool:
    """A URI ("s3a://bucket/key", "file:///data"), not a local path ("C:\\data" has no //)."""
    scheme, sep, _ = name.partition("://")
    return bool(sep) and scheme.isalnum() and len(scheme) > 1


def _filesystem(uri: str):
    """fsspec's file system and path for a URI; `s3a://` and `s3n://` (Hadoop's names) are
    S3. Local `file://` needs nothing more; S3, HDFS or GCS need fsspec's package for them."""
    try:
        import fsspec
    except ImportError as exc:
        raise ReadError(
            f"reading {uri.split('://')[0]}:// needs fsspec: pip install fsspec"
        ) from exc
    scheme, _, rest = uri.partition("://")
    if scheme in ("s3a", "s3n"):
        uri = f"s3://{rest}"
    try:
        filesystem, path = fsspec.core.url_to_fs(uri)
    except (ImportError, ValueError) as exc:
        raise ReadError(f"cannot read {scheme}:// ({exc})") from exc
    return filesystem, path


def list_uri(uri: str) -> list[str]:
    """The readable files a URI names: itself, the files under it (a folder, recursively,
    hidden files skipped) or those matching its glob, sorted, as URIs of the same scheme."""
    filesystem, path = _filesystem(uri)
    scheme = uri.partition("://")[0]
    if glob_magic(path):
        found = filesystem.glob(path)
    elif filesystem.isdir(path):
        found = filesystem.find(path)
    else:
        return [uri]
    names = []
    for item in sorted(found):
        item = item if "://" in item else filesystem.unstrip_protocol(item)
        relative = item.partition("://")[2]
        if any(part.startswith(".") for part in relative.split("/")[1:]):
            continue
        if kind_from_name(item) and not filesystem.isdir(item):
            names.append(f"{scheme}://{item.partition('://')[2]}" if scheme != "file" else item)
    return names


def glob_magic(path: str) -> bool:
    return any(char in path for char in "*?[")


def size_of(name: str) -> int:
    """A file's size in bytes (0 when it cannot be known)."""
    try:
        if is_uri(name):
            filesystem, path = _filesystem(name)
            return int(filesystem.size(path) or 0)
        return Path(name).stat().st_size
    except (OSError, ReadError, ValueError):
        return 0


def sniff(head: bytes) -> str:
    """Guess the kind of undeclared content (stdin, unknown suffix) from its first bytes."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    lowered = stripped[:2048].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        tag in lowered for tag in (b"<head", b"<body", b"<div", b"<p>", b"<article")
    ):
        return "html"
    return "text"


def read_limited(stream: BinaryIO, max_bytes: int, what: str = "document") -> bytes:
    """Read a whole stream, refusing more than `max_bytes` (and a truncated gzip stream)."""
    try:
        data = stream.read(max_bytes + 1)
    except EOFError as exc:
        raise ReadError(
            "truncated gzip data (the file ends before the compressed stream does)"
        ) from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise ReadError(f"corrupt gzip data ({exc})") from exc
    if len(data) > max_bytes:
        raise ReadError(
            f"{what} is over the size limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )
    return data


def open_binary(name: str, stdin: BinaryIO | None = None, gunzip: bool = True) -> BinaryIO:
    """Open a path (or "-" for stdin) for reading bytes, un-gzipping unless `gunzip` is False
    (warcio reads gzipped WARC files record by record itself)."""
    if name == "-":
        raw = stdin if stdin is not None else sys.stdin.buffer
        buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)
        if gunzip and buffered.peek(2)[:2] == GZIP_MAGIC:
            return gzip.GzipFile(fileobj=buffered)  # type: ignore[return-value]
        return buffered
    if is_uri(name):
        filesystem, target = _filesystem(name)
        try:
            handle = io.BufferedReader(filesystem.open(target, "rb"))
        except FileNotFoundError as exc:
            raise ReadError("no such file or directory") from exc
        if gunzip and handle.peek(2)[:2] == GZIP_MAGIC:
            return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
        return handle
    path = Path(name)
    if not path.exists():
        raise ReadError("no such file or directory")
    if not path.is_file():
        raise ReadError("not a regular file")
    handle = path.open("rb")
    if gunzip and handle.read(2) == GZIP_MAGIC:
        handle.seek(0)
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    handle.seek(0)
    return handle
