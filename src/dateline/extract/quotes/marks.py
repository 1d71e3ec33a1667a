"""Quotation-mark spans in a text: straight and curly, double and single, over paragraphs.

News conventions this follows: a quote that runs over several paragraphs has no closing mark
until its last paragraph, and each continuing paragraph opens with a mark again; a single quote
mark inside a word is an apostrophe ("Kenya's", "don't"), as is one that closes a word ending
in s or a decade ("the ministers' plan", "the '90s"). Stray or unbalanced marks are dropped,
never fatal: a mark that never closes in its paragraph, and does not continue into the next
one, yields nothing.

Hand-written: textacy pairs marks naively and breaks on unbalanced ones (STYLE.md); no library
pairs quotation marks across paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
# Every character that may be a mark or half of a typewriter pair ('' ``).
_MARK_CHARS = re.compile(
    "[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + "\"'`") + "]"
)


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: `start`/`end` of its content (inside the marks), `open`/`close` of
    the marks themselves (`close` is the index of the closing mark)."""

    open: int
    start: int
    end: int
    close: int
    double: bool = True


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted passage of `text`, outermost only, in order."""
    spans = _pairs(text, double=True)
    taken = [(s.open, s.close) for s in spans]
    for single in _pairs(text, double=False):
        if not any(a <= single.open and single.close <= b for a, b in taken):
            spans.append(single)  # a single-quoted passage not inside a double-quoted one
    spans.sort(key=lambda s: s.open)
    return spans


def _marks(text: str, double: bool) -> list[tuple[int, str]]:
    """(index, "open" | "close" | "either") of each usable mark of one kind."""
    found: list[tuple[int, str]] = []
    opens, closes, straight = (
        (_DOUBLE_OPEN, _DOUBLE_CLOSE, '"') if double else (_SINGLE_OPEN, _SINGLE_CLOSE, "'")
    )
    pairs = _typewriter_pairs(text)
    for match in _MARK_CHARS.finditer(text):  # (a loop over every character is slow)
        index, char = match.start(), match.group()
        if index in pairs or index - 1 in pairs:
            if double and index in pairs:
                found.append((index, pairs[index]))  # '' and `` stand for a double mark
            continue
        if char in opens:
            if double and _closes_word(text, index):
                found.append((index, "close"))  # '... in the future.“': a mis-curled mark
            else:
                found.append((index, "open"))
        elif char in closes:
            if double and _opens_word(text, index):
                found.append((index, "open"))  # '”Fear. I am afraid ...”': a mis-curled mark
            elif double or not _is_apostrophe(text, index):
                found.append((index, "close"))
        elif char == straight:
            if double:
                found.append((index, "either"))
            elif not _is_apostrophe(text, index):
                found.append((index, _straight_single_role(text, index)))
    return [(i, role) for i, role in found if role]


def _opens_word(text: str, index: int) -> bool:
    """A mark at the start of a word, after a line break or a space (and no closer there)."""
    before = text[index - 1] if index > 0 else "\n"
    after = text[index + 1] if index + 1 < len(text) else " "
    # (a bidirectional-text mark such as U+202A before it counts as a space)
    return (before in " \n\t([―—–" or unicodedata.category(before) == "Cf") and after.isalnum()


def _closes_word(text: str, index: int) -> bool:
    """A mark right after a sentence's last punctuation and before a space or the end of the
    line ('... will only get worse.“'): it can only close."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else "\n"
    return before in ".!?," and after in " \n\t\u00a0"


def _typewriter_pairs(text: str) -> dict[int, str]:
    """Two-character double marks of typewriter text (``like this'' or ''like this''): index of
    the first character -> "open" or "close"."""
    found: dict[int, str] = {}
    for match in _TYPEWRITER.finditer(text):
        index = match.start()
        before = text[index - 1] if index > 0 else " "
        after = text[index + 2] if index + 2 < len(text) else " "
        opening = not before.isalnum() and before not in ".,!?;:" and not after.isspace()
        found[index] = "open" if match.group() == "``" or opening else "close"
    return found


_TYPEWRITER = re.compile(r"''|``")


def _is_apostrophe(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Kenya's, O'Brien
    if before in "sS" and not after.isalnum():
        # the ministers' plan: only when a letter run precedes (a closing quote after
        # "... the bus" is rare enough to lose)
        return index >= 2 and text[index - 2].isalpha() and _open_single_before(text, index) is None
    if not before.isalnum() and after.isdigit():
        return True  # the '90s
    return False


def _open_single_before(text: str, index: int) -> int | None:
    """An opening single mark earlier in the same paragraph, if any."""
    start = text.rfind("\n", 0, index)
    segment = text[start + 1 : index]
    for offset in range(len(segment) - 1, -1, -1):
        char = segment[offset]
        if char == "‘" or (
            char == "'"
            and (offset == 0 or not segment[offset - 1].isalnum())
            and offset + 1 < len(segment)
            and segment[offset + 1].isalnum()
        ):
            return start + 1 + offset
    return None


def _straight_single_role(text: str, index: int) -> str:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if not before.isalnum() and (after.isalnum() or after in '“"'):
        return "open"
    if not after.isalnum():
        return "close"
    return ""


def _pairs(text: str, double: bool) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    paragraphs = _paragraph_bounds(text)
    marks = _marks(text, double)
    position = 0
    pending: int | None = None  # an open mark whose quote runs on to the next paragraph
    for number, (p_start, p_end) in enumerate(paragraphs):
        inside = [m for m in marks[position:] if p_start <= m[0] < p_end]
        position += len(inside)
        opened: int | None = None
        if (
            pending is not None
            and inside
            and _opens(inside[0][1])
            and inside[0][0] == _first_char(text, p_start, p_end)
        ):
            opened = pending  # the continuation mark of a multi-paragraph quote
            inside = inside[1:]
        pending = None
        for index, role in inside:
            if opened is None:
                if _opens(role) and not _closing_only(text, index, role):
                    opened = index
            elif role in ("close", "either"):
                spans.append(_span(opened, index, double, text))
                opened = None
            elif role == "open":
                opened = index  # an unbalanced opener: the later one wins
        if opened is not None and number + 1 < len(paragraphs):
            next_start, next_end = paragraphs[number + 1]
            first = _first_char(text, next_start, next_end)
            typewriter = first is not None and text[first : first + 2] in ("''", "``")
            if first is not None and (
                text[first] in (_DOUBLE_OPEN + '"' if double else _SINGLE_OPEN + "'")
                or (double and typewriter)
            ):
                pending = opened
    return spans


def _opens(role: str) -> bool:
    return role in ("open", "either")


def _closing_only(text: str, index: int, role: str) -> bool:
    """A straight double mark that can only close: right after a letter or punctuation and
    before a space or the end."""
    if role != "either":
        return False
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?;:") and (after.isspace() or after in ".,;:)")


def _span(open_index: int, close_index: int, double: bool, text: str) -> QuoteSpan:
    width = 2 if text[open_index : open_index + 2] in ("''", "``") else 1
    return QuoteSpan(open_index, open_index + width, close_index, close_index, double)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: a paragraph in clean text and in most dumps."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def _first_char(text: str, start: int, end: int) -> int | None:
    for index in range(start, end):
        if not text[index].isspace():
            return index
    return None
