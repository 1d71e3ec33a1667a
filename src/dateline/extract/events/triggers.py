"""What triggers an event and what frames it: lexicon verbs and event nouns with their
objects, and the frames above them (an intent, a demand, a rejection, a threat, an order),
including "X said Y must ..." and nouns that frame a clause ("an agreement to").

Hand-written: the lexicon is ours (data/event_verbs.txt, data/event_frames.txt); the rules
say how its entries meet the parse.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dateline.extract.common.referents import noun_phrase
from dateline.extract.common.syntax import lemma, misparsed_subject, subject_of
from dateline.extract.events import codebook
from dateline.extract.events.actors import PEACEKEEPING, sector
from dateline.extract.events.codebook import VerbEntry
from dateline.extract.events.grammar import FIRST_PERSON, VERBAL, denies_accusation, is_negated
from dateline.extract.events.trigger import Trigger
from dateline.lexicon import section_lines, sections, speech_verbs, table

_WORDS = sections("event_rules.txt")
_LINES = section_lines("event_rules.txt")

FUTURE = _WORDS["future"]
OBLIGATION = _WORDS["obligation"]
OFFERS = _WORDS["offers"]
COMMITTING = _WORDS["committing"]
OFFER_OBJECTS = _WORDS["offer-objects"]
NO_COMMENT = _WORDS["no-comment"]
NOUN_FRAMES = table("event_rules.txt", "noun-frames")  # noun -> frame kind
STATIVE = _WORDS["stative"]
WANTING = _WORDS["wanting"]
SHOWING = _WORDS["showing"]
PLACING = _WORDS["placing"]
DECLARING = _WORDS["declaring"]
SETTING_PREPOSITIONS = _WORDS["setting-prepositions"]
CURRENCIES = _WORDS["currencies"]
PARTICLES = _WORDS["particles"]
IDIOMS = frozenset(tuple(line.split()) for line in _LINES["idioms"])  # (verb, particle)
PERSON_ACTS = table("event_rules.txt", "person-acts")  # verb -> code
ARRIVING = _WORDS["arriving"]
LEAVING = _WORDS["leaving"]
INVESTIGATORS = frozenset(_LINES["investigators"])
PERSON_WORDS = _WORDS["person-words"]
PEOPLE_ROLES = frozenset(_LINES["people-roles"])
HAPPENING = _WORDS["happening"]
COMING = _WORDS["coming"]
MODIFIED_THINGS = _WORDS["modified-things"]
THREATS = _WORDS["threats"]
TOLERATING = _WORDS["tolerating"]


def object_words(verb: Token, direct_only: bool = False) -> set[str]:
    """Lower-case lemmas of what the verb acts on: its object (with compounds and conjuncts),
    prepositions and their objects (unless `direct_only`), particles, and a passive subject."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or (
            child.dep_ == "ccomp" and child.pos_ in ("NOUN", "PROPN", "ADJ")  # a noun taken for a
        ):  # verb; "found him guilty"
            words |= noun_words(child)
        elif child.dep_ in ("prep", "agent", "dative") and not direct_only:
            words.add(child.lower_)
            if child.lower_ in SETTING_PREPOSITIONS:
                continue  # "called on X to disarm at a summit": where, not what
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    words |= noun_words(grandchild)
                elif grandchild.dep_ == "prep" and child.lower_ in PARTICLES:
                    # "pulled out of the peace talks": "out" taken for a preposition
                    for pobj in grandchild.children:
                        if pobj.dep_ == "pobj":
                            words |= noun_words(pobj)
        elif child.dep_ in ("prt", "acomp"):
            words.add(child.lower_)
    return words


def noun_words(noun: Token) -> set[str]:
    words = {lemma(noun), noun.lower_}
    if noun.lower_ in CURRENCIES or noun.ent_type_ == "MONEY":
        words.add("$money")
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words |= {lemma(child), child.lower_}
        elif child.dep_ == "conj":  # "photographs and other military intelligence"
            words |= {lemma(child), child.lower_}
            for modifier in child.children:
                if modifier.dep_ in ("compound", "amod"):
                    words |= {lemma(modifier), modifier.lower_}
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "worth"):
            for grandchild in child.children:  # "60 million euros in emergency aid"
                if grandchild.dep_ == "pobj":
                    words |= {lemma(grandchild), grandchild.lower_}
                    for modifier in grandchild.children:  # "13 months of martial law":
                        if modifier.dep_ in ("compound", "amod"):  # for "martial+law" only
                            words |= {"~" + lemma(modifier), "~" + modifier.lower_}
    return words


