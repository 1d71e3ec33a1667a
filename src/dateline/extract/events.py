"""Who did what to whom: political events coded in CAMEO and PLOVER from the dependency parse.

An event is triggered by a verb of our lexicon (data/event_verbs.txt: "attacked", "imposed
sanctions", "held talks", "pulled out") or by an event noun carried by a light verb
(data/event_frames.txt: "launched an attack on", "imposed a curfew"). A frame above it turns
it into another event, as CAMEO codes them: an intent ("agreed to withdraw" 0356, "will
provide aid" 033, "reached an agreement to share intelligence" 0314), a demand ("demanded
that X withdraw" 106, "X must release", said Y: 1053, "its demand that Israel ease" 1051), a
rejection ("refused to meet" 125, "would not meet their demands" 124), a threat ("threatened
to impose sanctions" 1312, "vowed to retaliate" 138). A frame with only a noun complement
codes itself with it ("demanded the withdrawal of" 106, "rejected the proposal" 120).

The actor is the trigger's (or its frame's) subject or passive agent, followed through
control ("agreed to withdraw"), conjunctions and relative clauses, resolved like a quote's
speaker (pronouns, titles, appositions: `referents`); each conjunct of a coordinated actor
("France and Germany condemned") gets its own event. The target is the direct object or the
object of on/against/with/to/into; for a demand, the one asked. Codes for both come from
`actors`. Negation ("did not attack", "sees no need to") is kept as `negated`; an event
inside a quote or reported speech carries the quote id in `reported_by`; the date is the
clause's own date phrase anchored to the article's publication date (`dates.anchor`); the
place is the first place of the clause named after in/at/near.

A sentence with no trigger gives no event, nor does a question, a condition ("if", "whether"),
a counterfactual ("would have killed"), a figure of speech ("killed the bill"), a question
asked or a comment declined, or an event whose actor is neither an entity, a name nor a
phrase with a role; "attack", "fight", "clash", "target" and "beat" are violence only with an
armed side, a state, weapons or a material target ("Trump attacked Clinton" is criticism,
111): a missed event costs less than a wrong one.

Hand-written: PETRARCH2 needs its own constituency parser and dictionaries; spaCy has no
event coder, and ours reuses the entity, quote and place layers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.extract import codebook
from dateline.extract.actors import actor_code, sector
from dateline.extract.codebook import VerbEntry, compose, lexicon
from dateline.extract.dates import anchor
from dateline.extract.doctext import dateline_end
from dateline.extract.referents import EntityIndex, Referent, noun_phrase, resolve
from dateline.geo import is_country_or_capital
from dateline.lexicon import speech_verbs
from dateline.record import Article

_VERBAL = frozenset({"VERB", "AUX"})
_FUTURE = frozenset({"will", "would", "'ll", "shall", "may", "might", "could", "'d"})
_OBLIGATION = frozenset({"must", "should"})
_OFFERS = frozenset({"offer", "promise", "pledge"})
# What an offer or pledge must be of to be an event ("offered concessions"; not "offered a
# glimpse", "offers reasonableness").
_OFFER_OBJECTS = frozenset(
    "concession concessions help assistance aid support troops money funds talks deal "
    "ceasefire truce asylum protection compensation cooperation amnesty resignation loan "
    "loans weapons arms peace negotiations dialogue mediation".split()
)
_OBJECT_CONTROL = frozenset(
    "need want ask urge allow force order expect help persuade encourage invite require tell "
    "call press permit enable".split()
)
_NO_COMMENT = frozenset(
    "comment speculate answer address elaborate confirm disclose specify say discuss "
    "interview identify reveal".split()
)
# Nouns that frame the clause they introduce: "a consensus to exchange information", "its
# demand that Israel ease restrictions", "a reminder that Iraq must cooperate".
_NOUN_FRAMES = {
    **dict.fromkeys(
        "consensus agreement deal pledge promise offer commitment undertaking".split(), "intent"
    ),
    **dict.fromkeys("demand call appeal request reminder ultimatum".split(), "demand"),
    **dict.fromkeys("threat".split(), "threaten"),
    **dict.fromkeys("refusal rejection".split(), "reject"),
}
_NEEDS_COUNTERPART = frozenset({"meet", "discuss", "talk", "consult", "confer", "telephone"})
# What no one can be made to do: "Trump should win", "the strategy should have".
_STATIVE = frozenset(
    "be have win lose get become remain know understand see feel think say go come look seem "
    "want like need".split()
)
_HYPOTHETICAL = frozenset({"would", "could", "might", "should"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_NOT_ACTORS = frozenset(
    "what which this that these those some many all most both each any none several "
    "something nothing anything everything".split()
)
# Nouns whose infinitive says what their holder agreed or set out to do ("reached a
# consensus to exchange", "made an attempt to assassinate"); not "the capacity to".
_RESOLVE_NOUNS = frozenset(
    "consensus agreement deal decision offer plan pledge promise proposal attempt bid effort "
    "move commitment need plans intention".split()
)
# Objects that make a violent verb a figure of speech ("killed the bill", "attacked the plan").
_ABSTRACT = frozenset(
    "idea plan bill proposal deal hope chance enthusiasm mood argument policy claim report "
    "legislation measure reform effort campaign notion theory story narrative record economy "
    "momentum credibility reputation career candidacy nomination agenda initiative rumor "
    "rumour speculation talk".split()
)
_DECLARING = frozenset({"declare", "reiterate", "stress", "demand", "insist", "tell"})
_TARGET_PREPOSITIONS = ("on", "against", "with", "to", "into", "at", "toward", "towards", "in")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "inside"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_MAX_CONJUNCTS = 3


@dataclass(frozen=True)
class _Actor:
    referent: Referent
    code: str | None
    phrase: Span


@dataclass
class _Trigger:
    code: str
    verb: Token  # the verb the event hangs on: the trigger verb, or the noun's carrier/frame
    tokens: list[Token]  # the words that code it, for `action`
    objects: frozenset[str]  # object words the lexicon entry used (not targets)
    noun: Token | None = None


def extract_events(
    doc: Doc,
    article: Article | None,
    entities: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    places: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Event records for one parsed article, in text order."""
    lex = lexicon()
    index = EntityIndex(entities)
    by_id = {entity["id"]: entity for entity in entities}
    place_of = {place["entity_id"]: place for place in places}
    published = article.published if article is not None else None
    records: list[dict[str, Any]] = []
    used: set[int] = set()  # verbs (and frames) already coded
    triggers = [t for t in (_trigger(token, lex) for token in doc) if t is not None]
    for trigger in triggers:
        if trigger.verb.i in used:
            continue
        frame, frame_token, cue = _frame(trigger, lex)
        used.add(trigger.verb.i)
        if frame_token is not None:
            used.add(frame_token.i)
        records += _records(
            doc, trigger, frame, frame_token, cue, index, by_id, place_of, quotes, published
        )
    for token in doc:  # frames with nothing codable below them: "rejected the proposal"
        kind = lex.frames.get(token.lemma_.lower())
        if kind in (None, "cause") or token.i in used or not _is_frame_use(token):
            continue
        if (kind, token.lemma_.lower()) in lex.needs_complement and not _has_complement(
            token, kind
        ):
            continue
        used.add(token.i)
        trigger = _Trigger(codebook.compose(kind, None), token, _phrase_words(token), frozenset())
        frame, frame_token, cue = _frame(trigger, lex)
        records += _records(
            doc, trigger, frame, frame_token, cue, index, by_id, place_of, quotes, published
        )
    for token in doc:  # "Sudan must return the helicopter", Russia said: a demand of Sudan
        cue = _obligation_cue(token)
        if cue is None or token.i in used:
            continue
        used.add(token.i)
        trigger = _Trigger("100", token, [token], frozenset())
        records += _records(
            doc, trigger, None, None, cue, index, by_id, place_of, quotes, published
        )
    records.sort(key=lambda r: (r["action_start"], r["start"]))
    for number, record in enumerate(records, 1):
        record["id"] = f"ev{number}"
    return records


