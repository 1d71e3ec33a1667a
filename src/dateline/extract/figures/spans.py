"""Finding the number expressions of an article: the model's number entities, digits and
vague quantities it missed, joined into ranges or split into changes, and what is left out
(dates, years, ages, phone numbers ...)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.numbers import (
    APPROXIMATE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    GLUED,
    LOWER,
    UPPER,
)
from dateline.extract.common.syntax import lemma
from dateline.extract.figures.reading import read_number
from dateline.extract.figures.rules import (
    AGE_AFTER,
    BEFORE_NUMBER,
    CURRENCY_BEFORE,
    DURATION_AFTER_DASH,
    MULTIPLIERS_AFTER,
    NOT_AFTER,
    OR_BOUNDS,
    PERCENT_WORDS,
    TIME_NOUNS,
    VAGUE_WORDS,
)

_NUMBER_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NOT_FIGURES = frozenset(
    {
        "DATE",
        "TIME",
        "ORDINAL",
        "ORG",
        "PRODUCT",
        "LAW",
        "WORK_OF_ART",
        "FAC",
        "EVENT",
        "GPE",
        "PERSON",
        "NORP",
        "LOC",
        "LANGUAGE",
    }
)
# What a number expression takes in before it, longest first: a hedge, "between", "tens of".
_TAKEN_BEFORE = sorted(LOWER + UPPER + APPROXIMATE + BEFORE_NUMBER, key=lambda p: -len(p.split()))
_PHONE = re.compile(r"\d{2,}[-. ]\d{2,}[-. ]\d{2,}|\+\d{1,3}[ -]?\d")


def candidates(doc: Doc) -> list[Span]:
    """The number expressions of an article in text order: the model's number entities (and
    "between 10 and 20 protesters", which it tags as a DATE), then digits and vague quantities
    it missed ("hundreds"), each extended to its hedge, currency and unit."""
    spans: list[Span] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in _NUMBER_ENTS or counted_range(ent):
            spans.extend(_split_change(ent))
            for token in ent:
                taken[token.i] = True
    for token in doc:
        if taken[token.i] or token.ent_type_ in _NOT_FIGURES:
            continue
        low = token.lower_
        if low in VAGUE_WORDS or (_is_number(token) and any(ch.isdigit() for ch in token.text)):
            spans.append(doc[token.i : token.i + 1])
            taken[token.i] = True
    extended = sorted((_extend(span) for span in spans), key=lambda s: s.start)
    kept: list[Span] = []
    for span in extended:  # "1 in 4": the 4 is inside the ratio already
        if kept and span.start < kept[-1].end:
            if span.end > kept[-1].end and span.start == kept[-1].start:
                kept[-1] = span
            continue
        kept.append(span)
    return _join_ranges(kept)


def _split_change(ent: Span) -> list[Span]:
    """ "rose from 150 to 300" is two figures (a change), and so is "leads by 46 percent to
    42 percent" (a score): a range only goes up."""
    doc = ent.doc
    cut = next((t.i for t in ent if t.lower_ == "to"), None)
    if cut is None or cut == ent.start or cut == ent.end - 1:
        return [ent]
    first, second = doc[ent.start : cut], doc[cut + 1 : ent.end]
    rising = ent.start > 0 and doc[ent.start - 1].lower_ == "from"
    low, high = read_number(first), read_number(second)
    falling = low is not None and high is not None and (low.value or 0) >= (high.value or 0)
    return [first, second] if rising or falling else [ent]


