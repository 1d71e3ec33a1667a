"""Who a cue verb's speaker is: its subject, the agent of a passive, the antecedent of a
relative "who", the doer of an infinitive, or the subject the parse hung elsewhere (a
dateline, a clausal subject, a conjoined or participle cue).

Hand-written: the repairs follow the small English model's misreadings of news sentences.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import dateline_end, doc_text
from dateline.extract.common.referents import noun_phrase
from dateline.extract.common.syntax import is_passive, lemma, misparsed_subject
from dateline.extract.quotes.parts import (
    CLOSING_MARKS,
    FINITE_TAGS,
    NAMING_VERBS,
    NOMINAL,
    RULES,
    SKIP,
    SUBJECT_DEPS,
    Skip,
    first_answer,
    is_time,
)
from dateline.lexicon import sections, speech_verbs

HEDGES = sections(RULES)["hedges"]


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
            return child if antecedent(verb) is not None else None
    return _relative_above(verb)


def _relative_above(verb: Token) -> Token | None:
    """ "Sanders, who digested the loss and discussed a path ahead", "Latinos, who have
    registered to oppose Trump": a cue with no subject of its own that takes the speaker of
    a relative clause's verb above it; that clause's "who", when it is the speaker found."""
    if not _subjectless(verb) or verb.dep_ not in ("conj", "xcomp", "advcl"):
        return None
    found = speaker_of(verb)
    clause = verb.head
    for _ in range(3):
        if found is None or clause.pos_ not in ("VERB", "AUX"):
            return None
        pronoun = next(
            (
                c
                for c in clause.children
                if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that", "which")
            ),
            None,
        )
        if pronoun is not None:
            noun = antecedent(clause)
            same = noun is not None and noun_phrase(noun) == found
            return pronoun if same else None
        if clause.dep_ not in ("conj", "xcomp", "advcl") or not _subjectless(clause):
            return None
        clause = clause.head
    return None


def antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's verb hangs on: "commentators" in "commentators, who said";
    for a second relative clause joined to the first ("Cruz, who threatened ..., and who has
    been hoping to ..."), the noun the first one hangs on."""
    clause = verb
    while (
        clause.dep_ == "conj" and clause.head.i < clause.i and clause.head.pos_ in ("VERB", "AUX")
    ):
        clause = clause.head
    if clause is not verb and clause.dep_ != "relcl":
        return None  # "said X and which ...": no noun to stand for
    return clause.head if clause.head.pos_ in _ANTECEDENTS else None


def _referential_it(verb: Token) -> bool:
    """ "It said in a statement", "it also offers flexible hours", "a fight it expects to
    last": "it" stands for a body or a document when an active cue verb has it as subject;
    not "it seems", "it is said", "it turns out", "it remains to be seen"."""
    return (
        lemma(verb) not in HEDGES
        and lemma(verb) not in _EXPLETIVE_IT_VERBS
        and not is_passive(verb)
        and verb.dep_ != "acl"
    )


_EXPLETIVE_IT_VERBS = sections(RULES)["expletive-it-verbs"]


def speaker_of(verb: Token) -> Span | None:
    """The cue verb's speaker: the first of `_SPEAKER_STEPS` whose rule applies decides."""
    return first_answer(_SPEAKER_STEPS, verb)


def _agent(verb: Token) -> Span | None | Skip:
    """ "it was said by X": X (with a subject of its own, "Roman said by text message", the
    "by" phrase is the means)."""
    if any(child.dep_ == "nsubj" for child in verb.children):
        return SKIP
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return noun_phrase(grandchild)
    return SKIP


def _name_after_dateline(verb: Token) -> Span | None | Skip:
    """ "CLEVELAND, July 19 (UPI) — Michael Mukasey told", "2:40 p.m.\n\nTrump's campaign
    manager says": the parser hangs the speaker on a dateline or a time line before it."""
    text = doc_text(verb.doc)
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.idx > verb.idx:
            continue
        barrier = max(dateline_end(verb.doc, child.idx) or 0, text.rfind("\n", 0, verb.idx) + 1)
        if child.idx < barrier:
            for appos in child.children:
                if appos.dep_ == "appos" and barrier <= appos.left_edge.idx < verb.idx:
                    return noun_phrase(appos)
    return SKIP


