"""Who said what: direct quotes and reported speech, each with its cue and its speaker.

Three sources of quotes, joined:
- frames from the dependency parse (`frames`, `nominal`): a cue with its speaker
  phrase and its content ("X said (that) ...", "X criticized the plan", "according to X,
  ...", "X's attack on Y", "In a new poll, ...", and attributions to no one, "appears to",
  "is expected to", whose speaker is null);
- quotation-mark spans (`marks.quote_spans`): a marked passage that is the content of a
  frame, or sits beside one ('"We will not move," Kravets said, "until they do."'), is a
  direct quote of that frame's speaker; one standing alone with no cue is a floating quote,
  given to the speaker of the quote before it, else to the person the previous sentence names;
  one inside the writer's own sentence makes that sentence a mixed quote of its subject, the
  main verb its cue ("Rubio painted a climate in which people 'literally hate each other'");
  one credited after a dash ('"..." ― Sonya Herridge') or in a clause the parse broke is
  that person's (`credits`);
- lines of their own: "Source: content" headlines and transcripts, embedded posts ("... —
  Name (@handle) Date"), and a title-case headline split at its cue verb, credited after its
  last comma, or with a second verb of its subject (`headlines`). A headline's quote
  counts only when the body quotes the same speaker (or surname).

A frame whose content only contains a marked fragment ("his government 'sees no need' to")
stays one reported quote: a mixed quote is direct only when its content is the marked passage.
A frame inside a direct quote ('"I said no," she told reporters') is part of that quote, not
a quote of its own. Speakers are resolved to entity names: a pronoun to the person (he, she)
or organisation (it, they) it most likely stands for, a description ("the agency's
coordinator for Yemen") to the person whose title it repeats, or the organisation it names.

Hand-written: textacy's direct_quotations covers only marked quotes with a cue verb next to
them; reported speech and speaker resolution need our entity layer.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.referents import EntityIndex, Referent, resolve
from dateline.extract.common.syntax import lemma
from dateline.extract.quotes.credits import (
    credit_after_mark,
    credit_before_mark,
    cue_after_mark,
    dash_credit,
)
from dateline.extract.quotes.frames import frame_at
from dateline.extract.quotes.headlines import (
    credit_after,
    cue_in_title,
    said_form,
    says_nothing,
    second_predicate,
)
from dateline.extract.quotes.kinds import (
    cue_kind,
    intended,
    named_only,
    names_not_reports,
    no_attribution,
)
from dateline.extract.quotes.marks import QuoteSpan, quote_spans
from dateline.extract.quotes.parts import MARKS, RULES, Frame, looks_like_title, run_on
from dateline.extract.quotes.speakers import speaker_of
from dateline.extract.registry import layer
from dateline.lexicon import cue_verbs, section_lines, sections
from dateline.record import Article


@layer("quotes", requires=["entities"])
def extract_quotes(
    doc: Doc, article: Article | None = None, *, entities: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Quote records of one parsed article, in text order: the frames' quotes, then the
    marked passages no frame took, then the lines of their own, cleaned and numbered."""
    text = doc_text(doc)
    marks = quote_spans(text)
    found = _Found(doc, text, EntityIndex(entities or []), _frames(doc, marks))
    _frame_quotes(found)
    _mark_quotes(found, marks)
    _line_quotes(found)
    return _final(text, found.records)


@dataclass
class _Found:
    """One article's quotes as they are found: the frames of its parse and the records so
    far (`of_frame`: the record of each frame, by the frame's id)."""

    doc: Doc
    text: str
    index: EntityIndex
    frames: list[Frame]
    records: list[dict[str, Any]] = field(default_factory=list)
    of_frame: dict[int, dict[str, Any]] = field(default_factory=dict)


def _frames(doc: Doc, marks: list[QuoteSpan]) -> list[Frame]:
    """The frames of the parse, with the rest of their sentence and their quotation marks;
    none inside another's direct quote."""
    frames = [f for f in (frame_at(doc, token, marks) for token in doc) if f is not None]
    frames = [f for f in frames if not names_not_reports(f.cue)]  # "known as", "is seen"
    frames = _drop_nested(frames, marks)
    for frame in frames:
        if not frame.pieces:
            frame.content = run_on(doc, frame.content)
    _attach_marks(doc, frames, marks)
    _keep_own_quotes(frames)
    return frames


def _frame_quotes(found: _Found) -> None:
    """A record of each frame, its speaker resolved to an entity ("who" in "commentators,
    who said" stays where the speaker is written)."""
    for frame in found.frames:
        speaker = resolve(found.doc, frame.speaker, found.index, found.records)
        if speaker is not None and frame.mention is not None:
            where = frame.mention
            speaker = Referent(speaker.name, where.idx, where.idx + len(where), speaker.entity_id)
        found.records.append(_record(found.text, _parts(frame), frame.direct, frame, speaker))
        found.of_frame[id(frame)] = found.records[-1]


def _mark_quotes(found: _Found, marks: list[QuoteSpan]) -> None:
    """A record of each marked passage that no frame took and no record holds."""
    frames = found.frames
    used_marks = {id(f.quote) for f in frames if f.quote} | {id(m) for f in frames for m in f.extra}
    for mark in marks:
        if id(mark) in used_marks or _inside_any(mark, found.records):
            continue
        _mark_quote(found, mark)