# --- triggers -------------------------------------------------------------------------------


def _objects(verb: Token) -> set[str]:
    """Lower-case lemmas of what the verb acts on: its object (with compounds and conjuncts),
    prepositions and their objects, particles, and a passive subject."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or (
            child.dep_ == "ccomp" and child.pos_ in ("NOUN", "PROPN")  # a noun taken for a verb
        ):
            words |= _noun_words(child)
        elif child.dep_ in ("prep", "agent", "dative"):
            words.add(child.lower_)
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    words |= _noun_words(grandchild)
        elif child.dep_ in ("prt", "acomp"):
            words.add(child.lower_)
    return words


def _noun_words(noun: Token) -> set[str]:
    words = {noun.lemma_.lower(), noun.lower_}
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words |= {child.lemma_.lower(), child.lower_}
        elif child.dep_ == "conj":
            words |= {child.lemma_.lower(), child.lower_}
        elif child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    words |= {grandchild.lemma_.lower(), grandchild.lower_}
    return words


def _particle(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def _match(verb: Token, entries: tuple[VerbEntry, ...]) -> VerbEntry | None:
    objects = None
    particle = _particle(verb)
    for entry in entries:
        if entry.particle is not None and entry.particle != particle:
            if not (entry.objects or entry.particle in _object_or_none(verb)):
                continue
            if entry.particle not in _object_or_none(verb):
                continue
        if entry.objects:
            if objects is None:
                objects = _objects(verb)
            if not any(all(part in objects for part in word.split("+")) for word in entry.objects):
                continue  # "military+aid": both words
        return entry
    return None


def _object_or_none(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in ("dobj", "prt", "advmod")}


def _lets_someone_act(verb: Token) -> bool:
    """ "allowed opposition leader X to hold a rally", "allow candidate Y to run": a named
    person or body let to act is a concession."""
    if not any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in _VERBAL for c in verb.children):
        return False
    allowed = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    for clause in verb.children:  # "allow X to participate" parsed with X as the subject
        if clause.dep_ in ("xcomp", "ccomp"):
            allowed += [c for c in clause.children if c.dep_ == "nsubj"]
    return any(
        person.pos_ == "PROPN" or sector([t.text for t in noun_phrase(person)]) is not None
        for person in allowed
    )


def _keys(token: Token) -> list[str]:
    """The token's lemma, then forms that stand in when the tagger's lemma is wrong
    ("staged" -> "stag")."""
    lower = token.lower_
    keys = [token.lemma_.lower(), lower]
    if token.pos_ in _VERBAL:
        for suffix, replacement in (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                keys.append(lower[: -len(suffix)] + replacement)
    return keys


def _lookup(token: Token, table: dict[str, Any] | frozenset[str]) -> str | None:
    """The first of the token's keys that the table knows."""
    for key in _keys(token):
        if key in table:
            return key
    return None