def _own_subject(verb: Token) -> Span | None | Skip:
    """ "Kravets said", "said Kravets", "commentators, who said" (the antecedent), "emails,
    which she said represented ..." (she, not "which"); not a dummy "it", a dateline ("LONDON
    —") or a word across a line break. A passive with no agent ("two cases were revealed")
    was done by someone unnamed: no speaker."""
    passive = is_passive(verb)
    text = doc_text(verb.doc)
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
            and (child.pos_ in NOMINAL or _name_read_as_verb(child))
            and "\n" not in text[min(child.idx, verb.idx) : max(child.idx, verb.idx)]
            and child.idx >= (dateline_end(verb.doc, child.idx) or 0)  # not "LONDON —"
        ):
            if child.lower_ in ("who", "that", "which"):
                noun = antecedent(verb)  # "commentators, who said": the antecedent
                return noun_phrase(noun) if noun is not None else None
            return noun_phrase(child)
    return None if passive else SKIP  # "two cases were revealed": revealed by someone unnamed


def _clausal_subject(verb: Token) -> Span | None | Skip:
    """ "activists clamoring to block Trump say": the subject of a clausal subject;
    "Schilling describes": a name the tagger read as an -ing form."""
    for child in verb.children:
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < verb.i:
            if _name_read_as_verb(child):  # "Schilling describes": a name, not an -ing
                return verb.doc[child.i : child.i + 1]
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < child.i:
                return noun_phrase(subject)
    return SKIP


def _subject_elsewhere(verb: Token) -> Span | None | Skip:
    """'"...," the nominee, Donald Trump, tweeted Sunday': a subject the parse hung as a
    reduced relative, or put somewhere else (`_SUBJECT_REPAIRS`)."""
    misparsed = misparsed_subject(verb)
    if misparsed is not None:
        return noun_phrase(misparsed)
    for repair in _SUBJECT_REPAIRS:
        found = repair(verb)
        if found is not None:
            return found
    return SKIP


def _sentence_read_as_name(verb: Token) -> Span | None | Skip:
    """ "Erin Brockovich, the activist, endorsed Sanders' plan": the name the parse made the
    whole sentence."""
    if verb_read_as_modifier(verb):
        root = verb.sent.root
        return verb.doc[root.left_edge.i : root.i + 1]
    return SKIP


def _subject_read_as_measure(verb: Token) -> Span | None | Skip:
    """ "Less than a third agreed": a subject the parse read as a measure."""
    for child in verb.children:
        if (
            child.dep_ == "npadvmod"
            and child.i < verb.i
            and child.left_edge.i == verb.sent.start
            and not is_time(child)
        ):
            return noun_phrase(child)
    return SKIP


def _noun_of_participle(verb: Token) -> Span | None | Skip:
    """ "One lawmaker called Trump 'the orange prince'", "Beruff, a Scott ally, called the
    standards 'strong'": a main verb read as a participle of its subject; "Black Lives Matter
    issued a statement saying ...": the issuer of a medium; "the super PAC supporting Jeb
    Bush", "polls showing": the noun a participle describes."""
    if _naming_read_as_participle(verb):
        return noun_phrase(verb.head)
    described = _finite_read_as_participle(verb)
    if described is not None:
        return noun_phrase(described)
    issuer = _issuer_of_medium(verb)
    if issuer is not None:
        return issuer
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return noun_phrase(verb.head)
    return SKIP


def _gerund_holder(verb: Token) -> Span | None | Skip:
    """ "the campaign took the unusual step of criticizing ...": the speaker of the verb whose
    object holds the gerund; "undermines confidence by suggesting the vote is rigged",
    "stopped short of endorsing", "are united in supporting": the holder above."""
    if verb.dep_ != "pcomp":
        return SKIP
    governing = _verb_of_object(verb.head)
    if governing is not None:
        return speaker_of(governing)
    return _holder_above(verb.head)