def _mark_quote(found: _Found, mark: QuoteSpan) -> None:
    """A marked passage's record, by the first that applies: a cue after it ('"A," she said'),
    a dash credit ('"..." ― Sonya Herridge'), a credit in a clause the parse broke; for
    speech, more of the quote before it, the sentence quoting it, or a floating quote."""
    doc, text, index, records = found.doc, found.text, found.index, found.records
    cued = cue_after_mark(doc, mark, found.frames, index, records)
    if cued is not None:
        _cued_after(found, mark, *cued)
        return
    credit = dash_credit(text, mark, index)
    if credit is not None:  # '“He represents our greatest shame.” ― Sonya Herridge'
        records.append(_credited(text, (mark.start, mark.end), True, credit))
        return
    cued = credit_after_mark(doc, mark, index, records) or credit_before_mark(
        doc, mark, index, records
    )
    if cued is not None:
        records.append(_record(text, [(mark.start, mark.end)], True, *cued))
        return
    if not _speech_like(text, mark):
        return  # a scare-quoted phrase or a title, not speech
    previous = (
        _continued(text, mark, records)
        or _goes_on(text, mark, records)
        or _after_colon(text, mark, records)
    )
    if previous is not None:
        previous["parts"].append([mark.start, mark.end])
        previous["text"] += " " + text[mark.start : mark.end]
        previous["end"] = mark.end
        return
    if not _stands_alone(text, mark):
        quoting = _quoting_sentence(doc, mark, index, records)
        if quoting is not None:
            records.append(_record(text, [quoting[0].content], False, *quoting))
        return
    speaker = _floating_speaker(doc, mark, records, index)
    if speaker is not None:
        records.append(_record(text, [(mark.start, mark.end)], True, None, speaker))


def _cued_after(found: _Found, mark: QuoteSpan, frame: Frame, speaker: Referent | None) -> None:
    """'"A," she said, "B."': the mark before a frame's direct quote opens that one quote;
    another mark before a cue is a quote of the cue's frame."""
    text = found.text
    own = found.of_frame[id(frame)]
    if own["direct"] and own["start"] > mark.end:  # '"A," she said, "B."': one quote
        own["parts"].insert(0, [mark.start, mark.end])
        own["start"] = mark.start
        own["text"] = text[mark.start : mark.end] + " " + own["text"]
    else:
        found.records.append(_record(text, [(mark.start, mark.end)], True, frame, speaker))


def _line_quotes(found: _Found) -> None:
    """The quotes of lines of their own: "Source: content" lines, embedded posts, and the
    headline's statement, credit and second predicates."""
    doc, text, index = found.doc, found.text, found.index
    records = found.records
    records.extend(_not_a_list(text, _colon_quotes(doc, index, records)))
    records.extend(_embedded_posts(text, index, records))
    records.extend(_headline_statement(doc, index, records))
    records = _headline_credit_after(doc, index, records)
    records.extend(_headline_second_predicates(doc, records))
    found.records = records


