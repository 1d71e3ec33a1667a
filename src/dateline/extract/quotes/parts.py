"""Shared pieces of the quote extractor: the frame record, lemmas the small model gets wrong,
and the character spans of content phrases cut from the parse (`chars`, `object_phrase`).

Hand-written: the spans follow news punctuation (a closing quotation mark kept with its
phrase, a wire dateline dropped) that no library's span helpers know.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final, TypeVar

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import DATELINE, doc_text
from dateline.extract.common.syntax import lemma
from dateline.extract.quotes.marks import QuoteSpan
from dateline.lexicon import sections

# The quote layer's word lists (data/quote_rules.txt), one section per rule.
RULES = "quote_rules.txt"

T = TypeVar("T")

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

NAMING_VERBS = sections(RULES)["naming-verbs"]

_MIN_CONTENT_WORDS = 3


class Skip(Enum):
    """What a step of a chain of rules answers when its rule does not apply (`SKIP`): the
    next step decides. None is an answer: the rule applies and finds nothing."""

    SKIP = "skip"


SKIP: Final = Skip.SKIP

# A content's character range in the text.
Content = tuple[int, int]


def first_answer(steps: Iterable[Callable[..., T | Skip]], *args: Any) -> T | None:
    """The answer of the first step whose rule applies (None when none does)."""
    for step in steps:
        found = step(*args)
        if found is not SKIP:
            return found
    return None


@dataclass
class Frame:
    """One attribution read off the parse; `quotes` attaches quotation marks and resolves
    the speaker phrase (None: an attribution to no one)."""

    cue: list[Token]
    speaker: Span | None
    content: tuple[int, int]  # character range
    direct: bool = False
    quote: QuoteSpan | None = None
    extra: list[QuoteSpan] = field(default_factory=list)  # marked parts split off by the cue
    mention: Token | None = None  # "who" in "commentators, who said": the speaker as written
    pieces: list[tuple[int, int]] = field(default_factory=list)  # content around a medial cue


def that_clause(head: Token, deps: tuple[str, ...] | None = None) -> Token | None:
    """The clause after the head that opens with "that" ("his claim that ...", "made it
    clear that ..."), of one of the given dependencies when any are given."""
    return next(
        (
            c
            for c in head.children
            if c.i > head.i
            and (deps is None or c.dep_ in deps)
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


# The second character of a two-character mark ('' ``) lies outside a QuoteSpan's open/close.
MARKS = "'`\u2019\u2018"


def same_paragraph(text: str, content: tuple[int, int], cue_at: int) -> tuple[int, int] | None:
    """Reported content stays in its cue's paragraph (the parser sometimes runs a headline
    into the first sentence); quotes over paragraphs come from the quotation marks."""
    paragraph_start = text.rfind("\n", 0, cue_at) + 1
    paragraph_end = text.find("\n", cue_at)
    if paragraph_end == -1:
        paragraph_end = len(text)
    start, end = max(content[0], paragraph_start), min(content[1], paragraph_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t.,;:":
        end -= 1
    return (start, end) if len(text[start:end].split()) >= 1 and end > start else None


DOUBLE_CLOSING = frozenset({'"', "”", "''"})

CLOSING_MARKS = DOUBLE_CLOSING | {"’", "'"}


def is_time(head: Token) -> bool:
    """ "Friday", "last week": a phrase that is all time."""
    return all(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)


def object_phrase(doc: Doc, head: Token, after: list[Token]) -> tuple[int, int] | None:
    """The object phrase without a relative clause ("endorsed Sanders, who said ...") or a
    description after a comma ("cited the Head Start program, the federally funded ..."),
    with the prepositional phrases right after it ("referred to Rubio as 'Little Marco'",
    "blamed Clinton for the turmoil") but not a time ("on Tuesday", "before the vote"); a
    one-word content only when it is a name ("endorsed Sanders") or a singular noun
    ("expressed concern", "conceded defeat"), not people ("convinced voters") or a pronoun."""
    end = head.right_edge.i + 1
    for child in head.children:  # a relative clause after a comma
        if child.dep_ == "relcl" and child.i > head.i and doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i)
    end = _before_description(doc, head, end)
    words = [t for t in doc[head.left_edge.i : end] if not t.is_punct]
    skipped = end  # a time between the object and what follows ("chided Obama on Aug. 17 for")
    for prep in after:
        between = doc[skipped : prep.left_edge.i]  # "blamed Clinton directly for ..."
        named = [c for c in prep.children if c.dep_ == "pobj"]
        if any(t.dep_ != "advmod" for t in between):
            break
        if any(t.ent_type_ in ("DATE", "TIME") for t in named):
            skipped = prep.right_edge.i + 1  # (not "on Tuesday" at the end)
            continue
        if prep.lower_ in ("at", "during") and any(lemma(t) in OCCASIONS for t in named):
            break  # "endorsed Trump at a news conference": where, not what
        if prep.lower_ in _WHEN:
            break  # "endorsed Sanders before backing Clinton": when, not what
        end = skipped = prep.right_edge.i + 1
        words.append(prep)
    if len(words) == 1 and head.pos_ == "PRON" and _stance_on_someone(head):
        return head.idx, head.idx + len(head)  # "endorsed him": whom the stance is on
    single = len(words) == 1 and (head.pos_ == "PROPN" or head.tag_ == "NN")
    return chars(doc, head.left_edge.i, end, minimum=1 if single else 2)


_WHEN = sections(RULES)["time-prepositions"]


def _before_description(doc: Doc, head: Token, end: int) -> int:
    """Where the object phrase stops before a noun set after a comma that describes a part of
    it ("ignored Ted Cruz, Trump's main rival", "cited the case of Guccifer 2.0, a hacker
    who ..."): the description is the writer's aside, not what the cue is about."""
    for token in doc[head.i + 1 : end]:
        if (
            token.dep_ == "appos"
            and token.pos_ == "NOUN"
            and doc[token.left_edge.i - 1].text == ","
        ):
            return token.left_edge.i - 1
    return end


_STANCES_ON_SOMEONE = sections(RULES)["stances-on-someone"]


def _stance_on_someone(pronoun: Token) -> bool:
    return (
        pronoun.dep_ == "dobj"
        and pronoun.lower_ in ("him", "her", "them")
        and lemma(pronoun.head) in _STANCES_ON_SOMEONE
    )


# Tags of a finite verb.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def run_on(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """The content with the rest of its sentence when the parse cut it short there: the rest
    of a list after a comma ("promising universal health care, free college at state
    schools and other costly programs"), or what follows a colon at the end of a reported
    clause ("said it falls flat for one reason: the pride he feels ..."), or the verb the
    parse split from it ("explained that all you need to do is ask ...")."""
    span = doc.char_span(*content)
    if span is None or not len(span) or span[-1].i + 1 >= len(doc):
        return content  # (a content that does not end on a token's end)
    last = span[-1]
    after = doc[last.i + 1].text
    tail = list(doc[last.i + 2 : last.sent.end])
    while tail and (tail[-1].is_punct or tail[-1].is_space):
        tail.pop()
    if (after == "," and _more_of_the_list(span, tail)) or (
        after == ":" and _more_of_the_clause(span, tail)
    ):
        return content[0], tail[-1].idx + len(tail[-1])
    split = _clause_split(span, doc[last.i + 1])
    if split is not None:
        return content[0], split.idx + len(split)
    return content


def _clause_split(span: Span, after: Token) -> Token | None:
    """The last word of a verb the parse split from the reported clause ahead of it, one
    with no subject of its own hung on the cue ("explained that all you need to do is ask"):
    the clause before it is its subject."""
    root = span.root
    if (
        lemma(after) == "be"
        and after.dep_ == "ccomp"
        and root.dep_ == "ccomp"
        and root.tag_ != "VB"  # (not "expect the president to keep pushing is one ...")
        and after.head == root.head
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in after.children)
    ):
        return after.right_edge
    return None


def _more_of_the_list(span: Span, tail: list[Token]) -> bool:
    """More items after a comma, with a conjunction and no verb of their own."""
    if not 2 <= len(tail) <= 40 or not any(t.pos_ == "CCONJ" for t in tail):
        return False
    return span[-1].pos_ != "PROPN" and not any(
        t.tag_ in FINITE_TAGS
        or t.tag_ == "MD"
        or (t.pos_ in ("VERB", "AUX") and t.tag_ != span[0].tag_)  # "eliminating X, limiting Y"
        or t.text in MARKS
        or t.text in ('"', "“", "”", ":", ";")
        or t.is_space
        for t in tail
    )


def _more_of_the_clause(span: Span, tail: list[Token]) -> bool:
    """The rest of the sentence after a colon, in the same paragraph and with no quotation
    (a quotation is attached by its marks, not here)."""
    return bool(tail) and not any(
        (t.is_space and "\n" in t.text) or t.text in MARKS or t.text in ('"', "“", "”", "''", "``")
        for t in list(span) + tail
    )


OCCASIONS = sections(RULES)["occasions"]


def chars(
    doc: Doc, start: int, end: int, minimum: int = _MIN_CONTENT_WORDS
) -> tuple[int, int] | None:
    """Character range of tokens [start, end) without edge punctuation; None if too short."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        last = doc[end - 1].text
        inside = {t.text for t in doc[start : end - 1]}
        if end - 1 > start and (
            last == "%"
            or (last == ")" and "(" in inside)
            or (last in ('"', "”", "''") and inside & {'"', "“", "``"})
        ):
            break  # "49% to 41%", "Marco Rubio (R-Fla.)", 'called it "a step toward peace"'

        end -= 1
    words = [t.text for t in doc[start:end]]
    curly_open = words.count("“") + words.count("``")
    curly_close = words.count("”") + words.count("''")
    opened = words.count('"') % 2 == 1 or curly_open > curly_close
    if opened and end < len(doc) and doc[end].text in DOUBLE_CLOSING:
        end += 1  # 'called the agreement "a step toward lasting peace"': its closing mark
    elif (
        opened
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text in DOUBLE_CLOSING
    ):
        end += 2  # 'represents "New York values," stating ...': the comma sits inside
    if end - start < minimum or (minimum == 1 and doc[start].pos_ == "PRON" and end - start == 1):
        return None
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    dateline = DATELINE.match(doc_text(doc), first, last)
    if dateline:  # "NAIROBI, March 12 (Reuters) - Kenya and ...": the dateline is no speech
        first = dateline.end()
    return first, last


_TITLE_LEAD = re.compile(r"(?:['’]s|\b(?:on|of|in|at|from|titled|called|dubbed|named))\s*$", re.I)


def looks_like_title(text: str, mark: QuoteSpan) -> bool:
    """A marked name of a show, a book or a slogan, not speech: a few words after a
    possessive or a preposition ("Fox News's 'Hannity,'", "aired on 'New Day.'", "the
    equivalent of 'The Truman Show.'")."""
    inner = text[mark.start : mark.end]
    return (
        len(inner.split()) <= 4
        and not any(ch in inner for ch in "!?")  # ("chants of 'Marco! Marco!'")
        and bool(_TITLE_LEAD.search(text[max(0, mark.open - 12) : mark.open]))
    )
