"""HTML pages: article body and metadata with trafilatura, and an explicit fallback.

Fallback chain: trafilatura in precision mode (drops comments, favours precision) ->
trafilatura in recall mode -> the page's visible text as lines, through our own plain-text
cleaner. `removed` lists the page's visible text blocks that did not make it into the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from lxml import etree

from dateline.clean.credits import credits_from_author
from dateline.clean.normalize import join_paragraphs, normalize_line
from dateline.clean.text import clean_text, is_boilerplate_line
from dateline.clean.title import page_headline

# Below this many characters trafilatura's result is treated as "found nothing".
MIN_BODY_CHARS = 80
# A precision-mode body this short is checked against recall mode, which wins when it finds
# this many times more.
_SHORT_WORDS = 300
_RECALL_FACTOR = 4
# A body of fewer words is page furniture ("Home", "Loading..."), not an article.
MIN_ARTICLE_WORDS = 5

_BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "title",
    "option",
    "button",
}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head"}


@dataclass
class HtmlCleanResult:
    text: str
    removed: list[str]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    method: str = "trafilatura"


def clean_html(html: str, url: str | None = None) -> HtmlCleanResult:
    """Extract the article body and metadata from an HTML page."""
    root = parse_html(html)
    if root is not None and _drop_hidden(root):
        html = etree.tostring(root, encoding="unicode", method="html")
    doc = _trafilatura(html, url, favor_precision=True)
    method = "trafilatura"
    words = len((doc.text or "").split()) if doc is not None else 0
    if doc is None or len(doc.text or "") < MIN_BODY_CHARS:
        doc = _trafilatura(html, url, favor_recall=True) or doc
        method = "trafilatura-recall"
    elif words < _SHORT_WORDS:
        # precision mode may keep one block of a long article: recall mode finding several
        # times more is the article, not its page around it
        recall = _trafilatura(html, url, favor_recall=True)
        if recall is not None and len((recall.text or "").split()) >= _RECALL_FACTOR * words:
            doc, method = recall, "trafilatura-recall"
    lines = visible_lines(root)
    text_paragraphs = _paragraphs(doc.text if doc is not None else "")
    found_title = normalize_line(doc.title) if doc is not None and doc.title else None
    sitename = normalize_line(doc.sitename) if doc is not None and doc.sitename else None
    url = (doc.url if doc is not None and doc.url else None) or url
    title = page_headline(root, url, (sitename,) if sitename else ()) if root is not None else None
    title = title or found_title
    if len(join_paragraphs(text_paragraphs)) < MIN_BODY_CHARS:
        fallback = clean_text("\n".join(lines))
        if len(fallback.text) > len(join_paragraphs(text_paragraphs)):
            text_paragraphs = _paragraphs(fallback.text)
            title = title or fallback.title
            method = "text-fallback"
    text_paragraphs = [p for p in text_paragraphs if not is_boilerplate_line(p)]
    if text_paragraphs and text_paragraphs[0] in (title, found_title):
        text_paragraphs = text_paragraphs[1:]  # the headline is metadata, not body
    text = join_paragraphs(text_paragraphs)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        text = ""  # a menu item or a caption, not an article
    return HtmlCleanResult(
        text=text,
        removed=_removed(lines, text, title),
        title=title,
        authors=_split_authors(doc.author) if doc is not None and doc.author else [],
        published=doc.date if doc is not None else None,
        outlet=sitename,
        url=url,
        method=method,
    )


def _trafilatura(html: str, url: str | None, **mode):
    try:
        return trafilatura.bare_extraction(
            html, url=url, include_comments=False, with_metadata=True, **mode
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None


def _paragraphs(text: str) -> list[str]:
    return [line for line in (normalize_line(raw) for raw in text.splitlines()) if line]


_NAME_PARTICLES = {
    "van",
    "von",
    "de",
    "da",
    "del",
    "der",
    "den",
    "bin",
    "al",
    "ibn",
    "la",
    "le",
    "du",
}


def _split_authors(value: str) -> list[str]:
    parts = [normalize_line(part) for part in value.replace(" and ", ";").split(";")]
    return [part for part in parts if part and _plausible_author(part)]


def _plausible_author(name: str) -> bool:
    """A byline name or an agency: "Olga Marchenko", "Reuters"; not "Username", "Authority
    control" or a date, which trafilatura sometimes picks up from page furniture."""
    if any(ch.isdigit() for ch in name) or len(name) > 80:
        return False
    if credits_from_author(name):
        return True
    words = name.replace(",", " ").split()
    return len(words) >= 2 and all(
        word[0].isupper() or word.lower() in _NAME_PARTICLES or not word[0].isalpha()
        for word in words
    )


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _drop_hidden(root: etree._Element) -> bool:
    """Remove the elements a browser does not show (``hidden``, ``aria-hidden="true"``,
    ``display: none``): their text is no part of the page a reader sees. True if any went."""
    hidden = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body")
        and (
            element.get("hidden") is not None
            or element.get("aria-hidden") == "true"
            or _HIDDEN_STYLE.search(element.get("style") or "")
        )
    ]
    for element in hidden:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail:  # the text after the element is visible
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)
    return bool(hidden)


def parse_html(html: str) -> etree._Element | None:
    """The page as plain lxml elements (faster than lxml.html's), or None when lxml finds no
    document in it."""
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str with an encoding declaration
    try:
        return etree.fromstring(html, _PARSER)
    except (etree.ParserError, ValueError):
        return None


def html_to_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element, normalised, empty lines dropped."""
    root = parse_html(html)
    return visible_lines(root) if root is not None else []


def visible_lines(root: etree._Element | None) -> list[str]:
    """The visible text under ``root``, one line per block element. Hand-written:
    trafilatura's html2txt joins all blocks into one line."""
    if root is None:
        return []
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = normalize_line("".join(current))
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP_TAGS:
            if element.tail:
                current.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if element.text and tag:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            current.append(element.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return lines


def _removed(lines: list[str], text: str, title: str | None) -> list[str]:
    """Visible blocks of the page that are not in the body (nor the title)."""
    kept = set(text.split("\n\n"))
    return [
        line
        for line in lines
        if line not in kept and line != title and (len(line) < 40 or line not in text)
    ]