def _trigger(token: Token, lex: codebook.Lexicon) -> _Trigger | None:
    lemma = token.lemma_.lower()
    verbal = token.pos_ in _VERBAL and token.dep_ not in ("amod", "compound")  # not "alleged"
    verb_key = _lookup(token, lex.verbs) if verbal else None
    if verb_key is not None:
        entry = _match(token, lex.verbs[verb_key])
        if entry is not None:
            words = [token] + [
                c
                for c in token.children
                if c.dep_ in ("prt", "dobj") and c.lower_ in entry.objects | {entry.particle}
            ]
            return _Trigger(entry.code, token, sorted(words, key=lambda t: t.i), entry.objects)
        if verb_key in ("allow", "permit") and _lets_someone_act(token):
            return _Trigger("080", token, [token], frozenset())
    noun_code = None
    for child in token.children:  # "air strikes", "hunger strike", "car bomb"
        if child.dep_ == "compound":
            noun_code = noun_code or lex.nouns.get(f"{child.lower_}-{lemma}")
    noun_code = noun_code or lex.nouns.get(lemma) or lex.nouns.get(token.lower_)
    if noun_code is not None and noun_code[:2] in ("15", "19"):
        if any(c.lower_ in ("joint", "combined") for c in token.children):
            noun_code = "062"  # "joint military exercises": military cooperation
    if noun_code is not None:
        inner = _inner_event_noun(token, lex)  # "an offer of talks": the talks are offered
        noun_code = lex.nouns[inner] if inner else noun_code
    if token.pos_ in ("NOUN", "PROPN") and noun_code is not None:
        if token.dep_ == "compound":  # "a mediation mission": the head stands in the clause
            token = token.head
        head = token.head
        carrier = None
        if (
            token.dep_ in ("dobj", "nsubjpass")
            and _lookup(head, lex.carriers) is not None
            and (head.lemma_.lower() != "carry" or _particle(head) == "out")  # not "carried arms"
        ):
            carrier = head
        elif token.dep_ in ("dobj", "pobj") and _frame_of_noun(token, lex) is not None:
            carrier = _frame_of_noun(token, lex)
        if carrier is not None and (
            carrier.pos_ in _VERBAL or carrier.lemma_.lower() in lex.frames
        ):
            return _Trigger(noun_code, carrier, [carrier, token], frozenset({lemma}), noun=token)
    return None


def _inner_event_noun(noun: Token, lex: codebook.Lexicon) -> str | None:
    if noun.lemma_.lower() not in ("offer", "proposal", "call", "demand", "request"):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for grandchild in child.children:
                if grandchild.dep_ != "pobj":
                    continue
                for key in (grandchild.lemma_.lower(), grandchild.lower_):
                    if key in lex.nouns:
                        return key
    return None


