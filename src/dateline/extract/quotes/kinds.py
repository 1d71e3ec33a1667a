"""The kind of an attribution: what its source did with what is attributed.

A small taxonomy after the attribution literature (PARC 3.0 and PolNeAR classify cues as
assertions, beliefs and facts, and sources as named or absent):

- ``speech``: said aloud ("said", "told", "asked", "according to", "warned", "criticised");
- ``writing``: written or published ("wrote", "tweeted", "said in a statement", "told CBC in
  an email", "the memo said", a headline "Minister: ...");
- ``stance``: believed, wanted, intended, supported or opposed, with no utterance
  ("believes", "wants", "decided", "supports", "his hope that");
- ``knowledge``: known, perceived, found out or shown by evidence ("knows", "found", "saw",
  "a poll shows");
- ``unsourced``: attributed to no one ("appears to", "is expected to", "reportedly");
- ``act``: a statement named, not reported: a speech or writing cue whose content is a noun
  phrase ("criticised the plan", "thanked the volunteers", "denied the allegation"). PolNeAR
  annotates these; journalists do not count them as quotes.

The words are in ``data/quote_kinds.txt``; a cue in none of its lists is speech. The verbs
that name rather than report ("known as", "a group called", "is seen") are no attribution at
all when passive with no agent.

Hand-written: no library classifies attribution cues (the PARC and PolNeAR corpora label
them, with no classifier released).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.extract.common.syntax import is_passive, lemma
from dateline.extract.quotes.parts import RULES
from dateline.lexicon import sections
from dateline.record import QUOTE_KINDS

__all__ = ["KINDS", "cue_kind", "intended", "named_only", "names_not_reports", "no_attribution"]

KINDS = QUOTE_KINDS
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {
        name: frozenset(word for line in entries for word in line.split())
        for name, entries in sections("quote_kinds.txt").items()
    }


def _head(cue: list[Token]) -> Token | None:
    """The cue's word that carries its meaning: its verb or noun ("according" in "according
    to" is neither, and is speech)."""
    return next((t for t in cue if t.pos_ in ("VERB", "NOUN", "ADJ")), None)


def cue_kind(cue: list[Token], speaker: Span | None, sourced: bool = True) -> str:
    """The kind of an attribution by its cue tokens and its speaker phrase; ``sourced``
    False for an attribution to no one."""
    if not sourced:
        return "unsourced"
    words = _words()
    head = _head(cue)
    if head is None:
        return "speech"
    word = lemma(head)
    if head.pos_ == "ADJ":
        return "stance"  # "is confident that", "worried that": a state of mind
    if _medium(head, words["writing-nouns"]):
        return "writing"
    source = speaker.root if speaker is not None else None
    source_word = lemma(source) if source is not None else ""
    verb_read_as_noun = any(c.dep_ == "nsubj" for c in head.children)  # "Parents worry that"
    if head.pos_ == "NOUN" and not verb_read_as_noun:
        for kind in ("writing", "stance", "knowledge"):
            if word in words[f"{kind}-nouns"] or head.lower_ in words[f"{kind}-nouns"]:
                return kind
        return "speech"
    if word in words["writing"]:
        return "writing"
    if word in words["stance"]:
        return "stance"
    if word in words["knowledge"] or source_word in words["evidence"]:
        return "knowledge"  # "the study found", "city records show", "the report concluded"
    if source_word in words["writing-nouns"]:
        return "writing"  # "the memo said", "the letter says"
    return "speech"


_READER = frozenset({"you", "your", "yourself", "yourselves"})


def no_attribution(text: str, record: dict) -> bool:
    """A record that attributes nothing: its speaker is the reader ("You can thank the
    volunteers"), or its content says nothing ("declined to comment", "said goodbye")."""
    start, end = record["speaker_start"], record["speaker_end"]
    if start is not None and text[start:end].strip().lower() in _READER:
        return True
    if _on_link_line(text, record["start"]):
        return True
    said = " ".join(record["text"].lower().strip(" .,;:").split())
    return said in _nothing_said()


def _on_link_line(text: str, at: int) -> bool:
    """The record lies on a line that a page label opens ("READ MORE: Alberta proposes new
    parks", "WATCH: ..."): a link to another story, not this one's text."""
    line_start = text.rfind("\n", 0, at) + 1
    head, colon, _ = text[line_start : line_start + 40].partition(":")
    return bool(colon) and head.strip().lower() in _page_labels()


@lru_cache(maxsize=1)
def _page_labels() -> frozenset[str]:
    return sections(RULES)["page-labels"]


@lru_cache(maxsize=1)
def _nothing_said() -> frozenset[str]:
    return frozenset(
        entry.strip().lower()
        for line in sections("quote_kinds.txt")["no-content"]
        for entry in line.split("|")
    )


def intended(kind: str, cue: list[Token], text: str) -> str:
    """A commitment or an attempt with what it is to do ("pledged to fund it", "threatened to
    release the videos", "a proposal to buy the brands") is an intent, a stance: nothing said
    is reported."""
    head = _head(cue)
    if kind == "speech" and head is not None and lemma(head) in _words()["intent"]:
        if text.lstrip().lower().startswith("to "):
            return "stance"
    return kind


def named_only(kind: str, content: Span | None, direct: bool) -> str:
    """``act`` for a speech or writing attribution whose content is a noun phrase (the
    statement named, not given); the kind otherwise."""
    if direct or kind not in ("speech", "writing") or content is None or not len(content):
        return kind
    if any(t.is_quote and t.dep_ != "case" for t in content):
        return kind  # words quoted (not the "'" of "the students' actions"): reported
    tops = [t for t in content if t.head == t or not content.start <= t.head.i < content.end]
    if any(t.pos_ in ("VERB", "AUX") for t in tops):
        return kind  # a clause ("urged police to investigate", "said it would")
    # "condemned the students' actions", "credits the sport for giving her confidence"
    return "act" if any(t.pos_ in _NOMINAL for t in tops) else kind


def _medium(head: Token, media: frozenset[str]) -> bool:
    """ "said in a statement", "told CBC in an email", "wrote on Facebook": the cue's
    prepositional phrase names a written medium."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "via", "through"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (lemma(obj) in media or obj.lower_ in media):
                    return True
    return False


def names_not_reports(cue: list[Token]) -> bool:
    """A naming or a caption, passive and with no agent: "a town known as ...", "a group
    called ...", "Jane Roe is seen outside the court", "pictured at the rally": no one is
    reported saying anything. "Known for", "is seen as a leader" and "was called a liar by
    the senator" stay attributions."""
    head = _head(cue)
    if head is None or any(c.dep_ == "agent" for c in head.children):
        return False  # "was called a liar by the senator": the senator said it
    words = _words()
    word = lemma(head)
    as_next = head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "as"
    participle = head.tag_ == "VBN" and head.dep_ in ("acl", "amod", "relcl", "advcl", "oprd")
    if word in words["naming-as"]:
        return as_next and (participle or is_passive(head))  # "known as Super Tuesday"
    if word in words["captions"]:
        return not as_next and (participle or is_passive(head))  # "seen outside the court"
    # "is called ...": the parse may read "X, speaking on WOR710, called Trump a blowhard"
    # as a participle, so only the passive
    return word in words["naming"] and is_passive(head)
