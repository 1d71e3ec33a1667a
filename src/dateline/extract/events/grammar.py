"""Who does what to whom in the parse: the doer of a verb (through control, conjunctions,
relative clauses and wire datelines), its target, negation and the other grammatical facts
the event layer reads.

Hand-written: spaCy gives the dependency tree; these rules say which of its arcs name an
event's actor and target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.common.doctext import dateline_end
from dateline.extract.common.referents import EntityIndex
from dateline.extract.common.syntax import is_passive, lemma, misparsed_subject, subject_of
from dateline.extract.events import codebook
from dateline.extract.events.actors import sector
from dateline.extract.events.trigger import Trigger
from dateline.extract.mentions import person_noun
from dateline.geo import is_country_or_capital
from dateline.lexicon import section_lines, sections

_WORDS = sections("event_rules.txt")

VERBAL = frozenset({"VERB", "AUX"})

SUBJECTS = frozenset({"nsubj", "csubj"})

MAX_CONJUNCTS = 3

OBJECT_CONTROL = _WORDS["object-control"]
NOT_ACTORS = _WORDS["not-actors"]
TARGET_PREPOSITIONS = section_lines("event_rules.txt")["target-prepositions"]
FIRST_PERSON = _WORDS["first-person"]
RESOLVE_NOUNS = _WORDS["resolve-nouns"]
MANNER_PREPOSITIONS = _WORDS["manner-prepositions"]
PROPOSALS = _WORDS["proposals"]
NEGATING = _WORDS["negating"]
PEOPLE_NOUNS = _WORDS["people-nouns"]
AUTHORED = _WORDS["authored"]
ACCUSATIONS = _WORDS["accusations"]
_NOBODY = frozenset({"nobody", "nothing", "none", "no-one", "noone"})


def is_negated(token: Token | None) -> bool:
    if token is None:
        return False
    if token.dep_ == "conj" and token.head.dep_ == "acl":
        token = token.head  # "has no plans to either address the conference or meet with"
    if token.dep_ == "acl" and any(c.lower_ == "no" for c in token.head.children):
        return True  # "sees no need to deploy", "has no plans to"
    if token.dep_ in ("xcomp", "pcomp") and lemma(token.head) in NEGATING:
        return True  # "has avoided directly criticizing Comey", "failed to reach"
    if token.dep_ == "xcomp" and any(c.lower_ == "yet" for c in token.head.children):
        return True  # "has yet to endorse"
    for child in token.children:  # "I apologize to nobody", "offered nothing"
        objects = [child] + [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ in ("dobj", "prep") and any(o.lower_ in _NOBODY for o in objects):
            return True
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "no"):
            return True
        if child.dep_ == "dobj" and any(g.lower_ == "no" for g in child.children):
            return True  # "sees no need to"
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True  # "will no longer tolerate"
    return False


def denies_accusation(verb: Token) -> bool:
    """A verb whose object is a charge, allegation or claim ("denied charges that ...")."""
    return any(c.dep_ == "dobj" and lemma(c) in ACCUSATIONS for c in verb.children)


def _owner_of_setting(verb: Token) -> Token | None:
    """ "Syria's crackdown on the opposition, in which thousands have been killed": a passive
    told in a relative clause on an event its owner did is the owner's act (Syria's, not
    that of whoever the sentence is about)."""
    if verb.dep_ != "relcl":
        return None
    setting = any(
        c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children
    )
    if not setting:
        return None
    noun = verb.head  # the clause may hang on a noun below the event ("on the opposition")
    for _ in range(3):
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None or noun.dep_ != "pobj":
            return owner
        noun = noun.head.head
    return None


def doer_of(verb: Token) -> Token | None:
    """Who does what the verb says: its subject or passive agent, else (for a controlled or
    coordinated verb, or a relative clause) that of the verb it hangs on."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return child
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            if verb.lower_ == "opposed":  # "Israel is opposed to": a stance, not a passive
                return child
            return _owner_of_setting(verb)  # "were killed": no agent named
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        # "was indicted by the court and will resign": the subject is shared, not the agent
        if any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "is coming under attack and has now been indicted": the patient
        subject = subject_of(verb.head)
        return subject if subject is not None else doer_of(verb.head)
    owner = _noun_complement_owner(verb)
    if owner is not None:
        return owner  # "decried Trump's calls to ban Muslims": Trump would ban, not Khan
    if verb.dep_ in ("xcomp", "advcl") and lemma(verb.head) in OBJECT_CONTROL:
        for child in verb.head.children:  # "needs superdelegates to support him"
            if child.dep_ in ("dobj", "dative") and child.i < verb.i and child.pos_ != "PRON":
                return child
    if verb.dep_ == "xcomp" and (
        any(c.dep_ == "auxpass" for c in verb.children)
        or (lemma(verb) == "blame" and lemma(verb.head) == "be")
    ):
        return None  # "deserves to be supported", "is to blame": the subject undergoes it
    if verb.dep_ in ("xcomp", "advcl", "acomp") and verb.head.i != verb.i:
        if verb.dep_ != "acomp" and is_passive(verb.head) and doer_of(verb.head) is None:
            # "FBI agents were dispatched to Nairobi to investigate": the agents do
            moved = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            if moved and moved[0].pos_ in ("NOUN", "PROPN"):
                return moved[0]
        return doer_of(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in MANNER_PREPOSITIONS:
        return doer_of(verb.head.head)  # "resorted to throwing stones", "by firing on"
    misparsed = misparsed_subject(verb)
    if misparsed is not None:
        return misparsed  # "A senior Iranian commander threatened on Wednesday to ..."
    if (
        verb.dep_ == "acl"
        and verb.head.dep_ in ("dobj", "nsubj")
        and lemma(verb.head) in RESOLVE_NOUNS
    ):
        # "reached a consensus to exchange", "made an offer to": the doer of that verb
        return doer_of(verb.head.head) if verb.head.dep_ == "dobj" else None
    return None


def _noun_complement_owner(verb: Token) -> Token | None:
    """The possessor of the noun a to-infinitive completes, where the parse hung the
    infinitive on the verb instead ("decried [Trump's calls] to ban": Trump's)."""
    if verb.dep_ != "xcomp" or verb.i < 2 or verb.doc[verb.i - 1].lower_ != "to":
        return None
    noun = verb.doc[verb.i - 2]
    if noun.dep_ != "dobj" or noun.head.i != verb.head.i:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def past_dateline(head: Token | None, verb: Token) -> Token | None:
    """A subject inside the paragraph's wire dateline ("NEW YORK, July 9 (Reuters) - Russia
    vetoed") stands for the phrase after it."""
    if head is None:
        return None
    end = dateline_end(head.doc, head.idx)
    if end is None or head.idx >= end:
        return head
    for token in head.sent:
        if token.idx >= end and token.i < verb.i and token.pos_ in ("PROPN", "NOUN", "PRON"):
            while (
                token.head.i < verb.i
                and token.head.idx >= end
                and token.head.pos_ in ("PROPN", "NOUN")
                and token.dep_ in ("compound", "poss", "amod", "nmod", "flat")
            ):
                token = token.head
            return token
    return None


def conjuncts(head: Token | None) -> list[Token]:
    if head is None:
        return []
    found = [head]
    for token in head.conjuncts:
        if token.i > head.i and token.pos_ in ("PROPN", "NOUN") and len(found) < MAX_CONJUNCTS:
            found.append(token)
    return found


def event_parties(noun: Token) -> tuple[Token | None, Token | None]:
    """Who does a nominal event that is a clause's subject, and to whom: "fighting between
    Ethiopian and Eritrean forces", "talks between Sudan and the SPLA" (the second one the
    target), "a general strike called by the opposition", "Israel's air strikes", "Israeli
    air strikes"."""
    for holder in (noun, noun.head):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        others = [c for c in pobj.conjuncts if c.i > pobj.i]
                        return pobj, (others[0] if others else None)
    for child in noun.children:
        if child.dep_ == "acl":
            for agent in child.children:
                if agent.dep_ == "agent":
                    return next((g for g in agent.children if g.dep_ == "pobj"), None), None
        if child.dep_ == "prep" and child.lower_ == "by":  # "a sit-in by hundreds of lawyers"
            return next((g for g in child.children if g.dep_ == "pobj"), None), None
    for child in noun.children:
        if child.dep_ == "poss" or (
            child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG")
        ):
            return child, None
    return None, None


def target_of(
    trigger: Trigger,
    frame: str | None,
    frame_token: Token | None,
    cue: Token | None,
    index: EntityIndex | None = None,
) -> Token | None:
    """The event's target: the one asked or refused (a frame's object, "called on X", "a
    reminder to X"), else the verb's object, else the object of the prepositions the code
    takes ("sanctions on X", "aid for X", "withdraw from X", "visit to X"), else an actor the
    lexicon entry itself names ("allowed refugees to return", "released prisoners")."""
    if cue is not None:  # "Y must release them", said X: Y is asked
        return subject_of(trigger.verb)
    steps = (
        _asked,
        _demanded_of,
        _acted_on,
        _consulted_with,
        _object_preposition,
        _allowed,
        _named_patient,
    )
    for step in steps:
        found = step(trigger, frame, frame_token, index)
        if found is not None:
            return found
    return None


def _fits(token: Token, index: EntityIndex | None) -> bool:
    """An actor (every token is one when there is no entity index)."""
    return index is None or actor_like(token, index)


def _usable(token: Token, index: EntityIndex | None) -> bool:
    """An actor, or a thing that names its owner."""
    return index is None or actor_like(token, index) or owner_of(token, index) is not None


def _noun_i(trigger: Trigger) -> int:
    return trigger.noun.i if trigger.noun is not None else -1


def _asked(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """The one a demand, rejection or threat is made of: "urged Iran to", "called on Iran
    to", "demanded that Iran withdraw", "rejected Saddam Hussein's proposal"."""
    if frame_token is None or frame not in ("demand", "reject", "threaten", "cause"):
        return None
    found = _frame_object(trigger, frame, frame_token, index)
    if found is None and frame == "demand" and trigger.verb is not frame_token:
        found = subject_of(trigger.verb)  # "demanded that Iran withdraw"
    if found is None and trigger.noun is not None and frame in ("reject", "demand"):
        found = _proposer(trigger.noun, index)
    if found is None and frame == "reject":
        for child in frame_token.children:  # "rejected a U.S. request to interrogate"
            if child.dep_ == "dobj" and lemma(child) in PROPOSALS:
                found = _proposer(child, index)
    return found


def _frame_object(
    trigger: Trigger, frame: str, frame_token: Token, index: EntityIndex | None
) -> Token | None:
    """The frame's object, or the object of its on/to/from: "urged Iran to", "called on Iran
    to", "issued a reminder to Iraq"."""
    for child in frame_token.children:
        if child.dep_ in ("dobj", "dative") and lemma(child) not in trigger.objects:
            if child.i != _noun_i(trigger) and _fits(child, index):
                return child
            for holder_prep in child.children:  # "issued a reminder to Iraq"
                found = _pobj(holder_prep, ("to", "from"))
                if found is not None and _fits(found, index):
                    return found
        found = _pobj(child, ("on", "to", "from") if frame == "demand" else ("on",))
        if found is not None and _fits(found, index):
            return found
        if child.dep_ == "prep" and child.lower_ == "on" and not list(child.children):
            # "called on Michigan Gov. Rick Snyder to resign", parsed with Snyder a second
            # subject after the verb: the object of the stranded "on"
            after = [c for c in frame_token.children if c.dep_ == "nsubj" and c.i > child.i]
            if after and _fits(after[0], index):
                return after[0]
    return None


def _proposer(noun: Token, index: EntityIndex | None) -> Token | None:
    """ "rejected Saddam Hussein's proposal", "an offer from Afghanistan", "Serbia's
    withdrawal": whose the proposal (or the act asked for) is."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod") and actor_like(child, index):
            if child.pos_ != "PRON":
                return child
        found = _pobj(child, ("from", "by"))
        if found is not None and _fits(found, index) and lemma(noun) in PROPOSALS:
            return found
    return None


def _demanded_of(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """A bare "demanded that the DPRK forsake its program": the clause's subject."""
    if not codebook.is_demand(trigger.code) or frame_token is not None or trigger.noun is not None:
        return None
    for child in trigger.verb.children:
        if child.dep_ == "ccomp":
            subject = subject_of(child)
            if subject is not None and _fits(subject, index):
                return subject
    return None


def _acted_on(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """What the event noun, then the verb, acts on: "the release of prisoners", "an attack on
    the camp", "were killed", "attacked the convoy"."""
    noun = trigger.noun
    if noun is not None:
        found = _patient_of(trigger, index)
        if found is None:
            found = _prepositional_target(noun, trigger.code, frame, index)
        if found is not None:
            return found
    found = _verb_object(trigger, index)
    if found is None:
        found = _prepositional_target(trigger.verb, trigger.code, frame, index)
    return found


def _patient_of(trigger: Trigger, index: EntityIndex | None) -> Token | None:
    """ "the removal of President X", "the release of": who undergoes a nominal event."""
    if trigger.noun is None or not codebook.of_names_patient(trigger.code):
        return None
    for child in trigger.noun.children:
        found = _pobj(child, ("of",))
        if found is not None and found.ent_type_ not in ("DATE", "TIME") and _fits(found, index):
            return found
    return None


def _verb_object(trigger: Trigger, index: EntityIndex | None) -> Token | None:
    """The verb's passive subject ("were killed"), or an object that is not the thing the
    lexicon entry names ("imposed sanctions") nor what is offered."""
    verb = trigger.verb
    offering = lemma(verb) in ("offer", "promise", "pledge")  # the thing, not whom
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
        if (
            child.dep_ in ("dobj", "dative")
            and not offering
            and lemma(child) not in trigger.objects
            and child.lower_ not in trigger.objects
            and child.pos_ in ("PROPN", "NOUN", "PRON")
            and child.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            and _usable(child, index)
        ):
            return child
    return None


def _prepositional_target(
    holder: Token, code: str, frame: str | None, index: EntityIndex | None
) -> Token | None:
    """The object of a preposition the code takes ("sanctions on X", "aid for X", "withdraw
    from X"), in the order `target_prepositions` gives; "in Kabul" is where, not whom."""
    for preposition in target_prepositions(code, frame):
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ != preposition:
                continue
            for grandchild in child.children:
                if grandchild.dep_ != "pobj" or grandchild.ent_type_ in ("DATE", "TIME"):
                    continue
                if (
                    preposition == "in"
                    and grandchild.ent_type_ in ("GPE", "LOC")
                    and not codebook.is_visit(code)
                ):
                    continue  # "in Kabul" is where, not whom; a visit's host
                if _usable(grandchild, index) or (
                    codebook.is_material_conflict(code) and preposition in ("on", "against")
                ):
                    return grandchild  # "an attack on the camp": a material target
    return None


def _consulted_with(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """ "spoke by telephone with Schroeder": the one consulted, behind another preposition."""
    if not codebook.is_consultation(trigger.code):
        return None
    for child in trigger.verb.children:
        for pobj in child.children if child.dep_ == "prep" else ():
            for nested in pobj.children:
                found = _pobj(nested, ("with",))
                if found is not None and _fits(found, index):
                    return found
    return None


def _object_preposition(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """ "imposed sanctions on Iran": the object's own preposition; "demanded support from X",
    "accepted demands from X", "rejected calls by X" for the codes whose source is the
    target."""
    words: tuple[str, ...] = ("on", "against", "to", "with", "between", "for")
    if codebook.source_names_target(trigger.code):
        words += ("from", "by")
    for child in trigger.verb.children:
        if child.dep_ == "dobj":
            for grandchild in child.children:
                found = _pobj(grandchild, words)
                if found is not None:
                    return found
    return None


def _allowed(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """ "allowed Ouattara to run": the one allowed."""
    verb = trigger.verb
    if lemma(verb) not in ("allow", "permit"):
        return None
    for child in verb.children:
        allowed = [child] if child.dep_ == "dobj" else []
        if child.dep_ in ("xcomp", "ccomp"):
            allowed = [c for c in child.children if c.dep_ == "nsubj"]
        for person in allowed:
            if person.i != _noun_i(trigger) and _fits(person, index):
                return person
    return None


def _named_patient(
    trigger: Trigger, frame: str | None, frame_token: Token | None, index: EntityIndex | None
) -> Token | None:
    """ "allowed refugees to return", "released prisoners": an actor the lexicon entry itself
    names, for the codes whose object undergoes them."""
    if not codebook.object_is_patient(trigger.code):
        return None
    for child in trigger.verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass")
            and child.i != _noun_i(trigger)
            and _fits(child, index)
        ):
            if index is not None and sector([child.text]) is not None:
                return child
    return None


def _pobj(preposition: Token, words: tuple[str, ...]) -> Token | None:
    if preposition.dep_ != "prep" or preposition.lower_ not in words:
        return None
    for child in preposition.children:
        if child.dep_ == "pobj" and child.ent_type_ not in ("DATE", "TIME"):
            return child
    return None


def target_prepositions(code: str, frame: str | None) -> tuple[str, ...]:
    """Where the target stands: "complained over the raids" names the accused, "demanded
    support from the assembly" the one asked."""
    if codebook.is_disapproval(code):
        return ("over", "about", *TARGET_PREPOSITIONS)
    if codebook.is_aid(code):  # "aid for Romania"
        return (*TARGET_PREPOSITIONS, "for")
    if codebook.is_withdrawal_or_return(code):  # "withdraw its troops from Lebanon"
        return (*TARGET_PREPOSITIONS, "from")
    if codebook.is_meeting_between(code):
        return (*TARGET_PREPOSITIONS, "between")
    if frame == "demand" or codebook.is_demand(code):
        return (*TARGET_PREPOSITIONS, "from")
    return TARGET_PREPOSITIONS


def owner_of(head: Token | None, index: EntityIndex) -> Token | None:
    """A target that names a thing, not an actor ("the right of Russian troops", "a U.S.
    request", "hostage-takers' demands"): the actor inside it, else none. A person named by
    a description is the person ("the Manhattan mogul", not Manhattan)."""
    if head is None or actor_like(head, index) or person_noun(head):
        return head
    author = _author_of(head, index)
    if author is not None:
        return author  # "the Iran nuclear deal negotiated by President Obama": Obama
    for child in head.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") and actor_like(child, index):
            if child.pos_ == "PRON":
                continue  # "their disputed border": whose is for the reader to tell
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and actor_like(grandchild, index):
                    return grandchild
    return None


def _author_of(head: Token, index: EntityIndex) -> Token | None:
    """The author of an authored thing ("the compromise led by Sen. Collins")."""
    if lemma(head) not in AUTHORED:
        return None
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    found = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if found is not None and actor_like(found, index):
                        return found
    return None


def actor_like(token: Token, index: EntityIndex) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ not in NOT_ACTORS
    if index.covering(token.idx) is not None:
        return True
    if (
        token.pos_ == "NOUN"
        and lemma(token) in PEOPLE_NOUNS
        and any(
            c.dep_ in ("amod", "compound")
            and (index.covering(c.idx) is not None or c.pos_ == "PROPN")
            for c in token.children
        )
    ):
        return True  # "urged Latino leaders to", "Chinese students"
    if token.pos_ == "PROPN" and is_country_or_capital(token.text):
        return True  # "accused Kyiv of": a name the model did not tag
    return sector([token.text]) is not None


def has_conjunct_subject(verb: Token) -> bool:
    """ "Kenya and Ethiopia met": each is the other's counterpart."""
    subject = doer_of(verb)
    if subject is None:
        return False
    if any(t.i > subject.i for t in subject.conjuncts):
        return True
    for child in subject.children:  # "Iranian and Iraqi negotiators met"
        if child.dep_ in ("amod", "compound") and any(t.i > child.i for t in child.conjuncts):
            return True
    for child in subject.children:  # "the foreign ministers of Greece and Turkey met"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and any(t.i > pobj.i for t in pobj.conjuncts):
                    return True
    return False
