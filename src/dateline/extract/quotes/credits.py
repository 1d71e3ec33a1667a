"""Who a quotation left over after the parse's frames is credited to.

A marked quote that no frame took as its content may still sit next to a credit the text
makes plain: a cue clause right after it whose frame took other words ('"Like Oakland,"
Trump said of ...'), a credit in a clause the parse broke ('"The risk," said Edward Leamer,
an economist who ..., "is ..."'), a speech verb right before it with only adjuncts between
('a man yelled "Stay there!"'), or a dash and a name ending the line ('― Sonya Herridge').

Hand-written: these read the text around the marks where the small parser's tree fails.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.referents import EntityIndex, Referent, resolve
from dateline.extract.common.syntax import lemma
from dateline.extract.quotes.frames import cue_clause
from dateline.extract.quotes.marks import QuoteSpan
from dateline.extract.quotes.parts import FINITE_TAGS, MARKS, Frame, looks_like_title
from dateline.extract.quotes.speakers import relative_pronoun, speaker_of
from dateline.lexicon import cue_verbs


def cue_after_mark(
    doc: Doc,
    mark: QuoteSpan,
    frames: list[Frame],
    index: EntityIndex,
    records: list[dict[str, Any]],
) -> tuple[Frame, Referent] | None:
    """ "“Like Oakland. Or Ferguson,” Trump said.": a quote left over right before a cue
    clause whose frame took other content is that speaker's."""
    text = doc_text(doc)
    if looks_like_title(text, mark):
        return None
    for frame in frames:
        if frame.speaker is None:
            continue
        clause_start, _ = cue_clause(frame.speaker, frame.cue[0])
        gap = text[mark.close + 1 : clause_start]
        if clause_start > mark.close and len(gap) <= 4 and not gap.strip(" ," + MARKS):
            speaker = resolve(doc, frame.speaker, index, records)
            return (frame, speaker) if speaker is not None else None
    return None


def credit_after_mark(
    doc: Doc, mark: QuoteSpan, index: EntityIndex, records: list[dict[str, Any]]
) -> tuple[Frame, Referent] | None:
    """A quote ending in a comma whose credit follows it, in a clause the parse broke:
    '"The risk," said Edward Leamer, an economist who directs the forecast, "is ..."' or
    '"They are busting a gut," an intelligence source, who was not authorized to speak,
    told Fox News.' The cue is the first speech verb after the quote, the speaker the noun
    phrase next to it."""
    text = doc_text(doc)
    if not text[mark.start : mark.end].rstrip().endswith((",", "?", "!")):
        return None
    words = text[mark.start : mark.end].split()
    if looks_like_title(text, mark) or _title_like(words):
        return None  # ('"The Apprentice," listed ...': a title, not speech)
    close = doc.char_span(mark.close, mark.close + 1, alignment_mode="expand")
    if close is None or close[-1].i + 1 >= len(doc):
        return None
    first = doc[close[-1].i + 1]
    if first.is_punct or "\n" in text[mark.close : first.idx]:
        return None
    if _is_cue(first):  # "said Edward Leamer, an economist ..."
        chunk = _chunk_at(doc, first.i + 1)
        return _credit(doc, first, chunk, index, records)
    chunk = _chunk_at(doc, first.i)
    if chunk is None:
        return None
    verb = next((t for t in doc[chunk.end : chunk.end + 30] if _is_cue(t) or t.is_sent_start), None)
    if verb is None or verb.is_sent_start or any(t.text in MARKS for t in doc[chunk.end : verb.i]):
        return None
    gap = text[chunk.end_char : verb.idx].strip()
    if gap and not (gap.startswith(",") and gap.endswith(",")):
        return None  # ('"...," the report that she wrote said': not a credit we can read)
    return _credit(doc, verb, chunk, index, records)


def _title_like(words: list[str]) -> bool:
    """A few words, each capitalized but the short ones ("Bridge of Spies,", "Meet the Press")."""
    long = [w for w in words if len(w) > 3 or w[:1].isupper()]
    return len(words) <= 5 and all(w[:1].isupper() for w in long)


# What a verb may already take before a quote that would make the quote no object of it.
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "nsubj"})


