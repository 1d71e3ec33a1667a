"""Bytes to text: detect the encoding (never assume it) and refuse what is not text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text dateline can read; the message says why."""


# Magic numbers of formats people point dateline at by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "gzip data (name the file .gz)",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A UTF-8 lead byte followed by continuation bytes: whole or truncated multi-byte sequences.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{1,2}|[\xf0-\xf4][\x80-\xbf]{1,3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to str.

    Order: a BOM, strict UTF-8, the charset the HTML or HTTP header declares, then
    charset-normalizer's detection. Binary data and undecodable bytes raise DecodeError.
    """
    if not data.strip():
        raise DecodeError("empty document")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"binary content ({what}), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16"))
    if b"\x00" in data[:8192]:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise DecodeError(
                f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}: {exc.reason})"
            ) from exc
    for name in (declared, _declared_charset(data)):
        try:  # a declared charset Python does not know is no help: guess instead
            if name and codecs.lookup(name).name not in ("utf-8", "ascii"):
                return _checked(data.decode(name))
        except (UnicodeDecodeError, LookupError):
            pass
    best = _best_guess(data)
    if best is None or best.chaos > 0.3:
        raise DecodeError("invalid UTF-8 and no other text encoding fits (binary or corrupt data)")
    try:
        return _checked(data.decode(best.encoding))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"undecodable bytes ({exc.reason}) in {best.encoding} text") from exc


def _best_guess(data: bytes):
    """charset-normalizer's best match; among equally good single-byte guesses prefer
    windows-1252, by far the most common legacy encoding of Western web pages."""
    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if (
            match.encoding == "cp1252"
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return match
    return best


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form UTF-8 sequences: UTF-8 text with corrupt or
    truncated bytes, which a legacy-encoding guess would only turn into mojibake."""
    high = len(_HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return high > 0 and in_sequences / high > 0.5


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters: binary data decoded by luck."""
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise DecodeError("binary content (control characters), not text")
    return text
