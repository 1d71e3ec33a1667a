"""Quote frames whose cue is a noun or an adjective: a statement, stance or intention noun with
its owner ("his claim that ...", "Trump's attack on Kasich", "her decision to run"), the
medium a finding comes in ("In a new poll, ..."), and a stance adjective with its subject ("is
confident that", "critical of the plan", "Republicans, concerned about ...").

Hand-written, as the verb frames in `quote_frames` are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.doctext import doc_text
from dateline.extract.quote_parts import (
    Frame,
    chars,
    lemma,
    object_phrase,
    same_paragraph,
    that_clause,
)
from dateline.extract.quote_speakers import can_hold_view, relative_pronoun, speaker_of
from dateline.extract.referents import noun_phrase
from dateline.lexicon import cue_verbs

# Nouns that report a statement when a that-clause follows ("his claim that ...").
_CUE_NOUNS = frozenset(
    "claim assertion statement contention emphasis insistence warning estimate prediction "
    "promise pledge allegation accusation charge complaint argument suggestion announcement "
    "admission acknowledgment acknowledgement denial assurance insinuation case point".split()
)

# Nouns of a belief whose that-clause is what is believed ("her belief that ...").
_BELIEF_NOUNS = frozenset(
    "belief idea sense hope fear view notion concern impression assumption conviction "
    "suspicion expectation theory rumor rumour message".split()
)

# Nouns of a stance whose prepositional object is what the stance is about ("his support for
# Sanders", "Trump's attack on Kasich", "her comments about Muslims", "a supporter of Cruz").
_STANCE_NOUNS = frozenset(
    "support criticism attack attacks comment comments remark remarks opposition endorsement "
    "praise condemnation call question questions concern concerns view views vow threat "
    "critique plea request demand proposal complaint accusation allegation reference "
    "response embrace disagreement fear fears hope hopes dismissal rejection defense "
    "defence objection aim swipe swipes jab jabs doubt doubts issue exception umbrage "
    "credit secret".split()
)

_NOUN_PREPOSITIONS = frozenset("for of on about against over to toward towards with".split())

# Verbs that link a subject to the adjective of its stance ("is confident", "seems wary").
_LINKING_VERBS = frozenset("be seem appear remain become feel sound look grow stay get".split())

_ADJECTIVE_PREPOSITIONS = frozenset(
    "of about with over at by toward towards in for on against to".split()
)


def stance_adjective(doc: Doc, adjective: Token) -> Frame | None:
    """ "X is confident that ...", "X was eager to debate", "X is critical of the plan": the
    adjective's clause, to-infinitive or prepositional object is what its subject holds; so
    for an adjective after its noun ("Republicans, concerned about the party's appeal, ...")
    and one conjoined to another ("voters who are angry about X, worried about Y")."""
    first = adjective
    while first.dep_ == "conj" and first.head.pos_ == "ADJ" and first.head.i < first.i:
        first = first.head
    verb = first.head
    holder: Span | None = None
    if first.dep_ == "amod" and verb.i < first.i and can_hold_view(verb):
        holder = noun_phrase(verb)  # "everyone angry at the new government"
    elif first.dep_ != "acomp" or (lemma(verb) not in _LINKING_VERBS and verb.pos_ != "AUX"):
        return None  # (the parse may not lemmatize "’re")
    content = None
    later = [c for c in verb.children if c.i > adjective.i] if holder is None else []
    for child in list(adjective.children) + later:
        if child.i < adjective.i:
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            content = chars(doc, child.left_edge.i, child.right_edge.i + 1, minimum=2)
        elif (
            child.dep_ == "prep"
            and child.head == adjective
            and child.lower_ in _ADJECTIVE_PREPOSITIONS
        ):
            head = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if head is not None:
                content = object_phrase(doc, head, [])
        if content is not None:
            break
    speaker = holder or speaker_of(verb)
    if content is None or speaker is None:
        return None
    content = same_paragraph(doc_text(doc), content, adjective.idx)
    if content is None:
        return None
    return Frame(
        cue=_adjective_cue(doc, verb, adjective) if holder is None else [adjective],
        speaker=speaker,
        content=content,
        mention=relative_pronoun(verb),
    )


def _adjective_cue(doc: Doc, verb: Token, adjective: Token) -> list[Token]:
    """The cue as it stands in the text: "is confident", "was very critical", "unhappy"."""
    between = doc[verb.i + 1 : adjective.i]
    if verb.i < adjective.i and all(t.dep_ in ("advmod", "neg") for t in between):
        return list(doc[verb.i : adjective.i + 1])
    return [adjective]


def _noun_cue(doc: Doc, noun: Token) -> Frame | None:
    """ "Trump's claim that there have been thousands of shootings", "the warning by the UN
    that ...", "he made the case that ...": the owner's (the by-phrase's, the subject's of the
    light verb) statement, the that-clause its content; with no owner, a statement or view
    of no one named ("complaints that he is a quixotic crusader")."""
    clause = that_clause(noun, ("acl", "ccomp", "relcl"))
    return _owners_clause(doc, noun, clause, minimum=3, ownerless=True)


# Nouns of an intention or a decision whose to-infinitive is what is intended ("Trump's
# promise to repeal Obamacare", "his refusal to disavow Duke", "the court's decision to").
_INTENT_NOUNS = frozenset(
    "promise pledge vow vows threat plan plans decision refusal proposal call calls push bid "
    "desire willingness reluctance determination commitment intention intent offer demand "
    "request effort efforts attempt attempts hope hopes".split()
)


def _intent_noun(doc: Doc, noun: Token) -> Frame | None:
    """ "Trump's promise to repeal Obamacare", "her decision to run": the owner's intention,
    the to-infinitive its content."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.i > noun.i
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    return _owners_clause(doc, noun, clause, minimum=2)