def _frame_of_noun(noun: Token, lex: codebook.Lexicon) -> Token | None:
    """The frame verb a noun complements: "demanded the withdrawal", "called for talks",
    "rejected an offer of talks", "agreed to a ceasefire"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "to"):
        head = head.head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        owner = head.head  # "an offer of talks", "a call for" -> its verb
        if owner.pos_ == "NOUN" and owner.head.lemma_.lower() in lex.frames:
            return owner.head
        return None
    if head.lemma_.lower() == "call" and noun.dep_ == "dobj":
        return None  # "called the agreement a step forward": naming, not a demand
    if head.lemma_.lower() in lex.frames and head.pos_ in _VERBAL | {"ADJ"}:
        return head
    return None


# --- frames ---------------------------------------------------------------------------------


def _frame(
    trigger: _Trigger, lex: codebook.Lexicon
) -> tuple[str | None, Token | None, Token | None]:
    """(frame kind, frame token, reporting verb for a "must" demand) above the trigger."""
    verb = trigger.verb
    if trigger.noun is not None and verb.lemma_.lower() in lex.frames:
        return _outer(lex.frames[verb.lemma_.lower()], verb, lex)
    current = verb
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            break
        kind = lex.frames.get(head.lemma_.lower())
        if current.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and kind:
            cue = _obligation_cue(head.head, stative=True)
            if cue is not None:  # "the US must be ready to mediate", Mubarak said
                return "demand", None, cue
        if current.dep_ in ("xcomp", "ccomp", "advcl") and kind is not None:
            if current.dep_ == "advcl" and kind != "threaten":
                break
            if _not_an_act(head):
                return "none", head, None
            if head.lemma_.lower() == "call" and current.dep_ == "ccomp":
                break  # "X shot back, 'Y called them out'": no call for anything
            return _outer(kind, head, lex)
        if current.dep_ == "xcomp" and head.pos_ == "ADJ" and kind is not None:
            return _outer(kind, head, lex)
        noun_kind = _NOUN_FRAMES.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
        if current.dep_ in ("acl", "ccomp", "relcl") and noun_kind is not None:
            # "reached a consensus to exchange", "reiterated its demand that Israel ease":
            # the noun's verb carries the frame
            carrier = head.head if head.head.pos_ in _VERBAL else head
            return noun_kind, carrier, None
        if current.dep_ == "pobj" or head.dep_ == "prep":
            current = head
            continue
        if current.dep_ in ("xcomp", "acomp") and head.lemma_ == "be":
            current = head
            continue
        break
    cue = _obligation_cue(verb)
    if cue is not None:
        return "demand", None, cue
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE or _going_to(verb):
        return "intent", None, None
    return None, None, None


def _outer(
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


def _obligation_cue(verb: Token, stative: bool = False) -> Token | None:
    """The reporting verb of "X said (that) Y must/should ...": X demands it of Y (with
    `stative`, also of "must be ready to", whose action is further down)."""
    if verb.pos_ not in _VERBAL or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ not in ("PROPN", "PRON") and subject.ent_type_ == "":
        return None  # "our strategy should have three elements": no one is asked
    if subject.lower_ in _FIRST_PERSON | {"you"} or (
        verb.lemma_.lower() in _STATIVE and not stative
    ):
        return None  # "I shouldn't say this", "Trump should win": no demand of anyone
    if _negated(verb):
        return None
    head = verb.head
    if head.lemma_.lower() in speech_verbs() or head.lemma_.lower() in _DECLARING:
        return head
    return None


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def _is_frame_use(token: Token) -> bool:
    """A frame word used as a verb (or "opposed to"), with a subject of its own."""
    if token.pos_ not in _VERBAL and not (token.pos_ == "ADJ" and token.lower_ == "opposed"):
        return False
    return token.dep_ not in ("amod", "compound", "acl", "pcomp", "pobj")


def _negated(token: Token | None) -> bool:
    if token is None:
        return False
    if token.dep_ == "acl" and any(c.lower_ == "no" for c in token.head.children):
        return True  # "sees no need to deploy", "has no plans to"
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "no"):
            return True
        if child.dep_ == "dobj" and any(g.lower_ == "no" for g in child.children):
            return True  # "sees no need to"
    return False


# --- records --------------------------------------------------------------------------------


def _records(
    doc: Doc,
    trigger: _Trigger,
    frame: str | None,
    frame_token: Token | None,
    cue: Token | None,
    index: EntityIndex,
    by_id: dict[str, dict[str, Any]],
    place_of: dict[str, dict[str, Any]],
    quotes: list[dict[str, Any]],
    published: str | None,
) -> list[dict[str, Any]]:
    verb = trigger.verb
    code = trigger.code
    if (
        frame is not None
        and int(code[:2]) >= 18
        and verb.lemma_.lower() in _AMBIGUOUS_VIOLENCE
        and not _armed_words(frame_token or verb, verb)
    ):
        return []  # "I will fight for you", "plans to target Indiana voters": politics
    negated = False
    if frame is not None:
        frame_negated = _negated(frame_token) or (frame_token is None and _negated(verb))
        if frame == "intent" and frame_negated and int(code[:2]) < 9:
            code, frame_negated = compose("reject", code), False
        elif frame == "reject" and frame_negated:
            frame, frame_negated = "intent", False
        code = compose(frame, code)
        negated = frame_negated or (frame_token is not None and _negated(verb))
    else:
        negated = _negated(verb)
    top = frame_token or verb
    if frame == "none":
        return []  # "asked if it would be possible to fund": a question, not a demand
    if _question(top) or _counterfactual(verb) or _counterfactual(top):
        return []  # "will you resign?", "it would have killed": nothing happened
    if int(code[:2]) >= 17 and _figurative(verb, trigger):
        if verb.lemma_.lower() not in ("attack", "blast", "assault", "hit"):
            return []  # "killed my enthusiasm", "shot down the idea"
        code = "111"  # "attacked the plan": criticism
    doer = cue if cue is not None else top
    target_head = _owner(_target(trigger, frame, frame_token, cue), index)
    if (
        target_head is None
        and code[:2] in ("03", "04")
        and verb.lemma_.lower() in _NEEDS_COUNTERPART
        and trigger.noun is None
        and not _has_conjunct_subject(doer)
    ):
        return []  # "will discuss his new book": a meeting needs someone to meet
    heads = _conjuncts(_past_dateline(_agent(doer), doer))
    quote = _quote_at(quotes, verb.idx)
    words = sorted({*trigger.tokens, *([frame_token] if frame_token is not None else [])})
    words = sorted(words, key=lambda t: t.i)
    first = heads[0] if heads else None
    clause = _clause(doc, top if cue is None else verb, first or top)
    date_phrase = _date_phrase(top, verb, cue)
    place = _place(clause, index, place_of, {first.i} if first is not None else set())
    home = place["country"] if place else None
    skip = (
        set(range(target_head.left_edge.i, target_head.right_edge.i + 1)) if target_head else set()
    )
    elsewhere = _place(top.sent, index, place_of, skip, anywhere=True)
    nearby = elsewhere["country"] if elsewhere else _nationality(top.sent, index, skip)
    actors: list[_Actor | None] = []
    for head in heads:
        actor = _referent(doc, head, index, quotes, quote)
        entity = by_id.get(actor.entity_id) if actor.entity_id else None
        phrase = _speaker_span(doc, head, quote) or noun_phrase(head)
        owner = _possessor_country(doc, phrase, index, by_id, quotes)
        code_of = actor_code(phrase, entity, index, owner or home, nearby)
        if entity is not None or code_of is not None or phrase.root.pos_ == "PROPN":
            # a body we can name ("UNITA"), not "the blast" or "it"
            actors.append(_Actor(actor, code_of, phrase))
    if (
        not actors
        and target_head is not None
        and (_passive(top) or int(code[:2]) >= 18)
        and _named(target_head, index, home, nearby)
    ):
        actors = [None]  # "a journalist was killed", "an explosion killed two": doer unnamed
    records = []
    code = _bombing(code, clause)
    for found in actors:
        actor = found.referent if found else None
        code_a = found.code if found else None
        actor_event = _unconventional(code, code_a, found.phrase, verb) if found else code
        target = target_entity = target_code = None
        if target_head is not None:
            target = _referent(doc, target_head, index, quotes, quote)
            target_entity = by_id.get(target.entity_id) if target.entity_id else None
            target_code = actor_code(noun_phrase(target_head), target_entity, index, home, nearby)
        if actor is None and target_entity is None and target_code is None:
            continue
        if int(actor_event[:2]) >= 18 and not _armed_conflict(
            verb,
            code_a,
            by_id.get(actor.entity_id) if actor and actor.entity_id else None,
            clause,
            target_head,
            target_code,
        ):
            # "Trump attacked Clinton", "fighting for change", "beat this guy": politics
            if verb.lemma_.lower() not in _VERBAL_ATTACKS:
                continue
            actor_event = "111"
        if actor_event == "174" and target_code and target_code[:3] in ("IGO", "NGO"):
            actor_event = "1663"  # expelling an agency, not deporting a person
        records.append(
            {
                "id": "",
                "actor": actor.name if actor else None,
                "actor_code": code_a,
                "actor_id": actor.entity_id if actor else None,
                "target": target.name if target else None,
                "target_code": target_code,
                "target_id": target.entity_id if target else None,
                "action": " ".join(t.text for t in words),
                "action_start": words[0].idx,
                "action_end": words[-1].idx + len(words[-1]),
                "code": actor_event,
                "root": codebook.root(actor_event),
                "quad_class": codebook.quad_class(actor_event),
                "goldstein": codebook.goldstein(actor_event),
                "plover": codebook.plover(actor_event),
                "negated": negated,
                "reported_by": quote["id"] if quote else None,
                "date": anchor(date_phrase, published) if date_phrase else None,
                "place": place["name"] if place else None,
                "place_id": place["entity_id"] if place else None,
                "text": clause.text,
                "start": clause.start_char,
                "end": clause.end_char,
            }
        )
    return records


_IRREGULAR = frozenset({"UAF", "CRM", "CVL"})
_ARMED = frozenset({"MIL", "REB", "COP", "UAF", "CRM", "RAD"})
_AMBIGUOUS_VIOLENCE = frozenset(
    "attack fight clash target hit fire beat strike battle assault blast raid storm".split()
)
_VERBAL_ATTACKS = frozenset({"attack", "hit", "fire", "blast", "assault", "strike"})
_WEAPONS = frozenset(
    "troops soldier soldiers forces army military police rocket rockets missile missiles "
    "bomb bombs shell shells artillery drone drones airstrike airstrikes gunmen gunfire gun "
    "guns weapon weapons rifle rifles tank tanks militants fighters insurgents rebels "
    "warplanes jets mortar mortars grenade grenades explosives".split()
)
_MATERIAL_TARGETS = frozenset(
    "town towns village villages city cities camp camps base bases position positions target "
    "targets convoy convoys building buildings hospital hospitals school schools home homes "
    "house houses post posts checkpoint checkpoints station stations ship ships vessel "
    "vessels plane planes aircraft helicopter helicopters tank tanks area areas region border "
    "headquarters compound compounds embassy market markets mosque church bridge airport "
    "port facility facilities site sites".split()
)
_BOMBINGS = (
    (("suicide bomb", "suicide attack", "suicide bombing", "suicide bomber"), "1831"),
    (("car bomb", "car-bomb", "truck bomb", "vehicle bomb"), "1832"),
    (("roadside bomb", "improvised explosive", "ied", "landmine", "land mine"), "1833"),
    (("bomb blast", "bomb explosion", "bombing"), "183"),
)
_ROLE_CODES = frozenset(
    "GOV MIL REB COP OPP CVL JUD LEG MED EDU LAB BUS REF UAF CRM SPY RAD NGO".split()
)


def _armed_conflict(
    verb: Token,
    actor: str | None,
    entity: dict[str, Any] | None,
    clause: Span,
    target: Token | None,
    target_code: str | None = None,
) -> bool:
    """Whether a verb that may be violence or politics ("attack", "fight", "hit", "fire at",
    "target", "clash", "beat") is violence here: an armed actor (army, police, rebels,
    gunmen), a state or an armed group, weapons or troops in the clause, or a material
    target. Unambiguous violence ("kill", "shell", "bomb") needs none of it."""
    if verb.lemma_.lower() not in _AMBIGUOUS_VIOLENCE:
        return True
    if (actor and actor[3:6] in _ARMED) or (target_code and target_code[3:6] in _ARMED):
        return True  # an army, police, rebels or gunmen on either side
    if actor and len(actor) == 3 and entity is not None and entity["type"] in ("GPE", "NORP"):
        return True  # "Russia attacked": a state
    words = {t.lower_ for t in clause} | {t.lemma_.lower() for t in clause}
    if words & _WEAPONS:
        return True
    return target is not None and target.lemma_.lower() in _MATERIAL_TARGETS


def _armed_words(top: Token, verb: Token) -> bool:
    """Weapons, troops or an armed actor in the clause of a framed violent verb."""
    doc = top.doc
    clause = doc[min(top.left_edge.i, verb.left_edge.i) : max(top.right_edge.i, verb.i) + 1]
    subject = _agent(top)
    if subject is not None and sector([t.text for t in noun_phrase(subject)]) in _ARMED:
        return True
    if subject is not None and subject.ent_type_ in ("GPE", "NORP"):
        return True  # "Iran threatened to shell": a state
    words = {t.lower_ for t in clause if t.i != verb.i}
    words |= {t.lemma_.lower() for t in clause if t.i != verb.i}
    return bool(words & _WEAPONS or words & _MATERIAL_TARGETS)


def _bombing(code: str, clause: Span) -> str:
    """Killing or attacking with a car bomb, a roadside bomb, an improvised device or a
    suicide attack is CAMEO's non-military bombing (183), whoever did it."""
    if code not in ("190", "193", "180", "1823"):
        return code
    text = " " + clause.text.lower() + " "
    for words, bombing in _BOMBINGS:
        if any(f" {w}" in text for w in words):
            return bombing
    return code


