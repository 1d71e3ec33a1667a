"""Finding the number expressions of an article: the model's number entities, digits, vague
quantities and fractions it missed, joined into ranges or split into changes (`exclusions`
tells which of them are no figure)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.numbers import (
    APPROXIMATE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTIONS,
    GLUED,
    LOWER,
    UPPER,
    Reading,
    share,
)
from dateline.extract.common.syntax import lemma
from dateline.extract.figures.reading import ALTERNATIVE, is_year, read_number
from dateline.extract.figures.rules import (
    BEFORE_NUMBER,
    CHANGE_VERBS,
    CURRENCY_BEFORE,
    MULTIPLIERS_AFTER,
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
        if taken[token.i]:
            continue
        fraction = _fraction_at(token)
        if fraction is not None:
            spans.append(fraction)
            for index in range(fraction.start, fraction.end):
                taken[index] = True
            continue
        if token.ent_type_ in _NOT_FIGURES and not count_read_as_date(token):
            continue
        low = token.lower_
        if low == "scores" and any(
            c.dep_ in ("compound", "amod", "poss", "det") for c in token.children
        ):
            continue  # "credit scores", "the scores": a noun, not a quantity
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


# Nouns of a count that a verb sets "at" a number or changes "to" and "from" one.
_TALLY_NOUNS = frozenset({"toll", "tally", "figure", "number", "count", "total"})


def count_read_as_date(token: Token) -> bool:
    """A bare number the model tags as a date or a time where the sentence sets a toll to
    it: "put its toll at 36", "revised the toll down to 15 from 18" (not "at 10 a.m.")."""
    if token.ent_type_ not in ("DATE", "TIME") or not token.text.isdigit() or len(token) > 3:
        return False
    alone = token.ent_iob_ == "B" and (
        token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    if not alone or token.head.lower_ not in ("at", "to", "from"):
        return False
    return any(lemma(t) in _TALLY_NOUNS for t in token.sent)


def _split_change(ent: Span) -> list[Span]:
    """ "rose from 150 to 300" is two figures (a change), and so is "leads by 46 percent to
    42 percent" (a score): a range only goes up."""
    doc = ent.doc
    cut = next((t.i for t in ent if t.lower_ == "to"), None)
    if cut is None or cut == ent.start or cut == ent.end - 1:
        return [ent]
    first, second = doc[ent.start : cut], doc[cut + 1 : ent.end]
    rising = ent.start > 0 and _changes(doc[ent.start - 1])
    low, high = read_number(first), read_number(second)
    falling = low is not None and high is not None and (low.value or 0) >= (high.value or 0)
    return [first, second] if rising or falling else [ent]


def _join_ranges(spans: list[Span]) -> list[Span]:
    """ "$10,000 to $20,000", "10-20": two number spans joined by "to" or a dash are one range;
    so are "two or three", "hundreds of thousands or maybe millions" and "one-half of 1
    percent"."""
    joined: list[Span] = []
    for span in spans:
        if joined and _joins(joined[-1], span):
            joined[-1] = span.doc[joined[-1].start : span.end]
        else:
            joined.append(span)
    return joined


def _joins(last: Span, span: Span) -> bool:
    doc = span.doc
    if span.start - last.end > 2:
        return False
    words = " ".join(t.lower_ for t in doc[last.end : span.start])
    if words == "of":
        return _share_of_percent(last, span)
    # "from 10 to 20", "by 0.1 points to 4.2 percent": a change, not a range
    change = last.start > 0 and _changes(doc[last.start - 1])
    ranged = words in ("to", "-", "–") and not change
    if not (ranged or words in ALTERNATIVE):
        return False
    low, high = read_number(last), read_number(span)
    return low is not None and high is not None and _size(low) < _size(high)


def _changes(preposition: Token) -> bool:
    """ "rose from 10 to 20", "by 0.1 points to 4.2 percent": a change, not a range; but "fees
    range from 5 percent to 15 percent" is a range (the verb changes nothing)."""
    if preposition.lower_ == "by":
        return True
    return preposition.lower_ == "from" and lemma(preposition.head) in CHANGE_VERBS


def _size(reading: Reading) -> float:
    """How large a reading is, for comparing two: its value, else its upper bound."""
    return next((v for v in (reading.value, reading.high, reading.low) if v is not None), 0)


def _share_of_percent(share_span: Span, percent: Span) -> bool:
    """ "one-half of 1 percent": a fraction of a percentage is one figure."""
    if not any(t.lower_ in FRACTIONS for t in share_span):
        return False
    reading = read_number(percent)
    return reading is not None and reading.unit == "%"


