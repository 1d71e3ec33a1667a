"""How many, says who: every figure of an article as an attributed claim.

A figure is a number expression (`numbers.py` reads its value, bounds and hedge) found by the
model's CARDINAL, MONEY, PERCENT and QUANTITY entities, plus digits and vague quantities
("hundreds", "tens of thousands") it missed; dates, times, ordinals, ages, years, phone
numbers and numbers inside names are left out. What it counts comes from the dependency parse,
not a window of words: the noun it modifies ("12,000 villagers"), the verb that noun or the
number serves ("were killed", "have fled", "killing at least 12 soldiers"), a "death toll"
that "rose to 40", a "displacement of 200,000" (data/figure_categories.txt). Its source is the
speaker of the quote or reported speech it sits in (the quote layer), its place a place named
in its sentence, its period a date phrase of its sentence.

Hand-written: GDELT's count extraction is closed, gdelt-regkg's rules miss hedges and sources,
and quantulum3 has no event categories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.numbers import (
    APPROXIMATE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    GLUED,
    LOWER,
    NEUTRAL,
    UPPER,
    VAGUE,
    Reading,
    clean,
    to_number,
    word_table,
)
from dateline.extract.common.referents import EntityIndex, Referent, noun_phrase, resolve
from dateline.extract.common.syntax import lemma
from dateline.extract.registry import layer
from dateline.lexicon import section_lines, sections
from dateline.record import Article

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
_RULES = "figure_rules.txt"  # the word lists of these rules, by section
_VAGUE_WORDS = sections(_RULES)["vague-words"]
_BEFORE_NUMBER = section_lines(_RULES)["before-number"]
_CURRENCY_BEFORE = sections(_RULES)["currency-before"]
_MULTIPLIERS_AFTER = sections(_RULES)["multipliers-after"]
_AGE_AFTER = section_lines(_RULES)["age-after"]
_NOT_AFTER = sections(_RULES)["not-after"] | {"#"}  # ("#" would be a comment in the file)
_DURATION_AFTER_DASH = sections(_RULES)["duration-after-dash"]
_PERCENT_WORDS = ("%", *section_lines(_RULES)["percent-words"])
_OR_BOUNDS = word_table(_RULES, "or-bounds")
_PHONE = re.compile(r"\d{2,}[-. ]\d{2,}[-. ]\d{2,}|\+\d{1,3}[ -]?\d")
_TOLL_VERBS = sections(_RULES)["toll-verbs"]  # (read by no rule at present)
_TIME_NOUNS = sections(_RULES)["time-nouns"]
_HOMES = sections(_RULES)["homes"]
_ESTIMATING_VERBS = sections(_RULES)["estimating-verbs"]
_CITING_VERBS = sections(_RULES)["citing-verbs"]
_ESTIMATE_NOUNS = sections(_RULES)["estimate-nouns"]


@lru_cache(maxsize=1)
def _lexicon() -> list[tuple[str, frozenset[str]]]:
    """Each category of data/figure_categories.txt with its words, in file order (the first
    matching category wins)."""
    return [
        (name, frozenset(word for line in lines for word in line.lower().split()))
        for name, lines in section_lines("figure_categories.txt").items()
    ]


@layer("figures", requires=["entities", "quotes", "places"])
def extract_figures(
    doc: Doc,
    article: Article | None = None,
    *,
    entities: list[dict[str, Any]] | None = None,
    quotes: list[dict[str, Any]] | None = None,
    places: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Figure records of one parsed article, in text order."""
    context = _Context(doc_text(doc), entities or [], quotes or [], EntityIndex(entities or []))
    records: list[dict[str, Any]] = []
    for span in _candidates(doc):
        reading = _read(span)
        if reading is None:
            continue
        category, counted = _category(span, reading)
        if _is_excluded(span, category):
            continue
        records.append(_record(context, span, reading, category, counted))
    records = _merge_repeats(records)
    for number, record in enumerate(records, start=1):
        record["id"] = f"f{number}"
    return records


# --- finding number expressions ----------------------------------------------------------