def _unconventional(code: str, actor: str | None, phrase: Span, verb: Token) -> str:
    """The code as the actor makes it: violence by gunmen, bombers, gangs or civilians is
    CAMEO's unconventional violence (18), not military force (19) ("suicide bombers killed
    23 people" is 1823); a government protesting complains officially (114)."""
    if code == "141" and actor and actor[3:] == "GOV" and verb.lemma_.lower() == "protest":
        return "114"  # a government "protests": a diplomatic complaint, not a demonstration
    if code not in ("190", "193", "194", "195"):
        return code  # blockades and occupations stay what they are
    words = {t.lower_ for t in phrase}
    if not (actor and actor[-3:] in _IRREGULAR) and not words & {"bomber", "bombers", "suicide"}:
        return code
    lemma = verb.lemma_.lower()
    if lemma == "clash" and actor and actor[-3:] == "CVL":
        return "145"  # protesters clashing with police: a riot
    if lemma == "kill":
        return "1823"
    if lemma in ("bomb", "blow"):
        return "183"
    return "180"


def _agent(verb: Token) -> Token | None:
    """Who does what the verb says: its subject or passive agent, else (for a controlled or
    coordinated verb, or a relative clause) that of the verb it hangs on."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return child
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            if verb.lower_ == "opposed":  # "Israel is opposed to": a stance, not a passive
                return child
            return None  # "were killed": no agent named
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        # "was indicted by the court and will resign": the subject is shared, not the agent
        subject = _subject(verb.head)
        return subject if subject is not None else _agent(verb.head)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _OBJECT_CONTROL:
        for child in verb.head.children:  # "needs superdelegates to support him"
            if child.dep_ in ("dobj", "dative") and child.i < verb.i and child.pos_ != "PRON":
                return child
    if verb.dep_ in ("xcomp", "advcl", "acomp") and verb.head.i != verb.i:
        return _agent(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    if (
        verb.dep_ == "acl"
        and verb.head.dep_ in ("dobj", "nsubj")
        and verb.head.lemma_.lower() in _RESOLVE_NOUNS
    ):
        # "reached a consensus to exchange", "made an offer to": the doer of that verb
        return _agent(verb.head.head) if verb.head.dep_ == "dobj" else None
    return None


def _past_dateline(head: Token | None, verb: Token) -> Token | None:
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


def _conjuncts(head: Token | None) -> list[Token]:
    if head is None:
        return []
    found = [head]
    for token in head.conjuncts:
        if token.i > head.i and token.pos_ in ("PROPN", "NOUN") and len(found) < _MAX_CONJUNCTS:
            found.append(token)
    return found


def _target(
    trigger: _Trigger, frame: str | None, frame_token: Token | None, cue: Token | None
) -> Token | None:
    verb = trigger.verb
    if cue is not None:  # "Y must release them", said X: Y is asked
        return _subject(verb)
    if frame_token is not None and frame in ("demand", "reject", "threaten", "cause"):
        for child in frame_token.children:  # "urged Iran to", "called on Iran to"
            if child.dep_ in ("dobj", "dative") and child.lemma_.lower() not in trigger.objects:
                if child.i != (trigger.noun.i if trigger.noun is not None else -1):
                    return child
            if child.dep_ == "prep" and child.lower_ == "on":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if frame == "demand" and trigger.verb is not frame_token:
            subject = _subject(verb)  # "demanded that Iran withdraw"
            if subject is not None:
                return subject
    for holder in (trigger.noun, verb):
        if holder is None:
            continue
        for child in holder.children:
            if child.dep_ == "nsubjpass" and holder is verb:
                return child
            if (
                child.dep_ in ("dobj", "dative")
                and holder is verb
                and child.lemma_.lower() not in trigger.objects
                and child.lower_ not in trigger.objects
                and child.pos_ in ("PROPN", "NOUN", "PRON")
                and child.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            ):
                return child
        for preposition in _prepositions(trigger.code, frame):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == preposition:
                    for grandchild in child.children:
                        if grandchild.dep_ == "pobj" and grandchild.ent_type_ not in (
                            "DATE",
                            "TIME",
                        ):
                            if preposition == "in" and grandchild.ent_type_ in ("GPE", "LOC"):
                                continue  # "in Kabul" is where, not whom
                            return grandchild
    for child in verb.children:  # "imposed sanctions on Iran": the object's own preposition
        if child.dep_ == "dobj":
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ in (
                    "on",
                    "against",
                    "to",
                    "with",
                    "between",
                ):
                    for pobj in grandchild.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None


def _prepositions(code: str, frame: str | None) -> tuple[str, ...]:
    """Where the target stands: "complained over the raids" names the accused, "demanded
    support from the assembly" the one asked."""
    if code[:2] == "11":
        return ("over", "about", *_TARGET_PREPOSITIONS)
    if code[:2] == "04" or code[:3] == "039":
        return (*_TARGET_PREPOSITIONS, "between")
    if frame == "demand" or code[:2] == "10":
        return (*_TARGET_PREPOSITIONS, "from")
    return _TARGET_PREPOSITIONS


