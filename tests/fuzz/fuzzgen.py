"""Hypothesis strategies for hostile inputs, and the offset check of a record; shared by
tests/fuzz and bench/fuzz.py (which loads this file by path)."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import strategies as st

from dateline.record import Article

# Characters that break naive text handling: controls, bidi marks, zero-width characters,
# line and paragraph separators, a BOM, combining marks, surrogate-free astral characters.
ODD_CHARS = [
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\xa0", "\xad",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
    "\u202d", "\u202e", "\u2028", "\u2029", "\u2066", "\u2067", "\u2069", "\ufeff",
    "\u0301", "\u0308", "\ufb01", "\u2126", "\u1e9b\u0323", "\U0001f600", "\U0001f1fa",
    "\r", "\r\n", "\n\n", "\t", " ", "\u3000", "\u00bb", "\u201c", "\u201d", "\u2019",
]  # fmt: skip

WORDS = [
    "said", "the", "police", "killed", "12", "people", "President", "Putin", "Kenya",
    "Nairobi", "\u201cWe", "will", "not", "move,\u201d", "Reuters", "(AP)", "at least",
    "2,000", "$4.2 million", "50%", "on Tuesday", "Ruto", "arrested", "protesters", ".",
]  # fmt: skip

odd_text = st.lists(
    st.one_of(st.characters(codec="utf-8"), st.sampled_from(ODD_CHARS)), max_size=200
).map("".join)
word_text = st.lists(st.sampled_from(WORDS + ODD_CHARS), max_size=60).map(" ".join)
unicode_text = st.one_of(odd_text, word_text)


SUBJECTS = [
    "Police",
    "President William Ruto",
    "He",
    "Olena Kravets",
    "The rebels",
    "Reuters",
    "Kenyan soldiers",
    "The United Nations",
    "She",
    "Officials in Nairobi",
]
VERBS = [
    "said",
    "killed",
    "arrested",
    "condemned",
    "told reporters",
    "warned",
    "agreed to meet",
    "attacked",
    "visited",
    "denied",
]
OBJECTS = [
    "at least 12,000 people",
    "protesters in Kyiv",
    "$4.2 million",
    "50% of voters",
    "the plan",
    "two soldiers",
    "the border",
    "Putin",
    "dozens of villagers",
    "",
]
TAILS = ["", " on Tuesday", " in Nairobi", " last week", ", police said", " (AP)"]


@st.composite
def sentence(draw) -> str:
    form = draw(st.integers(0, 3))
    subject, verb = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS))
    rest = draw(st.sampled_from(OBJECTS)) + draw(st.sampled_from(TAILS))
    if form == 0:
        text = f"\u201c{subject} {verb} {rest},\u201d {draw(st.sampled_from(SUBJECTS))} said."
    elif form == 1:
        text = f"{subject} said that {rest or 'it'} {verb} {draw(st.sampled_from(OBJECTS))}."
    else:
        text = f"{subject} {verb} {rest}."
    if draw(st.integers(0, 4)) == 0:  # an odd character somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD_CHARS)) + text[at:]
    return text


@st.composite
def newsy_text(draw, max_paragraphs: int = 4) -> str:
    """Paragraphs of news-like sentences (quotes, figures, events), now and then with an
    odd character in them, or a run of news words."""
    paragraph = st.one_of(
        st.lists(sentence(), min_size=1, max_size=4).map(" ".join),
        st.lists(st.sampled_from(WORDS + ODD_CHARS[:12]), min_size=3, max_size=25).map(" ".join),
    )
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=max_paragraphs))
    return "\n\n".join(paragraphs)


TAGS = ["div", "p", "span", "article", "main", "b", "i", "a", "h1", "table", "td", "li", "ul"]
ENTITIES = ["&amp;", "&lt;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&bogus;", "&", "&#",
            "&#65", "&#x;", "&lt", "&AMP;", "&#8203;", "&#x202E;"]  # fmt: skip


@st.composite
def article_page(draw) -> str:
    """A plain article page of news-like paragraphs, now and then with entity soup."""
    title = draw(st.sampled_from(SUBJECTS))
    paragraphs = draw(st.lists(newsy_text(1), min_size=1, max_size=5))
    soup = draw(st.lists(st.sampled_from(ENTITIES), max_size=3))
    body = "".join(f"<p>{p}{''.join(soup)}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title} - News</title></head><body><article><h1>{title}</h1>"
        f"{body}</article><script>var x = '<p>not text</p>';</script></body></html>"
    )


@st.composite
def html_soup(draw) -> str:
    """HTML with deep nesting, unclosed tags, scripts, styles, comments and entity soup."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append("<!DOCTYPE html><html><head><title>")
        parts.append(draw(unicode_text))
        parts.append("</title>")
        if draw(st.booleans()):
            parts.append('<meta charset="' + draw(st.sampled_from(["utf-8", "latin-1",
                         "bogus", "utf-16", ""])) + '">')  # fmt: skip
        parts.append("</head><body>")
    depth = draw(st.integers(0, 300 if draw(st.integers(0, 9)) == 0 else 20))
    tags = draw(st.lists(st.sampled_from(TAGS), min_size=depth, max_size=depth))
    for tag in tags:
        parts.append(f"<{tag}>")
    pieces = st.one_of(
        unicode_text,
        newsy_text(),
        st.sampled_from(ENTITIES),
        st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
        unicode_text.map(lambda s: f"<script>{s}</script>"),
        unicode_text.map(lambda s: f"<style>{s}"),
        unicode_text.map(lambda s: f"<!-- {s}"),
        st.just("<![CDATA["),
        st.just("<p"),
        st.just('<a href="'),
    )
    parts.extend(draw(st.lists(pieces, max_size=15)))
    if draw(st.booleans()):
        parts.extend(f"</{tag}>" for tag in reversed(tags))
    return "".join(parts)


