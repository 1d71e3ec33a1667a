"""The figure record: what was read, what it counts, its place, period and claimant, and one
record for a repeated claim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from dateline.extract.common.numbers import CURRENCY_WORDS, Reading
from dateline.extract.common.referents import EntityIndex, Referent
from dateline.extract.common.syntax import lemma
from dateline.extract.figures.claimant import find_estimator, find_owner
from dateline.extract.figures.rules import (
    ESTIMATE_NOUNS,
    ESTIMATING_VERBS,
    PERCENT_WORDS,
    REPORTING_VERBS,
)
from dateline.extract.figures.scope import scope_of
from dateline.extract.figures.spans import count_read_as_date, counted_range


@dataclass(frozen=True)
class Context:
    """What every figure of one article is read against: the article's text and the records
    of the layers before (entities, quotes) with the index of the entities' mentions."""

    text: str
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    index: EntityIndex


def figure_record(
    context: Context, span: Span, reading: Reading, category: str, counted: Token | None
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
        "object": _object(counted, category, span),
        "unit": _unit(reading, category, counted),
        "place": place["name"] if place else None,
        "place_id": place["id"] if place else None,
        "period": _period(span),
        "scope": scope_of(span, category),
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


def _unit(reading: Reading, category: str, counted: Token | None) -> str | None:
    """The currency or "%" of money and percentages ("thousands of dollars": USD)."""
    if category not in ("MONEY", "PERCENT"):
        return None
    if reading.unit is None and counted is not None:
        return CURRENCY_WORDS.get(counted.lower_)
    return reading.unit


def _sentence_bounds(span: Span, text: str) -> tuple[int, int]:
    """The figure's sentence, without the spaces after it."""
    sentence = span.sent
    start, end = sentence.start_char, sentence.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _object(counted: Token | None, category: str, span: Span) -> str | None:
    """The counted noun as written ("12,000 villagers"), not for money, and not a word of the
    number expression ("percent", "per cent", "a ten-point lead")."""
    if counted is None or category == "MONEY" or counted.lower_ in PERCENT_WORDS:
        return None
    return None if span.start <= counted.i < span.end else counted.text


def _figure_place(context: Context, span: Span) -> dict[str, Any] | None:
    """The place entity of the figure's clause, or else of its sentence."""
    text = context.text
    clause_start, clause_end = _sentence_bounds(span, text)
    verb = _governing_verb(span)
    place_start, place_end = (
        (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        if verb is not None
        else (clause_start, clause_end)
    )
    if (
        verb is not None
        and verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in verb.children)
    ):  # "in Kunar province, where 642 people were killed": where the clause says
        place_start = min(place_start, verb.head.left_edge.idx)
    others = {  # "... voted in favour and China abstained": China is another clause's subject
        t.idx
        for t in span.sent
        if t.tag_ in ("VBD", "VBZ", "VBP") and t is not verb and t.dep_ != "aux"
    }
    said = [  # "revised the toll down to 76, saying some victims were registered twice, in
        # Beira": the saying's place, not the toll's
        (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
        for child in (verb.children if verb is not None else ())
        if child.dep_ in ("advcl", "xcomp", "conj") and lemma(child) in REPORTING_VERBS
    ]
    return _place(context, place_start, place_end, span.start_char, others, said)


def _claim(context: Context, span: Span) -> dict[str, Any] | None:
    """Who says so: the quote with a speaker that holds the number ("40 people died," the
    ministry said), or else the estimator, as a quote without an id. A stance ("he is hoping
    for two things", "Republicans never bought the idea that a trillion-dollar law ...")
    claims no figure: a wish or a belief is not a report; nor does an act the article narrates
    ("Saraki read 16 letters", "he wrote a $500,000 check"). An expectation or an estimate
    ("the IMF expects that output will expand by 1.6 percent", "Bloomberg estimates his
    fortune at $42 billion") is a forecast, and claims it."""
    number_start, number_end = span.start_char, span.end_char
    owner = find_owner(span, context.index, context.quotes)
    if owner is not None:
        return _as_claim(owner)
    quote = next(
        (
            q
            for q in context.quotes
            if q["speaker"] and q["start"] <= number_start and number_end <= q["end"]
        ),
        None,
    )  # (an unsourced "is expected to" claims nothing for anyone: the estimator may)
    if quote is not None and quote.get("kind") in ("stance", "act") and not _reports(quote, span):
        return None
    estimator = find_estimator(span, context.index, context.quotes)
    if quote is not None and not _names_the_figure(quote, span) and not _demonstrative(quote):
        if _reported_estimator(estimator, quote):
            return _as_claim(estimator)  # "ANEPC said ..., while the ministry put it at 110"
        return quote
    if estimator is None or estimator.start <= number_start < estimator.end:
        return None  # ("Another study in 20 girls found": the study's size, not its claim)
    return _as_claim(estimator)


def _reported_estimator(estimator: Referent | None, quote: dict[str, Any]) -> bool:
    """Whether the figure's own clause, inside a quote, names another estimator ("ANEPC said
    87 were injured, while the health ministry put the number at more than 110"): the nearer
    claimant is the figure's; a poll, data or a toll ("the poll shows", "the death toll rose")
    stays the speaker's."""
    if estimator is None or not quote["start"] <= estimator.start < quote["end"]:
        return False
    words = set(estimator.name.lower().split())  # ("the death toll from the quake rose to
    # 812, a spokesman said": the toll is what is claimed, not who claims it)
    return not words & ESTIMATE_NOUNS and estimator.name != quote["speaker"]


def _as_claim(estimator: Referent) -> dict[str, Any]:
    """A claimant found in the parse, as a quote without an id."""
    return {
        "speaker": estimator.name,
        "speaker_id": estimator.entity_id,
        "speaker_start": estimator.start,
        "speaker_end": estimator.end,
        "id": None,
    }


def _reports(quote: dict[str, Any], span: Span) -> bool:
    """Whether a quote's cue estimates ("expects", "estimates", "lists") or reports ("said":
    "The unions said more than 15,000 people registered", which the parse may read as an
    act on a noun phrase)."""
    cue = next((t for t in span.sent if t.idx == quote.get("cue_start")), None)
    return cue is not None and lemma(cue) in ESTIMATING_VERBS | REPORTING_VERBS


def _demonstrative(quote: dict[str, Any]) -> bool:
    """A speaker that is a demonstrative ("All this ... indicate that"): a thing, not a
    claimant."""
    return (quote.get("speaker") or "").lower() in _DEMONSTRATIVES


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "all this", "all that"})


