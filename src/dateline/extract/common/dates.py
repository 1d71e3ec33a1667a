"""Anchor the date phrase of a news event to a calendar day.

An event clause often carries a spaCy DATE entity: "Tuesday", "on Saturday", "yesterday",
"two days ago", "March 3", "3 March 2016", "Monday night", "next Tuesday". `anchor` turns such
a phrase into an ISO date (YYYY-MM-DD), counted from the article's publication timestamp, and
returns None for phrases that name a span rather than a day ("last week", "earlier this month",
"in 2015", "March") or that cannot be anchored.

News conventions used:

- a bare weekday is the most recent such day on or before publication (same weekday: the
  publication day itself); "last Tuesday" / "this past Tuesday" is strictly before it;
  "next Tuesday" / "this coming Tuesday" strictly after it; "Tuesday of last week" is that
  weekday in the calendar week (Monday to Sunday) before the publication's week;
- today, tonight, this morning/afternoon/evening: the publication day; yesterday, last night:
  the day before; tomorrow: the day after; "N days/weeks ago": counted back;
- part-of-day words (morning, afternoon, evening, night) and leading "on", "early", "late" are
  ignored;
- an explicit date without a year takes the year that puts it in the year-long window ending
  about two months after publication: a January article's "December 28" is last December, a
  late-December article's "January 5" is next January;
- without a usable publication date only a full explicit date (day, month, year) is anchored.

Hand-written rather than dateparser: dateparser anchors bare weekdays by a global setting
(PREFER_DATES_FROM) rather than the news convention, is slow per call, and returns a day for
spans such as "last week", which we do not want to invent.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateline.extract.common.numbers import NUMBER_WORDS
from dateline.lexicon import section_lines, sections, table

_FILE = "date_words.txt"
_MONTHS = {word: int(value) for word, value in table(_FILE, "months").items()}
_WEEKDAYS = {word: int(value) for word, value in table(_FILE, "weekdays").items()}

_COUNTS = dict.fromkeys(section_lines(_FILE)["one"], 1) | {
    word: value for word, value in NUMBER_WORDS.items() if 1 <= value <= 10
}

# Phrases that are a fixed offset in days from the publication day.
_RELATIVE = {phrase: int(days) for phrase, days in table(_FILE, "relative").items()}

# Words dropped from the front of a phrase: "on Tuesday", "early Tuesday", "late yesterday".
_FILLERS = sections(_FILE)["fillers"]

# An explicit date without a year lies at most this far after publication, and at most
# _PAST_WINDOW before it (together one year).
_FUTURE_WINDOW = timedelta(days=62)
_PAST_WINDOW = timedelta(days=365) - _FUTURE_WINDOW

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_COUNT_RE = "|".join(_COUNTS)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?: (?P<year>\d{4}))?"
_WD_PREFIX = rf"(?:(?:{_WEEKDAY_RE}) )?"

_PART_OF_DAY = re.compile(
    r"\b(?:(?:in|during) the |at )?"
    rf"(?:{'|'.join(section_lines(_FILE)['part-of-day'])})\b"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_MONTH_DAY = re.compile(rf"{_WD_PREFIX}(?:the )?(?P<month>{_MONTH_RE}) (?:the )?{_DAY}{_YEAR}")
_DAY_MONTH = re.compile(rf"{_WD_PREFIX}(?:the )?{_DAY} (?:of )?(?P<month>{_MONTH_RE}){_YEAR}")
_AGO = re.compile(rf"(?P<n>{_COUNT_RE}|\d{{1,4}}) (?P<unit>days?|weeks?) ago")
_WEEKDAY = re.compile(
    rf"(?:(?P<mod>last|next|this coming|coming|this past|past) )?(?P<wd>{_WEEKDAY_RE})"
)
_WEEKDAY_LAST_WEEK = re.compile(rf"(?P<wd>{_WEEKDAY_RE}) (?:of )?last week")


def anchor(phrase: str, published: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) that `phrase` names, counted from `published` (an ISO 8601 date or
    timestamp such as '2016-09-12' or '2016-09-12T08:30:00Z' or '2016-09-12T08:30:00+02:00');
    None when the phrase names no single day or cannot be anchored."""
    try:
        day = _anchor(phrase, _published_day(published))
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return day.isoformat() if day is not None else None


def _published_day(published: object) -> date | None:
    """The calendar day of the publication timestamp, in its own time zone."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if not isinstance(published, str):
        return None
    text = published.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?![\d-])", text)
    if match is None:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def _normalise(phrase: str) -> str:
    text = phrase.lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


def _strip_fillers(text: str) -> str:
    words = text.split()
    while words and words[0] in _FILLERS:
        words.pop(0)
    return " ".join(words)


def _anchor(phrase: str, pub: date | None) -> date | None:
    if not isinstance(phrase, str):
        return None
    text = _strip_fillers(_normalise(phrase))
    if not text:
        return None

    explicit = _explicit(text, pub)
    if explicit is not False:
        return explicit

    if text in _RELATIVE:
        return pub + timedelta(days=_RELATIVE[text]) if pub else None
    text = _strip_fillers(" ".join(_PART_OF_DAY.sub(" ", text).split()))
    explicit = _explicit(text, pub)
    if explicit is not False:
        return explicit
    if text in _RELATIVE:
        return pub + timedelta(days=_RELATIVE[text]) if pub else None
    if pub is None:
        return None

    if match := _AGO.fullmatch(text):
        raw = match["n"]
        count = _COUNTS[raw] if raw in _COUNTS else int(raw)
        days = count * 7 if match["unit"].startswith("week") else count
        return pub - timedelta(days=days)

    if match := _WEEKDAY_LAST_WEEK.fullmatch(text):
        monday = pub - timedelta(days=pub.weekday())
        return monday - timedelta(days=7) + timedelta(days=_WEEKDAYS[match["wd"]])

    if match := _WEEKDAY.fullmatch(text):
        wd = _WEEKDAYS[match["wd"]]
        mod = match["mod"]
        if mod in ("next", "coming", "this coming"):
            return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        back = (pub.weekday() - wd) % 7
        if mod in ("last", "past", "this past"):
            back = back or 7
        return pub - timedelta(days=back)

    return None


def _explicit(text: str, pub: date | None) -> date | None | bool:
    """The day an explicit calendar date names; False when `text` is not one."""
    if match := _ISO.fullmatch(text):
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _MONTH_DAY.fullmatch(text) or _DAY_MONTH.fullmatch(text)
    if match is None:
        return False
    month, day = _MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        return date(int(match["year"]), month, day)
    if pub is None:
        return None
    for year in (pub.year, pub.year - 1, pub.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if pub - _PAST_WINDOW <= candidate <= pub + _FUTURE_WINDOW:
            return candidate
    return None