def particle_of(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in PARTICLES
            and not any(c.dep_ == "pobj" for c in child.children)
        ):
            return child.lower_
    return None


def match_entry(verb: Token, entries: tuple[VerbEntry, ...]) -> VerbEntry | None:
    """The verb's lexicon entry: one whose object words its direct object has, then one
    whose words any of its prepositions has ("suspended aid in protest at": the aid, not the
    protest), then the bare verb."""
    particle = particle_of(verb)
    passes = ()
    if any(entry.objects for entry in entries):  # the parse is read only for such entries
        passes = ((object_words(verb, direct_only=True), True), (object_words(verb), False))
    for words, first in passes:
        for entry in entries:
            if not entry.objects or not _particle_fits(entry, particle, verb):
                continue
            for word in entry.objects:
                if word.startswith("="):  # "=signatures": the direct object only
                    if not first:
                        continue
                    word = word[1:]
                parts = word.split("+")
                if all(part in words or (len(parts) > 1 and "~" + part in words) for part in parts):
                    return entry  # "military+aid": both words
    for entry in entries:
        if not entry.objects and _particle_fits(entry, particle, verb):
            return entry
    return None


def _particle_fits(entry: VerbEntry, particle: str | None, verb: Token) -> bool:
    if entry.particle is None or entry.particle == particle:
        return True
    return entry.particle in objects_or_particles(verb)


def objects_or_particles(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in ("dobj", "prt", "advmod")}


def lets_someone_act(verb: Token) -> bool:
    """ "allowed opposition leader X to hold a rally", "allow candidate Y to run": a named
    person or body let to act is a concession."""
    if not any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in VERBAL for c in verb.children):
        return False
    allowed = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    for clause in verb.children:  # "allow X to participate" parsed with X as the subject
        if clause.dep_ in ("xcomp", "ccomp"):
            allowed += [c for c in clause.children if c.dep_ == "nsubj"]
    return any(
        person.pos_ == "PROPN" or sector([t.text for t in noun_phrase(person)]) is not None
        for person in allowed
    )


def investigates(verb: Token) -> bool:
    """Questioning by prosecutors, police, intelligence or a legislature ("congressional
    investigators questioned"), not by reporters."""
    subject = subject_of(verb)
    if subject is None:
        return False
    words = [t.text for t in noun_phrase(subject)]
    return sector(words) in INVESTIGATORS or "investigators" in words


def peacekeepers_arrive(verb: Token) -> bool:
    """ "The first NATO peacekeeping troops have arrived in Bosnia": peacekeeping."""
    subject = subject_of(verb)
    return subject is not None and any(
        t.lower_.startswith(PEACEKEEPING) for t in noun_phrase(subject)
    )


def troops_leave(verb: Token) -> bool:
    """ "The last Syrian troops left Lebanon": troops leaving a country or territory."""
    subject = subject_of(verb)
    if subject is None or sector([subject.text]) != "MIL":
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in verb.children)


def acts_on_a_person(verb: Token) -> bool:
    """The verb's object (or passive subject) is a person: a name, a role or a people word."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        named = [child] + [c for c in child.children if c.dep_ == "compound"]
        if child.ent_type_ == "PERSON" or any(lemma(t) in PERSON_WORDS for t in named):
            return True  # "opposition leader Aung San Suu Kyi"
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in child.children):
            return True  # "the country's best-known dissident, Wei Jingsheng"
        if sector([child.text]) in PEOPLE_ROLES:
            return True  # "the 15 British sailors", "opposition dissidents"
    return False


def lookup_keys(token: Token) -> list[str]:
    """The token's lemma, then forms that stand in when the tagger's lemma is wrong
    ("staged" -> "stag")."""
    lower = token.lower_
    keys = [lemma(token), lower]
    if token.pos_ in VERBAL:
        for suffix, replacement in (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                keys.append(lower[: -len(suffix)] + replacement)
        for suffix in ("ed", "ing"):  # "unbanned", "unbanning"
            stem = lower[: -len(suffix)]
            if lower.endswith(suffix) and len(stem) > 3 and stem[-1] == stem[-2]:
                keys.append(stem[:-1])
    return keys


def lookup(token: Token, table: dict[str, Any] | frozenset[str]) -> str | None:
    """The first of the token's keys that the table knows."""
    for key in lookup_keys(token):
        if key in table:
            return key
    return None


