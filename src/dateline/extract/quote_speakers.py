"""Who a cue verb's speaker is: its subject, the agent of a passive, the antecedent of a
relative "who", the doer of an infinitive, or the subject the parse hung elsewhere (a
dateline, a clausal subject, a conjoined or participle cue).

Hand-written: the repairs follow the small English model's misreadings of news sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.doctext import dateline_end, doc_text
from dateline.extract.event_grammar import misparsed_subject
from dateline.extract.quote_parts import (
    CLOSING_MARKS,
    FINITE_TAGS,
    NAMING_VERBS,
    NOMINAL,
    SUBJECT_DEPS,
    is_time,
    lemma,
)
from dateline.extract.referents import noun_phrase
from dateline.lexicon import speech_verbs

# Verbs that present their subject's state as an impression, with no one behind it ("Clinton
# appeared to have the most to gain", "it seems increasingly likely that ...").
HEDGES = frozenset({"seem", "appear"})


def is_passive(verb: Token) -> bool:
    """A passive verb, but not "He's said he ..." (has said), which the parse takes for one."""
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxiliaries:
        return False
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    return not (auxiliaries[0].lower_ in ("'s", "\u2019s") and clause)


def can_hold_view(noun: Token) -> bool:
    """A noun that can hold a view: a name, a pronoun, people ("donors", "Republicans")."""
    return (
        noun.pos_ in ("PROPN", "PRON")
        or noun.tag_ == "NNS"
        or noun.ent_type_ in ("PERSON", "ORG", "NORP")
    )


# What a relative "who" stands for: "commentators who", "those who", "12 percent who".
_ANTECEDENTS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def relative_pronoun(verb: Token) -> Token | None:
    """The relative pronoun that is the cue's subject ("who" in "commentators, who said"): the
    speaker as written, standing for the noun before it."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ in ("who", "that", "which"):
            return child if verb.head.pos_ in _ANTECEDENTS else None
    return None


def _referential_it(verb: Token) -> bool:
    """ "It said in a statement", "it also offers flexible hours": "it" stands for a body or a
    document when an active cue verb has it as subject; not "it seems", "it is said", "it
    turns out", "it remains to be seen"."""
    return (
        lemma(verb) not in HEDGES
        and lemma(verb) not in _EXPLETIVE_IT_VERBS
        and not is_passive(verb)
        and verb.dep_ not in ("relcl", "acl")
    )


# Verbs whose subject "it" is (often) a dummy ("it means that", "it helps that").
_EXPLETIVE_IT_VERBS = frozenset(
    "be seem appear turn remain mean follow help matter take make happen look sound feel".split()
)