def _speaker_of_earlier_statement(verb: Token) -> Span | None | Skip:
    """ "said Trump represents 'New York values,' stating that ...", "said the plan would
    fail, and called him a liar": the next statement of the speaker of the speech verb whose
    clause the parse hung it on."""
    if trailing_participle(verb) and verb.head.dep_ == "ccomp":
        outer = verb.head.head
        if lemma(outer) in speech_verbs() and outer.i < verb.head.i:
            return speaker_of(outer)
    if verb.dep_ == "conj":
        clause = verb.head
        for _ in range(4):
            if clause.dep_ == "ccomp" and lemma(clause.head) in speech_verbs():
                return speaker_of(clause.head)
            if clause.head.i == clause.i:
                break
            clause = clause.head
    return SKIP


def _infinitive_speaker(verb: Token) -> Span | None | Skip:
    """Who does what a to-infinitive says (`_infinitive_doer`); "campaigns are using the bill
    to portray ...", "gave Beck new impetus to oppose": the one given it, else the speaker of
    the verb whose object the infinitive hangs on."""
    doer = _infinitive_doer(verb)
    if doer is not None:
        return noun_phrase(doer)
    governing = _verb_of_object(verb) if verb.dep_ in ("acl", "relcl") else None
    if governing is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        dative = next((c for c in governing.children if c.dep_ == "dative"), None)
        if dative is not None and can_hold_view(dative):
            return noun_phrase(dative)
        return speaker_of(governing)
    return SKIP


def _forced_to_speak(verb: Token) -> Span | None | Skip:
    """ "Trump was forced into damage control and said ...": the one forced speaks."""
    head = verb.head
    if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.pos_ in NOMINAL and subject.i < head.i:
            return noun_phrase(subject)
    return SKIP


def _speaker_of_head(verb: Token) -> Span | None:
    """ "X said ... and added that ...", "X spoke on Monday, saying that ...", "was reluctant
    to endorse Trump" (the adjective's subject): the speaker of the word the cue hangs on."""
    if verb.dep_ in ("conj", "advcl", "xcomp", "acomp", "dep") and verb.head.i != verb.i:
        return speaker_of(verb.head)
    return None


# Where a cue verb's speaker is found, in this order: as written (an agent, a subject), else
# where the parse put it.
_SPEAKER_STEPS: tuple[Callable[[Token], Span | None | Skip], ...] = (
    _agent,
    _name_after_dateline,
    _own_subject,
    _clausal_subject,
    _subject_elsewhere,
    _sentence_read_as_name,
    _subject_read_as_measure,
    _noun_of_participle,
    _gerund_holder,
    _speaker_of_earlier_statement,
    _infinitive_speaker,
    _forced_to_speak,
    _speaker_of_head,
)


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
    Sanders"), the subject that noun describes ("Grijalva was the first to endorse")."""
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
    if verb.dep_ in ("acl", "relcl") and head.i < verb.i:
        described = _subject_described(head)
        if described is not None:  # "Grijalva was the first Democrat to endorse Sanders"
            return described
    if verb.dep_ == "acl" and head.i < verb.i and can_hold_view(head):
        return head
    return None