def _join_ranges(spans: list[Span]) -> list[Span]:
    """ "$10,000 to $20,000", "10-20": two number spans joined by "to" or a dash are one range."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            last = joined[-1]
            between = span.doc[last.end : span.start]
            # "from 10 to 20", "by 0.1 points to 4.2 percent": a change, not a range
            change = last.start > 0 and span.doc[last.start - 1].lower_ in ("from", "by")
            low, high = read_number(last), read_number(span)
            upward = low is not None and high is not None and (low.value or 0) < (high.value or 0)
            if (
                len(between) == 1
                and between[0].lower_ in ("to", "-", "–")
                and not change
                and upward
            ):
                joined[-1] = span.doc[last.start : span.end]
                continue
        joined.append(span)
    return joined


def counted_range(ent: Span) -> bool:
    """ "Between 10 and 20 protesters", which the model tags as a DATE."""
    if ent.label_ != "DATE":
        return False
    if not all(t.like_num or t.lower_ in ("between", "and", "to", "-", "–") for t in ent):
        return False
    last = [t for t in ent if t.like_num][-1:]
    return (
        bool(last)
        and last[0].dep_ in ("nummod", "conj")
        and (last[0].head.lower_ not in TIME_NOUNS and last[0].head.head.lower_ not in TIME_NOUNS)
    )


def _extend(span: Span) -> Span:
    """Take in the hedge, the currency and "tens of" before, the multiplier and percent after."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in ("the", "a", "an") and doc[start].ent_type_:
        if end - start == 1:
            break
        start += 1
    for phrase in _TAKEN_BEFORE:
        words = phrase.split()
        if start >= len(words) and [t.lower_ for t in doc[start - len(words) : start]] == words:
            if doc[start - len(words) : start].text.lower() == phrase:
                start -= len(words)
                break
    if start > 0 and (
        doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].lower_ in CURRENCY_BEFORE
    ):
        start -= 1
    while end > start + 1 and not (
        _is_number(doc[end - 1]) or doc[end - 1].lower_ in VAGUE_WORDS or _suffix(doc[end - 1])
    ):
        end -= 1  # "3 tonnes" (a QUANTITY): the unit is what is counted, not the number
    while end < len(doc) and _suffix(doc[end]):
        end += 1
    after = [t.lower_ for t in doc[end : end + 3]]
    if after[:1] == ["or"] and after[1:2] and after[1] in OR_BOUNDS:
        end += 2  # "$100,000 or more"
    elif after[:1] in (["in"], ["of"], ["out"]) and end + 1 < len(doc):
        # "1 in 4", "eight of 10", "nine out of ten": a ratio
        offset = 2 if after[:2] == ["out", "of"] else 1
        if end + offset < len(doc) and _is_number(doc[end + offset]) and _is_number(doc[end - 1]):
            end += offset + 1
    if (
        end < len(doc)
        and doc[end].lower_ in ("percentage", "points", "point")
        and (
            doc[end].lower_ != "percentage"
            or (end + 1 < len(doc) and lemma(doc[end + 1]) == "point")
        )
    ):
        end += 2 if doc[end].lower_ == "percentage" else 1  # "5 percentage points", "7 points"
    return doc[start:end]


def _is_number(token: Token) -> bool:
    return token.like_num or bool(GLUED.match(token.text))


def _suffix(token: Token) -> bool:
    """What may follow a number inside its expression: a multiplier ("million", "bn", "m."),
    a percent sign or word, a currency word ("euros")."""
    low = token.lower_.rstrip(".")
    return low in MULTIPLIERS_AFTER or low in PERCENT_WORDS or low in CURRENCY_WORDS


def is_excluded(span: Span, category: str) -> bool:
    """Dates, years, ages, times, phone numbers, numbers in names, and a lone "one"."""
    doc = span.doc
    text = span.text
    after = doc[span.end : span.end + 3].text.lower()
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if any(after.startswith(a.strip("-")) or after.startswith(a) for a in AGE_AFTER):
        return True
    if before in NOT_AFTER:
        return True
    digits = text.replace(",", "")
    if digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100 and "," not in text:
        return True  # a year
    if text.count("-") >= 2 or ":" in text:
        return True  # a phone number, a score, a time
    full = doc_text(doc)  # (Doc.text rebuilds the text on every call)
    line_start = full.rfind("\n", 0, span.start_char) + 1
    around = full[max(line_start, span.start_char - 12) : span.end_char + 12]
    if _PHONE.search(around):
        return True
    if span.end < len(doc) and doc[span.end].text in ("-",) and span.end + 1 < len(doc):
        if doc[span.end + 1].lower_ in DURATION_AFTER_DASH:
            return True
    if text.lower() in ("one", "a", "an") and category == "OTHER":
        return True
    return False