def _candidates(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in _NUMBER_ENTS or _counted_range(ent):
            spans.extend(_split_change(ent))
            for token in ent:
                taken[token.i] = True
    for token in doc:
        if taken[token.i] or token.ent_type_ in _NOT_FIGURES:
            continue
        low = token.lower_
        if low in _VAGUE_WORDS or (_is_number(token) and any(ch.isdigit() for ch in token.text)):
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
    low, high = _read(first), _read(second)
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
            low, high = _read(last), _read(span)
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


def _counted_range(ent: Span) -> bool:
    """ "Between 10 and 20 protesters", which the model tags as a DATE."""
    if ent.label_ != "DATE":
        return False
    if not all(t.like_num or t.lower_ in ("between", "and", "to", "-", "–") for t in ent):
        return False
    last = [t for t in ent if t.like_num][-1:]
    return (
        bool(last)
        and last[0].dep_ in ("nummod", "conj")
        and (last[0].head.lower_ not in _TIME_NOUNS and last[0].head.head.lower_ not in _TIME_NOUNS)
    )


def _extend(span: Span) -> Span:
    """Take in the hedge, the currency and "tens of" before, the multiplier and percent after."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in ("the", "a", "an") and doc[start].ent_type_:
        if end - start == 1:
            break
        start += 1
    for phrase in sorted(
        LOWER + UPPER + APPROXIMATE + _BEFORE_NUMBER,
        key=lambda p: -len(p.split()),
    ):
        words = phrase.split()
        if start >= len(words) and [t.lower_ for t in doc[start - len(words) : start]] == words:
            if doc[start - len(words) : start].text.lower() == phrase:
                start -= len(words)
                break
    if start > 0 and (
        doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].lower_ in _CURRENCY_BEFORE
    ):
        start -= 1
    while end > start + 1 and not (
        _is_number(doc[end - 1]) or doc[end - 1].lower_ in _VAGUE_WORDS or _suffix(doc[end - 1])
    ):
        end -= 1  # "3 tonnes" (a QUANTITY): the unit is what is counted, not the number
    while end < len(doc) and _suffix(doc[end]):
        end += 1
    after = [t.lower_ for t in doc[end : end + 3]]
    if after[:1] == ["or"] and after[1:2] and after[1] in _OR_BOUNDS:
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
    return low in _MULTIPLIERS_AFTER or low in _PERCENT_WORDS or low in CURRENCY_WORDS


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


def _read(span: Span) -> Reading | None:
    """Value, bounds, hedge and unit of a number expression ("at least $1.5 billion"), or None
    when it is no number: its qualifiers and units peeled off in order, then the number read as
    a ratio, a vague quantity, a range or one value."""
    words = [t.text for t in span]
    phrase = _Phrase(words, [w.lower() for w in words])
    _strip_neutral(phrase)
    _strip_hedge(phrase)
    _strip_currency(phrase)
    _strip_or_bound(phrase)
    _strip_points(phrase)
    ratio = _ratio(phrase)
    if ratio is not None:
        return ratio
    _strip_percent(phrase)
    if phrase.phrase in VAGUE:
        return _vague(phrase)
    if phrase.phrase.startswith("between ") and " and " in phrase.phrase:
        return _between(phrase)
    return _range(phrase) or _single(phrase)


def _strip_neutral(phrase: _Phrase) -> None:
    """ "only 24 percent", "a total of 300": a qualifier that does not bound the number."""
    for neutral in NEUTRAL:
        size = len(neutral.split())
        if phrase.phrase.startswith(neutral + " ") and len(phrase.words) > size:
            phrase.qualifier = phrase.drop_first(size)
            return


def _strip_hedge(phrase: _Phrase) -> None:
    """ "at least 2,000" (a lower bound), "up to 50" (an upper one), "about 3,500"."""
    for hedge in sorted(LOWER + UPPER + APPROXIMATE, key=lambda h: -len(h.split())):
        if phrase.phrase.startswith(hedge + " "):
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
    """ "$100,000 or more" (a lower bound), "$200 or less" (an upper one)."""
    lowered = phrase.lowered
    if lowered[-2:-1] == ["or"] and lowered[-1] in _OR_BOUNDS:
        bound = _OR_BOUNDS[lowered[-1]]
        phrase.low_bound, phrase.high_bound = bound == "low", bound == "high"
        phrase.qualifier = " ".join(phrase.words[-2:])
        phrase.drop_last(2)


def _strip_points(phrase: _Phrase) -> None:
    """ "5 percentage points", "7 points", "a 3-point lead": points of a percentage."""
    lowered = phrase.lowered
    if lowered[-2:] in (["percentage", "points"], ["percentage", "point"]):
        phrase.unit = "%"
        phrase.drop_last(2)
    elif lowered[-1:] in (["points"], ["point"]):
        phrase.unit = "%"
        phrase.drop_last(1)
    elif lowered and lowered[-1].endswith("-point"):
        phrase.unit = "%"
        phrase.words[-1] = phrase.words[-1][: -len("-point")]
        phrase.lowered[-1] = lowered[-1][: -len("-point")]


def _ratio(phrase: _Phrase) -> Reading | None:
    """ "1 in 4", "eight of 10", "nine out of ten": the fraction, without a unit."""
    words, lowered = phrase.words, phrase.lowered
    for joiner in (["in"], ["of"], ["out", "of"]):
        size = len(joiner)
        for at in range(1, len(lowered) - size):
            if lowered[at : at + size] == joiner:
                top = to_number(" ".join(words[:at]))
                bottom = to_number(" ".join(words[at + size :]))
                if top is not None and bottom:
                    fraction = clean(top / bottom)
                    return Reading(
                        fraction, approximate=phrase.approximate, qualifier=phrase.qualifier
                    )
    return None


def _strip_percent(phrase: _Phrase) -> None:
    """ "5.2 percent", "5.2%"."""
    if phrase.lowered and phrase.lowered[-1] in _PERCENT_WORDS:
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
    if low is None or high is None or (_is_year(first) and _is_year(second)):
        return None
    return phrase.reading(None, clean(low), clean(high))


def _range(phrase: _Phrase) -> Reading | None:
    """ "10 to 20", "10-20": a range that goes up."""
    text = phrase.phrase
    for joiner in (" to ", "-", "–"):
        if joiner in text and not text.startswith(joiner):
            first, second = text.split(joiner, 1)
            low, high = to_number(first), to_number(second)
            if low is not None and high is not None and low < high:
                return phrase.reading(None, clean(low), clean(high))
    return None


def _single(phrase: _Phrase) -> Reading | None:
    """One value, which a hedge may make a bound: "at least 2,000" is 2,000 and up."""
    value = to_number(" ".join(phrase.words))
    if value is None:
        return None
    value = clean(value)
    return phrase.reading(
        value,
        value if phrase.low_bound else None,
        value if phrase.high_bound else None,
    )


def _is_year(text: str) -> bool:
    text = text.strip()
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100


def _is_excluded(span: Span, category: str) -> bool:
    """Dates, years, ages, times, phone numbers, numbers in names, and a lone "one"."""
    doc = span.doc
    text = span.text
    after = doc[span.end : span.end + 3].text.lower()
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if any(after.startswith(a.strip("-")) or after.startswith(a) for a in _AGE_AFTER):
        return True
    if before in _NOT_AFTER:
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
        if doc[span.end + 1].lower_ in _DURATION_AFTER_DASH:
            return True
    if text.lower() in ("one", "a", "an") and category == "OTHER":
        return True
    return False


# --- what it counts ----------------------------------------------------------------------


def _category(span: Span, reading: Reading) -> tuple[str, Token | None]:
    """(category, the counted noun) from the parse."""
    if reading.unit == "%":
        return "PERCENT", _counted_noun(span)
    if reading.unit is not None or span.label_ == "MONEY":
        return "MONEY", None
    counted = _counted_noun(span)
    for word in _context_words(span, counted):
        for name, lemmas in _lexicon():
            if word in lemmas:
                return name, counted
    return "OTHER", counted


def _number_token(span: Span) -> Token:
    numbers = [t for t in span if t.like_num or t.lower_ in _VAGUE_WORDS]
    return numbers[-1] if numbers else span.root


def _counted_noun(span: Span) -> Token | None:
    """ "12,000 villagers" -> villagers; "thousands of people" -> people."""
    number = _number_token(span)
    if number.dep_ == "nummod" and number.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return number.head
    if number.dep_ == "conj" and number.head.dep_ == "nummod":  # "10 and 20 protesters"
        return number.head.head
    for token in (number, span.root):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    if span.root.dep_ == "nummod" and span.root.head.pos_ in ("NOUN", "PROPN"):
        return span.root.head
    return None


def _context_words(span: Span, counted: Token | None) -> list[str]:
    """Lemmas that tell what is counted: first what happened (the verb the number or its noun
    serves, the noun a "to"/"of" phrase hangs on), then what the noun is ("protesters were
    injured" counts WOUND; "refugees crossed" counts REFUGEE)."""
    number = _number_token(span)
    anchor = counted if counted is not None and counted.head != number else number
    event: list[str] = []
    head = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj", "appos", "npadvmod"):
        event += _verb_words(head)
    elif anchor.dep_ == "pobj":
        governor = head.head
        event.append(lemma(governor))  # "displacement of 200,000", "rose to 40"
        if governor.pos_ == "VERB":
            event += _verb_words(governor)
    elif anchor.dep_ in ("acl", "relcl", "amod", "ROOT"):
        event += _verb_words(anchor)
    if anchor is not number and number.dep_ in ("nsubj", "nsubjpass", "dobj"):
        event += _verb_words(number.head)  # "Hundreds of people were arrested"
    kind: list[str] = []
    if counted is not None:
        kind += [lemma(counted), counted.lower_]
        for child in counted.children:
            if child.dep_ == "amod" and child.tag_ == "VBN":
                event.insert(0, lemma(child))  # "12,000 displaced people": what happened
            elif child.dep_ in ("amod", "compound"):
                kind += [lemma(child), child.lower_]
            if child.dep_ in ("acl", "relcl"):  # "12,000 people displaced by the floods"
                event += _verb_words(child)
    return event + kind


def _verb_words(verb: Token) -> list[str]:
    words = [lemma(verb), verb.lower_]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "acomp", "oprd", "xcomp"):
            words.append(lemma(child))
            words += [lemma(c) for c in child.children if c.dep_ == "compound"]
        if child.dep_ == "prep" and child.lower_ == "from":  # "forced from their homes"
            if any(lemma(c) in _HOMES for c in child.children):
                words.append("displace")
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ == "VERB":
        words.append(lemma(verb.head))
    return words


# --- the record --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What every figure of one article is read against: the article's text and the records
    of the layers before (entities, quotes) with the index of the entities' mentions."""

    text: str
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    index: EntityIndex


def _record(
    context: _Context, span: Span, reading: Reading, category: str, counted: Token | None
) -> dict[str, Any]:
    """The figure record: what was read, what it counts, where, when and who says so."""
    text = context.text
    clause_start, clause_end = _sentence_bounds(span, text)
    number_start, number_end = span.start_char, span.end_char
    place = _figure_place(context, span)
    claim = _claim(context, span)
    return {
        "id": "",
        "value": reading.value,
        "low": reading.low,
        "high": reading.high,
        "approximate": reading.approximate,
        "vague": reading.vague,
        "qualifier": reading.qualifier,
        "category": category,
        "object": _object(counted, category),
        "unit": reading.unit if category in ("MONEY", "PERCENT") else None,
        "place": place["name"] if place else None,
        "place_id": place["id"] if place else None,
        "period": _period(span),
        "source": claim["speaker"] if claim else None,
        "source_id": claim["speaker_id"] if claim else None,
        "source_start": claim["speaker_start"] if claim else None,
        "source_end": claim["speaker_end"] if claim else None,
        "quote_id": claim["id"] if claim else None,
        "text": text[clause_start:clause_end],
        "start": clause_start,
        "end": clause_end,
        "number_start": number_start,
        "number_end": number_end,
        "mentions": [[number_start, number_end]],
    }


def _sentence_bounds(span: Span, text: str) -> tuple[int, int]:
    """The figure's sentence, without the spaces after it."""
    sentence = span.sent
    start, end = sentence.start_char, sentence.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _object(counted: Token | None, category: str) -> str | None:
    """The counted noun as written ("12,000 villagers"), not for money or a percentage."""
    if counted is not None and category != "MONEY" and counted.lower_ not in _PERCENT_WORDS:
        return counted.text
    return None


def _figure_place(context: _Context, span: Span) -> dict[str, Any] | None:
    """The place entity of the figure's clause, or else of its sentence."""
    text = context.text
    clause_start, clause_end = _sentence_bounds(span, text)
    verb = _governing_verb(span)
    place_start, place_end = (
        (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        if verb is not None
        else (clause_start, clause_end)
    )
    others = {  # "... voted in favour and China abstained": China is another clause's subject
        t.idx
        for t in span.sent
        if t.tag_ in ("VBD", "VBZ", "VBP") and t is not verb and t.dep_ != "aux"
    }
    return _place(context, place_start, place_end, span.start_char, others)


def _claim(context: _Context, span: Span) -> dict[str, Any] | None:
    """Who says so: the quote with a speaker that holds the number ("40 people died," the
    ministry said), or else the estimator, as a quote without an id."""
    number_start, number_end = span.start_char, span.end_char
    quote = next(
        (
            q
            for q in context.quotes
            if q["speaker"] and q["start"] <= number_start and number_end <= q["end"]
        ),
        None,
    )  # (an unsourced "is expected to" claims nothing for anyone: the estimator may)
    if quote is not None:
        return quote
    estimator = _estimator(span, context.index, context.quotes)
    if estimator is None:
        return None
    return {
        "speaker": estimator.name,
        "speaker_id": estimator.entity_id,
        "speaker_start": estimator.start,
        "speaker_end": estimator.end,
        "id": None,
    }


def _estimator(span: Span, index: EntityIndex, quotes: list[dict[str, Any]]) -> Referent | None:
    """Who puts forward a figure no quote holds: the subject of an estimating verb above it,
    the owner or the subject of a verb acting on a forecast or estimate, or a poll, survey or
    study the clause names as its setting."""
    doc = span.doc
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and lemma(token) in _ESTIMATE_NOUNS | {"figure"}:
            owner = _owner_of_estimate(token)  # "the IMF's estimate", "the figure X cited"
            if owner is not None:
                return resolve(doc, noun_phrase(owner), index, quotes)
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        estimate = next(
            (
                c
                for c in token.children
                if c.dep_ in ("dobj", "nsubj") and lemma(c) in _ESTIMATE_NOUNS
            ),
            None,
        )
        if subject is not None and (
            lemma(token) in _ESTIMATING_VERBS or (estimate is not None and estimate is not subject)
        ):
            return resolve(doc, noun_phrase(subject), index, quotes)
        if estimate is not None and estimate.dep_ == "nsubj":  # "the poll shows", "data show"
            return resolve(doc, noun_phrase(estimate), index, quotes)
        for child in token.children:  # "in the previous Washington Post poll, ..."
            if child.dep_ == "prep" and child.lower_ in ("in", "according"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and lemma(pobj) in _ESTIMATE_NOUNS:
                        return resolve(doc, noun_phrase(pobj), index, quotes)
        break  # only the figure's own clause
    return None


def _owner_of_estimate(noun: Token) -> Token | None:
    """Whose estimate: its possessor ("the IMF's estimate"), its by-phrase, or the subject of
    the clause that cites it ("the $53 million figure McKinley cited")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None and found.pos_ in ("PROPN", "NOUN"):
                return found
        if child.dep_ in ("relcl", "acl") and lemma(child) in _CITING_VERBS:
            subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("that", "which", "who"):
                return subject
    return None


def _governing_verb(span: Span) -> Token | None:
    """The verb whose clause the figure belongs to (its place is named in that clause:
    "Thirteen members voted in favour and China abstained" puts nothing in China)."""
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return token if token.pos_ in ("VERB", "AUX") else None


def _place(
    context: _Context, start: int, end: int, near: int, other_verbs: set[int]
) -> dict[str, Any] | None:
    """The place named in the figure's sentence nearest to the number (a dateline's city,
    "GENEVA (AFP) -", is where the story was filed, not where the figure belongs; a place
    right before another clause's verb is that clause's subject)."""
    text = context.text
    best: tuple[int, dict[str, Any]] | None = None
    for entity in context.entities:
        if entity["type"] not in ("GPE", "LOC", "FAC"):
            continue
        for m_start, m_end in entity["mentions"]:
            if text[m_start:m_end].isupper() and (m_start == 0 or text[m_start - 1] == "\n"):
                continue
            following = m_end + 1 if m_end < len(text) and text[m_end] == " " else m_end
            if following in other_verbs:
                continue
            distance = abs(m_start - near)
            if start <= m_start and m_end <= end and (best is None or distance < best[0]):
                best = (distance, entity)
    return best[1] if best else None


def _period(span: Span) -> str | None:
    """A date phrase of the figure's sentence, as written ("since March", "last week")."""
    sentence = span.sent
    for token in sentence:
        if token.lower_ == "since" and token.i > span.end - 1:
            end = (token.head if token.dep_ == "mark" else token).right_edge.i + 1
            return span.doc[token.i : end].text
    dates = [
        ent
        for ent in sentence.ents
        if ent.label_ == "DATE" and not ent.text.lower().endswith("old") and not _counted_range(ent)
    ]
    for ent in sorted(dates, key=lambda e: abs(e.start - span.start)):
        if ent:
            start = ent.start
            if start > 0 and span.doc[start - 1].lower_ in ("since", "every", "each", "per"):
                start -= 1
            return span.doc[start : ent.end].text
    return None


def _merge_repeats(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One claim repeated ("12,000 people fled ... the 12,000 displaced") is one record with
    two mentions: same value, category, counted thing and source, and a value of 100 or more."""
    kept: list[dict[str, Any]] = []
    for record in records:
        twin = next(
            (
                k
                for k in kept
                if k["value"] is not None
                and k["value"] == record["value"]
                and abs(k["value"]) >= 100
                and k["category"] == record["category"]
                and k["category"] != "OTHER"
                and k["source"] == record["source"]
                and (k["object"] or "").lower() == (record["object"] or "").lower()
            ),
            None,
        )
        if twin is not None:
            twin["mentions"].append(record["mentions"][0])
        else:
            kept.append(record)
    return kept