def _owners_clause(
    doc: Doc, noun: Token, clause: Token | None, minimum: int, ownerless: bool = False
) -> Frame | None:
    """The noun's owner's statement or intention, the clause its content; with `ownerless`,
    one of no one named when the noun has no owner."""
    if clause is None:
        return None
    speaker = _stance_holder(noun)
    if speaker is None and not ownerless:
        return None
    content = chars(doc, clause.left_edge.i, clause.right_edge.i + 1, minimum=minimum)
    return Frame(cue=[noun], speaker=speaker, content=content) if content else None


# What a finding or a statement comes in ("In a Des Moines Register poll, Cruz leads").
_MEDIUM_NOUNS = frozenset(
    "poll polls survey surveys study report analysis statement interview letter memo column "
    "op-ed editorial speech tweet post blog essay book filing testimony ruling opinion "
    "email emails".split()
)
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})


def in_source(doc: Doc, prep: Token) -> Frame | None:
    """ "In a Des Moines Register poll, Mr. Cruz had a 10-point lead", "Trump leads Cruz by 9
    points in the RealClearPolitics average of polls": a sentence that opens or closes with
    the medium a finding comes in reports that source's finding."""
    medium = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    poll = medium is not None and is_medium(medium, _POLL_NOUNS)
    for _ in range(3 if poll else 0):  # "has a decisive lead in the polls": the noun's clause
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    if (
        medium is None
        or not is_medium(medium)
        or head.pos_ not in ("VERB", "AUX")
        or lemma(head) in cue_verbs()
    ):
        return None
    sentence = prep.sent
    after = prep.right_edge.i + 1
    if prep.i == sentence.start and after < len(doc) and doc[after].text == ",":
        content = chars(doc, after + 1, head.right_edge.i + 1)
    elif (
        head.dep_ in ("ROOT", "conj")
        and prep.i > head.i
        and (poll or all(t.is_punct or t.is_space for t in doc[after : sentence.end]))
    ):  # a finding in the polls, or a sentence that closes with its medium
        content = chars(doc, head.left_edge.i, prep.i)
    else:
        return None
    if content is None:
        return None
    return Frame(cue=[prep], speaker=doc[medium.left_edge.i : medium.i + 1], content=content)


def is_medium(noun: Token, kinds: frozenset[str] = _MEDIUM_NOUNS) -> bool:
    """A poll, a report ... or an average or a tally of them."""
    if lemma(noun) in kinds:
        return True
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(lemma(g) in kinds for c in of for g in c.children)


def _stance_noun(doc: Doc, noun: Token) -> Frame | None:
    """ "Trump's attack on Kasich", "his support for Sanders", "the senator launched an attack
    against Obama": the owner's (or the subject's of the verb it is the object of) stance on
    what the preposition names."""
    target = None
    # "took aim at Clinton": the parse hangs the preposition on the light verb
    light = list(noun.head.children) if noun.dep_ == "dobj" else []
    for prep in list(noun.children) + light:
        if prep.dep_ == "prep" and prep.lower_ in _NOUN_PREPOSITIONS | {"at"} and prep.i > noun.i:
            target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                break
    if target is None:
        return None
    speaker = _stance_holder(noun)
    if speaker is None:
        return None
    content = object_phrase(doc, target, [])
    if content is None:
        return None
    return Frame(cue=[noun], speaker=speaker, content=content)


def _stance_holder(noun: Token) -> Span | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun_phrase(owner)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i > noun.i:
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is not None:
                return noun_phrase(source)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and lemma(verb) not in cue_verbs():
        return speaker_of(verb)  # "launched an attack on", "drew criticism from" is above
    return None


# Verbs of winning someone's support: the supporters are the source, the one they back the
# content ("Trump drew the support of 41 percent of the voters surveyed").
_RECEIVING_VERBS = frozenset("draw earn receive win enjoy garner gain capture attract".split())


def _support_received(doc: Doc, noun: Token) -> Frame | None:
    """The subject of "drew the support of X" as X's stance, X its speaker."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) not in _RECEIVING_VERBS:
        return None
    backed = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    backers = next(
        (
            g
            for p in list(noun.children) + list(verb.children)
            if p.dep_ == "prep" and p.lower_ in ("of", "from", "among") and p.i > noun.i
            for g in p.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if backed is None or backers is None:
        return None
    content = chars(doc, backed.left_edge.i, backed.right_edge.i + 1, minimum=1)
    if content is None:
        return None
    return Frame(cue=[verb, noun], speaker=noun_phrase(backers), content=content)


def noun_frame(doc: Doc, noun: Token) -> Frame | None:
    """The frame whose cue is this noun, if it is one."""
    word = lemma(noun)
    if word in ("support", "backing"):
        received = _support_received(doc, noun)
        if received is not None:
            return received
    if word in _INTENT_NOUNS and (frame := _intent_noun(doc, noun)) is not None:
        return frame
    if word in _CUE_NOUNS:
        return _noun_cue(doc, noun) or _stance_noun(doc, noun)
    frame = _noun_cue(doc, noun) if word in _BELIEF_NOUNS else None
    return frame or (_stance_noun(doc, noun) if noun.lower_ in _STANCE_NOUNS else None)
