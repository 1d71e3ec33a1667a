"""How many, says who: every figure of an article as an attributed claim.

A figure is a number expression (`numbers.py` reads its value, bounds and hedge) found by the
model's CARDINAL, MONEY, PERCENT and QUANTITY entities, plus digits, vague quantities
("hundreds", "tens of thousands") and fractions it missed; dates, times, ordinals, ages,
years, phone numbers, numbers inside names, markup, lists and scores, and figures of speech
are left out. What it counts comes from the dependency parse, not a window of words: the noun
it modifies ("12,000 villagers"), the verb that noun or the number serves ("were killed",
"have fled", "killing at least 12 soldiers"), a "death toll" that "rose to 40", a
"displacement of 200,000" (data/figure_categories.txt). Its source is the speaker of the
quote or reported speech it sits in (the quote layer), its place a place named in its
sentence, its period a date phrase of its sentence.

The steps, by module: `spans` finds the number expressions, `reading` reads each one (a share
such as "two-thirds" or "4 in 10" as a percentage), `category` tells what it counts,
`exclusions` which are no figure, `claimant` who puts it forward where no quote holds it,
`records` builds the record; `rules` loads the word lists of data/figure_rules.txt.

Hand-written: GDELT's count extraction is closed, gdelt-regkg's rules miss hedges and sources,
and quantulum3 has no event categories.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.referents import EntityIndex
from dateline.extract.figures.category import category_of, lexicon, partitive
from dateline.extract.figures.exclusions import is_excluded
from dateline.extract.figures.reading import read_number
from dateline.extract.figures.records import Context, figure_record, merge_repeats
from dateline.extract.figures.spans import candidates
from dateline.extract.registry import layer
from dateline.record import Article


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
    context = Context(doc_text(doc), entities or [], quotes or [], EntityIndex(entities or []))
    records: list[dict[str, Any]] = []
    parts: set[int] = set()  # records that name a part of the figure before them
    for span in candidates(doc):
        reading = read_number(span)
        if reading is None:
            continue
        category, counted = category_of(span, reading)
        if is_excluded(span, reading, category, counted):
            continue
        record = figure_record(context, span, reading, category, counted)
        whole = partitive(span)
        if whole is not None and whole[0].pos_ == "PRON" and category == "OTHER" and records:
            _as_part_of(record, records[-1], span)
        elif category == "OTHER" and counted is None and records:
            before = _word_before(span)  # "killed 104, including 71 in the capital"
            if before in _INCLUDING or (before == "and" and len(records) - 1 in parts):
                if _as_part_of(record, records[-1], span, same_sentence=True):
                    parts.add(len(records))
        records.append(record)
    records = merge_repeats(records)
    for number, record in enumerate(records, start=1):
        record["id"] = f"f{number}"
    return records


def _as_part_of(
    record: dict[str, Any], before: dict[str, Any], span: Span, same_sentence: bool = False
) -> bool:
    """A part of the figure before ("at least 157 people had been killed. At least 27 of them
    were children"; "104 people have been killed, including 71 in the capital"): what
    happened to it, what it counts and its scope are that figure's, when it is in the same
    sentence (or the one before, for a part of "them"). Whether it was."""
    names = {name for name, _ in lexicon()}
    sentence = span.sent
    previous = span.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    first = sentence.start_char if same_sentence else previous.start_char
    if before["category"] not in names or before["start"] < first:
        return False
    record["category"] = before["category"]
    record["scope"] = before["scope"]
    if record["object"] is None:
        record["object"] = before["object"]
    if record["source"] is None:  # a part of a claimed count is claimed with it
        for key in ("source", "source_id", "source_start", "source_end", "quote_id"):
            record[key] = before[key]
    return True


# Words that introduce a part of the count before: "killed 104, including 71 in the capital".
_INCLUDING = frozenset({"including", "among them", "of whom", "of them"})


def _word_before(span: Span) -> str:
    """The word or two before a number expression, lower case ("including", "among them")."""
    doc, start = span.doc, span.start
    one = doc[start - 1].lower_ if start > 0 else ""
    two = f"{doc[start - 2].lower_} {one}" if start > 1 else one
    return two if two in _INCLUDING else one
