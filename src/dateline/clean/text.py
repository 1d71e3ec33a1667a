"""Article body from a plain-text dump of a news page.

A naive scraper saves a page as text: block elements on their own lines, and everything the page
carries besides the article (navigation menus, footers, share and follow lines, subscription and
donation appeals, cookie and sign-in notices, related-article lists, comments, copyright lines,
captions). :func:`clean_text` keeps the article body and nothing else.

This is a classifier of our own, written by hand with regexes and counts. The extractors
(trafilatura, jusText, readability) need the HTML markup; no library classifies plain-text
scraper dumps, so none is used here.

Method, over the normalised non-blank lines:

1. Features that need no markup: length in words, whether the line ends like a sentence, the
   share of stop words and of capitalised content words, whether it repeats in the dump, and
   whether it matches a boilerplate pattern from ``dateline/data/boilerplate.txt`` (``Read
   more``, ``Share this``, ``Subscribe``, cookie notices, copyright lines, dates, share-button
   rows). Comment headings are walls; link-list headings (``Related articles``) weigh heavily.
2. Scores: a paragraph scores by its length; every other line costs more the longer the stretch
   of non-paragraph lines it sits in, so a menu or a link list sinks a run while a subheading or
   a one-line quote between paragraphs barely dents it. A line matching a boilerplate phrase
   (share row, ``Advertisement``) costs a small flat amount: it is explained, not the edge of
   the article. A paragraph standing alone between short lines (a teaser: headline, author,
   date, blurb) counts for less.
3. The article region is the run of lines with the largest total score (maximum subarray). The
   bare headline line (the page ``<title>`` without the site name) anchors it: the best run
   starting just below the headline wins unless it is much weaker than the best run anywhere.
4. Inside the region every line is kept unless it is boilerplate (an ``Advertisement`` or
   ``Read more: ...`` between paragraphs goes; a short quote, a subheading, the dateline stay).
   The standfirst under the headline and a wire credit just after the region ("(Reuters)",
   "— AP") are kept too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dateline.clean.credits import credit_line, ends_with_picture_credit
from dateline.clean.metadata import published_in_header
from dateline.clean.normalize import join_paragraphs, normalize_line, split_lines
from dateline.clean.notices import NoticeSignal, notice_signal
from dateline.lexicon import section_lines

__all__ = ["TextCleanResult", "clean_text"]


@dataclass
class TextCleanResult:
    text: str  # the article body: paragraphs separated by one blank line, each normalised
    removed: list[str] = field(default_factory=list)  # every removed line, in input order
    title: str | None = None  # the headline line of the dump, or None
    published: str | None = None  # ISO date (or date-time) the page gives the article, or None
    credits: list[str] = field(default_factory=list)  # agencies its header credits ("By ... | AP")


_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"""[.!?…。！？:;]["'”’»)\]]*$|["”»]$""")
_LETTER_START = re.compile(r"^[^\W\d_]")


@lru_cache(maxsize=1)
def _boilerplate_data() -> tuple[
    frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """Stop words and the boilerplate patterns from ``dateline/data/boilerplate.txt``."""
    stop: set[str] = set()
    short: list[str] = []
    strong: list[str] = []
    end: list[str] = []
    lists: list[str] = []
    for section, line in (
        (section, line)
        for section, lines in section_lines("boilerplate.txt").items()
        for line in lines
    ):
        if section == "stopwords":
            stop.update(line.lower().split())
        elif section == "short":
            short.append(line)
        elif section == "any":
            strong.append(line)
        elif section == "end":
            end.append(line)
        elif section == "list":
            lists.append(line)
    short_re = re.compile("|".join(f"(?:{p})" for p in short), re.IGNORECASE)
    strong_re = re.compile("|".join(f"(?:{p})" for p in strong), re.IGNORECASE)
    end_re = re.compile("|".join(f"(?:{p})" for p in end), re.IGNORECASE)
    list_re = re.compile("|".join(f"(?:{p})" for p in lists), re.IGNORECASE)
    return frozenset(stop), short_re, strong_re, end_re, list_re


# Scores. A paragraph scores its length in words (capped) less a fixed cost; any other line
# costs _GAP_BASE, plus _GAP_STEP for every non-paragraph line since the last paragraph (capped),
# so a long menu or link list costs far more than a byline or a subheading.
_LONG_CAP = 60
_LONG_COST = 6.0
_GAP_BASE = 2.0
_GAP_STEP = 1.0
_GAP_CAP = 8.0
_BOILER_EXTRA = 2.0  # extra cost of a date stamp or a repeated short line
_BOILER_COST = 2.0  # flat cost of a line matching a boilerplate phrase (share row, "Read more")
_ALONE_GAP = 2  # a paragraph with more non-paragraph lines than this on each side stands alone
_ALONE_SHARE = 0.4  # ... and counts for this share of its score (a teaser in a link list)
_WALL = -1000.0  # a heading that opens the comments: no run crosses it
_WALLED_SHARE = 0.5  # paragraphs below such a heading count for this share (likely comments)
_LIST_HEAD = -25.0  # a link-list heading ("Related articles", "Most read")
# A run that starts below the headline line wins when it scores at least this much and at
# least this share of the best run anywhere; it may start this many lines below the headline.
_ANCHOR_SCORE = 20.0
_ANCHOR_SHARE = 0.2
_HEADER_LINES = 30


@dataclass
class _Line:
    index: int
    text: str
    words: int
    sentence: bool
    stop_ratio: float
    cap_ratio: float
    alpha: int = 0
    stop_n: int = 0
    boiler: bool = False
    terminator: bool = False
    list_head: bool = False
    phrase: bool = False  # matches a boilerplate phrase pattern
    furniture: bool = False  # a date, a [label], a row of share buttons, no letters
    repeated: bool = False
    notice: bool = False  # the page speaking to its reader about itself (clean.notices)
    credit: bool = False  # a credit line under a story ("(AFP)", "Reporting by ...")


def _word_count(text: str, tokens: list[str]) -> int:
    cjk = len(_CJK.findall(text))
    return len(tokens) + cjk // 2


def _features(index: int, text: str, stop: frozenset[str]) -> _Line:
    tokens = _WORD.findall(text)
    words = _word_count(text, tokens)
    alpha = [t for t in tokens if _LETTER_START.match(t)]
    stop_n = sum(1 for t in alpha if t.lower() in stop)
    content = [t for t in alpha if t.lower() not in stop]
    caps = sum(1 for t in content if t[0].isupper())
    return _Line(
        index=index,
        text=text,
        words=words,
        sentence=bool(_SENTENCE_END.search(text)),
        stop_ratio=stop_n / len(alpha) if alpha else 0.0,
        cap_ratio=caps / len(content) if content else 0.0,
        alpha=len(alpha),
        stop_n=stop_n,
    )


_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday am pm a m p utc gmt est edt cst cdt pst pdt et ct "
    "pt bst cet ist at on of updated published posted last h min ago hours hour minutes day days "
    "th st nd rd".split()
)
_LABEL = re.compile(r"^\[[^\[\]]{1,40}\]$")
_CLOCK = re.compile(r"^\d{1,2}(?:am|pm|h)$")  # "5.30am" reads as the tokens "5", "30am"
_HAS_LETTER = re.compile(r"[^\W\d_]")


_SOCIAL = frozenset(
    "facebook twitter linkedin pinterest pin pint reddit whatsapp instagram youtube telegram "
    "tumblr pocket flipboard email mail print rss copy link messenger google vk ok viber line "
    "share tweet sms digg mix x".split()
)


def _is_share_row(line: _Line) -> bool:
    """A row of share buttons: mostly names of social networks."""
    tokens = _WORD.findall(line.text.lower())
    return bool(tokens) and sum(t in _SOCIAL for t in tokens) * 2 >= len(tokens) + 1


def _is_furniture(line: _Line) -> bool:
    """Page furniture that is no phrase of its own: a date stamp, a bare [label], a line without
    letters."""
    if not _HAS_LETTER.search(line.text) or _LABEL.match(line.text):
        return True
    tokens = _WORD.findall(line.text.lower())
    if not 0 < len(tokens) <= 12 or not all(
        t.isdigit() or t in _DATE_WORDS or _CLOCK.match(t) for t in tokens
    ):
        return False
    # a date, not a bare clock time ("4:14 p.m." heads an entry in a live blog)
    return any(len(t) == 4 or (t in _DATE_WORDS and len(t) >= 3) for t in tokens)


_CAPTION_WORDS = 45


def _is_boilerplate(line: _Line, short_re: re.Pattern[str], strong_re: re.Pattern[str]) -> bool:
    if strong_re.search(line.text):
        return True
    if line.words <= _CAPTION_WORDS and ends_with_picture_credit(line.text):
        return True
    return line.words <= 12 and (bool(short_re.search(line.text)) or _is_share_row(line))


def _is_prose(line: _Line, covered: bool) -> bool:
    """A line that reads like a paragraph: long enough, not a run of capitalised names."""
    if line.words < 12:
        return False
    if covered and line.stop_ratio < 0.12:
        return False
    if line.sentence:
        return line.cap_ratio < 0.6 or (line.words >= 20 and line.stop_ratio >= 0.2)
    return line.words >= 25 and line.cap_ratio < 0.45


def _score(lines: list[_Line], covered: bool) -> list[float]:
    """Per-line scores: paragraphs count by their length; other lines cost more the longer the
    stretch of non-paragraph lines they belong to (a menu or a link list is a long stretch)."""
    prose = [_is_prose(ln, covered) and not ln.boiler for ln in lines]
    # A paragraph with two or more non-paragraph lines on each side stands alone, the shape of a
    # teaser in a link list (headline, author, date, blurb), so it counts for less.
    # Lines that match a boilerplate phrase (share buttons, "Advertisement") do not count.
    seen = [i for i, ln in enumerate(lines) if not (ln.phrase and not ln.furniture)]
    rank = {i: r for r, i in enumerate(seen)}
    where = [rank[i] for i, p in enumerate(prose) if p]
    alone = set()
    for j, r in enumerate(where):
        before = r - where[j - 1] if j > 0 else r + 1
        after = where[j + 1] - r if j + 1 < len(where) else len(seen) - r
        if before > _ALONE_GAP and after > _ALONE_GAP:
            alone.add(seen[r])
    scores: list[float] = []
    gap = 0  # non-paragraph lines since the last paragraph
    walled = False  # below a comments heading: what follows is more likely comments
    listing = False  # under a lead-in ("What you'll need:"): short lines are its items
    for i, ln in enumerate(lines):
        w = ln.words
        if ln.boiler or ln.repeated or prose[i]:
            listing = False
        if ln.terminator:
            s, gap, walled = _WALL, gap + 1, True
        elif prose[i] and ln.repeated:
            s = 0.0  # a paragraph printed twice is a caption or a teaser, not the article
        elif prose[i]:
            s, gap = min(w, _LONG_CAP) - _LONG_COST, 0
            if i in alone:
                s *= _ALONE_SHARE
            if walled:
                s *= _WALLED_SHARE
        elif ln.list_head:
            s, gap = _LIST_HEAD, gap + 1
        elif (
            not ln.boiler
            and w >= 5
            and ln.sentence
            and ln.cap_ratio < 0.6
            and (ln.stop_ratio > 0.1 or not covered)
        ):
            s = 1.0
        elif ln.phrase and not ln.furniture and not ln.notice:
            s = -_BOILER_COST  # explained: a known widget, not the edge of the article
        elif _fragment(ln, covered) or listing:
            s = -_FRAGMENT_COST  # a list item or a step: words of the text, not a menu label
        else:
            s = -min(_GAP_BASE + _GAP_STEP * gap, _GAP_CAP)
            if ln.boiler or ln.repeated:
                s -= _BOILER_EXTRA
            gap += 1
        scores.append(s)
        listing = listing or _lead_in(ln)
    return scores


def _lead_in(ln: _Line) -> bool:
    """A line that introduces a list: words of the text ending in a colon ("The demands
    include:"), not a label ("Tags:", "Share:")."""
    return ln.text.endswith(":") and ln.words >= 3 and not ln.boiler


_FRAGMENT_COST = 0.5


def _fragment(ln: _Line, covered: bool) -> bool:
    """A short line written in sentence case with function words ("Eat every 2-3 hours",
    "+ Added a new player model"): a list item or a step of the text. Menu labels are
    capitalised names ("Ab Workouts", "Gaming & Culture") and repeat across the page."""
    if ln.boiler or ln.repeated or ln.words < 3:
        return False
    return bool(_BULLET.match(ln.text)) or covered and ln.cap_ratio < 0.5 and ln.stop_ratio >= 0.15


def _anchored_run(scores: list[float], headline: int) -> tuple[int, int, float]:
    """The best run that starts within the header lines (byline, date, caption) below a
    headline, before any wall: start, end and score."""
    best = (headline + 1, headline + 1, 0.0)
    for start in range(headline + 1, min(headline + 1 + _HEADER_LINES, len(scores))):
        if scores[start] <= _WALL:
            break
        if scores[start] > 0:
            end, score = _best_end(scores, start)
            if score > best[2]:
                best = (start, end, score)
    return best


def _best_end(scores: list[float], start: int) -> tuple[int, float]:
    """End (exclusive) of the best run that starts at ``start``, and its score."""
    best, best_end, total = 0.0, start, 0.0
    for i in range(start, len(scores)):
        total += scores[i]
        if total > best:
            best, best_end = total, i + 1
    return best_end, best


def _max_run(scores: list[float]) -> tuple[int, int]:
    """Start and end (exclusive) of the run with the largest sum; (0, 0) if all are negative."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—·•»~]|::)\s+")
# A wire credit closing an article: "(Reuters, AFP)", "(AP)", "— AP", "(Reporting by ...)".
_CREDIT = re.compile(
    r"^(?:\(\s*[A-Z][\w.&' -]{0,30}(?:\s*[,/;]\s*[A-Z][\w.&' -]{0,30})*\s*\)"
    r"|\((?:additional )?(?:reporting|writing|editing) by [^()]{2,200}\)"
    r"|[-–—]\s*[A-Z][\w.&' ]{0,30}(?:\s*[,/]\s*[A-Z][\w.&' ]{0,30})*)$"
)
_DATELINE = re.compile(r"^[A-Z][\w.' ]{1,40}(?:, [\w.' ]{1,30})?(?: \(\w+\))?\s*[:—–-]$")


def _key(text: str) -> tuple[str, ...]:
    """Words of a line, lower-cased: headline matching ignores quotes, dashes and case."""
    return tuple(w.lower() for w in _WORD.findall(text))


def _title_keys(first: str) -> list[tuple[str, ...]]:
    """The page title and the pieces of it that can be the headline, as word keys.

    "Headline - Section - Site" gives the whole, "Headline - Section", the longest piece and any
    piece of four words or more (a site name is rarely that long)."""
    seps = list(_TITLE_SEPARATOR.finditer(first))
    keys = {_key(first)}
    if seps:
        keys.add(_key(first[: seps[-1].start()]))
        parts = [_key(p) for p in _TITLE_SEPARATOR.split(first)]
        keys.add(max(parts, key=len))
        keys.update(p for p in parts if len(p) >= 4)
    return [k for k in keys if len(k) >= 2]


def _find_headlines(lines: list[_Line]) -> list[int]:
    """Indexes of the bare headline line: later lines that are the page title without the site."""
    keys = _title_keys(lines[0].text)
    first = _key(lines[0].text)
    found = []
    for ln in lines[1:]:
        if ln.boiler or ln.words < 2 or len(ln.text) < 10:
            continue
        key = _key(ln.text)
        if key in keys or (len(key) >= 3 and first[: len(key)] == key):
            found.append(ln.index)
        elif any(len(k) >= 5 and key[: len(k)] == k for k in keys):
            found.append(ln.index)  # the <title> was cut short
    return found


def _page_title(lines: list[_Line], start: int) -> str | None:
    """The first line as a page title ("Headline - Site" without the site), if it is one."""
    first = lines[0]
    if first.boiler or first.words < 3 or start == 0 or _asks_reader(first):
        return None
    parts = _TITLE_SEPARATOR.split(first.text)
    if len(parts) > 1:
        # "Headline - Site": drop the shortest end piece (the site name)
        head = first.text[: list(_TITLE_SEPARATOR.finditer(first.text))[-1].start()]
        if len(parts[0]) < len(parts[-1]) and len(parts) == 2:
            head = parts[-1]
        return head.strip() or None
    return first.text


def _headline_above(lines: list[_Line], start: int) -> int | None:
    """The nearest headline-like line above the article: a few words, no full stop, not a
    byline, date, notice or question to the reader. Of a headline and the standfirst right
    under it (both title-like), the upper one."""
    for ln in reversed(lines[max(0, start - _HEADER_LINES) : start]):
        if ln.terminator or ln.list_head:
            break
        if not _title_like(ln):
            continue
        above = lines[ln.index - 1] if ln.index > 0 else None
        if above is not None and _title_like(above):
            return above.index
        return ln.index
    return None


def _title_like(ln: _Line) -> bool:
    return (
        not ln.boiler
        and 4 <= ln.words <= 25
        and not ln.text.endswith((".", ":", ";", ","))
        and not _asks_reader(ln)
    )


def _asks_reader(line: _Line) -> bool:
    """A question to the reader ("Enjoying our reporting?", "Can you help us?"): never a
    headline."""
    return line.text.rstrip().endswith("?") and notice_signal(line.text).address > 0


def clean_text(raw: str) -> TextCleanResult:
    """Split a plain-text page dump into the article body, the removed lines and the headline:
    the lines are read and marked, the article is the best-scoring run of lines (anchored
    at a headline where one leads it), and its title and standfirst are found around it."""
    lines = _read_lines(raw)
    if not lines:
        return TextCleanResult(text="", removed=[], title=None)
    headlines = _find_headlines(lines)
    covered = _stop_words_cover(lines)
    _mark_notices(lines, _article_run(lines, _score(lines, covered), headlines)[:2])
    scores = _score(lines, covered)
    start, end, headline = _article_run(lines, scores, headlines)
    title, headline = _title(lines, start, headline)
    keep = _kept(lines, start, end, headline, _standfirst(lines, start, headline))
    kept = [ln.text for ln in lines if keep[ln.index]]
    removed = [ln.text for ln in lines if not keep[ln.index]]
    return TextCleanResult(
        text=join_paragraphs(kept),
        removed=removed,
        title=title,
        published=_published(lines, start, end, headline),
        credits=_header_credits(lines, start, headline),
    )


def _read_lines(raw: str) -> list[_Line]:
    """The dump's non-empty lines with their features, boilerplate marked: widget labels,
    list heads, end-of-article markers, page furniture; a line repeated in the page."""
    stop, short_re, strong_re, end_re, list_re = _boilerplate_data()
    lines: list[_Line] = []
    for raw_line in split_lines(raw or ""):
        text = normalize_line(raw_line)
        if text:
            lines.append(_features(len(lines), text, stop))
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    for ln in lines:
        ln.repeated = counts[ln.text] > 1
        ln.terminator = ln.words <= 12 and bool(end_re.search(ln.text))
        ln.list_head = ln.words <= 8 and bool(list_re.search(ln.text.strip("\"“”'‘’")))
        ln.phrase = _is_boilerplate(ln, short_re, strong_re)
        ln.furniture = ln.words <= 12 and _is_furniture(ln)
        ln.credit = credit_line(ln.text) is not None
        ln.boiler = ln.terminator or ln.list_head or ln.phrase or ln.furniture
    return lines


def _mark_notices(lines: list[_Line], article: tuple[int, int]) -> None:
    """Notices: lines that are one on their own, and the lines next to them that could belong
    to the same notice. ``article`` is the run of lines the article would be without them: when
    its own narration speaks to the reader (a how-to, a first-person blog), "you" and "we"
    tell nothing and only the outlet-reader vocabulary does."""
    names = _outlet_names(lines)
    signals = [notice_signal(ln.text, names) for ln in lines]
    own_voice = _speaks_to_reader(lines[article[0] : article[1]], signals[article[0] : article[1]])
    for ln, signal in zip(lines, signals, strict=True):
        ln.notice = not ln.credit and (signal.plain if own_voice else signal.strong)
    for i, ln in enumerate(lines):
        if ln.notice and _between_paragraphs(lines, signals, i) and not signals[i].emphatic:
            ln.notice = False  # a paragraph of the story that speaks of members or donors
    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(lines):
            if ln.notice or ln.credit or not signals[i].weak or own_voice and not ln.words <= 12:
                continue
            if (i > 0 and lines[i - 1].notice) or (i + 1 < len(lines) and lines[i + 1].notice):
                ln.notice = changed = True
    for ln in lines:
        ln.boiler = ln.boiler or ln.notice


def _between_paragraphs(lines: list[_Line], signals: list[NoticeSignal], index: int) -> bool:
    """The line stands alone inside the story, two paragraphs that are no notice on each side
    (an appeal inside an article comes as a block: a heading, a pitch, its buttons; one at its
    end has no story after it)."""
    if not _SIDE <= index < len(lines) - _SIDE:
        return False
    return all(
        (_is_prose(lines[j], True) or lines[j].sentence and lines[j].words >= 5)
        and not signals[j].strong
        for j in range(index - _SIDE, index + _SIDE + 1)
        if j != index
    )


_SIDE = 2  # paragraphs of the story on each side of a lone line


_OWN_VOICE_SHARE = 0.34


def _speaks_to_reader(run: list[_Line], signals: list[NoticeSignal]) -> bool:
    """The middle half of an article run addresses the reader in a third of its paragraphs
    or more (notices stand at its edges, or fill a short block inside it)."""
    prose = [sig for ln, sig in zip(run, signals, strict=True) if ln.words >= 12 and ln.sentence]
    middle = prose[len(prose) // 4 : len(prose) - len(prose) // 4]
    return bool(middle) and sum(sig.address > 0 for sig in middle) >= _OWN_VOICE_SHARE * len(middle)


_COPYRIGHT_NAME = re.compile(
    r"^(?:©|\(c\)|copyright|all rights reserved)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?P<name>[A-Z][^.|©]{1,60}?)(?:\s+(?:\d{4}(?:\s*[-–]\s*\d{4})?|SIA|Ltd|LLC|Inc|GmbH|plc))*[.,]",
    re.I,
)


def _outlet_names(lines: list[_Line]) -> tuple[str, ...]:
    """The page's own name, lower-cased, as its first line ("Headline | Outlet") and its
    copyright footer give it: the outlet speaking of itself by name is its "we"."""
    names = []
    if lines:
        pieces = _TITLE_SEPARATOR.split(lines[0].text)
        if len(pieces) > 1 and 0 < len(pieces[-1].split()) <= 5:
            names.append(pieces[-1])
    for ln in lines[-40:]:
        match = _COPYRIGHT_NAME.match(ln.text)
        if match and len(match.group("name").split()) <= 6:
            names.append(match.group("name"))
    return tuple(dict.fromkeys(n.strip().lower() for n in names if len(n.strip()) >= 3))


def _stop_words_cover(lines: list[_Line]) -> bool:
    """The page's language is one our stop words cover (else line scores cannot use them)."""
    alpha = sum(ln.alpha for ln in lines)
    return alpha > 0 and sum(ln.stop_n for ln in lines) / alpha >= 0.08


def _article_run(
    lines: list[_Line], scores: list[float], headlines: list[int]
) -> tuple[int, int, int | None]:
    """The article's lines [start, end) and its headline line: the best-scoring run, or the
    best run that starts at a headline when that holds at least a paragraph or two (else the
    "headline" was a link elsewhere); bylines, dates and captions above the first paragraph
    go, a dateline line right above it stays."""
    headline = headlines[0] if headlines else None
    start, end = _max_run(scores)
    best = sum(scores[start:end])
    anchored = [(*_anchored_run(scores, h), h) for h in headlines]
    if anchored:
        h_start, h_end, h_score, h = max(anchored, key=lambda a: (a[2], a[3]))
        if h_score >= max(_ANCHOR_SCORE, _ANCHOR_SHARE * best):
            start, end, headline = h_start, h_end, h
    while start < end and scores[start] <= 0:
        start += 1
    if start > 0 and _DATELINE.match(lines[start - 1].text) and not lines[start - 1].boiler:
        start -= 1
    end = _list_end(lines, scores, start, _credit_end(lines, start, end))
    if end == len(lines) or not lines[end - 1].credit:
        end = _content_after(lines, end)
    return _content_before(lines, start, headline), end, headline


_LIST_TAIL_SHARE = 0.75  # a link list this far into the run is where the article ended


def _list_end(lines: list[_Line], scores: list[float], start: int, end: int) -> int:
    """A run that crosses a link-list heading ("Related coverage", "Latest news") with most of
    its article above it ends there: the teasers below it score like paragraphs. A heading
    higher up is an inline box inside the article, which goes on below it."""
    total = sum(max(score, 0.0) for score in scores[start:end])
    above = 0.0
    for i in range(start, end):
        if lines[i].list_head and above >= _LIST_TAIL_SHARE * total:
            return i
        above += max(scores[i], 0.0)
    return end


_BLOCK_LINES = 3  # fewer content lines after the article are a teaser or two, not a block
_HEADING_RUN = 2  # short labels a content block may hold in a row ("BOYS SOCCER")


def _content_after(lines: list[_Line], end: int) -> int:
    """The run extended over the content block right after it: list items, steps and table
    rows (the article goes on in a form the line scores undervalue), up to the first line of
    page furniture (boilerplate, a notice, a line repeated in the page, a credit line)."""
    labels, found, last = 0, 0, end
    for i in range(end, len(lines)):
        ln = lines[i]
        if ln.boiler or ln.repeated or ln.credit:
            break
        if _content(ln):
            last, labels, found = i + 1, 0, found + 1
        else:
            labels += 1
            if labels > _HEADING_RUN:
                break
    return last if found >= _BLOCK_LINES else end


def _content_before(lines: list[_Line], start: int, headline: int | None) -> int:
    """The run extended back over a list right above it (list items or table rows before the
    first paragraph; a sentence there is a caption or a standfirst), up to the headline or
    the first line of page furniture."""
    # a dump's first line is the page's title: never the article's
    floor = headline + 1 if headline is not None and headline < start else 1
    found, first = 0, start
    for i in range(start - 1, floor - 1, -1):
        ln = lines[i]
        if ln.boiler or ln.repeated or ln.credit or ln.sentence and ln.words >= 5:
            break
        if not _content(ln):
            break  # list items stand together; a label between them is the page's
        first, found = i, found + 1
    return first if found >= _BLOCK_LINES else start


_DIGITS = re.compile(r"\d")
_BULLET = re.compile(r"^(?:[-+*•▪◦–]|\d{1,2}[.)])\s+\w")  # "+ Added ...", "2) Insert ..."


def _content(ln: _Line) -> bool:
    """A line of the text in some form: a sentence, a list item or step, a table row."""
    if ln.sentence and ln.words >= 5:
        return True
    if ln.words >= 3 and (len(_DIGITS.findall(ln.text)) >= 2 or _BULLET.match(ln.text)):
        return True
    return ln.words >= 3 and ln.cap_ratio < 0.5 and ln.stop_ratio >= 0.15


_MORE_ARTICLE = 3  # paragraphs after a credit line that make it no end (a live blog's entries)


def _credit_end(lines: list[_Line], start: int, end: int) -> int:
    """A wire or staff credit line ("(AFP)", "Reporting by ...") closes the story: the run ends
    there unless more article follows it."""
    for i in range(start + 1, end):
        if lines[i].credit:
            after = [ln for ln in lines[i + 1 : end] if not ln.boiler and ln.words >= 12]
            if len(after) < _MORE_ARTICLE:
                return i + 1
    return end


def _title(lines: list[_Line], start: int, headline: int | None) -> tuple[str | None, int | None]:
    """The title and the headline line: the headline found, else the page-title line, else
    the title-like line right above the article."""
    title = None
    if headline is None:
        title = _page_title(lines, start)
        if title is None:
            headline = _headline_above(lines, start)
    if headline is not None:
        title = lines[headline].text
    return title, headline


_HEADER_SPAN = 12  # lines above the first paragraph that can hold its date, with no headline
_ABOVE_HEADLINE = 3  # lines above the headline that can hold its date ("21 May 2020", kicker)
_DATE_REACH = 3  # lines after the article that can hold a "Published ..." line
_DATE_LINE_WORDS = 15  # "By Jane Roe | Aug. 12, 2024"
_DATELINE_CHARS = 80  # "April 17, 2015 -- Imagine ...": a lede's dateline is at its start
_FOOTER = re.compile(r"©|\bcopyright\b|\ball rights reserved\b", re.I)


def _published(lines: list[_Line], start: int, end: int, headline: int | None) -> str | None:
    """The article's date from its header (just above its headline to its first paragraph), a
    "Published" line near it, its dateline or a credit line; never from a notice, a link
    list or a copyright footer."""
    if headline is not None and headline < start:
        top = max(0, headline - _ABOVE_HEADLINE)
    else:
        top = max(0, start - _HEADER_SPAN)
    # the first paragraph's own dateline counts too, and date stamps among the run's first
    # lines (a byline under the standfirst)
    header = set(range(top, start + 1))
    header |= {
        ln.index
        for ln in lines[start : min(end, start + _HEADER_SPAN)]
        if ln.furniture or ln.phrase and ln.words <= _DATE_LINE_WORDS
    }
    around = range(top, min(len(lines), end + _DATE_REACH))
    texts = [ln.text for ln in lines]
    if start < len(texts):
        texts[start] = texts[start][:_DATELINE_CHARS]
    excluded = {
        ln.index
        for ln in lines[top : around.stop]
        if ln.notice
        or ln.list_head
        or _FOOTER.search(ln.text)
        or (ln.index not in header and _in_list(lines, ln.index))
    }
    return published_in_header(texts, header, around, excluded)


def _header_credits(lines: list[_Line], start: int, headline: int | None) -> list[str]:
    """Agencies credited on the article's byline lines ("The Canadian Press" under the
    headline): a byline credit, where the body's own credits are at its head and foot."""
    top = headline + 1 if headline is not None and headline < start else max(0, start - 6)
    found: list[str] = []
    for ln in lines[top:start]:
        if ln.words <= _DATE_LINE_WORDS:
            for name in credit_line(ln.text.removeprefix("By ").removeprefix("by ")) or []:
                if name not in found:
                    found.append(name)
    return found


def _in_list(lines: list[_Line], index: int) -> bool:
    """A line under a link-list heading ("Related", "Most read") before the next paragraph."""
    for ln in reversed(lines[max(0, index - 12) : index]):
        if ln.list_head or ln.terminator:
            return True
        if ln.words >= 20 and ln.sentence and not ln.boiler:
            return False
    return False


def _standfirst(lines: list[_Line], start: int, headline: int | None) -> int | None:
    """A sentence right under the headline belongs with the article."""
    if headline is not None and headline + 1 < start:
        sub = lines[headline + 1]
        if sub.sentence and sub.words >= 8 and not sub.boiler and not sub.repeated:
            return sub.index
    return None


def _kept(
    lines: list[_Line], start: int, end: int, headline: int | None, standfirst: int | None
) -> list[bool]:
    """Which lines the article keeps: the standfirst, the run's lines that are not
    boilerplate, the headline or a repeat, and a wire credit such as "(Reuters)" or "— AP"
    just after the run."""
    keep = [False] * len(lines)
    if standfirst is not None:
        keep[standfirst] = True
    seen: set[str] = set()
    for ln in lines[start:end]:
        if ln.boiler or ln.text in seen or ln.index == headline:
            continue
        keep[ln.index] = True
        seen.add(ln.text)
    for ln in lines[end : end + _CREDIT_REACH]:
        if ln.credit or _CREDIT.match(ln.text):
            keep[ln.index] = True
            break
        if ln.words > _CREDIT_GAP_WORDS and not ln.boiler:
            break  # a paragraph of something else: a credit beyond it is not this story's
    return keep


_CREDIT_REACH = 4  # lines after the article a credit line may stand on ("___", a correction)
_CREDIT_GAP_WORDS = 15


def is_boilerplate_line(text: str) -> bool:
    """True for a single line that is site boilerplate wherever it stands ("Advertisement",
    "Read more: ...", a share row, a cookie or newsletter notice). The HTML cleaner uses it to
    drop what trafilatura lets through."""
    stop, short_re, strong_re, _, _ = _boilerplate_data()
    return _is_boilerplate(_features(0, normalize_line(text), stop), short_re, strong_re)
