"""Article metadata that is not the body: publication date, outlet, byline, language.

Dates in text are found with our own patterns (hand-written: dateparser and htmldate
work on single strings or on HTML, not on a scraper's lines, and would pull in far more
than the few formats news pages use).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from urllib.parse import urlsplit

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_DATE_PATTERNS = [
    re.compile(
        r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?",
    ),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r",?\s+(?P<year>(?:19|20)\d{2})\b"
        + _TIME,
        re.I,
    ),
    re.compile(
        r"\b"
        + _MONTH
        + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b"
        + _TIME,
        re.I,
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})\b"),
    # "09.11.2024 11:27": day first, as the countries that write dots write it
    re.compile(
        r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"
        r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
    ),
]
_PUBLISHED_HINT = re.compile(r"\b(published|posted|first published|date)\b", re.I)
_UPDATED_HINT = re.compile(r"\b(updated|modified|last edited)\b", re.I)


def find_dates(line: str) -> list[str]:
    """ISO 8601 dates (or date-times, when a time is given) written in a line."""
    found: list[tuple[int, str]] = []
    taken: list[range] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            if any(match.start() in span for span in taken):
                continue
            iso = _iso(match.groupdict())
            if iso:
                found.append((match.start(), iso))
                taken.append(range(match.start(), match.end()))
    return [iso for _, iso in sorted(found)]


def _iso(parts: dict[str, str | None]) -> str | None:
    try:
        year = int(parts["year"] or 0)
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[(parts["month"] or "").lower()]
        day = date(year, month, int(parts["day"] or 0))
    except (KeyError, ValueError):
        return None
    if not parts.get("hour"):
        return day.isoformat()
    hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        moment = datetime(day.year, day.month, day.day, hour, minute, int(parts.get("second") or 0))
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def published_in_header(
    lines: list[str], header: set[int], around: range, excluded: set[int]
) -> str | None:
    """The publication date of an article in a text dump, from where a page writes it: a
    "Published"/"Posted" line near the article, else a date line in the article's header
    (between its headline and its first paragraph) nearest the article, else an "Updated" date
    there. Lines in ``excluded`` (notices, link lists, copyright footers) never give one; a
    date anywhere else in the page is some other story's. None when there is no such date: a
    wrong date is worse than none."""
    hinted: list[str] = []
    plain: list[tuple[int, str]] = []
    updated: list[tuple[int, str]] = []
    for index in around:
        line = lines[index]
        if index in excluded or len(line) > 300:
            continue
        dates = find_dates(line)
        if not dates:
            continue
        if _PUBLISHED_HINT.search(line) and not _UPDATED_HINT.search(line):
            hinted.append(dates[0])
        elif index in header and len(line.split()) <= 25:
            (updated if _UPDATED_HINT.search(line) else plain).append((-index, dates[0]))
    if hinted:
        return hinted[0]
    for found in (plain, updated):
        if found:
            return min(found)[1]
    return None


def published_from_lines(lines: list[str], article_start: int | None = None) -> str | None:
    """The publication date of a text dump: a date on a "Published" line wins, an "Updated"
    date loses, and otherwise the date nearest the start of the article (before it first)."""
    best: tuple[float, str] | None = None
    anchor = article_start if article_start is not None else 0
    for index, line in enumerate(lines):
        if len(line) > 300:
            continue  # prose, not a date line: dates in paragraphs are events, not publication
        for iso in find_dates(line):
            score = abs(index - anchor) + (0 if index <= anchor else 5)
            if _PUBLISHED_HINT.search(line):
                score -= 100
            if _UPDATED_HINT.search(line):
                score += 50
            if best is None or score < best[0]:
                best = (score, iso)
    return best[1] if best else None


def normalize_published(value: str | None) -> str | None:
    """A user- or page-given date as ISO 8601, or None when it is not a date."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        dates = find_dates(value)
        return dates[0] if dates else None
    if len(value) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


_META_PUBLISHED = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""pubdate|publishdate|og:published_time|dc\.date\.issued|sailthru\.date|parsely-pub-date)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_DATETIME = re.compile(r"""<time[^>]+datetime\s*=\s*["']([^"']+)["']""", re.I)


def published_timestamp(html: str, day: str | None) -> str | None:
    """The page's own publication timestamp (meta tags, JSON-LD), when it agrees with the
    date trafilatura/htmldate chose (`day`); otherwise that date."""
    candidates = [_CONTENT.search(m.group(0)) for m in _META_PUBLISHED.finditer(html)]
    values = [m.group(1) for m in candidates if m]
    values += _JSONLD_PUBLISHED.findall(html)
    values += _TIME_DATETIME.findall(html)[:1]
    for value in values:
        iso = normalize_published(value)
        if iso and len(iso) > 10 and (day is None or iso.startswith(day)):
            return iso
    return normalize_published(day)


def outlet_from_url(url: str | None) -> str | None:
    """The site's host name without "www.", e.g. "reuters.com"."""
    if not url:
        return None
    return url_host(url).removeprefix("www.") or None


def url_host(url: str) -> str:
    """The URL's host name, "" when it has none or is malformed ("http://[bad")."""
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:  # an unbalanced IPv6 bracket, a bad port: no usable host
        return ""


_BYLINE = re.compile(r"^(?:by|written by|words by)\s+(?P<names>[^|•]{3,120}?)\s*$", re.I)
_NAME = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|da|del|der|bin|al|ibn|la|le))*$"
)


def authors_from_lines(lines: list[str]) -> list[str]:
    """Authors from a "By Jane Doe and John Roe" line (the first one, near the top)."""
    for line in lines[:200]:
        match = _BYLINE.match(line)
        if not match:
            continue
        names = re.split(r",\s*|\s+and\s+|\s*&\s*", match.group("names"))
        # "By Jane Doe, Reuters" / "By Jane Doe, Staff Writer": keep only what reads as a name
        people = [n.strip() for n in names if _NAME.match(n.strip()) and len(n.split()) >= 2]
        if people:
            return people
    return []


def authors_from_jsonld(html: str) -> list[str]:
    """Author names from JSON-LD, when trafilatura found none."""
    for block in re.findall(r"<script[^>]+ld\+json[^>]*>(.*?)</script>", html, re.S | re.I):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            author = item.get("author") if isinstance(item, dict) else None
            names = []
            for entry in author if isinstance(author, list) else [author]:
                if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                    names.append(entry["name"].strip())
                elif isinstance(entry, str):
                    names.append(entry.strip())
            if any(names):
                return [n for n in names if n]
    return []


_ENGLISH_CREOLES = frozenset({"pcm"})
_CREOLE_MARGIN = 20.0  # log-probability; English misread as Pidgin scores within a few


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text (py3langid), or None when it is too short to tell."""
    sample = text[:5000]
    if len(re.findall(r"\w+", sample)) < 5:
        return None
    import py3langid

    ranked = py3langid.rank(sample)
    code = ranked[0][0]
    if (
        code in _ENGLISH_CREOLES
        and len(ranked) > 1
        and ranked[1][0] == "en"
        and ranked[0][1] - ranked[1][1] < _CREOLE_MARGIN
    ):
        # py3langid reads some short standard English as Nigerian Pidgin by a hair; real
        # Pidgin ("Wetin dey happen for Lagos") wins by a wide margin
        return "en"
    return code