def find_trigger(token: Token, lex: codebook.Lexicon) -> Trigger | None:
    """The event a word triggers: a lexicon verb with its objects ("attacked", "imposed
    sanctions"), a verb that is an event for whom it is done to ("freed opposition leader
    X"), troops or peacekeepers moving, or an event noun with the verb that carries it
    ("launched an attack on", "talks resumed")."""
    verbal = token.pos_ in VERBAL and token.dep_ not in ("amod", "compound")  # not "alleged"
    verb_key = lookup(token, lex.verbs) if verbal else None
    if verb_key is not None and (verb_key, particle_of(token)) in IDIOMS:
        return None  # "shell out $449,400", "fired up the crowd"
    if verb_key is not None:
        found = _lexicon_verb(token, verb_key, lex)
        if found is None:
            found = _verb_by_object(token, verb_key)
        if found is not None:
            return found
    if verbal:
        found = _forces_moving(token)
        if found is not None:
            return found
    return _event_noun(token, lex)


def _lexicon_verb(token: Token, verb_key: str, lex: codebook.Lexicon) -> Trigger | None:
    """A verb whose lexicon entry its objects and particle fit ("imposed sanctions", "pulled
    out"); not a protest verb that shows something ("demonstrated his commitment")."""
    entry = match_entry(token, lex.verbs[verb_key])
    if entry is not None and verb_key in SHOWING and shows_something(token):
        entry = None  # "demonstrated his commitment": showing, not protesting
    if entry is None:
        return None
    named = {word.lstrip("=") for word in entry.objects} | {entry.particle}
    words = [token] + [c for c in token.children if c.dep_ in ("prt", "dobj") and c.lower_ in named]
    return Trigger(entry.code, token, sorted(words, key=lambda t: t.i), entry.objects)


def _verb_by_object(token: Token, verb_key: str) -> Trigger | None:
    """Verbs that are an event by whom or what they act on: "allowed opposition leader X to
    hold a rally", "freed X", "prosecutors questioned X", "turned over X to U.S. officials",
    "recognised the PLO"."""
    if verb_key in ("allow", "permit") and lets_someone_act(token):
        return Trigger("080", token, [token], frozenset())
    if verb_key in PERSON_ACTS and acts_on_a_person(token):
        return Trigger(PERSON_ACTS[verb_key], token, [token], frozenset())
    if verb_key == "question" and acts_on_a_person(token) and investigates(token):
        return Trigger("090", token, [token], frozenset())  # "prosecutors questioned X"
    if verb_key in ("hand", "turn") and particle_of(token) == "over" and acts_on_a_person(token):
        return Trigger("063", token, [token], frozenset())  # "turned over X to U.S. officials"
    if verb_key in ("recognize", "recognise") and any(
        c.dep_ == "dobj" and c.ent_type_ in ("ORG", "GPE") for c in token.children
    ):
        return Trigger("054", token, [token], frozenset())  # "recognised the PLO"
    return None


def _forces_moving(token: Token) -> Trigger | None:
    """ "NATO peacekeeping troops have arrived in Bosnia" (074), "the last Syrian troops left
    Lebanon" (0874)."""
    word = lemma(token)
    if word in ARRIVING and peacekeepers_arrive(token):
        return Trigger("074", token, [token], frozenset())
    if word in LEAVING and troops_leave(token):
        return Trigger("0874", token, [token], frozenset())
    return None


def _event_noun(token: Token, lex: codebook.Lexicon) -> Trigger | None:
    """An event noun with the verb that carries it: "launched an attack on", "imposed a
    curfew", "placed under house arrest", "took part in a demonstration", "talks resumed"."""
    word = lemma(token)
    noun_code = _noun_code(token, lex)
    if noun_code is not None and word in NOUN_FRAMES and framed_clause(token):
        return None  # "its demand that Israel ease": the frame codes the clause
    if token.pos_ not in ("NOUN", "PROPN") or noun_code is None:
        return None
    if token.dep_ == "compound" and lookup(token.head, lex.nouns) is not None:
        return None  # "an arms embargo": the head noun is the event
    if token.dep_ == "compound" and lemma(_modified(token)) in MODIFIED_THINGS:
        return None  # "a battle group", "an attack ad campaign": a kind of thing, no event
    if token.dep_ == "compound":  # "a mediation mission": the head stands in the clause
        token = token.head
    carrier = _carrier(token, noun_code, lex)
    if carrier is not None and (carrier.pos_ in VERBAL or carrier.lemma_.lower() in lex.frames):
        return Trigger(noun_code, carrier, [carrier, token], frozenset({word}), noun=token)
    return None


