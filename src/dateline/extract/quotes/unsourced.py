"""Attributions to no one named: what the text says is held, expected or asked, without a
source.

- an impression: "Indiana appears to be a break from the norm", "Cruz seemed lost";
- an agentless passive of a stance or judging verb: "rivals are expected to quit the race",
  "the dissolution of the club was announced";
- a participle of repute: "the group of contests known as Super Tuesday", "a year expected
  to produce record turnout";
- "reportedly"; a question put by someone unnamed: "Asked about his speeches, ...".

Each frame's speaker is None. Hand-written for the same reason as `frames`: no library
reads attribution frames off a spaCy parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.syntax import is_passive, lemma
from dateline.extract.quotes.parts import RULES, SUBJECT_DEPS, Frame, chars, object_phrase
from dateline.extract.quotes.speakers import HEDGES
from dateline.lexicon import sections

_UNSOURCED_PASSIVES = sections(RULES)["unsourced-passives"]
_CLAUSE_PASSIVES = sections(RULES)["clause-passives"]


def unsourced_passive(verb: Token) -> bool:
    if lemma(verb) not in _UNSOURCED_PASSIVES:
        return False
    children = list(verb.children)
    subject = any(c.dep_ == "nsubjpass" for c in children) or (
        verb.dep_ == "conj"  # "She is moving to L.A. but is expected to continue ..."
        and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)
    )
    return is_passive(verb) and subject and not any(c.dep_ == "agent" for c in children)


def reportedly(doc: Doc, adverb: Token) -> Frame | None:
    """ "Google and Facebook have reportedly looked at Twitter": a claim put about by no one
    named, its content the clause around the adverb."""
    clause = adverb.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    before = chars(doc, clause.left_edge.i, adverb.i, minimum=1)
    after = chars(doc, adverb.i + 1, clause.right_edge.i + 1, minimum=1)
    pieces = [p for p in (before, after) if p is not None]
    if not pieces or len(doc_text(doc)[pieces[0][0] : pieces[-1][1]].split()) < 3:
        return None
    return Frame(cue=[adverb], speaker=None, content=(pieces[0][0], pieces[-1][1]), pieces=pieces)


def names_asker(verb: Token) -> bool:
    """Whether "asked" names who asks, or is an active "has asked"."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubj", "agent"}) or ("aux" in deps and "auxpass" not in deps)


def question(doc: Doc, verb: Token) -> Frame | None:
    """ "Asked about his paid speeches, ...", "he was asked whether he would run": a question
    put by someone unnamed, its content what it asks about."""
    for child in verb.children:
        whether = child.dep_ == "advcl" and doc[child.left_edge.i].lower_ in ("if", "whether")
        asked_to = child.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )  # "Sanders was asked to name a decision Clinton made"
        if (child.dep_ == "ccomp" or whether or asked_to) and child.i > verb.i:
            content = chars(doc, child.left_edge.i, child.right_edge.i + 1)
            return Frame(cue=[verb], speaker=None, content=content) if content else None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":  # "asked about the merger"
            if any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                content = chars(doc, child.i, child.right_edge.i + 1, minimum=2)
                return Frame(cue=[verb], speaker=None, content=content) if content else None
        if child.dep_ == "dobj":
            content = object_phrase(doc, child, [])
            return Frame(cue=[verb], speaker=None, content=content) if content else None
    return None


REPUTE_VERBS = sections(RULES)["repute-verbs"]


def names_doer(verb: Token) -> bool:
    """Whether a passive names its doer ("reported by the Times")."""
    return any(c.dep_ == "agent" for c in verb.children)


def repute(doc: Doc, verb: Token) -> Frame | None:
    """ "the group of contests known as Super Tuesday", "a state known for rewarding
    moderates": a reputation held by no one named, its content the noun and what it is
    known as or for."""
    noun = verb.head
    if verb.i < noun.i:
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # ("the group of contests known as ...": the whole phrase)
    after = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            (c.dep_ == "prep" and c.lower_ in ("as", "for", "of"))
            or (c.dep_ == "xcomp" and doc[c.left_edge.i].lower_ == "to")
            or c.dep_ == "oprd"
        )
    ]
    if not after:
        return None
    start = after[0].i + 1 if after[0].dep_ == "prep" else after[0].left_edge.i
    what = chars(doc, start, after[-1].right_edge.i + 1, minimum=1)
    held = chars(doc, noun.left_edge.i, verb.left_edge.i, minimum=1)
    if what is None or held is None:
        return None
    return Frame(cue=[verb], speaker=None, content=(held[0], what[1]), pieces=[held, what])


def hedge(doc: Doc, verb: Token) -> Frame | None:
    """An attribution without a source: the subject and what the verb says of it ("Indiana |
    to be a break from the norm"), or the clause after an expletive "it seems"."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "conj":  # "Trump held a lead and appeared poised to"
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    after = [
        c
        for c in verb.children
        if c.i > verb.i
        and not c.is_punct
        and c.dep_ not in ("cc", "conj", "agent", "advmod")
        and c.lower_ != "according"  # "..., according to X": X's, not an impression
        and not (c.dep_ == "advcl" and doc[c.left_edge.i - 1].text == "," and not _infinitive(c))
    ]  # (", telling ...": the next act; but "appears ready, moreover, to use tariffs")
    if subject is None or subject.idx > verb.idx:
        return None
    if not after:  # "the dissolution of the club was announced": what was announced
        if lemma(verb) in HEDGES or lemma(verb) in _CLAUSE_PASSIVES:
            return None
        own = chars(doc, subject.left_edge.i, subject.right_edge.i + 1, minimum=1)
        return Frame(cue=[verb], speaker=None, content=own) if own is not None else None
    if lemma(verb) in HEDGES and not (
        after[0].dep_ in ("xcomp", "acomp", "ccomp", "attr", "oprd")
        or after[0].lower_ in ("like", "as")
    ):
        return None  # "she appeared on Fox News": an appearance, not an impression
    if lemma(verb) in _CLAUSE_PASSIVES and after[0].dep_ not in ("ccomp", "xcomp"):
        return None  # "two other cases were revealed last week": a discovery, not a claim
    # (from the verb on: "which the Senate is expected to vote on" hangs "which" in there)
    start = max(after[0].left_edge.i, verb.i + 1)
    # one word will do when the subject comes with it ("Cruz | seemed | lost")
    shown = subject.lower_ not in ("it", "there") and lemma(verb) in HEDGES
    complement = chars(doc, start, after[-1].right_edge.i + 1, minimum=1 if shown else 2)
    if complement is None:
        return None
    pieces = [complement]
    # (not whom one was told or informed: "Sanders had been told that he would lose")
    if subject.lower_ not in ("it", "there") and lemma(verb) not in ("tell", "inform"):
        # the subject even when a pronoun ("she | is expected | to win", "who | to vote")
        end = subject.right_edge.i + 1
        comma = next((t.i for t in doc[subject.i : end] if t.text == ","), end)
        own = chars(doc, subject.left_edge.i, comma, minimum=0)  # ("Clinton, casting ...,")
        if own is None:
            return None
        if doc_text(doc)[own[1] : verb.idx].count("\n"):
            return None
        pieces.insert(0, own)
    return Frame(cue=[verb], speaker=None, content=(pieces[0][0], pieces[-1][1]), pieces=pieces)


def _infinitive(clause: Token) -> bool:
    """A clause that opens with "to" ("to use tariffs")."""
    return clause.doc[clause.left_edge.i].lower_ == "to"