def speaker_of(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ == "agent":  # it was said by X
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return noun_phrase(grandchild)
    passive = is_passive(verb)
    text = doc_text(verb.doc)
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.idx > verb.idx:
            continue
        # "CLEVELAND, July 19 (UPI) — Michael Mukasey told", "2:40 p.m.\n\nTrump's campaign
        # manager says": the parser hangs the speaker on a dateline or a time line before it
        barrier = max(dateline_end(verb.doc, child.idx) or 0, text.rfind("\n", 0, verb.idx) + 1)
        if child.idx < barrier:
            for appos in child.children:
                if appos.dep_ == "appos" and barrier <= appos.left_edge.idx < verb.idx:
                    return noun_phrase(appos)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:  # "emails, which she said represented ...": she, not "which"
        subjects = [c for c in subjects if c.lower_ not in ("who", "that", "which")] or subjects
        # '"The fact that he tried," Huckabee said': the one next to the verb
        subjects.sort(key=lambda c: abs(verb.i - c.i))
    for child in subjects:
        if (
            child.dep_ in SUBJECT_DEPS
            and not (passive and child.dep_ == "nsubjpass")  # "cases were revealed": no speaker
            and (child.lower_ != "it" or _referential_it(verb))
            and child.pos_ in NOMINAL
            and "\n" not in text[min(child.idx, verb.idx) : max(child.idx, verb.idx)]
            and child.idx >= (dateline_end(verb.doc, child.idx) or 0)  # not "LONDON —"
        ):
            if child.lower_ in ("who", "that", "which"):
                if verb.head.pos_ in _ANTECEDENTS:  # "commentators, who said": the antecedent
                    return noun_phrase(verb.head)
                return None
            return noun_phrase(child)
    if passive:
        return None  # "two cases were revealed": revealed by someone unnamed
    for child in verb.children:  # "activists clamoring to block Trump say": a clausal subject
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < verb.i:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < child.i:
                return noun_phrase(subject)
    misparsed = misparsed_subject(verb)
    if misparsed is not None:  # '"...," the nominee, Donald Trump, tweeted Sunday'
        return noun_phrase(misparsed)
    timed = _subject_in_time_phrase(verb)
    if timed is not None:
        return timed
    named = _name_left_unattached(verb)
    if named is not None:
        return named
    if verb_read_as_modifier(verb):  # "Erin Brockovich, the activist, endorsed Sanders' plan"
        root = verb.sent.root
        return verb.doc[root.left_edge.i : root.i + 1]
    for child in verb.children:  # "Less than a third agreed": a subject read as a measure
        if (
            child.dep_ == "npadvmod"
            and child.i < verb.i
            and child.left_edge.i == verb.sent.start
            and not is_time(child)
        ):
            return noun_phrase(child)
    if _naming_read_as_participle(verb):  # "One lawmaker called Trump 'the orange prince'"
        return noun_phrase(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return noun_phrase(verb.head)  # "the super PAC supporting Jeb Bush", "polls showing"
    head = verb.head
    governing = _verb_of_object(head) if verb.dep_ == "pcomp" else None
    if governing is not None:  # "the campaign took the unusual step of criticizing ..."
        return speaker_of(governing)
    if verb.dep_ == "pcomp":  # "undermines confidence by suggesting the vote is rigged",
        return _holder_above(head)  # "stopped short of endorsing", "are united in supporting"
    if trailing_participle(verb) and verb.head.dep_ == "ccomp":
        outer = verb.head.head  # "said Trump represents 'New York values,' stating that ..."
        if lemma(outer) in speech_verbs() and outer.i < verb.head.i:
            return speaker_of(outer)
    if verb.dep_ == "conj":  # "said the plan would fail, and called him a liar"
        clause = head
        for _ in range(4):
            if clause.dep_ == "ccomp" and lemma(clause.head) in speech_verbs():
                return speaker_of(clause.head)
            if clause.head.i == clause.i:
                break
            clause = clause.head
    doer = _infinitive_doer(verb)
    if doer is not None:
        return noun_phrase(doer)
    governing = _verb_of_object(verb) if verb.dep_ in ("acl", "relcl") else None
    if governing is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "campaigns are using the bill to portray ...", "gave Beck new impetus to oppose"
        dative = next((c for c in governing.children if c.dep_ == "dative"), None)
        if dative is not None and can_hold_view(dative):
            return noun_phrase(dative)
        return speaker_of(governing)
    if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
        # "Trump was forced into damage control and said ...": the one forced speaks
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.pos_ in NOMINAL and subject.i < head.i:
            return noun_phrase(subject)
    if verb.dep_ in ("conj", "advcl", "xcomp", "acomp", "dep") and verb.head.i != verb.i:
        # ("was reluctant to endorse Trump": the adjective's subject)
        # "X said ... and added that ...", "X spoke on Monday, saying that ..."
        return speaker_of(verb.head)
    return None


def _naming_read_as_participle(verb: Token) -> bool:
    """ "One lawmaker called Trump 'the orange prince'": the tagger reads the past tense as a
    participle ("a lawmaker (who was) called ..."), but a participle names once ("a website
    called Real News"), and this one names an object as something."""
    if lemma(verb) not in NAMING_VERBS or verb.tag_ != "VBN" or verb.dep_ != "acl":
        return False
    if verb.head.i > verb.i or any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return False
    complements = [c for c in verb.children if c.i > verb.i and c.dep_ in ("oprd", "dobj")]
    if len(complements) >= 2:
        return True
    return bool(complements) and any(
        c.dep_ in ("oprd", "dobj") and c.i > complements[0].i for c in complements[0].children
    )  # ("called Trump a blowhard": the parse hangs the name on the object)


def _infinitive_doer(verb: Token) -> Token | None:
    """Who does what a to-infinitive says: the object of the verb above it ("would require
    Republicans to recognize that ..."), the subject of a passive above it ("Eric Trump was
    pressed to explain ..."), the person it describes ("the first Democrat to endorse
    Sanders")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.i < verb.i:
        for child in head.children:
            if child.dep_ == "dobj" and child.i < verb.i and can_hold_view(child):
                return child
        if is_passive(head):
            return next(
                (c for c in head.children if c.dep_ == "nsubjpass" and can_hold_view(c)), None
            )
    if verb.dep_ == "acl" and head.i < verb.i and can_hold_view(head):
        return head
    return None


def trailing_participle(verb: Token) -> bool:
    """ "said Trump represents 'New York values,' stating that ...", "..., referring to the
    convention": a participle cue after a comma, with no subject of its own, that the parse
    hung on the reported clause; it is the speaker's next statement, not part of the first."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj", "xcomp")
        and verb.head.i < verb.i
        and comma_before(verb.doc, verb) is not None
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def comma_before(doc: Doc, verb: Token) -> int | None:
    """The index of the comma right before the verb (past a closing quotation mark)."""
    i = verb.i - 1
    while i > 0 and doc[i].text in CLOSING_MARKS:
        i -= 1
    return i if doc[i].text == "," else None


def _subject_in_time_phrase(verb: Token) -> Span | None:
    """ "On Tuesday Kasich said": the parse reads the name as the end of the time phrase."""
    doc = verb.doc
    last = doc[verb.i - 1] if verb.i > 0 else None
    if last is None or last.pos_ != "PROPN" or last.dep_ != "pobj" or last.ent_type_ == "DATE":
        return None
    prep = last.head
    if prep.head.i != verb.i or prep.i > last.i:
        return None
    start = last.i
    while start - 1 > prep.i and doc[start - 1].pos_ == "PROPN":
        if doc[start - 1].ent_type_ in ("DATE", "TIME"):
            break
        start -= 1
    if not any(t.ent_type_ in ("DATE", "TIME") for t in doc[prep.i + 1 : start]):
        return None
    return doc[start : last.i + 1]


def _verb_of_object(token: Token) -> Token | None:
    """The verb whose object holds this word's phrase: "took" for "of" in "took the step of
    criticizing", "using" for "to portray" in "using the bill to portray"."""
    noun = token.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "attr") or noun.i >= token.i:
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def verb_read_as_modifier(verb: Token) -> bool:
    """ "Erin Brockovich, the activist and lawyer, endorsed Sanders' approach": the parse
    makes the whole sentence a name with the finite verb an adjective of its object."""
    root = verb.sent.root
    return (
        verb.dep_ == "amod"
        and verb.tag_ in FINITE_TAGS
        and verb.head.i > verb.i
        and root.pos_ in ("PROPN", "NOUN")
        and root.i < verb.i
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _holder_above(prep: Token) -> Span | None:
    """Who does what a gerund under a preposition says, up through the words it hangs on to
    their verb: "Guardian stopped short of fully endorsing ...", "Democratic voters are
    united in supporting ...", "the address was devoted to criticizing ..." (a passive's
    subject holds the stance it is devoted or united in)."""
    word = prep.head
    if word.i == prep.i:
        return None
    for _ in range(3):
        if word.pos_ in ("VERB", "AUX"):
            break
        if word.dep_ not in ("acomp", "advmod", "prep", "pobj", "amod") or word.head is word:
            return None
        word = word.head
    if word.pos_ not in ("VERB", "AUX"):
        return None
    found = speaker_of(word)
    if found is not None:
        return found
    subject = next((c for c in word.children if c.dep_ in SUBJECT_DEPS and c.i < word.i), None)
    return noun_phrase(subject) if subject is not None and subject.pos_ in NOMINAL else None


def _name_left_unattached(verb: Token) -> Span | None:
    """ "Alarmed by the unrest, Senator Harry Reid, the minority leader, said ...",
    "Schilling, through a spokeswoman, declined ...": a sentence's main verb with no subject
    in the parse, after a name the parse hung elsewhere; the last name before it, followed
    by a comma or by the verb, with no other finite verb between."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("csubj", "expl") for c in verb.children):
        return None
    doc = verb.doc
    names = [
        e
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG", "NORP", "GPE")
        and verb.sent.start <= e.start
        and e.end <= verb.i
    ]
    if not names:
        return None
    name = names[-1]
    between = doc[name.end : verb.i]
    if between and between[0].text != ",":
        return None
    return None if any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in between) else name