def _modified(compound: Token) -> Token:
    """The noun a compound modifier classifies: its head, or the compound right after it
    that shares the head ("attack ad campaign": the parse hangs both on "campaign")."""
    after = compound.doc[compound.i + 1] if compound.i + 1 < len(compound.doc) else None
    if after is not None and after.dep_ == "compound" and after.head.i == compound.head.i:
        return after
    return compound.head


def _noun_code(token: Token, lex: codebook.Lexicon) -> str | None:
    """The code of an event noun: with its modifier ("air strikes", "hunger strike", "car
    bomb", "joint venture"), else alone; "joint" makes exercises military cooperation, and
    "an offer of talks" offers the talks."""
    word = lemma(token)
    noun_code = None
    for child in token.children:
        if child.dep_ in ("compound", "amod"):
            noun_code = noun_code or lex.nouns.get(f"{child.lower_}-{word}")
    noun_code = noun_code or lex.nouns.get(word) or lex.nouns.get(token.lower_)
    if noun_code is not None and codebook.is_force_posture_or_fight(noun_code):
        if any(c.lower_ in ("joint", "combined") for c in token.children):
            noun_code = "062"  # "joint military exercises": military cooperation
    if noun_code is not None:
        inner = inner_event_noun(token, lex)  # "an offer of talks": the talks are offered
        noun_code = lex.nouns[inner] if inner else noun_code
    return noun_code


def _carrier(token: Token, noun_code: str, lex: codebook.Lexicon) -> Token | None:
    """The verb that carries an event noun: a light verb ("carried out raids"), a frame
    ("demanded the withdrawal"), the verb of "placed under", "took part in", "arrived for",
    or a verb of happening whose subject it is ("heavy fighting erupted")."""
    head = token.head
    if (
        token.dep_ in ("dobj", "nsubjpass")
        and lookup(head, lex.carriers) is not None
        and (lemma(head) != "carry" or particle_of(head) == "out")  # not "carried arms"
    ):
        return head
    if token.dep_ in ("dobj", "pobj") and frame_of_noun(token, lex) is not None:
        return frame_of_noun(token, lex)
    if placed_under(token) or takes_part_in(token) or comes_for(token, noun_code):
        return head.head
    if token.dep_ == "nsubj" and head.pos_ in VERBAL and lookup(head, HAPPENING):
        return head  # "heavy fighting erupted between", "talks resumed"
    return None


def comes_for(noun: Token, code: str) -> bool:
    head = noun.head
    return (
        codebook.is_consultation(code)
        and noun.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.pos_ in VERBAL
        and lookup(head.head, COMING) is not None
    )


def framed_clause(noun: Token) -> bool:
    """A frame noun with its clause: "a demand that X", or one the parser hung on the verb
    ("reiterated its demand today that Israel ease")."""
    clauses = list(noun.children)
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.i > noun.i and c.dep_ == "ccomp"]
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in VERBAL for c in clauses)


def placed_under(noun: Token) -> bool:
    """ "placed under house arrest", "put under investigation", "taken into custody": the
    state the verb puts someone in is the event."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ in ("under", "into")
        and lemma(head.head) in PLACING
        and head.head.pos_ in VERBAL
    )


def wants_of_another(frame: Token, clause: Token) -> bool:
    """ "wants Israel to withdraw": a wish for another's act ("expects" is mostly a forecast)."""
    if lemma(frame) not in WANTING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON for c in clause.children)