def _subject_described(noun: Token) -> Token | None:
    """Whom a noun after "be" describes: "Grijalva" in "Grijalva was the first Democrat to
    endorse", "Carpenter" in "Carpenter was one of the first to cheer"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        noun = noun.head.head  # "one of the first"
    if noun.dep_ != "attr" or lemma(noun.head) != "be":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    return subject if subject is not None and can_hold_view(subject) else None


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


_SHARES = sections(RULES)["shares"]


def _subject_read_as_modifier(verb: Token) -> Span | None:
    """ "Instead, Will urged ...", "Early described it as ...", "after half said so": a subject
    the parse takes for a modal or an adverb of the verb right after it; a name (capitalized
    inside the sentence; a modal cannot come before a past or third-person verb) or a share
    of people that opens its clause."""
    if verb.i == 0 or not _subjectless(verb):
        return None
    doc = verb.doc
    word = doc[verb.i - 1]
    if word.head.i != verb.i or word.dep_ not in ("advmod", "aux"):
        return None
    if word.dep_ == "aux" and verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return None  # "Will you say ...": a modal after all
    titled = word.i > verb.sent.start and word.is_title and word.pos_ in ("ADV", "AUX")
    opens_clause = word.i == verb.sent.start or doc[word.i - 1].pos_ in (
        "PUNCT",
        "CCONJ",
        "SCONJ",
        "ADP",
    )
    if titled or (word.lower_ in _SHARES and word.dep_ == "advmod" and opens_clause):
        start = word.i
        while start > verb.sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1  # "columnist George Will"
        return doc[start : word.i + 1]
    return None


def _subject_of_earlier_verb(verb: Token) -> Span | None:
    """ "He pledged to create jobs, suggested that the rate was higher", "Trump summed her up
    as 'terrible,' denounced her record": a series of verbs with one subject that the parse
    reads as a clause the last verb reports or follows; the subject of the clause that opens
    the sentence. Not after a quotation ('"We won," said ...'), whose speaker comes later."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    if not _subjectless(verb):
        return None
    doc = verb.doc
    before = doc[verb.sent.start : verb.i]
    if any(t.is_quote for t in before):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i > verb.i or clause.pos_ != "VERB":
            continue
        gap = doc[clause.right_edge.i + 1 : verb.i]
        if any(t.pos_ not in ("PUNCT", "ADV") for t in gap) or _joins_new_subject(clause):
            continue  # "Few would admit this, but Murphy says": a new subject the parse lost
        last = next((t for t in reversed(doc[clause.i : verb.i]) if t.pos_ != "ADV"), None)
        if last is not None and last.text in (":", ";"):
            continue  # "She has shown her skill: think back to ...": a new sentence
        subjects = [
            c
            for c in clause.children
            if c.dep_ == "nsubj" and c.i < clause.i and c.lower_ not in ("who", "that", "which")
        ]
        if subjects and subjects[0].left_edge.i == verb.sent.start and subjects[0].pos_ in NOMINAL:
            return noun_phrase(subjects[0])
    return None


