"""The headline of an HTML page, without the site name the page adds to it.

Pages declare their headline in several places: schema.org JSON-LD (``headline``), the
Open Graph and Twitter card tags, Dublin Core, the ``<title>`` element and the ``<h1>``.
The declared ones (JSON-LD, ``og:title`` ...) are the publisher's own statement of the
headline and are preferred; ``<title>`` is the fallback. All of them often carry the site's
name ("... | CBC News", "Times of India - ...", "... - National | Globalnews.ca"), which is
not part of the headline.

Site names are recognised, not guessed: a segment of the title (the text between spaced
separators such as " | ", " - ", " · ") is the site when it matches a name the page gives for
itself (``og:site_name``, ``application-name``, the JSON-LD publisher, trafilatura's site
name) or the URL's host ("Globalnews.ca", "The Gateway Pundit" for thegatewaypundit.com). A
"by <author>" segment goes too, as does a one- or two-word section name written between the
headline and the site with a separator of its own ("... - National | Globalnews.ca"). A
colon or dash inside a segment is the headline's own and stays. Where the page names no site,
a ``<title>`` segment is cut only when an ``<h1>`` of the page confirms the rest as the
headline.

Hand-written: trafilatura takes the first ``<h1>`` or the ``<title>`` cut at its first
separator, and readability keeps site names; neither matches segments against the site's
own names.
"""

from __future__ import annotations

import json
import re

from lxml import etree

from dateline.clean.metadata import url_host
from dateline.clean.normalize import normalize_line

__all__ = ["page_headline", "strip_site_name"]

_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•*~»«/]|::)\s+")
_KEY = re.compile(r"[^\w]+")
_WORDS = re.compile(r"\w+")
_BY = re.compile(r"^by\s+\S", re.I)
# Host labels that name no site: "www", top-level and second-level domain parts.
_HOST_NOISE = frozenset("www m mobile amp edition com org net co uk ca au in news gov edu".split())
_DECLARED = ("og:title", "twitter:title", "dc.title", "dc:title", "sailthru.title")
_SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage", re.I)
_MAX_SECTION_WORDS = 2
_CDATA = re.compile(r"^\s*(?://)?\s*<!\[CDATA\[|(?://)?\s*\]\]>\s*$")


def page_headline(root: etree._Element, url: str | None = None, sites: tuple[str, ...] = ()):
    """The page's headline (str) or None, from its parsed HTML ``root``.

    ``sites`` are further names of the site (trafilatura's ``sitename``, the outlet)."""
    head = _head(root)
    names = [*sites, *_site_names(root, head)]
    keys = _site_keys(names, url) | {_key(name) for name in _author_names(root, head)}
    headings = [_text(h) for h in root.iter("h1")]
    title = _text(head.find("title")) if head is not None else ""
    if not title:
        title = _text(root.find(".//title"))
    declared = _jsonld_headline(root) or _meta(head, _DECLARED)
    if declared and _agrees(declared, [title, *headings]):
        return strip_site_name(declared, keys)
    if title:
        stripped = strip_site_name(title, keys)
        if stripped != title or not headings:
            return stripped
        return _confirmed_by_heading(title, headings) or title
    real = [h for h in headings if len(h.split()) >= 3]
    return real[0] if len(real) == 1 else None


def strip_site_name(title: str, site_keys: set[str]) -> str:
    """``title`` without the segments that name the site, its author or a section."""
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    if len(parts) < 2:
        return title
    dropped_end = None
    while len(parts) > 1:
        if _is_site(parts[-1], site_keys) or _BY.match(parts[-1]):
            dropped_end = seps.pop()
            parts.pop()
        elif _is_site(parts[0], site_keys):
            parts.pop(0)
            seps.pop(0)
        else:
            break
    if (
        dropped_end is not None
        and len(parts) >= 2
        and len(parts[-1].split()) <= _MAX_SECTION_WORDS
        and all(word[:1].isupper() for word in parts[-1].split())
        and seps[-1].strip() != dropped_end.strip()
    ):
        parts.pop()  # "Headline - National | Site": a section between headline and site
        seps.pop()
    text = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        text += sep + part
    return text.strip()


def _agrees(declared: str, others: list[str]) -> bool:
    """A declared headline shares most of its words with the ``<title>`` or a heading (some
    pages put a description or a type name in the headline field: "Wikimedia list article").
    With nothing to compare against, it stands."""
    words = set(_WORDS.findall(declared.lower()))
    others = [o for o in others if o]
    if not words or not others:
        return True
    return any(len(words & set(_WORDS.findall(o.lower()))) * 2 >= len(words) for o in others)


def _confirmed_by_heading(title: str, headings: list[str]) -> str | None:
    """The leading or trailing segments of ``title`` that an ``<h1>`` repeats."""
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    wanted = {_key(h) for h in headings if h}
    for cut in range(len(parts) - 1, 0, -1):
        head = parts[0] + "".join(s + p for s, p in zip(seps[: cut - 1], parts[1:cut], strict=True))
        if _key(head) in wanted:
            return head
        tail = parts[cut] + "".join(
            s + p for s, p in zip(seps[cut:], parts[cut + 1 :], strict=True)
        )
        if _key(tail) in wanted:
            return tail
    return None


def _is_site(segment: str, keys: set[str]) -> bool:
    key = _key(segment).removeprefix("the")
    if not key:
        return False
    for site in keys:
        if key == site:
            return True
        if min(len(key), len(site)) >= 3 and (key.startswith(site) or site.startswith(key)):
            return len(segment.split()) <= 4
    return False


def _site_keys(names: list[str], url: str | None) -> set[str]:
    keys = {_key(name).removeprefix("the") for name in names if name}
    keys |= {_key(name.lstrip("@")) for name in names if name and name.startswith("@")}
    if url:
        host = url_host(url)
        keys.add(_key(host.removeprefix("www.")))
        keys |= {label for label in host.split(".") if label not in _HOST_NOISE}
    return {k.removeprefix("the") for k in keys if len(k.removeprefix("the")) >= 2}


def _key(text: str) -> str:
    return _KEY.sub("", text.lower())


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return normalize_line(" ".join(element.itertext()))


def _head(root: etree._Element) -> etree._Element | None:
    head = root.find("head")
    return head if head is not None else root


def _meta(head: etree._Element | None, names: tuple[str, ...]) -> str:
    if head is None:
        return ""
    found: dict[str, str] = {}
    for meta in head.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name in names and name not in found:
            found[name] = normalize_line(meta.get("content") or "")
    return next((found[name] for name in names if found.get(name)), "")


def _site_names(root: etree._Element, head: etree._Element | None) -> list[str]:
    names = [_meta(head, (name,)) for name in _SITE_META]
    for item in _jsonld_items(root):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    return [name for name in names if name]


def _author_names(root: etree._Element, head: etree._Element | None) -> list[str]:
    """Names of the author the page gives: a title segment that names them is no headline."""
    names = [_meta(head, ("author",))]
    for item in _jsonld_items(root):
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                names.append(author["name"])
            elif isinstance(author, str):
                names.append(author)
    return [name for name in names if name and len(name.split()) >= 2]


def _jsonld_headline(root: etree._Element) -> str:
    for item in _jsonld_items(root):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        headline = item.get("headline")
        if isinstance(headline, str) and any(
            isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds
        ):
            text = normalize_line(headline)
            if text:
                return text
    return ""


def _jsonld_items(root: etree._Element) -> list[dict]:
    items: list[dict] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(_CDATA.sub("", script.text or ""))
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return items
