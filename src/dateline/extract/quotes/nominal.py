"""Quote frames whose cue is a noun or an adjective: a statement, stance or intention noun with
its owner ("his claim that ...", "Trump's attack on Kasich", "her decision to run", "her
argument was that ..."), a stance won or met ("drew the support of", "faced criticism
from"), the medium a finding comes in ("In a new poll, ...") or the view it is held in ("In
Ash's view, ..."), and a stance adjective with its subject ("is confident that", "critical of
the plan", "Republicans, concerned about ...").

Hand-written, as the verb frames in `frames` are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.referents import noun_phrase
from dateline.extract.common.syntax import lemma
from dateline.extract.quotes.marks import QuoteSpan
from dateline.extract.quotes.parts import (
    RULES,
    Frame,
    chars,
    object_phrase,
    same_paragraph,
    that_clause,
)
from dateline.extract.quotes.speakers import can_hold_view, relative_pronoun, speaker_of
from dateline.lexicon import cue_verbs, sections

_CUE_NOUNS = sections(RULES)["cue-nouns"]

_BELIEF_NOUNS = sections(RULES)["belief-nouns"]

_STANCE_NOUNS = sections(RULES)["stance-nouns"]

_NOUN_PREPOSITIONS = sections(RULES)["noun-prepositions"]

_LINKING_VERBS = sections(RULES)["linking-verbs"]

_ADJECTIVE_PREPOSITIONS = sections(RULES)["adjective-prepositions"]


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
    clause = that_clause(noun, ("acl", "ccomp", "relcl")) or _predicate_clause(noun)
    return _owners_clause(doc, noun, clause, minimum=3, ownerless=True)


def _predicate_clause(noun: Token) -> Token | None:
    """ "Rubio's response was that it's unfair", "the promise she has made is that she will
    not overpromise": the that-clause the noun, a subject, is equated with."""
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma(verb) != "be":
        return None
    if any(c.dep_ == "acomp" for c in verb.children):
        return None  # ("the warning was indicative that ...": the adjective's clause)
    return that_clause(verb, ("ccomp", "attr"))


_INTENT_NOUNS = sections(RULES)["intent-nouns"]


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
    if content is None:
        return None
    return Frame(cue=[noun], speaker=speaker, content=content, mention=_mention(noun, speaker))


_MEDIUM_NOUNS = sections(RULES)["medium-nouns"]
_POLL_NOUNS = sections(RULES)["poll-nouns"]


_VIEW_NOUNS = sections(RULES)["view-nouns"]