def _final(text: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records kept (the outermost, a headline's when the body backs it, none in markup,
    one per cue and per span), in text order, numbered."""
    records = _outermost(text, records)
    records = _backed_headline(text, records)
    records = [
        r
        for r in records
        if _tidy(text, r) and not _in_markup(text, r) and not no_attribution(text, r)
    ]
    records = _one_per_cue(records)
    records = _one_per_span(records)
    records.sort(key=lambda r: r["start"])
    for number, record in enumerate(records, start=1):
        record["id"] = f"q{number}"
    return records


# Markup a scraper left in the text: an attribute (tweet_id="...") or a tag.
_MARKUP = re.compile(r"\w=[\"']|[<>]")
_ATTRIBUTE = re.compile(r"\w=\"")


def _in_markup(text: str, record: dict[str, Any]) -> bool:
    """A speaker the parse found in markup ('<tweet datetime="2016 ...'), not a source; or a
    content that is markup."""
    start, end = record["speaker_start"], record["speaker_end"]
    if _ATTRIBUTE.search(record["text"]):
        return True  # ('pic="" author="JebBush" timestamp="1449075600"': no one's words)
    return start is not None and bool(_MARKUP.search(text[start:end]))


def _one_per_cue(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two records of one cue whose contents overlap (a frame's reading and a quotation
    mark's) are one statement: the longer reading stays."""
    kept: list[dict[str, Any]] = []
    for record in sorted(records, key=lambda r: r["start"] - r["end"]):
        if record["cue_start"] is not None and any(
            other["cue_start"] == record["cue_start"] and _overlap(other, record) for other in kept
        ):
            continue
        kept.append(record)
    return kept


def _one_per_span(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two records of the very same words ('he said he wants "a wall"': "said" and "wants"
    both take the quoted words) are one statement: the first cue is the reporting one, the
    later one a verb inside the report or a second credit of the same words."""
    kept: list[dict[str, Any]] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    for record in sorted(records, key=_cue_order):
        words = tuple((a, b) for a, b in record["parts"])
        if words not in seen:
            seen.add(words)
            kept.append(record)
    return kept


def _cue_order(record: dict[str, Any]) -> tuple[bool, int]:
    """Records with a cue first, in the order of their cues."""
    at = record["cue_start"]
    return at is None, at or 0


def _holds_cue(record: dict[str, Any], other: dict[str, Any]) -> bool:
    """The other record's cue lies in one of this record's pieces."""
    at = other["cue_start"]
    return at is not None and any(a <= at < b for a, b in record["parts"])


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a["parts"] for s2, e2 in b["parts"])


def _tidy(text: str, record: dict[str, Any]) -> bool:
    """Put a record's pieces in text order, merge the ones that overlap and drop empty ones
    (the joins above can add a piece out of order); False when nothing is left."""
    merged: list[list[int]] = []
    for start, end in sorted((a, b) for a, b in record["parts"] if b > a):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if not merged:
        return False
    record["parts"] = merged
    record["start"], record["end"] = merged[0][0], merged[-1][1]
    record["text"] = " ".join(text[a:b] for a, b in merged)
    return bool(record["text"].strip())


def _drop_nested(frames: list[Frame], marks: list[QuoteSpan]) -> list[Frame]:
    """One frame per content span, and none whose cue sits inside a marked quote."""
    kept: list[Frame] = []
    seen: set[tuple[int, int]] = set()
    for frame in frames:
        cue_at = frame.cue[0].idx
        if any(m.start <= cue_at < m.end for m in marks):
            continue
        if frame.content in seen:
            continue
        seen.add(frame.content)
        kept.append(frame)
    return kept


# --- quotation marks -----------------------------------------------------------------------


def _attach_marks(doc: Doc, frames: list[Frame], marks: list[QuoteSpan]) -> None:
    """A frame whose content is (mostly) a marked passage is that direct quote; a marked
    passage right after the cue's clause continues it."""
    for frame in frames:
        start, end = frame.content
        for mark in marks:
            if mark.start <= start + 2 and end - 2 <= mark.end + 1:
                frame.quote, frame.direct = mark, True
                break
            overlap = min(end, mark.end) - max(start, mark.start)
            if (
                overlap > 0
                and overlap >= 0.8 * (end - start)
                and mark.end - mark.start <= 1.3 * (end - start) + 5
            ):
                frame.quote, frame.direct = mark, True
                break
        if frame.quote is None:
            if _ends_in_mark(frame, marks):  # 'Clubs are "just scratching out a profit,"
                # Mr. Hedge said. "Golf is a razor-thin industry."': the next quote goes on
                _continue_after_sentence(doc, frame, marks, _sentence_end(doc, frame))
            continue
        sentence_end = _sentence_end(doc, frame)
        cue_end = max(t.idx + len(t) for t in frame.cue)
        for mark in marks:
            if mark is frame.quote or mark.open < cue_end or mark.open > sentence_end:
                continue
            after_speaker = frame.speaker.end_char if frame.speaker else 0
            gap = doc_text(doc)[max(cue_end, after_speaker) : mark.open]
            if (
                len(gap) <= 40
                and not any(ch in gap for ch in ".!?")
                and not looks_like_title(doc_text(doc), mark)
            ):
                frame.extra.append(mark)  # "..." Kravets said, "until they do."
        _continue_after_sentence(doc, frame, marks, sentence_end)


def _ends_in_mark(frame: Frame, marks: list[QuoteSpan]) -> bool:
    """The frame's content, before its cue, ends with the close of a marked passage that
    opens inside it (a partly quoted sentence)."""
    start, end = frame.content
    cue_at = frame.cue[0].idx
    return end <= cue_at and any(
        start < mark.start and end - 2 <= mark.end <= end + 2 for mark in marks
    )


def _keep_own_quotes(frames: list[Frame]) -> None:
    """ "'I'd beat him,' Trump said. 'I would love him to do it,' he said.": a quote that
    follows a frame's sentence but is another frame's own quote is that frame's only."""
    owned = {id(f.quote) for f in frames if f.quote is not None}
    for frame in frames:
        frame.extra = [m for m in frame.extra if id(m) not in owned]


def _continue_after_sentence(
    doc: Doc, frame: Frame, marks: list[QuoteSpan], sentence_end: int
) -> None:
    """ "'We will not move,' Kravets said. 'Not until they do.'": quotes that follow the
    cue's sentence in the same paragraph, with nothing but spaces before them, are more of
    the same speaker's words."""
    text = doc_text(doc)
    cue_at = frame.cue[0].idx
    titles = [  # 'Perez said on NBC's "Meet the Press." "Listening to him ...': the show's name
        m.close for m in marks if cue_at < m.open < sentence_end and looks_like_title(text, m)
    ]
    last = max([frame.quote.close] + [m.close for m in frame.extra] + titles) if frame.quote else -1
    # the parser's sentence keeps the paragraph break, even the next quote's opening mark
    previous_end = max(len(text[:sentence_end].rstrip().rstrip(MARKS + '"“')), last + 1)
    for mark in marks:
        if mark.open < previous_end:
            continue
        between = text[previous_end : mark.open]
        if between.strip().strip(MARKS) or "\n" in between:
            break
        frame.extra.append(mark)
        previous_end = mark.close + 1


def _sentence_end(doc: Doc, frame: Frame) -> int:
    return frame.cue[0].sent.end_char


def _parts(frame: Frame) -> list[tuple[int, int]]:
    """The content's pieces: one, or the marked parts of a quote split by its cue."""
    extra = [(m.start, m.end) for m in frame.extra]
    if frame.quote is not None:  # in text order: an extra mark may come first ('said that
        return sorted([(frame.quote.start, frame.quote.end)] + extra)  # "A" "B"')
    return sorted((frame.pieces or [frame.content]) + extra)


_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Sr|Rev)\.")


def _continued(text: str, mark: QuoteSpan, records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The direct quote a new paragraph's quote goes on with: '“...,” Rubio said in front of a
    crowd of 1,000.' then a paragraph opening with a quote and no cue of its own is more of
    Rubio's words, one record (as a quote running over paragraphs is)."""
    last = _last_before(records, mark.open)
    if last is None or _credited_after(text, mark):
        return None
    if not last["direct"] or last["cue"] is None:
        return None
    between = text[last["end"] : mark.open]
    plain = _ABBREVIATION.sub("", between.strip())
    if between.count("\n") > 2 or re.search(r"[.!?][\"”’']*\s+\S", plain):
        return None  # another sentence between them
    if not between.rstrip().endswith((".", "\u201d", '"', "''")) or not between.endswith("\n"):
        return None  # the paragraph ends after the cue sentence, the quote opens the next
    return last


def _credited_after(text: str, mark: QuoteSpan) -> bool:
    """A quote whose last word takes a comma and whose line goes on: '"They're all here for
    the free stuff," Bennett shot back.' has its own credit, even one the parse missed."""
    line_end = text.find("\n", mark.close)
    rest = text[mark.close + 1 : line_end if line_end != -1 else len(text)]
    return text[mark.start : mark.end].rstrip().endswith(",") and any(c.isalpha() for c in rest)


def _after_colon(
    text: str, mark: QuoteSpan, records: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The record whose content runs up to a colon that opens a quote in the next paragraph:
    'Pollak observed that the winner was the stage itself:' then '"The clear winner ..."' is
    one statement, the reported words and the quote they introduce."""
    last = _last_before(records, mark.open)
    if last is None or last["cue"] is None:
        return None
    between = text[last["end"] : mark.open]
    if between.strip(" \t\n" + MARKS + '"“”') != ":" or between.count("\n") > 2:
        return None
    return last


def _last_before(records: list[dict[str, Any]], at: int) -> dict[str, Any] | None:
    """The record that ends last before a character, if any."""
    return max((r for r in records if r["end"] <= at), key=lambda r: r["end"], default=None)


def _goes_on(text: str, mark: QuoteSpan, records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The direct quote a quote with no cue of its own goes on with in the same paragraph,
    one sentence after it ('"Could be ISIS," Trump said from his desk. "We need a new
    leader."'), or the record it follows with nothing but punctuation between."""
    last = _last_before(records, mark.open)
    if last is None:
        return None
    between = text[last["end"] : mark.open]
    if "\n" in between:
        return None
    if not last["direct"]:  # 'quoted Reagan's "eleventh commandment" -- "Thou shall not ..."'
        rest = between.strip(" " + MARKS + '"“”-—–,:')
        if not rest:
            return last
        # 'Sanders said she had made progress. "I really believe ...": the words go on
        return last if rest == "." and last["cue"] is not None else None
    plain = _ABBREVIATION.sub("", between.strip().rstrip(MARKS + '"“').rstrip())
    if re.search(r"[.!?][\"”’']*\s+\S", plain):
        return None  # another sentence between them
    return last


def _outermost(text: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attributions reported inside another's content ("Sanders says he thinks the banks
    ...") give the outer one only: the inner cue belongs to the reported words. A same
    speaker's participle after a comma ("..., saying it's all about management") is a second
    statement, not a reported one: the first content ends before it."""
    _close_before_sources(text, records)
    kept = []
    for r in records:
        outer = [o for o in records if o is not r and _holds_cue(o, r)]  # (not between pieces)
        if not outer or all(_wins_mutual(r, o) for o in outer):
            kept.append(r)
        elif len(outer) == 1 and _goes_on_saying(text, outer[0], r):
            _end_before(text, outer[0], r["cue_start"])
            for key in ("speaker", "speaker_start", "speaker_end", "speaker_id"):
                r[key] = outer[0][key]  # the parse hangs it on the reported clause's verb
            kept.append(r)
    return kept


def _wins_mutual(record: dict[str, Any], other: dict[str, Any]) -> bool:
    """Of two records whose contents hold each other's cue ('"The bullying," Chris Wallace
    said, as the crowd cheered'), a misreading of the parse, keeps the one with a speaker,
    else the longer one."""
    if not _holds_cue(record, other):
        return False

    def strength(r: dict[str, Any]) -> tuple[bool, int]:
        return r["speaker"] is not None, r["end"] - r["start"]

    return strength(record) > strength(other)


def _is_source_phrase(record: dict[str, Any]) -> bool:
    return (record["cue"] or "").lower().startswith("according")


def _close_before_sources(text: str, records: list[dict[str, Any]]) -> None:
    """ "Kasich said he would have fired him, according to press reports": the parse may
    hang a closing "according to" on the reported clause; the clause ends before it, so the
    source's attribution is the outer one (the two held each other's cue and both went)."""
    for source in records:
        if not _is_source_phrase(source) or source["cue_start"] is None:
            continue
        for r in records:
            if (
                r is not source
                and r["cue_start"] is not None
                and r["cue_start"] < source["cue_start"] < r["end"]
                and source["start"] <= r["cue_start"] < source["end"]
            ):
                _end_before(text, r, source["cue_start"])


def _goes_on_saying(text: str, outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """ "..., saying", "..., citing", "..., pointing to" after a reported clause: the
    participle has no subject of its own, so it is the outer speaker's."""
    cue = (inner["cue"] or "").split()
    return (
        bool(cue)
        and cue[0].lower().endswith("ing")
        and outer["speaker"] is not None
        and text[: inner["cue_start"]].rstrip().endswith((",", "—", "--"))
        and inner["start"] >= inner["cue_start"]
    )


def _end_before(text: str, record: dict[str, Any], at: int) -> None:
    """Cut a record's content at a character (and the punctuation before it)."""
    end = at
    while end > record["start"] and (text[end - 1].isspace() or text[end - 1] in ",—-"):
        end -= 1
    parts = [[a, min(b, end)] for a, b in record["parts"] if a < end]
    record["parts"] = parts or [[record["start"], end]]
    record["end"] = record["parts"][-1][1]
    record["text"] = " ".join(text[a:b] for a, b in record["parts"])


def _inside_any(mark: QuoteSpan, records: list[dict[str, Any]]) -> bool:
    """Inside a record's content, give or take the punctuation its edges shed."""
    return any(r["start"] <= mark.start and mark.end <= r["end"] + 2 for r in records)


def _word_count(text: str) -> int:
    return len(text.split())


def _speech_like(text: str, mark: QuoteSpan) -> bool:
    """A quoted passage that reads as speech: a sentence or more, ending in punctuation inside
    the marks ("We will not move."), not a title or a scare-quoted phrase."""
    inner = text[mark.start : mark.end].rstrip()
    return _word_count(inner) >= 4


def _stands_alone(text: str, mark: QuoteSpan) -> bool:
    """A quote at the start of a paragraph or a sentence or after a colon, not one inside the
    writer's own sentence ("Rubio bemoaned a climate in which people 'literally hate each
    other'")."""
    before = text[max(0, mark.open - 3) : mark.open].rstrip(" " + MARKS)
    return mark.open < 3 or not before or before[-1] in '.!?:\n"”'


def _quoting_sentence(
    doc: Doc, mark: QuoteSpan, index: EntityIndex, records: list[dict[str, Any]]
) -> tuple[Frame, Referent] | None:
    """A phrase quoted inside the writer's own sentence: "Rubio also bemoaned the climate in
    which people 'literally hate each other'" reports what Rubio bemoaned, a mixed quote of
    the sentence's subject: the main verb is the cue, what follows it the content."""
    span = doc.char_span(mark.open, mark.open + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or root.idx > mark.open:
        return None
    phrase = speaker_of(root)
    if phrase is None or phrase.root.pos_ not in ("PROPN", "PRON"):
        return None
    speaker = resolve(doc, phrase, index, records)
    if speaker is None:
        return None
    text = doc_text(doc)
    start = doc[root.i + 1].idx if root.i + 1 < sentence.end else mark.start
    end = max(t.idx + len(t) for t in doc[root.i : root.right_edge.i + 1])
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:"):
        end -= 1
    if not start <= mark.start < end or "\n" in text[start:end]:
        start, end = mark.start, mark.end  # the marked phrase alone
    return Frame(cue=[root], speaker=phrase, content=(start, end)), speaker


# --- speakers -------------------------------------------------------------------------------


def _floating_speaker(
    doc: Doc, mark: QuoteSpan, records: list[dict[str, Any]], index: EntityIndex
) -> Referent | None:
    """A marked quote with no cue: the one who introduced it with a colon ("The New York
    Times reports:"), else the speaker of the quote just before it (within two paragraphs),
    else the person named in the sentence before it."""
    introducer = _colon_introducer(doc, mark, records, index)
    if introducer is not None:
        return introducer
    last = _last_before(records, mark.open)
    if last is not None:
        between = doc_text(doc)[last["end"] : mark.open]
        if between.count("\n") <= 4 and last["speaker"] and last["speaker_start"] is not None:
            return Referent(
                last["speaker"], last["speaker_start"], last["speaker_end"], last["speaker_id"]
            )
    line_start = doc_text(doc).rfind("\n", 0, mark.open) + 1
    if doc_text(doc)[line_start : mark.open].strip():
        return None  # inside a paragraph with no cue: not ours to guess
    span = doc.char_span(mark.open, mark.open + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    person = index.at(previous.start_char, previous.end_char, ("PERSON",))
    if person is None:
        return None
    return Referent(person[2]["name"], person[0], person[1], person[2]["id"])


def _colon_introducer(
    doc: Doc, mark: QuoteSpan, records: list[dict[str, Any]], index: EntityIndex
) -> Referent | None:
    """ "The New York Times reports:" (or "..., the ministry said in a statement:") just
    before the quote: the subject of that cue verb."""
    text = doc_text(doc)
    end = mark.open
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    colon = doc.char_span(end - 1, end, alignment_mode="expand")
    if colon is None:
        return None
    for token in reversed(list(colon[0].sent)):
        if token.i >= colon[0].i or token.pos_ not in ("VERB", "AUX"):
            continue
        if lemma(token) in cue_verbs():
            speaker = speaker_of(token)
            return resolve(doc, speaker, index, records) if speaker is not None else None
    root = colon[0].head  # "Trump went even further:", "Gorka noted the absurdity:"
    if root.i > colon[0].i:  # the parser hung the clause before the colon under the quote's
        tops = [  # ("Martell is more blunt: "I think ...""): that clause's own verb
            t for t in colon[0].sent if t.i < colon[0].i and t.head.i > colon[0].i
        ]
        root = tops[-1] if tops else root
    if root.i < colon[0].i and root.pos_ in ("VERB", "AUX"):
        speaker = speaker_of(root)
        found = resolve(doc, speaker, index, records) if speaker is not None else None
        if found is not None and speaker is not None:
            head = speaker.root  # a name or a pronoun, not "The reason is simple:"
            named = head.pos_ in ("PROPN", "PRON") or (head.is_title and not head.is_sent_start)
            if found.entity_id is not None or named or head.ent_type_ in ("PERSON", "ORG"):
                return found
    return None


# An embedded post as a page's text renders it: the post, then "— Name (@handle) Date".
_POST_LINE = re.compile(
    r"(?m)^(?:<[^>\n]*>[ \t]*)*(?P<content>[^\n]+?)[ \t]+[―—–][ \t]*"
    r"(?P<name>[^()\n]{2,60}?)[ \t]*\(@\w+\)[^\n]{0,60}$"
)


def _embedded_posts(
    text: str, index: EntityIndex, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Posts embedded in the page ("Why isn't Pence wearing a hat? — Ben Jacobs
    (@Bencjacobs) September 1, 2016"): the post is its author's."""
    found = []
    for match in _POST_LINE.finditer(text):
        start, end = match.span("content")
        if any(r["start"] < end and start < r["end"] for r in records):
            continue
        name_start, name_end = match.span("name")
        named = index.at(name_start, name_end, ("PERSON", "ORG"))
        if named is not None:
            speaker = Referent(named[2]["name"], named[0], named[1], named[2]["id"])
        else:
            speaker = Referent(text[name_start:name_end], name_start, name_end, None)
        found.append(_credited(text, (start, end), False, speaker, "writing"))
    return found


_HEADLINE_LABEL = re.compile(r"(?:The Latest|Update|Breaking|Watch|Exclusive)\s*:\s*")


def _headline_statement(
    doc: Doc, index: EntityIndex, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A title-case headline the parser reads as one long name ("Conservative Icon Morton
    Blackwell Endorses Ted Cruz"): its first cue verb in the third person ("Endorses",
    "Praises", "Says") splits it into speaker and content. `_backed_headline` keeps it only
    when the body backs it."""
    text = doc_text(doc)
    line_end = text.find("\n")
    if line_end <= 0 or any(r["start"] < line_end for r in records):
        return []
    label = _HEADLINE_LABEL.match(text)
    start = label.end() if label else 0
    headline = itertools.takewhile(lambda t: t.idx < line_end, doc)  # (not the whole article)
    cue = next(
        (t for t in headline if t.idx > start and (_third_person_cue(t) or _plural_cue(t))), None
    )
    if cue is None:
        return []
    start = _headline_subject_start(text, start, cue.idx)
    speaker_end = len(text[: cue.idx].rstrip(" ,"))
    if "," in text[start:speaker_end]:  # "Biden, stumping for Clinton, trashes Trump"
        speaker_end = text.index(",", start)
    words = text[start:speaker_end].split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return []
    if any(ch in _POSSESSIVE.sub("", text[start : cue.idx]) for ch in "‘’“”\"'"):
        return []  # ("Guns Are 'A Crisis,' Howard Dean Tells ...": a quote before its credit)
    if not _title_case(text[:line_end]) and not any(w[:1].isupper() for w in words[-2:]):
        if not words[-1].lower().endswith("s"):
            return []  # a sentence-case subject: a name, or people ("skywriters", "experts")
    speaker_start = speaker_end - len(text[start:speaker_end].lstrip())
    stops = [text.find(stop, cue.idx, line_end) for stop in (";", " - ", " — ", ":")]
    end = min([line_end] + [i for i in stops if i != -1])
    content_start = len(text) - len(text[cue.idx + len(cue) :].lstrip(" "))
    while end > content_start and text[end - 1] in " .;:":
        end -= 1
    if end <= content_start:
        return []
    named = index.at(speaker_start, speaker_end, ("PERSON", "ORG", "GPE", "NORP"))
    name, entity_id = (named[2]["name"], named[2]["id"]) if named else (" ".join(words), None)
    speaker = Referent(name, speaker_start, speaker_end, entity_id)
    record = _record(text, [(content_start, end)], False, None, speaker, _headline_kind(cue))
    record.update(cue=cue.text, cue_start=cue.idx, cue_end=cue.idx + len(cue))
    return [record]


def _headline_kind(cue: Token) -> str:
    """A headline's statement is the outlet's writing of it, whatever its verb reports; a
    headline of a belief or a finding ("Poll Finds ...", "Trump Wants ...") keeps that kind."""
    kind = cue_kind([cue], None)
    return kind if kind in ("stance", "knowledge") else "writing"


def _headline_credit_after(
    doc: Doc, index: EntityIndex, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """ "Guns Are 'A Crisis,' Howard Dean Tells Convention": a title credited after its
    last comma is one quote of the credited speaker; what the parse made of its words (a
    compound name, a mark quote of no one) gives way to it."""
    text = doc_text(doc)
    line_end = text.find("\n")
    label = _HEADLINE_LABEL.match(text)
    found = credit_after(doc, label.end() if label else 0, line_end) if line_end > 0 else None
    if found is None:
        return records
    content, (speaker_start, speaker_end), cue = found
    named = index.at(speaker_start, speaker_end, ("PERSON", "ORG", "GPE", "NORP"))
    name = named[2]["name"] if named else text[speaker_start:speaker_end]
    speaker = Referent(name, speaker_start, speaker_end, named[2]["id"] if named else None)
    record = _record(text, [content], False, None, speaker, _headline_kind(cue))
    record.update(cue=cue.text, cue_start=cue.idx, cue_end=cue.idx + len(cue))
    return [r for r in records if r["start"] >= line_end] + [record]


def _headline_second_predicates(doc: Doc, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Le Pen Backs Trump And Denounces Clinton", "Putin chides Turkey and praises Trump": a
    second cue verb of a title quote's subject, in its content or just after it, starts a
    quote of the same speaker; the first content ends before it."""
    text = doc_text(doc)
    line_end = text.find("\n")
    found = []
    for record in [r for r in records if r["start"] < line_end and len(r["parts"]) == 1]:
        cue = second_predicate(doc, (record["start"], _clause_end(text, record["end"], line_end)))
        if cue is None or any(r["cue_start"] == cue.idx for r in records):
            continue
        joint = len(text[: cue.idx].rstrip(" ,’'”\""))
        if text[:joint].lower().endswith((" and", " then")):
            joint = len(text[: text[:joint].rindex(" ")].rstrip(" ,’'”\""))
        end = _clause_end(text, cue.idx, line_end)
        if joint < record["end"]:
            record.update(end=joint, text=text[record["start"] : joint])
            record["parts"] = [[record["start"], joint]]
        start = len(text) - len(text[cue.idx + len(cue) :].lstrip())
        if end > start:
            second = dict(record, text=text[start:end], start=start, end=end, parts=[[start, end]])
            second.update(cue=cue.text, cue_start=cue.idx, cue_end=cue.idx + len(cue))
            found.append(second)
    return found


def _clause_end(text: str, at: int, line_end: int) -> int:
    """Where the title's clause from `at` ends: at a semicolon or dash, else the line's end,
    without its final stop."""
    stops = [text.find(stop, at, line_end) for stop in (";", " - ", " — ", " – ")]
    end = min([line_end] + [i for i in stops if i != -1])
    while end > at and text[end - 1] in " .;":
        end -= 1
    return end


# A possessive's apostrophe ("France's Le Pen", "Democrats' Leader"), not a quotation mark.
_POSSESSIVE = re.compile(r"(?<=\w)[’']s\b|(?<=s)[’'](?=\s)")


def _third_person_cue(token: Token) -> bool:
    """ "Endorses", "praises", "says", "blasts": a cue verb in the third person singular, not
    a plural noun ("Attacks On Trump's Policy", "Votes In Ohio")."""
    word = token.lower_
    if not word.endswith("s") or len(word) < 4:
        return False
    following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
    if following in ("on", "in", "against", "of", "from", "by", "as"):
        return False
    if following and token.nbor().tag_ == "MD":
        return False  # a noun, the subject's head ("Clinton's emails might be released")
    return said_form(token)  # (the title's own verbs too: "swipes at", "rips")


def _plural_cue(token: Token) -> bool:
    """ "Rose Bowl skywriters blast Trump", "Terrorism experts rebuke ...": a cue verb's plain
    form after a plural noun, which the small model reads as a compound noun in a headline."""
    if token.i == 0 or token.lower_ not in cue_verbs():
        return False
    before = token.nbor(-1)
    return (
        before.is_alpha
        and before.lower_.endswith("s")
        and before.tag_ in ("NNS", "NNPS", "VBZ")  # (not a name: "Bernie Sanders campaign")
        and before.lower_ not in ("is", "was", "has", "does")
    )


_HEADLINE_OPENINGS = sections(RULES)["headline-openings"]


def _headline_subject_start(text: str, start: int, cue_at: int) -> int:
    """Where a headline's subject starts: after an opening phrase and its comma."""
    before = text[start:cue_at]
    first = before.split(maxsplit=1)[0].lower() if before.strip() else ""
    if first in _HEADLINE_OPENINGS and "," in before:
        comma = text.index(",", start)
        return comma + 1 + len(text[comma + 1 : cue_at]) - len(text[comma + 1 : cue_at].lstrip())
    return start


def _credited(
    text: str, content: tuple[int, int], direct: bool, speaker: Referent, kind: str = "speech"
) -> dict[str, Any]:
    record = _record(text, [content], direct, None, speaker, kind)
    dash = next(i for i in range(content[1], speaker.start) if text[i] in "―—–")
    record.update(cue=text[dash], cue_start=dash, cue_end=dash + 1)
    return record


_COLON_LINE = re.compile(r"(?m)^(?P<source>[^:\n]{2,60}?)[ \t]*:[ \t]+(?P<content>[^\n]{8,})$")
_PAGE_LABELS = sections(RULES)["page-labels"]


def _colon_quotes(
    doc: Doc, index: EntityIndex, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """ "Kerry: Refugee cap will rise" (a headline) and "WALLACE: ..." (a transcript): a line
    whose head, up to a colon, is a named source."""
    found: list[dict[str, Any]] = []
    text = doc_text(doc)
    for match in _COLON_LINE.finditer(text):
        source = _colon_source(doc, index, match)
        if source is None:
            continue
        source_start, source_end, named, transcript = source
        start, end = match.span("content")
        inside = [r for r in records if r["start"] < end and start < r["end"]]
        voiced = [
            r
            for r in inside
            if text[r["speaker_start"] or 0 : r["speaker_end"] or 0] in _FIRST_PERSON
        ]
        if voiced and len(voiced) == len(inside) and source_start == 0 and named is not None:
            for record in inside:  # "Blumenthal: 'No Idea' If I Would Have Told Hillary ...":
                records.remove(record)  # the title's speaker speaks in the first person
        elif inside and not transcript:
            if not all(r["cue"] is None and start <= r["start"] for r in inside):
                continue
            for record in inside:  # a marked quote on the line is the line's speaker's
                records.remove(record)
        while end > start and text[end - 1] in " .":
            end -= 1
        if named is not None:
            speaker = Referent(named[2]["name"], named[0], named[1], named[2]["id"])
        else:
            speaker = Referent(
                text[source_start:source_end].title(), source_start, source_end, None
            )
        # a headline "Minister: ..." is the outlet's writing of the statement; a transcript's
        # "WALLACE: ..." and an interview's answers are speech
        kind = "writing" if source_start == 0 and not transcript else "speech"
        record = _record(text, [(start, end)], False, None, speaker, kind)
        colon = text.index(":", source_end)
        record.update(cue=":", cue_start=colon, cue_end=colon + 1)
        found.append(record)
    return found


def _colon_source(
    doc: Doc, index: EntityIndex, match: re.Match[str]
) -> tuple[int, int, tuple[int, int, dict] | None, bool] | None:
    """The source of a "Source: content" line (start, end, the entity it names, whether it
    is a transcript's speaker), or None when the head is a label, a title's topic or a
    paragraph's lead-in."""
    text = doc_text(doc)
    source_start, source_end = match.span("source")
    start, end = match.span("content")
    source = text[source_start:source_end]
    if source.strip().lower() in _PAGE_LABELS:
        return None
    label = _HEADLINE_LABEL.match(text, source_start)
    if source_start == 0 and label is not None and label.end() == start:
        return None  # a wire title's label ("The Latest: Cruz to give away shotgun")
    if source_start == 0:
        source_end = _title_source_end(doc, source_end)
        source = text[source_start:source_end]
    named = _last_named(index, source_start, source_end)
    # a transcript's speaker is a name ("WALLACE:"), not a heading ("ANALYST'S TAKE:")
    transcript = source.isupper() and 1 <= len(source.split()) <= 3
    transcript = transcript and not re.search(r"['’]S\b", source)
    if source_start > 0 and not transcript and (named is None or named[2]["type"] != "PERSON"):
        return None  # a lead-in label of a paragraph ("Currencies:", "China Talk:")
    if transcript and named is None and not _TALK.search(text[start:end]):
        return None  # "ENERGY: Benchmark crude fell 42 cents": a label, no one talking
    # the title line: "Poll: Trump ties Clinton", "Newspaper: Defense secretary used ..."
    headline = source_start == 0 and _title_case(source) and len(source.split()) <= 4
    if named is None and not transcript and not headline:
        return None
    if named is not None and len(source.split()) > 6:
        return None
    if source_start == 0 and says_nothing(doc, (start, end)):
        return None  # a title's topic, not a statement ("Netanyahu and Obama: A tortured ...")
    return source_start, source_end, named, transcript


# What a transcript's line has that a paragraph's label does not: someone talking (I, we, you)
# or asking.
_TALK = re.compile(r"\b(?:I|I'm|I've|we|we're|our|us|my|me|you|your)\b|\?", re.I)


def _title_source_end(doc: Doc, end: int) -> int:
    """Where the title line's source ends: before what it speaks on or to ("Gillibrand on
    Hillary Releasing Her Transcripts: ...") and before its cue verb ("Trump Addresses Munich
    Attack: 'This Cannot Continue'")."""
    text = doc_text(doc)
    topic = _HEADLINE_TOPIC.search(text[:end])
    if topic is not None:
        end = topic.start()
    verb = cue_in_title(doc, 0, end)
    if verb is not None:
        end = len(text[: verb.idx].rstrip())
    return end


def _not_a_list(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Short colon lines of the body, when there are several ("Sanders: Win big." ...
    "Clinton: Hold on." ... "Cruz: Survive."), head the sections of a list (each one's goal,
    rank or role), not statements; a transcript's turns mostly run longer."""
    short = [
        r
        for r in found
        if "\n" in text[: r["start"]]  # (the title line stands alone)
        and _word_count(r["text"]) <= _LIST_WORDS
    ]
    long = len(found) - len(short)
    if len(short) >= _LIST_LINES and long < len(short) / 2:
        return [r for r in found if r not in short]
    return found


# How many colon lines of a body, none longer than so many words, make a list.
_LIST_LINES = 3
_LIST_WORDS = 5


# What a title's speaker speaks on or to, before the colon ("Obama To Asians Worried About
# U.S. Election: It's Going To Be OK").
_HEADLINE_TOPIC = re.compile(r"\s+(?:on|On|to|To)\s+\S")

_FIRST_PERSON = frozenset(section_lines(RULES)["first-person"])


def _last_named(index: EntityIndex, start: int, end: int) -> tuple[int, int, dict] | None:
    """The person or body the phrase ends with ("McCain Challenger Kelli Ward"), else the
    first named in it."""
    last = index.covering(end - 1, ("PERSON", "ORG"))
    if last is not None and last[0] >= start and last[1] <= end:
        return last
    return index.at(start, end, ("PERSON", "ORG"))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _backed_headline(text: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A quote in a headline ("Kenya Says Talks Will Resume") counts only when the body has a
    quote of the same speaker."""
    first_line_end = text.find("\n")
    if first_line_end == -1:
        return records
    headline = text[:first_line_end].strip()
    if not headline or headline[-1] in '.!?"”' or len(headline.split()) > 20:
        return records
    body = [r for r in records if r["start"] > first_line_end]
    sentences = _SENTENCE.findall(text[first_line_end:])
    return [
        r
        for r in records
        if r["start"] > first_line_end or _backed(r, body) or _told_in_body(r, sentences)
    ]


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _told_in_body(record: dict[str, Any], sentences: list[str]) -> bool:
    """A body sentence names the headline's speaker and tells what the headline says: it
    has two of the content's words ("China rebuts American criticism on overcapacity" and
    "China rejected American criticism that its steel overcapacity ...")."""
    surname = _surname(record["speaker"] or "")
    words = {_stem(w) for w in re.findall(r"[A-Za-z]{4,}", record["text"])} - {""}
    if not surname or len(words) < 2:
        return False
    for sentence in sentences:
        lowered = sentence.lower()
        if re.search(rf"\b{re.escape(surname)}\b", lowered) is None:
            continue
        if len(words & {_stem(w) for w in re.findall(r"[a-z]{4,}", lowered)}) >= 2:
            return True
    return False


def _stem(word: str) -> str:
    word = word.lower()
    return "" if word in _FUNCTION_WORDS else word[:5]


_FUNCTION_WORDS = sections(RULES)["function-words"]


def _backed(record: dict[str, Any], body: list[dict[str, Any]]) -> bool:
    """The body quotes the headline record's speaker: the same entity, or the same surname
    (the body names its speakers in full where the headline has the surname, "Gov Fallin",
    "Mary Fallin", and the entity layer may keep the two apart)."""
    speakers = [r for r in body if r["speaker"]]
    if record["speaker_id"] and record["speaker_id"] in {r["speaker_id"] for r in speakers}:
        return True
    surname = _surname(record["speaker"] or "")
    return bool(surname) and surname in {_surname(r["speaker"]) for r in speakers}


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower().strip(".,'’") if words else ""


def _record(
    text: str,
    parts: list[tuple[int, int]],
    direct: bool,
    frame: Frame | None,
    speaker: Referent | None,
    kind: str | None = None,
) -> dict[str, Any]:
    """The quote record. A quote split by its cue is one record: `start`/`end` span all of it,
    `parts` give the quoted pieces and `text` joins them. Its kind is the frame's cue's
    (`kinds`) unless given; a quote with no frame is speech."""
    cue = frame.cue if frame is not None else []
    start, end = parts[0][0], parts[-1][1]
    if kind is None and frame is not None:
        kind = cue_kind(frame.cue, frame.speaker, frame.speaker is not None)
        content = frame.cue[0].doc.char_span(start, end, alignment_mode="expand")
        kind = intended(named_only(kind, content, direct), frame.cue, text[start:end])
    return {
        "id": "",
        "text": " ".join(text[a:b] for a, b in parts),
        "start": start,
        "end": end,
        "parts": [list(part) for part in parts],
        "direct": direct,
        "kind": kind or "speech",
        "cue": text[cue[0].idx : cue[-1].idx + len(cue[-1])] if cue else None,
        "cue_start": cue[0].idx if cue else None,
        "cue_end": cue[-1].idx + len(cue[-1]) if cue else None,
        "speaker": speaker.name if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_id": speaker.entity_id if speaker else None,
    }