def _has_complement(frame: Token, kind: str) -> bool:
    """Whether a frame word that needs a complement has one that makes it an event by
    itself: a rejection with a clause or an object ("refused to respond", "refused
    admittance"); a demand with a clause or for/on ("urged Iran to", "pushing for"); an
    offer, promise or proposal with an object ("offered concessions"). "Wants to lose",
    "plans to travel", "warned", "pushed the button" are not events."""
    lemma = frame.lemma_.lower()
    clause = any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in _VERBAL for c in frame.children)
    noun = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in frame.children)
    preposition = {
        c.lower_
        for c in frame.children
        if c.dep_ == "prep"
        and c.i > frame.i
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Friday"
    }
    if _not_an_act(frame):
        return False
    if kind == "reject":
        return clause or noun
    if kind == "demand":
        if lemma == "insist":  # "insisted on a ceasefire"; "insisted he was right" is a claim
            return "on" in preposition
        return (clause and lemma != "call") or bool(preposition & {"for", "on"})
    if kind == "intent":
        if lemma == "agree":  # "agreed to", "agreed on"; "agree with" is an opinion
            return clause or bool(preposition & {"to", "on"})
        offered = [c for c in frame.children if c.dep_ == "dobj"]
        return lemma in _OFFERS and any(
            c.lemma_.lower() in _OFFER_OBJECTS or c.lower_ in _OFFER_OBJECTS for c in offered
        )
    if kind == "threaten":  # "threatened to", "threatened X with"; not "threatens security"
        return lemma == "threaten" and (clause or "with" in preposition)
    return False