def takes_part_in(noun: Token) -> bool:
    """ "took part in a demonstration", "participated in the talks"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "in":
        return False
    verb = head.head
    word = lemma(verb)
    return verb.pos_ in VERBAL and (
        word == "participate"
        or (word == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))
    )


def shows_something(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)


def inner_event_noun(noun: Token, lex: codebook.Lexicon) -> str | None:
    if lemma(noun) not in ("offer", "proposal", "call", "demand", "request"):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for grandchild in child.children:
                if grandchild.dep_ != "pobj":
                    continue
                for key in (lemma(grandchild), grandchild.lower_):
                    if key in lex.nouns:
                        return key
    return None


def frame_of_noun(noun: Token, lex: codebook.Lexicon) -> Token | None:
    """The frame verb a noun complements: "demanded the withdrawal", "called for talks",
    "rejected an offer of talks", "agreed to a ceasefire"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "to"):
        head = head.head
    elif (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and (head.lower_, lemma(head.head))
        in (
            ("of", "warn"),
            ("with", "threaten"),
        )
    ):
        head = head.head  # "warned of reprisals", "threatened Serbia with air strikes"
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        owner = head.head  # "an offer of talks", "a call for" -> its verb
        if owner.pos_ == "NOUN" and owner.head.lemma_.lower() in lex.frames:
            return owner.head
        return None
    if lemma(head) == "call" and noun.dep_ == "dobj":
        return None  # "called the agreement a step forward": naming, not a demand
    if head.lemma_.lower() in lex.frames and head.pos_ in VERBAL | {"ADJ"}:
        return head
    return None


def frame_above(
    trigger: Trigger, lex: codebook.Lexicon
) -> tuple[str | None, Token | None, Token | None]:
    """(frame kind, frame token, reporting verb for a "must" demand) above the trigger."""
    verb = trigger.verb
    word = verb.lemma_.lower()
    if trigger.noun is not None and word in lex.frames and word not in lex.carriers:
        # a frame's noun ("rejected the proposal"); a carrier's noun is its event ("undertook
        # a mediation mission")
        return outer_frame(lex.frames[word], verb, lex)
    found = _frame_up(verb, lex)
    if found is not None:
        return found
    cue = obligation_cue(verb)
    if cue is not None:
        return "demand", None, cue
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE or going_to(verb):
        return "intent", None, None
    return None, None, None


def _frame_up(
    verb: Token, lex: codebook.Lexicon
) -> tuple[str | None, Token | None, Token | None] | None:
    """The frame the verb's clause hangs on, climbing up to three heads through
    prepositions and "be": a frame verb or adjective ("agreed to withdraw", "is ready to
    mediate"), or a frame noun ("reached a consensus to exchange"); None when there is none."""
    current = verb
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return None
        # frames are looked up by the raw lemma (here and below): with `lemma()`, "hopes"
        # and "hoped" would read as the intent frame "hope", which changes records
        kind = lex.frames.get(head.lemma_.lower())
        if current.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and kind:
            cue = obligation_cue(head.head, stative=True)
            if cue is not None:  # "the US must be ready to mediate", Mubarak said
                return "demand", None, cue
        if current.dep_ in ("xcomp", "ccomp", "advcl") and kind is not None:
            if kind == "reject" and denies_accusation(head):
                return None  # "denied charges that Monrovia is committing genocide"
            return _clause_frame(current, head, kind, lex)
        found = _noun_frame(current, head, lex)
        if found is not None:
            return found
        if current.dep_ == "pobj" or head.dep_ == "prep":
            current = head
            continue
        if current.dep_ in ("xcomp", "acomp") and head.lemma_ == "be":  # raw: not "’s"
            current = head
            continue
        return None
    return None


def _clause_frame(
    clause: Token, head: Token, kind: str, lex: codebook.Lexicon
) -> tuple[str | None, Token | None, Token | None] | None:
    """A frame verb over the clause: "agreed to withdraw", "threatened, if attacked, to";
    a question asked ("asked if"); "Egypt wants Israel to withdraw", a demand."""
    if clause.dep_ == "advcl" and kind != "threaten":
        return None
    if not_an_act(head):
        return "none", head, None
    if lemma(head) == "call" and clause.dep_ == "ccomp":
        return None  # "X shot back, 'Y called them out'": no call for anything
    if kind == "intent" and wants_of_another(head, clause):
        return "demand", head, None  # "Egypt wants Israel to withdraw"
    return outer_frame(kind, head, lex)