def _fraction_at(token: Token) -> Span | None:
    """A fraction the model missed or took for an ordinal, as a share of something: "a third
    of voters", "two-thirds of the seats", "half the state" (not "the first half of 2016",
    "half an hour", "the third quarter")."""
    doc = token.doc
    if token.lower_ not in FRACTIONS or token.ent_type_ in ("DATE", "TIME"):
        return None
    start = token.i
    if start >= 2 and doc[start - 1].text == "-" and _is_number(doc[start - 2]):
        start -= 2  # "two-thirds"
    elif start >= 1 and (doc[start - 1].lower_ in ("a", "one") or _is_number(doc[start - 1])):
        start -= 1  # "a third", "one half", "three quarters"
    elif token.lower_ not in ("half",):
        return None
    if start > 0 and (doc[start - 1].ent_type_ == "ORDINAL" or doc[start - 1].lower_ == "the"):
        return None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.lower_ not in ("of", "the", "their", "its", "a", "an"):
        return None
    whole = next((c for c in following.subtree if c.dep_ == "pobj"), None)
    if following.lower_ != "of":
        whole = following.head if following.head.i > token.i else None
    if whole is None or whole.lower_ in TIME_NOUNS or lemma(whole) in TIME_NOUNS:
        return None
    if share(doc[start : token.i + 1].text) is None:
        return None
    return doc[start : token.i + 1]


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
    """Take in the hedge, the currency and "tens of" before, the multiplier, percent, points and
    ratio after."""
    doc = span.doc
    start, end = _start_with_hedge(span), span.end
    while end > start + 1 and not (
        _is_number(doc[end - 1])
        or doc[end - 1].lower_ in VAGUE_WORDS
        or doc[end - 1].lower_ in FRACTIONS
        or _suffix(doc[end - 1])
    ):
        end -= 1  # "3 tonnes" (a QUANTITY): the unit is what is counted, not the number
    while end < len(doc) and _suffix(doc[end]):
        end += 1
    end = _end_with_half_or_plus(doc, end)
    if [t.lower_ for t in doc[end : end + 2]] == ["per", "cent"]:
        end += 2  # "90 per cent"
    elif (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ == "point"
        and _is_number(doc[end - 1])
    ):
        end += 2  # "a ten-point lead"
    end = _end_with_bound_or_ratio(doc, end)
    return doc[start : _end_with_points(doc, end)]


def _end_with_half_or_plus(doc: Doc, end: int) -> int:
    """ "five-and-a-half", "28,000-plus", "400,000 plus"."""
    words: list[tuple[int, str]] = [(t.i, t.lower_) for t in doc[end : end + 6] if t.text != "-"]
    if [w for _, w in words[:3]] == ["and", "a", "half"]:
        return words[2][0] + 1
    if words[:1] and words[0][1] == "plus":  # (not "plus or minus", not "10 plus 5")
        after = doc[words[0][0] + 1] if words[0][0] + 1 < len(doc) else None
        if doc[end].text == "-" or after is None or not (after.like_num or after.lower_ == "or"):
            return words[0][0] + 1
    return end


def _start_with_hedge(span: Span) -> int:
    """Where the expression starts: its hedge ("at least"), "tens of", its currency."""
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
    return start


def _end_with_bound_or_ratio(doc: Doc, end: int) -> int:
    """ "$100,000 or more"; a ratio: "1 in 4", "eight of 10", "nine out of ten",
    "Three-in-five" (not "one of two": a member)."""
    after = [t.lower_ for t in doc[end : end + 3]]
    if after[:1] == ["or"] and after[1:2] and after[1] in OR_BOUNDS:
        return end + 2
    if (
        after[:2] == ["-", "in"]
        and end + 3 < len(doc)
        and doc[end + 2].text == "-"
        and _is_ratio(doc[end - 1], doc[end + 3])
    ):
        return end + 4
    if after[:1] in (["in"], ["of"], ["out"]) and end + 1 < len(doc):
        offset = 2 if after[:2] == ["out", "of"] else 1
        membership = after[:1] == ["of"] and doc[end - 1].lower_ in ("one", "1")
        if (
            end + offset < len(doc)
            and not membership
            and _is_ratio(doc[end - 1], doc[end + offset])
        ):
            return end + offset + 1
    return end


def _end_with_points(doc: Doc, end: int) -> int:
    """ "half a percentage point", "5 percentage points", "7 points"."""
    if (
        doc[end - 1].lower_ in FRACTIONS
        and end + 1 < len(doc)
        and doc[end].lower_ == "a"
        and doc[end + 1].lower_ in ("percentage", "point")
    ):
        end += 1
    if (
        end < len(doc)
        and doc[end].lower_ in ("percentage", "points", "point")
        and (
            doc[end].lower_ != "percentage"
            or (end + 1 < len(doc) and lemma(doc[end + 1]) == "point")
        )
    ):
        end += 2 if doc[end].lower_ == "percentage" else 1
    return end


def _is_ratio(top: Token, bottom: Token) -> bool:
    """ "4 in 10", "eight out of ten": two plain numbers, the first no larger (not "$35 million
    in 2011", "3 of 2016")."""
    if not (_is_number(top) and _is_number(bottom)) or is_year(bottom.text):
        return False
    if top.lower_ in MULTIPLIERS_AFTER or bottom.lower_ in MULTIPLIERS_AFTER:
        return False
    doc = top.doc
    over, under = read_number(doc[top.i : top.i + 1]), read_number(doc[bottom.i : bottom.i + 1])
    return (
        over is not None
        and under is not None
        and over.value is not None
        and bool(under.value)
        and over.value <= under.value
    )


def _is_number(token: Token) -> bool:
    return token.like_num or bool(GLUED.match(token.text))


def _suffix(token: Token) -> bool:
    """What may follow a number inside its expression: a multiplier ("million", "bn", "m."),
    a percent sign or word, a currency word ("euros")."""
    low = token.lower_.rstrip(".")
    return low in MULTIPLIERS_AFTER or low in PERCENT_WORDS or low in CURRENCY_WORDS
