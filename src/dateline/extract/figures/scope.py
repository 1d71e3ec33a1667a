"""Whether a figure is a running total or the toll of one day or incident.

"At least 1,500 people have been killed since the fighting began" and "the death toll rose to
40" are running totals: a later figure of the same quantity replaces them. "14 people were
killed in an air strike on Tuesday" is one incident's toll. The claims across articles
(dateline.claims) keep the two apart. The figure's clause (the verb it belongs to, without
the clauses joined to that verb; a participle such as "..., killing five" belongs to the
clause it adds to; a verb joined to another, "killed 14 and wounded 31", shares its clause)
decides, in this order; a sentence that goes on from the one before ("Another 12 people were
missing") takes its figure's scope:
- the toll of a named incident ("the toll from the air strike") is the incident's, and so is
  a count dated by one ("nine bodies have been recovered after a boat capsized");
- a present perfect ("the floods have killed 120") or a state ("there were 400 cases", "remain
  displaced"), a word of a total (data figure_rules.txt `cumulative-words`: "since", "so far",
  "now", "toll") or a change to it ("rose to") make a running total;
- an incident noun or verb (`incident-nouns`: "an air strike", "ambushed") or a single day
  ("on Tuesday", "yesterday") make one incident's toll;
- anything else is a running total: a crisis's figures are most often the count to date ("the
  society said 300,000 people had been forced from their homes"); but a sum of money is one
  transaction (a pledge, an appeal) unless a word makes it a total ("donors have now pledged
  $34 million").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.common.syntax import lemma
from dateline.extract.figures.rules import (
    CHANGE_VERBS,
    CUMULATIVE_WORDS,
    HAZARD_NOUNS,
    INCIDENT_NOUNS,
)
from dateline.lexicon import table

CUMULATIVE, INCIDENT = "cumulative", "incident"
_PHRASES = tuple(tuple(words.split()) for words in CUMULATIVE_WORDS if " " in words)
_WORDS = frozenset(words for words in CUMULATIVE_WORDS if " " not in words)
_JOINED = frozenset({"conj", "parataxis"})
# A state at the time of writing: "there were 400 cases", "37 children were among the dead",
# "230,000 people remain displaced".
_STATES = frozenset({"be", "remain", "stand"})
# Words of one day: a toll "on Tuesday" or "yesterday" is that day's.
_DAYS = frozenset(table("date_words.txt", "weekdays")) | {
    "yesterday",
    "tonight",
    "overnight",
}


def scope_of(span: Span, category: str | None = None) -> str:
    """ "cumulative" or "incident" (see the module docstring)."""
    before = _continued(span)
    if before is not None:  # "Another 12 people were still missing": the last figure's
        return scope_of(before, category)
    verb = _clause_verb(span.root)
    tokens = _clause(verb) if verb is not None else list(span.sent)
    if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        tokens += _clause(verb.head)  # "an air strike killed 14 and wounded 31"
    if any(lemma(t) == "toll" and _names_incident(t) for t in tokens):
        return INCIDENT  # "the toll from the air strike rose to 17"
    if verb is not None and _after_incident(verb):
        return INCIDENT  # "nine bodies have been recovered after a boat capsized"
    if verb is not None and _hazard_strikes(verb):
        return CUMULATIVE  # "an earthquake struck on Sunday, killing at least 96 people"
    if verb is not None and (_present_perfect(verb) or lemma(verb) in _STATES):
        return CUMULATIVE
    lowered = [t.lower_ for t in tokens]
    for index, token in enumerate(tokens):
        word = lemma(token)
        if word in _WORDS:
            return CUMULATIVE
        if word in CHANGE_VERBS and any(c.lower_ == "to" for c in token.children):
            return CUMULATIVE
        if any(tuple(lowered[index : index + len(p)]) == p for p in _PHRASES):
            return CUMULATIVE
    for token in tokens:
        if any(a.dep_ == "relcl" for a in token.ancestors):
            continue  # "in Sunamganj district, where floodwaters rose on Friday"
        if (
            lemma(token) in INCIDENT_NOUNS
            and token.tag_ in ("NN", "VB", "VBD", "VBN", "VBG")
            and not _hazard_strikes(token)
        ):
            return INCIDENT  # "an air strike killed 14", "gunmen ambushed a minibus"
        if (
            token.ent_type_ in ("DATE", "TIME")
            and token.lower_ in _DAYS
            and (verb is None or token.i > verb.i)
        ):  # "killed on Tuesday", "buried 20 people yesterday" (not "said on Saturday it
            # had recorded 146 cases", the day misread as the recording's)
            return INCIDENT
    return INCIDENT if category == "MONEY" else CUMULATIVE


def _continued(span: Span) -> Span | None:
    """The number of the sentence before, when this one goes on from it: "Another 23 people
    were missing", "A further 73 people have been wounded" (in the same paragraph)."""
    sentence = span.sent
    words = [t.lower_ for t in sentence[:2]]
    if not words or not (words[0] in ("another", "further") or words[:2] == ["a", "further"]):
        return None
    if sentence.start == 0 or "\n" in span.doc[sentence.start - 1].whitespace_:
        return None
    previous = span.doc[sentence.start - 1].sent
    if "\n" in previous.text:
        return None
    numbers = [t for t in previous if t.like_num and t.ent_type_ not in ("DATE", "TIME")]
    return (
        previous[numbers[0].i - previous.start : numbers[0].i - previous.start + 1]
        if numbers
        else None
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb of the figure's clause; a participle that only adds to another clause
    ("..., killing five", "including 72 children") is that clause's."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    while (
        token.tag_ == "VBG"
        and token.dep_ in ("advcl", "prep", "acl", "xcomp")
        and token.head.i != token.i
    ):
        token = token.head
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _clause(verb: Token) -> list[Token]:
    """The verb's clause: its subtree without the clauses conjoined to it."""
    skipped = {t.i for child in verb.children if child.dep_ in _JOINED for t in child.subtree}
    return [t for t in verb.subtree if t.i not in skipped]


def _present_perfect(verb: Token) -> bool:
    """ "have killed", "has risen", "have been displaced" (not "had": reported speech puts a
    past event in the past perfect)."""
    return verb.tag_ == "VBN" and any(
        c.lower_ in ("have", "has", "'ve") and c.dep_ == "aux" for c in verb.children
    )


def _hazard_strikes(verb: Token) -> bool:
    """ "An earthquake struck the region, killing 96": a disaster's toll rises for days, a
    running total, though "struck" is an attack's verb too."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and lemma(c) in HAZARD_NOUNS for c in verb.children
    )


def _after_incident(verb: Token) -> bool:
    """Whether the verb's clause is dated by one incident: "... after a boat capsized" (not
    "when": "41 died, most of them when facades collapsed" tells how, not which event)."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            continue
        if lemma(clause) in INCIDENT_NOUNS or any(
            lemma(t) in INCIDENT_NOUNS and t.tag_ == "NN" for t in clause.subtree
        ):
            return True
    return False


def _names_incident(toll: Token) -> bool:
    """ "the toll from the air strike", "the blast's toll"."""
    return any(lemma(t) in INCIDENT_NOUNS for t in toll.subtree if t is not toll)