def _noun_frame(
    clause: Token, head: Token, lex: codebook.Lexicon
) -> tuple[str | None, Token | None, Token | None] | None:
    """A frame noun over the clause, carried by its verb: "reached a consensus to exchange",
    "reiterated its demand (today) that Israel ease", "rejected a request to interrogate"."""
    noun_kind = NOUN_FRAMES.get(lemma(head)) if head.pos_ == "NOUN" else None
    if clause.dep_ == "ccomp" and noun_kind is None and head.pos_ in VERBAL:
        # "reiterated its demand today that Israel ease ...": the clause hung on the verb
        framing = [
            c
            for c in head.children
            if c.dep_ == "dobj" and c.i < clause.i and NOUN_FRAMES.get(lemma(c))
        ]
        if framing:
            return NOUN_FRAMES[lemma(framing[0])], head, None
    if clause.dep_ == "acl" and clause.tag_ == "VBN":
        return None  # "the deal negotiated by Obama": a participle describes, frames nothing
    if clause.dep_ in ("acl", "ccomp", "relcl") and noun_kind is not None:
        # "reached a consensus to exchange", "reiterated its demand that Israel ease":
        # the noun's verb carries the frame
        carrier = head.head if head.head.pos_ in VERBAL else head
        if lex.frames.get(carrier.lemma_.lower()) == "reject" and carrier is not head:
            return "reject", carrier, None  # "rejected a request to interrogate"
        return noun_kind, carrier, None
    return None


def outer_frame(
    kind: str, frame: Token, lex: codebook.Lexicon
) -> tuple[str | None, Token | None, Token | None]:
    """An intent inside a rejection, demand or threat takes the outer frame: "refused to
    commit to any assistance" rejects the assistance."""
    head = frame.head
    outer = lex.frames.get(head.lemma_.lower())
    if (
        kind == "intent"
        and outer in ("reject", "demand", "threaten")
        and frame.dep_ in ("xcomp", "ccomp")
        and head.i != frame.i
    ):
        return outer, head, None
    return kind, frame, None


def obligation_cue(verb: Token, stative: bool = False) -> Token | None:
    """The reporting verb of "X said (that) Y must/should ...": X demands it of Y (with
    `stative`, also of "must be ready to", whose action is further down)."""
    if verb.pos_ not in VERBAL or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None or subject.pos_ not in ("PROPN", "PRON") and subject.ent_type_ == "":
        return None  # "our strategy should have three elements": no one is asked
    if subject.lower_ in FIRST_PERSON | {"you"} or (lemma(verb) in STATIVE and not stative):
        return None  # "I shouldn't say this", "Trump should win": no demand of anyone
    if is_negated(verb):
        return None
    head = verb.head
    if lemma(head) in speech_verbs() or lemma(head) in DECLARING:
        return head
    return None


def going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and lemma(head) == "go" and head.tag_ == "VBG"


def is_frame_use(token: Token) -> bool:
    """A frame word used as a verb (or "opposed to"), with a subject of its own."""
    if token.pos_ not in VERBAL and not (token.pos_ == "ADJ" and token.lower_ == "opposed"):
        return False
    if token.dep_ == "acl":
        return misparsed_subject(token) is not None
    return token.dep_ not in ("amod", "compound", "pcomp", "pobj")


def has_complement(frame: Token, kind: str) -> bool:
    """Whether a frame word that needs a complement has one that makes it an event by
    itself: a rejection with a clause or an object ("refused to respond", "refused
    admittance"); a demand with a clause or for/on ("urged Iran to", "pushing for"); an
    offer, promise or proposal with an object ("offered concessions"). "Wants to lose",
    "plans to travel", "warned", "pushed the button" are not events."""
    if not_an_act(frame):
        return False
    if kind == "reject":
        return _has_clause(frame) or _has_noun_object(frame)
    if kind == "demand":
        return _demands_something(frame)
    if kind == "intent":
        return _intends_something(frame)
    if kind == "threaten":  # "threatened to", "threatened X with"; not "threatens security"
        word = lemma(frame)
        if word == "threaten":
            threats = any(c.dep_ == "dobj" and lemma(c) in THREATS for c in frame.children)
            return _has_clause(frame) or threats or "with" in _prepositions(frame)
        return word == "warn" and warns_of_force(frame)
    return False


def _has_clause(frame: Token) -> bool:
    """A verbal complement: "refused to respond", "urged Iran to", "pushing hard for the US
    (to) support its plan"."""
    return any(
        c.pos_ in VERBAL
        and (
            c.dep_ in ("xcomp", "ccomp")  # "threatened on Wednesday to close": an advcl
            or (
                c.dep_ == "advcl"  # "pushing hard for the US (to) support its plan"
                and any(a.lower_ in ("to", "for") and a.i < c.i for a in c.children)
            )
        )
        for c in frame.children
    )


def _has_noun_object(frame: Token) -> bool:
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in frame.children)


def _prepositions(frame: Token) -> set[str]:
    """The prepositions after the frame, not those of a date ("on Friday")."""
    return {
        c.lower_
        for c in frame.children
        if c.dep_ == "prep"
        and c.i > frame.i
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Friday"
    }