html_doc = st.one_of(html_soup(), article_page())

json_value = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        unicode_text,
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
ODD_URLS = ["http://[bad", "https://www.reuters.com:99999/x", "//", "http://", "\u202ex.com",
            "mailto:a@b", "http://xn--.com/", "https://exa mple.com/a b"]  # fmt: skip
field_value = st.one_of(json_value, newsy_text(), html_doc, st.sampled_from(ODD_URLS))


@st.composite
def jsonl_line(draw) -> bytes:
    """One JSON Lines line: an object with odd types for its fields, or not an object."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=100)) + b"\n"
    if kind == 1:
        return json.dumps(draw(json_value)).encode() + b"\n"
    obj: dict[str, Any] = {}
    for key in ("text", "html", "url", "published", "id"):
        if draw(st.booleans()):
            obj[key] = draw(field_value)
    if draw(st.booleans()):
        obj[draw(st.text(max_size=5))] = draw(json_value)
    line = json.dumps(obj, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:  # cut short
        line = line[: draw(st.integers(0, len(line)))]
    return line + draw(st.sampled_from([b"\n", b"\r\n", b""]))


jsonl_file = st.lists(jsonl_line(), min_size=1, max_size=5).map(b"".join)


CONTENT_TYPES = [
    "text/html",
    "text/plain; charset=utf-8",
    "text/html; charset=bogus",
    "image/png",
    "",
    "text/html; charset=utf-16",
]


@st.composite
def warc_record(draw) -> bytes:
    """A WARC response record, by hand: half sound, half with a wrong Content-Length, a
    bad status or type, or cut short."""
    if draw(st.booleans()):
        return warc_bytes(draw(st.one_of(html_doc, newsy_text())).encode("utf-8", "replace"))
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    body = draw(st.one_of(html_doc, newsy_text(), unicode_text)).encode("utf-8", "replace")
    if draw(st.integers(0, 4)) == 0:
        body = draw(st.binary(max_size=200))
    status = draw(st.sampled_from(["200 OK", "200 OK", "404 Not Found", "abc", ""]))
    uri = f"http://example.com/{draw(st.integers(0, 99))}"
    true_length = len(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n") + len(body)
    true_length -= 0 if content_type else len("Content-Type: \r\n")
    length: int | str = draw(
        st.one_of(
            st.just(true_length),
            st.just(true_length),
            st.integers(0, true_length + 50),
            st.sampled_from([-1, 10**12, "abc", ""]),
        )
    )
    rec_type = draw(st.sampled_from(["response", "response", "resource", "request", "bogus"]))
    record = warc_bytes(body, content_type, status, length, rec_type, uri)
    if draw(st.integers(0, 5)) == 0:  # the file ends inside the record
        record = record[: draw(st.integers(0, len(record)))]
    return record


def warc_bytes(
    body: bytes,
    content_type: str = "text/html",
    status: str = "200 OK",
    length: int | str | None = None,
    rec_type: str = "response",
    uri: str = "http://example.com/",
) -> bytes:
    http = f"HTTP/1.1 {status}\r\n"
    if content_type:
        http += f"Content-Type: {content_type}\r\n"
    payload = http.encode() + b"\r\n" + body
    length = len(payload) if length is None else length
    headers = (
        "WARC/1.0\r\n"
        f"WARC-Type: {rec_type}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    return headers + payload + b"\r\n\r\n"


warc_file = st.lists(warc_record(), min_size=1, max_size=3).map(b"".join)


def violations(article: Article) -> list[str]:
    """Every offset in the record that is out of `text` or whose span is not the text the
    record gives for it; empty for a sound record."""
    text = article.text
    n = len(text)
    bad: list[str] = []

    def span(where: str, start: Any, end: Any, expected: str | None = None) -> None:
        if start is None and end is None:
            return
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            bad.append(f"{where}: span {start!r}..{end!r} outside text of length {n}")
            return
        if expected is not None and text[start:end] != expected:
            bad.append(f"{where}: text[{start}:{end}]={text[start:end]!r} != {expected!r}")

    for layer in ("entities", "quotes", "figures", "events", "places"):
        for i, item in enumerate(getattr(article, layer)):
            where = f"{layer}[{i}]"
            if "start" in item or "end" in item:
                expected = item.get("text") if layer in ("figures", "events") else None
                span(where, item.get("start"), item.get("end"), expected)
            for key in ("cue", "speaker", "number", "source", "action"):
                if f"{key}_start" in item or f"{key}_end" in item:
                    expected = item.get(key) if key == "cue" else None
                    span(f"{where}.{key}", item.get(f"{key}_start"), item.get(f"{key}_end"),
                         expected)  # fmt: skip
            for j, (start, end) in enumerate(item.get("mentions") or []):
                span(f"{where}.mentions[{j}]", start, end)
            parts = item.get("parts")
            if parts:
                for j, (start, end) in enumerate(parts):
                    span(f"{where}.parts[{j}]", start, end)
                if layer == "quotes" and item.get("direct") and not bad:
                    joined = " ".join(text[s:e] for s, e in parts)
                    if joined != item.get("text"):
                        bad.append(f"{where}: parts give {joined!r} != text {item.get('text')!r}")
    return bad


def as_stream(data: bytes) -> io.BufferedReader:
    return io.BufferedReader(io.BytesIO(data))
