"""A parsed Doc's text, computed once per Doc.

spaCy rebuilds `Doc.text` from its tokens on every access; extractors read it often, so it
is kept in the Doc's `user_data` under a private key (the parse itself is never changed).
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = doc.text
    return cached