def _joins_new_subject(clause: Token) -> bool:
    """ "Few would admit this, but Murphy (...) says": a clause joined to one with a subject
    of its own, which the verb after them may belong to."""
    return any(
        c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in clause.children
    )


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _name_hung_before(verb: Token) -> Span | None:
    """ "At an event in Dayton, Ohio, 58-year-old Mary Ruiz also railed against ...": a verb
    with no subject, right after a name the parse hung on the phrase before it (the object of
    "in", an apposition of a place); the name, from the comma or dash that sets it off. An
    adverb ("also"), a parenthesis ("(D-Ohio)") or a dashed aside may come between."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    if not _subjectless(verb):
        return None
    doc = verb.doc
    j = _skip_aside(doc, verb.i - 1, verb.sent.start)
    if j is None:
        return None
    name = doc[j]
    if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "appos", "conj", "npadvmod", "nsubjpass"):
        return None
    start = name.i
    while start - 1 >= max(name.left_edge.i, verb.sent.start + 1) and not _sets_off(doc[start - 1]):
        start -= 1
    if start == verb.sent.start or not _sets_off(doc[start - 1]):
        return None  # "the conference in Dayton Mary Ruiz ...": nothing marks where it starts
    return doc[start : name.i + 1]


def _skip_aside(doc: Doc, i: int, first: int) -> int | None:
    """The last word before the verb past adverbs, a parenthesis and an aside in dashes."""
    while i > first and doc[i].pos_ == "ADV":
        i -= 1
    opener = {")": "(", "]": "["}.get(doc[i].text)
    if opener is None and doc[i].text in _DASHES:
        opener = doc[i].text
    if opener is not None:
        k = i - 1
        while k > first and doc[k].text != opener:
            k -= 1
        if k <= first:
            return None
        i = k - 1
    return i if i >= first else None


def _sets_off(token: Token) -> bool:
    """A comma or a spaced dash that ends a phrase ("Ohio, Mary Ruiz"), not the hyphen in
    "58-year-old"."""
    if token.text in _DASHES:
        return bool(token.whitespace_) or token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
    return token.text in (",", ";", ":")


# What a finite verb takes after it that a participle modifying a noun rarely does.
_VERB_OBJECTS = frozenset({"dobj", "ccomp", "oprd", "xcomp"})


def _finite_read_as_participle(verb: Token) -> Token | None:
    """ "Beruff, a Scott ally, called the standards 'strong'", "A majority of voters looking
    for an outsider supported Trump": the parse reads a sentence's main verb as a participle
    of the noun before it ("a man called ..."), leaving the sentence with no verb or the
    noun as the subject of a later one; the noun the whole phrase is built on. A participle
    seldom has an object of its own; a verb the tagger reads as past tense may have none."""
    head = verb.head
    if verb.dep_ != "acl" or head.i > verb.i or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("auxpass", "agent", "aux") or c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    objects = any(c.dep_ in _VERB_OBJECTS and c.i > verb.i for c in verb.children)
    if objects and lemma(verb) in NAMING_VERBS:
        return None  # "a new group called Black Votes Matter": a participle that names
    if not objects and verb.tag_ != "VBD":
        return None  # "a plan announced in May"
    top = head
    while top.dep_ in ("pobj", "prep", "acl", "appos", "compound", "conj") and top.head.i < top.i:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if top.dep_ == "ROOT" or (top.dep_ == "nsubj" and top.head.dep_ == "ROOT"):
        return top if can_hold_view(top) or top.pos_ == "NOUN" else None
    return None


def _name_read_as_verb(subject: Token) -> bool:
    """ "Schilling describes himself as ...": a capitalized subject of one word, alone, that
    the tagger reads as a verb for its ending; a clause as subject would have words of its
    own ("Voting early helps")."""
    return (
        subject.pos_ == "VERB" and subject.is_title and not subject.n_lefts and not subject.n_rights
    )


def _subjectless(verb: Token) -> bool:
    """A verb the parse gave no subject of any kind (a noun, a clause, an "it" or "there")."""
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("csubj", "expl") for c in verb.children)


def _issuer_of_medium(verb: Token) -> Span | None:
    """ "Black Lives Matter issued a statement saying ...", "the senator opened a rally
    blasting Clinton": a participle on the object of a verb, where the object is a thing (a
    statement, a rally) that the verb's subject puts out; the subject speaks through it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    medium = verb.head
    if medium.pos_ != "NOUN" or medium.ent_type_:
        return None
    if medium.dep_ != "dobj" and medium.tag_ != "NN":
        return None  # ("a pitch to voters saying", "praised by others defending ...": theirs)
    governing = medium
    for _ in range(4):  # "shot back in an article stating", "spent much of his speech praising"
        if governing.dep_ not in ("dobj", "pobj", "prep") or governing.head.i == governing.i:
            return None
        governing = governing.head
        if governing.pos_ == "VERB":
            break
    if governing.pos_ != "VERB" or is_passive(governing):
        return None
    subject = next((c for c in governing.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_hold_view(subject) or subject.lower_ == "it":
        return None
    return speaker_of(governing)


# Where the parse may have put a cue's subject, tried in this order: into a time phrase ("On
# Tuesday Kasich said"), nowhere, onto the phrase before, as a modifier of the verb, or as
# the subject of an earlier verb of the same sentence.
_SUBJECT_REPAIRS = (
    _subject_in_time_phrase,
    _name_left_unattached,
    _name_hung_before,
    _subject_read_as_modifier,
    _subject_of_earlier_verb,
)