def _not_an_act(frame: Token) -> bool:
    """Frames that report no political act: a question asked ("asked if it would be
    possible", "Asked why he had not endorsed"), a comment declined ("declined to
    comment"), an opinion shared ("agreed that she was not in the Trump camp")."""
    lemma = frame.lemma_.lower()
    clauses = [c for c in frame.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    if lemma in ("ask", "request"):
        if frame.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in frame.children):
            return True  # "Asked why ...", "when asked if ..."
        if "?" in frame.sent.text:
            return True  # 'asked, "Really?"'

        for clause in clauses:
            first = clause.left_edge
            if first.lower_ in ("if", "whether") or first.tag_ in ("WRB", "WP", "WDT"):
                return True
    if lemma in ("refuse", "decline") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in clauses
    ):
        return True
    if lemma == "agree" and any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in clauses
    ):
        return True
    return False


def _owner(head: Token | None, index: EntityIndex) -> Token | None:
    """A target that names a thing, not an actor ("the right of Russian troops", "a U.S.
    request", "hostage-takers' demands"): the actor inside it, else none."""
    if head is None or _actor_like(head, index):
        return head
    for child in head.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") and _actor_like(child, index):
            if child.pos_ == "PRON":
                continue  # "their disputed border": whose is for the reader to tell
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and _actor_like(grandchild, index):
                    return grandchild
    return None


def _actor_like(token: Token, index: EntityIndex) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ not in _NOT_ACTORS
    if index.covering(token.idx) is not None:
        return True
    if token.pos_ == "PROPN" and is_country_or_capital(token.text):
        return True  # "accused Kyiv of": a name the model did not tag
    return sector([token.text]) is not None


def _has_conjunct_subject(verb: Token) -> bool:
    """ "Kenya and Ethiopia met": each is the other's counterpart."""
    subject = _agent(verb)
    return subject is not None and any(t.i > subject.i for t in subject.conjuncts)


def _question(token: Token) -> bool:
    return token.sent.text.rstrip(" \"'”’)").endswith("?")