def in_view(doc: Doc, prep: Token) -> Frame | None:
    """ "In Ash's view, the change would have a profound impact", "The only other necessary
    action, in Professor Knittel's view, would be more support for research": the clause the
    phrase sits in is what its owner holds, less the phrase itself."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if noun is None or noun.lower_ not in _VIEW_NOUNS or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.lower_ == "right" for c in noun.children):
        return None  # "who in their right mind would ...": sanity, not a view
    holder = _view_holder(noun)
    if holder is None or lemma(head) in cue_verbs():
        return None  # ("who leads the party in his view, he said": the verb's own frame)
    pieces = [
        piece
        for piece in (
            chars(doc, head.left_edge.i, prep.i, minimum=2),
            chars(doc, prep.right_edge.i + 1, head.right_edge.i + 1, minimum=2),
        )
        if piece is not None
    ]
    if not pieces:
        return None
    content = same_paragraph(doc_text(doc), (pieces[0][0], pieces[-1][1]), prep.idx)
    if content is None:
        return None
    return Frame(cue=[prep, noun], speaker=holder, content=content, pieces=pieces)


def _view_holder(noun: Token) -> Span | None:
    """Whose view: the owner ("in Ash's view") or the "of" phrase after "the" ("in the eyes
    of most voters"), not a topic ("in their opinions of Sanders" is theirs)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun_phrase(owner)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    source = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return noun_phrase(source) if source is not None else None


_PEOPLE_WORDS = sections(RULES)["people-words"]


def to_someone(doc: Doc, prep: Token) -> Frame | None:
    """ "To Ms. Gil, skateboarding represents a cry of dissent", "But to others, he's a
    citizen journalist": a sentence that opens with "to" someone and a comma says how it
    seems to them; the clause after the comma is their view."""
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if holder is None or head.pos_ not in ("VERB", "AUX") or prep.i > head.i:
        return None
    if any(t.pos_ not in ("CCONJ", "ADV") for t in doc[prep.sent.start : prep.i]):
        return None  # (not the sentence's opening)
    after = prep.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    if not (can_hold_view(holder) or holder.lower_ in _PEOPLE_WORDS):
        return None
    if holder.lower_ in ("that", "this", "it", "date") or lemma(head) in cue_verbs():
        return None  # "To that, Schilling added": an answer, the verb's own frame
    content = chars(doc, after + 1, head.right_edge.i + 1)
    if content is None:
        return None
    return Frame(cue=[prep], speaker=noun_phrase(holder), content=content)


def in_source(doc: Doc, prep: Token) -> Frame | None:
    """ "In a Des Moines Register poll, Mr. Cruz had a 10-point lead", "Trump leads Cruz by 9
    points in the RealClearPolitics average of polls": a sentence that opens or closes with
    the medium a finding comes in reports that source's finding."""
    view = in_view(doc, prep)
    if view is not None:
        return view
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
        if prep.dep_ == "prep" and prep.i > noun.i and _aimed(noun, prep):
            target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None and target.ent_type_ in ("DATE", "TIME"):
                target = None  # "his statement on Tuesday": when, not what about
            if target is not None:
                break
    if target is None:
        return None
    speaker = _stance_holder(noun)
    if speaker is None and lemma(noun) not in _UNOWNED_STANCES:
        return None
    content = object_phrase(doc, target, [])
    if content is None:
        return None
    return Frame(cue=[noun], speaker=speaker, content=content, mention=_mention(noun, speaker))


def _mention(noun: Token, speaker: Span | None) -> Token | None:
    """ "Francis, who preaches a message of justice": the subject of the verb whose object is
    the noun, as written, is "who" (an owner after the verb is not: "who shares her view")."""
    by_verb = noun.dep_ == "dobj" and speaker is not None and speaker.end <= noun.head.i
    return relative_pronoun(noun.head) if by_verb else None


_UNOWNED_STANCES = sections(RULES)["unowned-stances"]


_AIMED_NOUNS = sections(RULES)["aimed-nouns"]


def _aimed(noun: Token, prep: Token) -> bool:
    """The preposition names what the stance is about."""
    return prep.lower_ in _NOUN_PREPOSITIONS or (
        prep.lower_ == "at" and noun.lower_ in _AIMED_NOUNS
    )


def _stance_holder(noun: Token) -> Span | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun_phrase(owner)
    maker = _relative_maker(noun)
    if maker is not None:
        return maker
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i > noun.i:
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is not None:
                return noun_phrase(source)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and lemma(verb) not in cue_verbs():
        return speaker_of(verb)  # "launched an attack on", "drew criticism from" is above
    return None


_MAKING_VERBS = sections(RULES)["making-verbs"]


def _relative_maker(noun: Token) -> Span | None:
    """The subject of the relative clause of making that the noun heads ("the most telling
    promise Mrs. Clinton has made"), its owner."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and lemma(clause) in _MAKING_VERBS:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < clause.i and subject.tag_ != "WP":
                return noun_phrase(subject)
    return None


_RECEIVING_VERBS = sections(RULES)["receiving-verbs"]

_BACKING_NOUNS = sections(RULES)["backing-nouns"]


_FACING_VERBS = sections(RULES)["facing-verbs"]

_MET_NOUNS = sections(RULES)["met-nouns"]


def _support_received(doc: Doc, noun: Token) -> Frame | None:
    """The subject of "drew the support of X", "faced criticism from X", "came under fire
    from X" as what X backs or attacks, X its speaker."""
    verb = _receiving_verb(noun)
    if verb is None:
        return None
    backed = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None
    )
    prepositions = ("of", "from", "among") if lemma(noun) in _BACKING_NOUNS else ("from", "by")
    backers = next(
        (
            g
            for p in list(noun.children) + list(verb.children)
            if p.dep_ == "prep" and p.lower_ in prepositions and p.i > noun.i
            for g in p.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if backed is None or backers is None:
        return None
    content = _backed_phrase(doc, backed)
    if content is None:
        return None
    return Frame(cue=[verb, noun], speaker=noun_phrase(backers), content=content)


def _receiving_verb(noun: Token) -> Token | None:
    """The verb by which the noun's stance is won or met: "drew (the support)", "faced
    (criticism)", "came under (fire)", "was met with (opposition)"."""
    verb = noun.head
    if lemma(noun) in _BACKING_NOUNS:
        return verb if noun.dep_ == "dobj" and lemma(verb) in _RECEIVING_VERBS else None
    if _own_target(noun):
        return None  # "faced opposition from the homeowners to his plan": the plan is met
    if noun.dep_ == "dobj" and lemma(verb) in _FACING_VERBS and lemma(noun) != "fire":
        return verb  # ("opened fire from a distance" is no stance)
    if noun.dep_ == "pobj" and verb.lower_ in ("under", "with") and verb.head.pos_ == "VERB":
        if lemma(verb.head) in ("come", "meet"):
            return verb.head
    return None


def _own_target(noun: Token) -> bool:
    """The noun names what its stance is about: a clause ("criticism that he ...") or a
    topic ("opposition to his plan", "criticism about who can advance the agenda"), which
    the parse may hang on the verb ("faced opposition from them to his plan")."""
    light = list(noun.head.children) if noun.dep_ == "dobj" else []
    return any(
        (c.dep_ == "prep" and c.lower_ in _NOUN_PREPOSITIONS - {"for", "of"})
        or (c.dep_ in ("acl", "relcl", "ccomp") and c.head == noun)
        for c in list(noun.children) + light
        if c.i > noun.i
    )


def _backed_phrase(doc: Doc, backed: Token) -> tuple[int, int] | None:
    """The one backed: a phrase, or a pronoun ("she won the endorsement of the union"), who
    is the one the backers stand behind even when the text names them only so."""
    if backed.pos_ == "PRON" and backed.left_edge == backed.right_edge:
        return backed.idx, backed.idx + len(backed)
    return chars(doc, backed.left_edge.i, backed.right_edge.i + 1, minimum=1)


_WORDING_NOUNS = sections(RULES)["wording-nouns"]

_TITLING = sections(RULES)["titling-participles"]


def _mark_after(doc: Doc, token: Token, marks: list[QuoteSpan]) -> QuoteSpan | None:
    """The marked passage that opens right after the token, past a comma, a colon or "of"
    ("titled, “Scam.”", "chants of “Trump!”")."""
    text = doc_text(doc)
    at = token.idx + len(token)
    while at < len(text) and text[at] in " ,:\u00a0":
        at += 1
    if text.startswith("of ", at):
        at += 3
    return next((m for m in marks if m.open == at and m.end > m.start), None)


def marked_words(doc: Doc, noun: Token, marks: list[QuoteSpan]) -> Frame | None:
    """ "their chants of “Ted! Ted!”", "his aides have used the term “kitchen sink”", "an ad
    titled “Scam”": the marked words are what was chanted or coined, by the noun's owner (or
    the subject of the verb it is the object of, or the one who chants with it); a title is
    its maker's."""
    if lemma(noun) in _WORDING_NOUNS:
        mark = _mark_after(doc, noun, marks)
        if mark is not None:
            speaker = _stance_holder(noun) or _chanters(noun)
            return Frame(cue=[noun], speaker=speaker, content=(mark.start, mark.end))
    if not noun.n_rights:  # (most nouns: nothing after them to look at)
        return None
    titled = next((c for c in noun.rights if c.dep_ == "acl" and c.lower_ in _TITLING), None)
    mark = _mark_after(doc, titled, marks) if titled is not None else None
    if titled is None or mark is None:
        return None
    return Frame(cue=[titled], speaker=_maker(noun), content=(mark.start, mark.end))


def _maker(noun: Token) -> Span | None:
    """Who made the titled thing: its owner, or the subject of the verb it is the object of
    ("Mook released a memo titled ...", "the PAC launched an ad titled ...")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun_phrase(owner)
    return speaker_of(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def _chanters(noun: Token) -> Span | None:
    """ "The crowd greeted him with chants of ...": the active subject of the verb the noun
    is the means of (not the one "met with" them, a passive's subject); the object of a
    verb that moves others to them ("roused the crowd to chants of ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "in", "into", "on", "to"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or lemma(verb) == "meet":
        return None
    if prep.lower_ == "to":  # "roused the crowd to chants of ...": the crowd chants
        moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return noun_phrase(moved) if moved is not None else None
    return speaker_of(verb) if not any(c.dep_ == "nsubjpass" for c in verb.children) else None


def noun_frame(doc: Doc, noun: Token, marks: list[QuoteSpan]) -> Frame | None:
    """The frame whose cue is this noun, if it is one."""
    word = lemma(noun)
    marked = marked_words(doc, noun, marks)
    if marked is not None:
        return marked
    if word in _BACKING_NOUNS or word in _MET_NOUNS:
        received = _support_received(doc, noun)
        if received is not None:
            return received
    if word in _INTENT_NOUNS and (frame := _intent_noun(doc, noun)) is not None:
        return frame
    if word in _CUE_NOUNS:
        return _noun_cue(doc, noun) or _stance_noun(doc, noun)
    frame = _noun_cue(doc, noun) if word in _BELIEF_NOUNS else None
    return frame or (_stance_noun(doc, noun) if noun.lower_ in _STANCE_NOUNS else None)
