"""A parsed Doc's text, computed once per Doc, and the wire datelines that open paragraphs.

spaCy rebuilds `Doc.text` from its tokens on every access; extractors read it often, so it
is kept in the Doc's `user_data` under a private key (the parse itself is never changed).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_KEY = "dateline.text"

# "NAIROBI, March 12 (Reuters) - ": a place in capitals, a date, an agency, then a dash.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]+(?:,[^()\n]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?\s*[-—–]{1,2}\s+"
)
# A wire dateline in title case: a place, then the agency in parentheses ("New York (AFP) – ").
WIRE_DATELINE = re.compile(
    r"(?:[A-Z][\w.'\u2019]*\s)*[A-Z][\w.'\u2019]*\s*\([A-Z]{2,}\)\s*[-\u2013\u2014]{1,2}\s+"
)


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = doc.text
    return cached


def dateline_end(doc: Doc, position: int) -> int | None:
    """Where the dateline of the paragraph holding `position` ends, if it has one (a
    capitalised one, or a place with an agency in parentheses)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, position) + 1
    match = DATELINE.match(text, start) or WIRE_DATELINE.match(text, start)
    return match.end() if match else None
