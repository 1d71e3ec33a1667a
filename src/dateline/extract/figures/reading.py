"""Reading a number expression ("at least $1.5 billion", "1 in 4", "tens of thousands")
into its value, bounds, hedge and unit (numbers.py reads the number itself)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from dateline.extract.common.numbers import (
    APPROXIMATE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    LOWER,
    MULTIPLIERS,
    NEUTRAL,
    UPPER,
    VAGUE,
    Reading,
    clean,
    share,
    to_number,
)
from dateline.extract.figures.rules import OR_BOUNDS, PERCENT_WORDS, SHARE_CONTEXT

# The hedges, longest first ("no more than" before "more than").
_HEDGES = sorted(LOWER + UPPER + APPROXIMATE, key=lambda h: -len(h.split()))
# Words between two numbers that offer the second as the higher guess ("two or three",
# "hundreds of thousands or maybe millions").
ALTERNATIVE = ("or", "or maybe", "or perhaps", "or possibly", "or even")


@dataclass
class _Phrase:
    """A number phrase being read: its words as written and lowercased, from which each step
    peels what it recognises (a hedge, a currency, a percent sign), and what was read so far."""

    words: list[str]
    lowered: list[str]
    qualifier: str | None = None
    low_bound: bool = False
    high_bound: bool = False
    approximate: bool = False
    unit: str | None = None

    @property
    def phrase(self) -> str:
        return " ".join(self.lowered)

    def drop_first(self, count: int) -> str:
        """Drop the first `count` words; return them as written."""
        dropped = " ".join(self.words[:count])
        self.words, self.lowered = self.words[count:], self.lowered[count:]
        return dropped

    def drop_last(self, count: int) -> None:
        self.words, self.lowered = self.words[:-count], self.lowered[:-count]

    def reading(self, value: float | None, low: float | None, high: float | None) -> Reading:
        return Reading(value, low, high, self.approximate, False, self.qualifier, self.unit)


def read_number(span: Span) -> Reading | None:
    """Value, bounds, hedge and unit of a number expression ("at least $1.5 billion"), or None
    when it is no number: its qualifiers and units peeled off in order, then the number read as
    a ratio, a vague quantity, a range or one value."""
    words = [t.text for t in span]
    phrase = _Phrase(words, [w.lower() for w in words])
    _strip_neutral(phrase)
    _strip_hedge(phrase)
    _strip_currency(phrase)
    _strip_or_bound(phrase)
    _strip_points(phrase, span)
    shared = _ratio(phrase) or _fraction(phrase)
    if shared is not None:
        return shared
    _strip_percent(phrase)
    text = phrase.phrase
    if text in VAGUE:
        return _vague(phrase)
    if text.startswith("between ") and " and " in text:
        return _between(phrase)
    return _alternatives(phrase) or _range(phrase) or _single(phrase)


def _strip_neutral(phrase: _Phrase) -> None:
    """ "only 24 percent", "a total of 300": a qualifier that does not bound the number."""
    text = phrase.phrase
    for neutral in NEUTRAL:
        size = len(neutral.split())
        if text.startswith(neutral + " ") and len(phrase.words) > size:
            phrase.qualifier = phrase.drop_first(size)
            return


def _strip_hedge(phrase: _Phrase) -> None:
    """ "at least 2,000" (a lower bound), "up to 50" (an upper one), "about 3,500"."""
    text = phrase.phrase
    for hedge in _HEDGES:
        if text.startswith(hedge + " "):
            phrase.qualifier = phrase.drop_first(len(hedge.split()))
            phrase.low_bound, phrase.high_bound = hedge in LOWER, hedge in UPPER
            phrase.approximate = hedge in APPROXIMATE
            return


def _strip_currency(phrase: _Phrase) -> None:
    """ "$40m", "Rs 25 lakh", "USD 40m", "2.5bn euros": the currency before or after."""
    words, lowered = phrase.words, phrase.lowered
    if words and words[0] in CURRENCY_SYMBOLS:
        phrase.unit = CURRENCY_SYMBOLS[words[0]]
        phrase.drop_first(1)
    elif words and lowered[0] in CURRENCY_WORDS:  # "Rs 25 lakh", "USD 40m"
        phrase.unit = CURRENCY_WORDS[lowered[0]]
        phrase.drop_first(1)
    elif words and words[0][:1] in "$€£" and len(words[0]) > 1:
        phrase.unit = CURRENCY_SYMBOLS.get(words[0][0])
    # "$10,000 to $20,000": the currency again inside a range
    inner = [i for i, w in enumerate(phrase.words) if w in CURRENCY_SYMBOLS and i > 0]
    for index in reversed(inner):
        phrase.unit = phrase.unit or CURRENCY_SYMBOLS[phrase.words[index]]
        del phrase.words[index]
        del phrase.lowered[index]
    if phrase.lowered and phrase.lowered[-1] in CURRENCY_WORDS:
        phrase.unit = CURRENCY_WORDS[phrase.lowered[-1]]
        phrase.drop_last(1)


def _strip_or_bound(phrase: _Phrase) -> None:
    """ "$100,000 or more", "28,000-plus" (a lower bound), "$200 or less" (an upper one)."""
    lowered = phrase.lowered
    if lowered[-1:] == ["plus"] and len(lowered) > 1:  # "28,000-plus"
        phrase.low_bound = True
        phrase.qualifier = "plus"
        phrase.drop_last(2 if lowered[-2] == "-" else 1)
        return
    if lowered[-2:-1] == ["or"] and lowered[-1] in OR_BOUNDS:
        bound = OR_BOUNDS[lowered[-1]]
        phrase.low_bound, phrase.high_bound = bound == "low", bound == "high"
        phrase.qualifier = " ".join(phrase.words[-2:])
        phrase.drop_last(2)


def _strip_points(phrase: _Phrase, span: Span) -> None:
    """ "5 percentage points"; "7 points", "a 3-point lead" where the sentence is about shares
    (a poll, a lead, a rate): points of a percentage."""
    lowered = phrase.lowered
    if lowered[-2:] in (["percentage", "points"], ["percentage", "point"]):
        phrase.unit = "%"
        phrase.drop_last(2)
    elif lowered[-1:] in (["points"], ["point"]):
        # (not "Blakely 15 points", "the Dow fell 200 points")
        phrase.unit = "%" if _about_shares(span) else None
        phrase.drop_last(1)
    elif lowered and lowered[-1].endswith("-point"):
        phrase.unit = "%"
        phrase.words[-1] = phrase.words[-1][: -len("-point")]
        phrase.lowered[-1] = lowered[-1][: -len("-point")]


def _about_shares(span: Span) -> bool:
    """Whether the sentence is about percentages, polls, leads or rates."""
    return any(t.lower_ in SHARE_CONTEXT for t in span.sent)


def _ratio(phrase: _Phrase) -> Reading | None:
    """ "1 in 4", "eight of 10", "nine out of ten": a share of a whole, in percent ("4 in 10"
    is 40%); not "$35 million in 2011", where the second number is a year."""
    words, lowered = phrase.words, phrase.lowered
    for joiner in (["in"], ["of"], ["out", "of"]):
        size = len(joiner)
        for at in range(1, len(lowered) - size):
            if lowered[at : at + size] == joiner:
                top_text, bottom_text = " ".join(words[:at]), " ".join(words[at + size :])
                top, bottom = to_number(top_text), to_number(bottom_text)
                if top is None or not bottom or is_year(bottom_text) or top > bottom:
                    continue
                if joiner == ["of"] and top == 1:
                    continue  # "one of two women": one member, not a share
                if not float(top).is_integer():  # "4.5 out of 5": a rating
                    return phrase.reading(*_bounded(phrase, clean(top)))
                phrase.unit = "%"
                return phrase.reading(*_bounded(phrase, clean(100 * top / bottom)))
    return None


def _fraction(phrase: _Phrase) -> Reading | None:
    """ "two-thirds", "nearly half" (a share, in percent), "one-half of 1 percent" (0.5%),
    and "half a million" (a count: 500,000)."""
    text = phrase.phrase.replace(" - ", "-")
    head, _, rest = text.partition(" of ")
    part = share(head)
    if part is not None and rest and rest.split()[-1] in PERCENT_WORDS:
        whole = to_number(" ".join(rest.split()[:-1]))  # "one-half of 1 percent"
        if whole is None:
            return None
        phrase.unit = "%"
        return phrase.reading(*_bounded(phrase, clean(part * whole)))
    head, _, multiplier = text.partition(" a ")
    part = share(head)
    if part is not None and multiplier in MULTIPLIERS:  # "half a million"
        return phrase.reading(*_bounded(phrase, clean(part * MULTIPLIERS[multiplier])))
    if text.endswith(" a") and phrase.unit == "%":  # "half a percentage point": 0.5 points
        part = share(text[: -len(" a")])
        return None if part is None else phrase.reading(*_bounded(phrase, clean(part)))
    part = share(text)
    if part is None:
        return None
    phrase.unit = "%"
    return phrase.reading(*_bounded(phrase, clean(100 * part)))


def _bounded(phrase: _Phrase, value: float | int | None) -> tuple[Any, Any, Any]:
    """(value, low, high) of one value a hedge may make a bound."""
    return (
        value,
        value if phrase.low_bound else None,
        value if phrase.high_bound else None,
    )


def _alternatives(phrase: _Phrase) -> Reading | None:
    """ "two or three", "hundreds of thousands or maybe millions": the first guess is the low
    bound, the second the high one."""
    text = phrase.phrase
    for joiner in sorted(ALTERNATIVE, key=len, reverse=True):
        first, found, second = text.partition(f" {joiner} ")
        if not found:
            continue
        low, high = _guess(first, low=True), _guess(second, low=False)
        if low is None or high is None or low >= high:
            return None
        vague = first in VAGUE or second in VAGUE
        return Reading(
            None, clean(low), clean(high), phrase.approximate, vague, phrase.qualifier, phrase.unit
        )
    return None


def _guess(text: str, *, low: bool) -> float | None:
    """One side of "X or Y": a number, or the bound of a vague quantity on that side."""
    if text in VAGUE:
        return VAGUE[text][0 if low else 1]
    return to_number(text)


def _strip_percent(phrase: _Phrase) -> None:
    """ "5.2 percent", "5.2 per cent", "5.2%"."""
    if phrase.lowered[-2:] == ["per", "cent"]:
        phrase.unit = "%"
        phrase.drop_last(2)
    elif phrase.lowered and phrase.lowered[-1] in PERCENT_WORDS:
        phrase.unit = "%"
        phrase.drop_last(1)
    elif phrase.lowered and phrase.lowered[-1].endswith("%"):
        phrase.unit = "%"
        phrase.words[-1] = phrase.words[-1].rstrip("%")  # (the lowered word keeps its sign)


def _vague(phrase: _Phrase) -> Reading:
    """ "hundreds", "tens of thousands": bounds, no value."""
    low, high = VAGUE[phrase.phrase]
    return Reading(None, low, high, phrase.approximate, True, phrase.qualifier, phrase.unit)


def _between(phrase: _Phrase) -> Reading | None:
    """ "between 10 and 20": a range, but not "between 2009 and 2018", two years."""
    first, second = phrase.phrase[len("between ") :].split(" and ", 1)
    low, high = to_number(first), to_number(second)
    if low is None or high is None or (is_year(first) and is_year(second)):
        return None
    return phrase.reading(None, clean(low), clean(high))


def _range(phrase: _Phrase) -> Reading | None:
    """ "10 to 20", "10-20", "5 percent to 15 percent", "$5-10 billion" (a multiplier after the
    second number counts for both): a range that goes up. "$3.3-billion" is one number."""
    text = phrase.phrase
    for joiner in (" to ", "-", "–"):
        if joiner in text and not text.startswith(joiner):
            first, second = text.split(joiner, 1)
            for word in PERCENT_WORDS:  # (the percent after the second number is stripped)
                if first.endswith(word) and phrase.unit == "%":
                    first = first[: -len(word)]
            if second.strip() in MULTIPLIERS:  # "$3.3-billion"
                value = to_number(f"{first} {second.strip()}")
                return None if value is None else phrase.reading(*_bounded(phrase, clean(value)))
            low, high = to_number(first), to_number(second)
            multiplier = second.split()[-1] if second.split() else ""
            if multiplier in MULTIPLIERS and first.split()[-1:] != [multiplier]:
                scaled = to_number(f"{first} {multiplier}")  # "5-10 billion": 5 billion up
                if scaled is not None and high is not None and scaled < high:
                    low = scaled  # (not "500 to 2 million")
            if low is not None and high is not None and low < high:
                return phrase.reading(None, clean(low), clean(high))
    return None


def _single(phrase: _Phrase) -> Reading | None:
    """One value, which a hedge may make a bound: "at least 2,000" is 2,000 and up."""
    value = to_number(" ".join(phrase.words))
    if value is None:
        return None
    value = clean(value)
    return phrase.reading(*_bounded(phrase, value))


def is_year(text: str) -> bool:
    text = text.strip()
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100