def _demands_something(frame: Token) -> bool:
    """ "insisted on a ceasefire", "urged Iran to", "pushing for"; not "insisted he was
    right" (a claim) nor "push the button" (pressing a thing)."""
    word = lemma(frame)
    preposition = _prepositions(frame)
    if word == "insist":  # "insisted on a ceasefire"; "insisted he was right" is a claim
        subjunctive = any(  # "insisted that the government recognise"
            c.dep_ == "ccomp" and c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children)
            for c in frame.children
        )
        return "on" in preposition or subjunctive
    if word in ("push", "press") and any(
        c.dep_ == "dobj" and not c.ent_type_ and sector([c.text]) is None for c in frame.children
    ):
        return False  # "push the button for their party": pressing a thing
    if word == "call" and _names(frame):
        return False  # "has been called a charlatan by fellow physicians for promoting"
    return (_has_clause(frame) and word != "call") or bool(preposition & {"for", "on"})


def _names(call: Token) -> bool:
    """ "called Clinton a liar", "was called a charlatan for promoting cures": "call" that
    names (a predicate noun; "for" giving a reason, a gerund), not an appeal."""
    if any(c.dep_ in ("oprd", "attr") for c in call.children):
        return True
    for child in call.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                return True
    return False


def _intends_something(frame: Token) -> bool:
    """ "agreed to", "agreed on" (not "agree with", an opinion); "pledged to hold free
    elections", "committed itself to handing"; a state's wish for another's act ("Moscow
    wants Kiev to pay"); an offer of something worth offering ("offered concessions")."""
    word = lemma(frame)
    if word == "agree":  # "agreed to", "agreed on"; "agree with" is an opinion
        return _has_clause(frame) or bool(_prepositions(frame) & {"to", "on"})
    offered = [c for c in frame.children if c.dep_ == "dobj"]
    if word in COMMITTING and any(
        (
            (c.dep_ == "xcomp" or (c.dep_ == "advcl" and not offered))
            and any(a.lower_ == "to" for a in c.children)
        )
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" for g in c.children))
        for c in frame.children
    ):
        return True  # "pledged to hold free elections", "committed itself to handing"
    if word in WANTING and any(
        c.dep_ in ("xcomp", "ccomp") and wants_of_another(frame, c) for c in frame.children
    ):
        wisher = subject_of(frame)  # "Moscow wants Kiev to pay": a state's wish is a demand
        return wisher is not None and wisher.ent_type_ in ("GPE", "ORG", "NORP")
    return word in OFFERS and any(
        lemma(c) in OFFER_OBJECTS or c.lower_ in OFFER_OBJECTS for c in offered
    )


def warns_of_force(frame: Token) -> bool:
    """A warning that names force or retaliation, in its clause or its "of" ("warned Taiwan
    that independence would mean war"); a bare "warned that prices will rise" is a claim."""
    for child in frame.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            said = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "ccomp":  # what the clause does: "would respond", "would mean war"
            said = [child] + [g for g in child.children if g.dep_ in ("dobj", "xcomp", "attr")]
        else:
            continue
        for word in said:
            if lemma(word) in TOLERATING and is_negated(word):
                return True  # "police will no longer tolerate rallies"
            near = [word] + [g for g in word.children if g.dep_ in ("amod", "compound")]
            if any(lemma(t) in THREATS or t.lower_ in THREATS for t in near):
                return True
    return False


def not_an_act(frame: Token) -> bool:
    """Frames that report no political act: a question asked ("asked if it would be
    possible", "Asked why he had not endorsed"), a comment declined ("declined to
    comment"), an opinion shared ("agreed that she was not in the Trump camp")."""
    word = lemma(frame)
    clauses = [c for c in frame.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    if word in ("ask", "request"):
        if frame.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in frame.children):
            return True  # "Asked why ...", "when asked if ..."
        if "?" in frame.sent.text:
            return True  # 'asked, "Really?"'

        for clause in clauses:
            first = clause.left_edge
            if first.lower_ in ("if", "whether") or first.tag_ in ("WRB", "WP", "WDT"):
                return True
    if word in ("refuse", "decline") and any(
        c.dep_ == "xcomp" and lemma(c) in NO_COMMENT for c in clauses
    ):
        return True
    if word == "agree" and any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in clauses
    ):
        return True
    return False
