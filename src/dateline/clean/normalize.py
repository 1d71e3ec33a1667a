"""Unicode and whitespace normalisation shared by every cleaner.

Cleaned text is NFC, uses plain spaces only (non-breaking, thin, ideographic and other odd
spaces become U+0020), has no zero-width or soft-hyphen characters, no trailing spaces, and
separates paragraphs with exactly one blank line.
"""

from __future__ import annotations

import re
import unicodedata

# Every Unicode space separator except the ordinary space, plus tab and form feed.
_ODD_SPACES = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters scrapers leave behind; ZWJ/ZWNJ are kept because scripts need them.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_SPACE_RUNS = re.compile(r" {2,}")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalize_line(line: str) -> str:
    """One line: NFC, odd spaces to plain spaces, invisible characters dropped, runs collapsed."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _ODD_SPACES.sub(" ", line)
    return _SPACE_RUNS.sub(" ", line).strip()


def split_lines(text: str) -> list[str]:
    """Split on every kind of line break (CRLF, CR, LS, PS, NEL) without normalising content."""
    return _NEWLINES.sub("\n", text).split("\n")


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs separated by one blank line; empty paragraphs dropped."""
    return "\n\n".join(p for p in paragraphs if p)


def normalize_text(text: str) -> str:
    """Normalise a whole text, keeping paragraph breaks (one or more blank lines) as one blank line
    and single line breaks inside a paragraph as line breaks."""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in split_lines(text):
        line = normalize_line(raw)
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return join_paragraphs(paragraphs)