def credit_before_mark(
    doc: Doc, mark: QuoteSpan, index: EntityIndex, records: list[dict[str, Any]]
) -> tuple[Frame, Referent] | None:
    """A quote right after its speech verb, which the parse did not take for the verb's
    object: 'a man yelled "Stay there!"' (yelled read as the man's modifier), 'who lamented in
    an interview with the editor Oliver Darcy, "We have spent 20 years ..."'. Between the verb
    and the quote, only its adjuncts: no other verb, no sentence end."""
    text = doc_text(doc)
    opening = doc.char_span(mark.open, mark.open + 1, alignment_mode="expand")
    if opening is None or looks_like_title(text, mark):
        return None
    before = opening[0]
    sentence = before.sent
    verb = next(
        (t for t in reversed(doc[sentence.start : before.i]) if t.pos_ in ("VERB", "AUX")), None
    )
    if verb is None or not _is_cue(verb) or before.i - verb.i > 15:
        return None
    if any(r["cue_start"] == verb.idx for r in records):
        return None  # the verb's own frame took other words; the quote is not its
    gap = text[verb.idx + len(verb) : mark.open].strip()
    if gap[-1:] not in ("", ",", ":") or any(ch in gap for ch in MARKS + ".;!?"):
        return None
    if any(t.head is verb and t.dep_ in _OBJECTS for t in doc[verb.i + 1 : before.i]):
        return None  # ("issued a statement, 'Make America ...'": the verb has its object)
    if _title_like(text[mark.start : mark.end].split()):
        return None  # ("said 'An American Son,' his memoir": a title)
    phrase = speaker_of(verb)
    if phrase is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        phrase = doc[verb.head.left_edge.i : verb.head.i + 1]  # "a man yelled": the man
    if phrase is None:
        return None
    speaker = resolve(doc, phrase, index, records)
    if speaker is None:
        return None
    who = relative_pronoun(verb)
    if who is not None:  # "Sykes, who lamented": the speaker as written is "who"
        speaker = Referent(speaker.name, who.idx, who.idx + len(who), speaker.entity_id)
    frame = Frame(cue=[verb], speaker=phrase, content=(mark.start, mark.end), direct=True)
    return frame, speaker


def _is_cue(token: Token) -> bool:
    """A speech verb in a finite form: "said", "tweets", not "recalling" (no subject)."""
    return token.pos_ == "VERB" and token.tag_ in FINITE_TAGS and lemma(token) in cue_verbs()


def _chunk_at(doc: Doc, at: int) -> Span | None:
    """The noun phrase that starts at a token ("Edward Leamer", "an intelligence source")."""
    if at >= len(doc):
        return None
    return next((c for c in doc.noun_chunks if c.start == at), None)


def _credit(
    doc: Doc, verb: Token, chunk: Span | None, index: EntityIndex, records: list[dict[str, Any]]
) -> tuple[Frame, Referent] | None:
    """The frame of a credit read off the text: its cue verb and the speaker's noun phrase,
    a name, a pronoun or a noun ("an intelligence source"), resolved."""
    if chunk is None or chunk.root.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    speaker = resolve(doc, chunk, index, records)
    if speaker is None:
        return None
    content = (chunk.start_char, chunk.start_char)  # (the record's content is the quote)
    return Frame(cue=[verb], speaker=chunk, content=content, direct=True), speaker


# A credit after a quote or a post: a dash, then a name to the end of the line ("― Sonya
# Herridge", "— Ben Jacobs (@Bencjacobs) September 1, 2016" under an embedded tweet).
_DASH_CREDIT = re.compile(
    r"[ \t]*[―—–][ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})"
    r"(?P<handle>[ \t]*\(@\w+\))?[^\n]{0,40}$",
    re.MULTILINE,
)


def dash_credit(text: str, mark: QuoteSpan, index: EntityIndex) -> Referent | None:
    """The person a dash after a quote credits it to, when the credit ends the line."""
    after = mark.close + 1
    while after < len(text) and text[after] in ".,”\"'’":
        after += 1
    found = _DASH_CREDIT.match(text, after)
    if found is None:
        return None
    start, end = found.span("name")
    rest = text[found.end("name") : found.end()]
    if not found.group("handle") and rest.strip(" .\t"):
        return None  # ("― a phrase of the writer's", not a credit)
    named = index.at(start, end, ("PERSON", "ORG"))
    if named is not None:
        return Referent(named[2]["name"], named[0], named[1], named[2]["id"])
    return Referent(text[start:end].rstrip(". "), start, end, None)
