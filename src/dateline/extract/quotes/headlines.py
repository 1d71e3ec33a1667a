"""Quotes in an article's title line, where the small parser is least reliable.

A title is clipped ("Clinton swipes at Trump"), often in title case ("Howard Dean Tells
Convention"), and the small English model reads its verbs as nouns and its names as one long
compound. These helpers read the title's shape from its words and punctuation instead of the
parse: a statement credited after a comma ("Guns Are 'A Crisis,' Howard Dean Tells
Convention"), a second verb of the same subject ("Le Pen Backs Trump And Denounces Clinton"),
a cue verb inside a colon title's source ("Trump Addresses Attack: ..."), and words after a
colon that state nothing ("Netanyahu and Obama: A tortured relationship").

Hand-written: no pipeline component parses headlinese; the shapes are few and regular.
"""

from __future__ import annotations

import functools
import itertools

from spacy.tokens import Doc, Token

from dateline.extract.quotes.parts import RULES
from dateline.lexicon import cue_verbs, sections

Span = tuple[int, int]

# Closing quotation marks a credited statement may end with before or after its comma.
_CLOSERS = "’'”\""


HEADLINE_JABS = sections(RULES)["headline-jabs"]


def said_form(token: Token) -> bool:
    """ "Says", "tells", "finds", "rules", "rips": a cue verb in the third person singular."""
    word = token.lower_
    if not word.endswith("s") or len(word) < 4 or not token.is_alpha:
        return False
    stems = {word[:-1], word[:-2], word[:-3] + "y"}  # tell-s, push-es, deni-es
    return word == "says" or bool(stems & _headline_cues())


@functools.cache
def _headline_cues() -> frozenset[str]:
    """The cue verbs and the title's own attack verbs, joined once."""
    return cue_verbs() | HEADLINE_JABS


def credit_after(doc: Doc, start: int, line_end: int) -> tuple[Span, Span, Token] | None:
    """ "Guns Are 'The Ultimate Crisis,' Howard Dean Tells Convention", "Records must be
    released, federal judge rules": a title whose last clause, after a comma, is a speaker
    and a cue verb (and at most a few words it tells to). Its content is all before that
    comma, its speaker the words before the cue. (content, speaker, cue) or None."""
    line = []
    for token in doc:  # (the title line only: stop at its end)
        if token.idx >= line_end:
            break
        if token.idx >= start and not token.is_space:
            line.append(token)
    while line and line[-1].text in ".;":
        line.pop()
    commas = [i for i, t in enumerate(line) if t.text == ","]
    if not commas:
        return None
    comma = commas[-1]
    after = comma + 1
    while after < len(line) and line[after].text in _CLOSERS:
        after += 1
    tail = line[after:]
    cue_at = next((i for i, t in enumerate(tail) if said_form(t)), None)
    if cue_at is None or not 1 <= cue_at <= 4 or len(tail) - cue_at - 1 > 3:
        return None
    speaker = tail[:cue_at]
    if not all(t.is_alpha or t.text in ".-’'" for t in speaker):
        return None  # (a list, not a speaker: "Trump, Cruz, Kasich win")
    if speaker[0].is_stop or speaker[-1].is_stop:
        return None  # a second predicate ("calls Trump line 'racist,' but backs him")
    if comma < 3:
        return None  # too short to be a statement ("Yes, Trump says")
    last = line[after - 1] if after > comma + 1 else line[comma - 1]  # (the closer, if any)
    content = (line[0].idx, last.idx + len(last))
    cue = tail[cue_at]
    return content, (speaker[0].idx, speaker[-1].idx + len(speaker[-1])), cue


_JOINERS = sections(RULES)["joiners"]


def _inside(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that begin after `start` and before `end` (found from the characters, not
    by walking the whole article)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if start < t.idx < end] if span is not None else []


def second_predicate(doc: Doc, content: Span) -> Token | None:
    """The cue verb of a second predicate of the title's subject inside a title quote's
    content ("Blasts Drudge for Mocking His Fast, Quotes Bible", "chides Turkey and praises
    Trump"): a cue verb in the third person after a comma or "and"."""
    tokens = _inside(doc, content[0], content[1])
    for before, token in itertools.pairwise(tokens):
        if not said_form(token) or token.i + 1 >= len(doc) or token.nbor().is_punct:
            continue
        joiner = before
        while joiner.i > 0 and (joiner.text in _CLOSERS or joiner.lower_ == "then"):
            joiner = joiner.nbor(-1)  # ("'revolution,' ignores", ", then takes")
        if joiner.lower_ in _JOINERS and joiner.idx > content[0]:
            return token
    return None


# Tags of a verb that makes a title's words a statement ("Trump will rebound", "Deport
# Nikki Haley"); a gerund alone does not ("The difficulty of dumping Trump").
_VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "VBN", "MD"})


def says_nothing(doc: Doc, content: Span) -> bool:
    """A title's words after its colon that state nothing: a bare noun phrase ("A World at
    War", "Clinton and Sanders in dead heat") or a question ("Was firing him the start of
    a reset?"), with no quotation mark in it. Title case hides verbs from the tagger, so a
    cue verb's form ("Ties", "Burns") counts as a verb too."""
    words = doc.char_span(content[0], content[1], alignment_mode="expand")
    if words is None or any(t.text in "‘’“”\"'" for t in words):
        return False
    if words.text.rstrip().endswith("?"):
        return True
    verbs = [t for t in words if t.tag_ in _VERB_TAGS or said_form(t)]
    return not verbs and not any(
        _verb_shape(t) for t in words[1:]
    )  # (any first word is capitalised)


def _verb_shape(token: Token) -> bool:
    """A capitalised word shaped like a finite verb ("Ties", "Burns", "Hacked"), which the
    tagger reads as part of a name in a title-case line."""
    word = token.text
    return word[:1].isupper() and word.isalpha() and len(word) > 3 and word.endswith(("s", "ed"))


def cue_in_title(doc: Doc, start: int, end: int) -> Token | None:
    """The cue verb inside a title's source before its colon ("Trump Addresses Munich Attack:
    'This Cannot Continue'"): the speaker is the words before it, not the last name."""
    words = _inside(doc, start, end)
    return next((t for t in words if said_form(t) and t.nbor(-1).is_alpha), None)