def _names_the_figure(quote: dict[str, Any], span: Span) -> bool:
    """Whether the quote's speaker mention holds the number itself."""
    start, end = quote.get("speaker_start"), quote.get("speaker_end")
    return start is not None and end is not None and start <= span.start_char < end


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
    context: Context,
    start: int,
    end: int,
    near: int,
    other_verbs: set[int],
    skipped: list[tuple[int, int]] = (),
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
            if following in other_verbs or any(a <= m_start < b for a, b in skipped):
                continue
            distance = abs(m_start - near)
            if start <= m_start and m_end <= end and (best is None or distance < best[0]):
                best = (distance, entity)
    return best[1] if best else None


def _period(span: Span) -> str | None:
    """A date phrase of the figure's sentence, as written ("since March", "last week")."""
    sentence = span.sent
    verb = _governing_verb(span)
    for token in sentence:
        opens = token.head if token.dep_ == "mark" else token  # "since the fighting began"
        if token.lower_ == "since" and token.i > span.end - 1 and _verb_above(opens) == verb:
            end = (token.head if token.dep_ == "mark" else token).right_edge.i + 1
            return span.doc[token.i : end].text
    dates = [
        ent
        for ent in sentence.ents
        if ent.label_ == "DATE"
        and not ent.text.lower().endswith("old")
        and not counted_range(ent)
        and not count_read_as_date(ent[0])
    ]

    def own(ent: Span) -> bool:  # of the figure's clause, or the date it tells of ("since
        # 2017, when 66 people died"), or of the subject it shares ("Floods in 2022 killed
        # 600 and displaced 1.4 million")
        if _verb_above(ent.root) == verb:
            return True
        if verb is not None and verb.dep_ == "relcl":
            return ent.start <= verb.head.i < ent.end
        return (
            verb is not None
            and verb.dep_ == "conj"
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= ent.root.i <= c.right_edge.i
                for c in verb.head.children
            )
        )

    # a date of the figure's own clause first; another clause's "since 2017" is not its period
    for ent in sorted(dates, key=lambda e: (not own(e), abs(e.start - span.start))):
        start = ent.start
        if start > 0 and span.doc[start - 1].lower_ in ("since", "every", "each", "per"):
            start -= 1
        if span.doc[start].lower_ == "since" and not own(ent):
            continue
        return span.doc[start : ent.end].text
    return None


def _verb_above(token: Token) -> Token | None:
    """The verb whose clause a word is in: "since 2017" in "the toll rose to 19, making them
    the deadliest fires since 2017" is the participle's, not the toll's."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def merge_repeats(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