def _counterfactual(verb: Token) -> bool:
    """ "would have killed", "could have attacked": a hypothetical past; "if the demands are
    not met", "whether to deport": a condition or a question, not an act."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "have" in auxiliaries and bool(set(auxiliaries) & _HYPOTHETICAL):
        return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS for c in verb.children)


def _figurative(verb: Token, trigger: _Trigger) -> bool:
    """A violent verb whose object is an idea, not a person, body or place."""
    coded = {token.i for token in trigger.tokens}
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in coded:
            return child.lemma_.lower() in _ABSTRACT and not child.ent_type_
    return False


def _named(head: Token, index: EntityIndex, home: str | None, nearby: str | None) -> bool:
    """A target an unnamed doer's event is worth keeping for: an entity or a coded actor
    with a country ("two Kenyan soldiers"), not "the people"."""
    if index.covering(head.idx) is not None:
        return True
    code = actor_code(noun_phrase(head), None, index, home, nearby)
    return code is not None and len(code) >= 3 and code[:3] not in _ROLE_CODES


def _passive(verb: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _referent(
    doc: Doc,
    head: Token,
    index: EntityIndex,
    quotes: list[dict[str, Any]],
    quote: dict[str, Any] | None,
) -> Referent:
    if head.lower_ in _FIRST_PERSON and quote is not None and quote.get("speaker"):
        return Referent(quote["speaker"], head.idx, head.idx + len(head), quote.get("speaker_id"))
    phrase = noun_phrase(head)
    found = resolve(doc, phrase, index, quotes)
    assert found is not None
    if found.entity_id is None and sector([t.text for t in phrase]) is None:
        # "the pro-Iranian Hizbollah group", "the UNITA wing": the body the phrase names
        for start, _end, entity in index.mentions:
            if start >= phrase.end_char:
                break
            if start >= phrase.start_char and entity["type"] in ("ORG", "PERSON", "NORP"):
                return Referent(entity["name"], found.start, found.end, entity["id"])
    return found


def _possessor_country(
    doc: Doc,
    phrase: Span,
    index: EntityIndex,
    by_id: dict[str, dict[str, Any]],
    quotes: list[dict[str, Any]],
) -> str | None:
    """ "His government", "their army": the country of whom the pronoun stands for."""
    for token in phrase:
        if token.dep_ == "poss" and token.pos_ == "PRON" and token.head.i == phrase.root.i:
            found = resolve(doc, doc[token.i : token.i + 1], index, quotes)
            entity = by_id.get(found.entity_id) if found and found.entity_id else None
            return entity.get("country") if entity else None
    return None


def _speaker_span(doc: Doc, head: Token, quote: dict[str, Any] | None) -> Span | None:
    """ "We" inside a quote: the speaker's own words ("the Kenyan defence minister")."""
    if head.lower_ not in _FIRST_PERSON or quote is None or quote.get("speaker_start") is None:
        return None
    return doc.char_span(quote["speaker_start"], quote["speaker_end"], alignment_mode="expand")


def _quote_at(quotes: list[dict[str, Any]], position: int) -> dict[str, Any] | None:
    for quote in quotes:
        parts = quote.get("parts") or [[quote["start"], quote["end"]]]
        if any(start <= position < end for start, end in parts):
            return quote
    return None


def _clause(doc: Doc, top: Token, actor: Token) -> Span:
    start = min(top.left_edge.i, actor.left_edge.i)
    end = top.right_edge.i + 1
    sentence = top.sent
    start, end = max(start, sentence.start), min(end, sentence.end)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _date_phrase(top: Token, verb: Token, cue: Token | None = None) -> str | None:
    """The clause's own date: a DATE entity whose nearest verb is the trigger or its frame."""
    sentence = top.sent
    for ent in sentence.ents:
        end = dateline_end(top.doc, ent.start_char)
        if ent.label_ != "DATE" or (end is not None and ent.start_char < end):
            continue  # the dateline's date is the filing date, not the event's
        governor = ent.root
        while governor.pos_ not in _VERBAL and governor.head.i != governor.i:
            governor = governor.head
        if governor.i in (top.i, verb.i) or (cue is not None and governor.i == cue.i):
            return ent.text
    return None


def _place(
    clause: Span,
    index: EntityIndex,
    place_of: dict[str, dict[str, Any]],
    skip: set[int],
    anywhere: bool = False,
) -> dict[str, Any] | None:
    """The first place of the clause named after in/at/near (`anywhere`: any place named)."""
    for token in clause:
        if token.i in skip:
            continue
        if not anywhere and (token.dep_ != "pobj" or token.head.lower_ not in _PLACE_PREPOSITIONS):
            continue
        found = index.covering(token.idx)
        if found is not None and found[2]["id"] in place_of:
            return place_of[found[2]["id"]]
    return None


def _nationality(sentence: Span, index: EntityIndex, skip: set[int]) -> str | None:
    """The country of the first nationality the sentence names outside the target
    ("according to the Pakistani Federal Secretary")."""
    for token in sentence:
        if token.i in skip:
            continue
        found = index.covering(token.idx, ("NORP",))
        if found is not None and found[2].get("country"):
            return found[2]["country"]
    return None


def _phrase_words(token: Token) -> list[Token]:
    return [token] + [c for c in token.children if c.dep_ == "prt"]


__all__ = ["extract_events", "sector"]
