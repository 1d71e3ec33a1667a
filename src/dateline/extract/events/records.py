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
speaker (pronouns, titles, appositions: `common.referents`); each conjunct of a coordinated actor
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

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline import geo
from dateline.extract.common.dates import anchor
from dateline.extract.common.doctext import dateline_end
from dateline.extract.common.referents import (
    EntityIndex,
    Referent,
    is_country_us,
    noun_phrase,
    resolve,
)
from dateline.extract.common.syntax import is_passive, lemma, subject_of
from dateline.extract.events import codebook
from dateline.extract.events.actors import actor_code, entities_in, sector
from dateline.extract.events.checks import (
    AMBIGUOUS_VIOLENCE,
    ARMED,
    COUNTERPART_CODES,
    CROWD_VERBS,
    NEEDS_COUNTERPART,
    ROLE_CODES,
    VERBAL_ATTACKS,
    armed_conflict,
    armed_words,
    bombing_code,
    campaign_rally,
    code_for_actor,
    holds_public_power,
    is_accident,
    is_alleged,
    is_counterfactual,
    is_description,
    is_figurative,
    is_hypothetical_chain,
    is_irrealis,
    is_purpose,
    is_question,
    is_uncertain,
    is_unreal_condition,
    named_target,
    protesting_crowd,
    role_of,
)
from dateline.extract.events.codebook import compose, lexicon
from dateline.extract.events.grammar import (
    FIRST_PERSON,
    VERBAL,
    conjuncts,
    doer_of,
    event_parties,
    has_conjunct_subject,
    is_negated,
    owner_of,
    past_dateline,
    target_of,
)
from dateline.extract.events.trigger import Trigger
from dateline.extract.events.triggers import (
    find_trigger,
    frame_above,
    has_complement,
    is_frame_use,
    obligation_cue,
    wants_of_another,
)
from dateline.extract.registry import layer
from dateline.lexicon import sections, speech_verbs
from dateline.record import Article

_WORDS = sections("event_rules.txt")
STATE_NOUNS = _WORDS["state-nouns"]
PUBLIC = _WORDS["public"]
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
SHARES = _WORDS["shares"]
_COUNTING = frozenset({"amod", "det", "nummod", "quantmod", "predet", "advmod", "compound"})
_PLACE_PREPOSITIONS = _WORDS["place-prepositions"]
WILLINGNESS = _WORDS["willingness"]
ATTEMPTS = _WORDS["attempts"]


@dataclass(frozen=True)
class _Context:
    """What every event of one article is read against: the parse and the other layers."""

    doc: Doc
    index: EntityIndex
    by_id: dict[str, dict[str, Any]]  # entity id -> entity
    place_of: dict[str, dict[str, Any]]  # entity id -> its place record
    quotes: list[dict[str, Any]]
    published: str | None
    dominant: str | None = None  # the country the article's places are most in


@dataclass(frozen=True)
class _Actor:
    referent: Referent
    code: str | None
    phrase: Span


@dataclass
class _Event:
    """One trigger read as an event: what every actor's record of it shares, filled in step
    by step (`_read`, then `_situate`)."""

    trigger: Trigger
    frame: str | None  # intent, demand, reject, threaten, cause; "none": a question asked
    frame_token: Token | None
    cue: Token | None  # the reporting verb of "X said Y must ..."
    code: str
    negated: bool = False
    heads: list[Token] = field(default_factory=list)  # the doers' head words
    target_head: Token | None = None
    quote: dict[str, Any] | None = None  # the quote the event is reported in
    words: list[Token] = field(default_factory=list)  # the words that code it, for `action`
    clause: Span | None = None
    date_phrase: str | None = None
    place: dict[str, Any] | None = None
    home: str | None = None  # the country of the event's place
    nearby: str | None = None  # the country the sentence names outside the target

    @property
    def verb(self) -> Token:
        return self.trigger.verb

    @property
    def top(self) -> Token:
        """The frame word, else the trigger's verb."""
        return self.frame_token or self.trigger.verb


@dataclass(frozen=True)
class _Parties:
    actor: Referent | None
    actor_code: str | None
    target: Referent | None
    target_code: str | None


@layer("events", requires=["entities", "quotes", "places"])
def extract_events(
    doc: Doc,
    article: Article | None,
    *,
    entities: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    places: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Event records for one parsed article, in text order."""
    lex = lexicon()
    context = _Context(
        doc,
        EntityIndex(entities),
        {entity["id"]: entity for entity in entities},
        {place["entity_id"]: place for place in places},
        quotes,
        article.published if article is not None else None,
        _dominant_country(places, entities, min(3, len(list(doc.sents)))),
    )
    used: set[int] = set()  # verbs (and frames) already coded
    records = _triggered(context, lex, used)
    records += _bare_frames(context, lex, used)
    records += _willingness(context, used)
    records += _obligations(context, used)
    records.sort(key=lambda r: (r["action_start"], r["start"]))
    for number, record in enumerate(records, 1):
        record["id"] = f"ev{number}"
    return records


def _dominant_country(
    places: list[dict[str, Any]], entities: list[dict[str, Any]], least: int
) -> str | None:
    """The country the article is about: the one whose places it mentions most (each place
    as often as its entity is mentioned), when it has at least half of those mentions and
    `least` of them (three; a text of one sentence, one: a place named once in a long
    article is no article's country)."""
    mentions = {entity["id"]: len(entity["mentions"]) for entity in entities}
    counts: Counter[str] = Counter()
    for place in places:
        if place.get("country"):
            counts[place["country"]] += mentions.get(place["entity_id"], 1)
    if not counts:
        return None
    country, times = counts.most_common(1)[0]
    return country if times >= least and 2 * times >= sum(counts.values()) else None


# --- the passes over the article: each trigger once ----------------------------------------


def _triggered(context: _Context, lex: codebook.Lexicon, used: set[int]) -> list[dict[str, Any]]:
    """Lexicon triggers and the frame above each: "Russia vetoed", "agreed to withdraw"."""
    records: list[dict[str, Any]] = []
    triggers = [t for t in (find_trigger(token, lex) for token in context.doc) if t is not None]
    for trigger in triggers:
        if trigger.verb.i in used:
            continue
        frame, frame_token, cue = frame_above(trigger, lex)
        used.add(trigger.verb.i)
        if frame_token is not None:
            used.add(frame_token.i)
        records += _records(context, trigger, frame, frame_token, cue)
    return records


def _bare_frames(context: _Context, lex: codebook.Lexicon, used: set[int]) -> list[dict[str, Any]]:
    """Frames with nothing codable below them: "rejected the proposal", "urged restraint"."""
    records: list[dict[str, Any]] = []
    for token in context.doc:
        kind = lex.frames.get(token.lemma_.lower())  # the raw lemma, as in `frame_above`
        if kind in (None, "cause") or token.i in used or not is_frame_use(token):
            continue
        if (kind, token.lemma_.lower()) in lex.needs_complement and not has_complement(token, kind):
            continue
        used.add(token.i)
        if kind == "intent" and any(
            c.dep_ in ("xcomp", "ccomp") and wants_of_another(token, c) for c in token.children
        ):
            kind = "demand"  # "Moscow wants Kiev to pay off its debt"
        code = codebook.compose(kind, None)
        if kind == "demand" and _appeals(token):
            code = codebook.as_appeal(code)  # "urged restraint": 020
        trigger = Trigger(code, token, _phrase_words(token), frozenset())
        frame, frame_token, cue = frame_above(trigger, lex)
        records += _records(context, trigger, frame, frame_token, cue)
    return records


def _appeals(frame_token: Token) -> bool:
    return frame_token.lemma_.lower() in codebook.appeal_verbs()


def _willingness(context: _Context, used: set[int]) -> list[dict[str, Any]]:
    """ "expressed its willingness to open its markets": an intent."""
    records: list[dict[str, Any]] = []
    for token in context.doc:
        verb = token.head
        if (
            lemma(token) not in WILLINGNESS
            or token.dep_ != "dobj"
            or verb.i in used
            or verb.pos_ not in VERBAL
            or not any(c.dep_ == "acl" and c.pos_ in VERBAL for c in token.children)
        ):
            continue
        used.add(verb.i)
        trigger = Trigger("030", verb, [verb, token], frozenset(), noun=token)
        records += _records(context, trigger, None, None, None)
    return records


def _obligations(context: _Context, used: set[int]) -> list[dict[str, Any]]:
    """ "Sudan must return the helicopter", Russia said: a demand of Sudan."""
    records: list[dict[str, Any]] = []
    for token in context.doc:
        cue = obligation_cue(token)
        if cue is None or token.i in used:
            continue
        used.add(token.i)
        trigger = Trigger("100", token, [token], frozenset())
        records += _records(context, trigger, None, None, cue)
    return records


# --- records --------------------------------------------------------------------------------


def _records(
    context: _Context,
    trigger: Trigger,
    frame: str | None,
    frame_token: Token | None,
    cue: Token | None,
) -> list[dict[str, Any]]:
    """The records of one trigger under its frame: one per actor it names."""
    event = _read(context, _Event(trigger, frame, frame_token, cue, trigger.code))
    if event is None:
        return []
    _situate(context, event)
    actors = _actors(context, event)
    if not actors and _unnamed_doer_named_target(context, event):
        actors = [None]  # "a journalist was killed", "an explosion killed two": doer unnamed
    assert event.clause is not None
    event.code = bombing_code(event.code, event.clause)
    records = [r for r in (_record(context, event, found) for found in actors) if r is not None]
    return _each_others(records)


def _each_others(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two doers of one cooperative act with no target named are each other's ("Congress and
    President Obama agreed to extend the tax cuts", "he and Mr. Trump still speak")."""
    if len(records) != 2 or any(r["target"] or r["target_code"] for r in records):
        return records
    if not codebook.is_cooperative(records[0]["code"]) or records[0]["actor"] is None:
        return records
    first, second = records
    for record, other in ((first, second), (second, first)):
        record["target"], record["target_code"] = other["actor"], other["actor_code"]
        record["target_id"] = other["actor_id"]
    return records


def _read(context: _Context, event: _Event) -> _Event | None:
    """The event's code under its frame, its target and its doers; None for what reports no
    event: politics, a question, a counterfactual, a figure of speech, a lone meeting."""
    verb = event.verb
    if event.frame is not None and _framed_politics(event):
        return None  # "I will fight for you", "plans to target Indiana voters": politics
    _apply_frame(event)
    top = event.top
    if event.frame == "none":
        return None  # "asked if it would be possible to fund": a question, not a demand
    if is_question(top) or is_counterfactual(verb) or is_counterfactual(top):
        return None  # "will you resign?", "it would have killed": nothing happened
    cue = obligation_cue(verb) if event.cue is not None else None
    demanded = cue is not None and cue.i == event.cue.i  # "X said Y must withdraw"
    if is_irrealis(event.frame_token if event.frame_token is not None else verb, demanded):
        return None  # "he should relax", "business owners could refuse service": no act
    if is_unreal_condition(top) or is_description(top, event.code) or is_alleged(top):
        return None  # "if he were elected, he would support", "Title I, which supports"
    if is_purpose(top) or is_uncertain(top) or is_hypothetical_chain(verb):
        return None  # "a special prosecutor to investigate", "no guarantee that X will"
    # (a condition keeps an intent: "would meet the mediator if he gave them ..." is 036)
    if codebook.is_coercive_or_worse(event.code) and is_figurative(verb, event.trigger):
        if lemma(verb) not in ("attack", "blast", "assault", "hit"):
            return None  # "killed my enthusiasm", "shot down the idea"
        event.code = "111"  # "attacked the plan": criticism
    doer = event.cue if event.cue is not None else top
    target = target_of(event.trigger, event.frame, event.frame_token, event.cue, context.index)
    event.target_head = owner_of(target, context.index)
    if _meeting_without_counterpart(event, doer):
        return None  # "will discuss his new book": a meeting needs someone to meet
    _find_doers(context, event, doer)
    return event


def _framed_politics(event: _Event) -> bool:
    """ "I will fight for you", "plans to target Indiana voters": a framed violent verb of
    politics, with no weapons, troops or armed actor in its clause."""
    verb = event.verb
    return (
        codebook.is_violent(event.code)
        and lemma(verb) in AMBIGUOUS_VIOLENCE
        and not armed_words(event.frame_token or verb, verb)
    )


def _apply_frame(event: _Event) -> None:
    """The code the frame makes of the trigger's ("agreed to withdraw" 0356, "did not agree
    to meet": a rejection, "did not refuse to": an intent), and its negation."""
    verb, frame, frame_token = event.verb, event.frame, event.frame_token
    if frame is None:
        event.negated = is_negated(verb)
        return
    frame_negated = is_negated(frame_token) or (frame_token is None and is_negated(verb))
    if frame == "intent" and frame_negated and codebook.is_cooperative(event.code):
        event.code, frame_negated = compose("reject", event.code), False
    elif frame == "reject" and frame_negated:
        frame, frame_negated = "intent", False
    event.frame = frame
    event.code = compose(frame, event.code)
    if frame == "demand" and frame_token is not None and _appeals(frame_token):
        event.code = codebook.as_appeal(event.code)  # "urged them to withdraw": 0256
    event.negated = frame_negated or (frame_token is not None and is_negated(verb))


def _meeting_without_counterpart(event: _Event, doer: Token) -> bool:
    """ "will discuss his new book": a meeting verb with no one to meet; "Kenya and Ethiopia
    met" has each other."""
    return (
        event.target_head is None
        and codebook.is_intent_or_consultation(event.code)
        and lemma(event.verb) in NEEDS_COUNTERPART
        and event.trigger.noun is None
        and not has_conjunct_subject(doer)
    )


def _find_doers(context: _Context, event: _Event, doer: Token) -> None:
    """The doers' head words: the parties of a nominal event that is the clause's subject
    ("talks between X and Y resumed"), else the doer of the verb (or its frame, or the one
    a "must" is said of) with its conjuncts, else the forces moved by a passive self-move."""
    noun, top = event.trigger.noun, event.top
    if noun is not None and noun.dep_ == "nsubj" and noun.head == event.verb and event.cue is None:
        party, other = event_parties(noun)  # "talks between X and Y resumed"
        event.heads = [party] if party is not None else []
        if other is not None:
            event.target_head = owner_of(other, context.index)
    else:
        event.heads = conjuncts(past_dateline(doer_of(doer), doer))
    if not event.heads and is_passive(top) and codebook.is_self_move(event.code):
        # "Russian forces were placed on high alert", "guerrillas have been demobilized": the
        # forces moved are the actor, as CAMEO codes a mobilization or a withdrawal
        moved = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
        event.heads = conjuncts(moved)
        target = event.target_head
        if moved is not None and target is not None and target in moved.subtree:
            event.target_head = None


def _situate(context: _Context, event: _Event) -> None:
    """Where the event is told: its quote, its words, its clause, date and place, and the
    countries that actors without one of their own take (`actor_code`'s home and nearby)."""
    top, verb, cue, frame_token = event.top, event.verb, event.cue, event.frame_token
    event.quote = _quote_at(context.quotes, verb.idx)
    words = sorted({*event.trigger.tokens, *([frame_token] if frame_token is not None else [])})
    event.words = sorted(words, key=lambda t: t.i)
    first = event.heads[0] if event.heads else None
    event.clause = _clause(context.doc, top if cue is None else verb, first or top)
    event.date_phrase = _date_phrase(top, verb, cue)
    taken = {first.i} if first is not None else set()
    event.place = _place(event.clause, context.index, context.place_of, taken)
    event.home = event.place["country"] if event.place else None
    target = event.target_head
    skip = set(range(target.left_edge.i, target.right_edge.i + 1)) if target else set()
    elsewhere = _place(top.sent, context.index, context.place_of, skip, anywhere=True)
    nearby = elsewhere["country"] if elsewhere else _nationality(top.sent, context.index, skip)
    event.nearby = nearby or _capital_named(top.sent, skip)


def _actors(context: _Context, event: _Event) -> list[_Actor | None]:
    """One actor per doer head: its reporter first ("the army said it had killed"), the
    first candidate with a code, else the first we can name."""
    actors: list[_Actor | None] = []
    for pronoun in event.heads:
        candidates = []
        for head in dict.fromkeys((_reporter(pronoun), pronoun)):  # the reporter first
            candidate = _candidate(context, event, head)
            if candidate is not None:
                candidates.append(candidate)
        coded = [candidate for candidate in candidates if candidate.code is not None]
        if coded or candidates:
            actors.append((coded or candidates)[0])
    return actors


def _candidate(context: _Context, event: _Event, head: Token) -> _Actor | None:
    """The actor a head word names, with its code: a body we can name ("UNITA"), not "the
    blast" or "it"."""
    actor = _referent(context, head, event.quote)
    entity = context.by_id.get(actor.entity_id) if actor.entity_id else None
    if entity is not None and _foreign_government(head, entity, event.home or context.dominant):
        # "the government arrested dozens in Aleppo" is Syria's, not the U.S. State
        # Department named before it
        actor, entity = Referent(noun_phrase(head).text, actor.start, actor.end, None), None
    phrase = _speaker_span(context.doc, head, event.quote) or noun_phrase(head)
    owner = _possessor_country(context, phrase)
    nearby = event.nearby or context.dominant  # a role the article's country holds
    code_of = actor_code(
        phrase, entity, context.index, owner or event.home, nearby, context.published
    )
    if entity is not None or code_of is not None or phrase.root.pos_ == "PROPN":
        return _Actor(actor, code_of, phrase)
    return None


def _public_opinion(phrase: Span | None, code: str) -> bool:
    """A verbal act (roots 01 to 13) by the public: voters, people, a share of a group."""
    if phrase is None or codebook.root_number(code) > 13:
        return False
    root = phrase.root
    counted = [root] + [c for c in root.children if c.dep_ in _COUNTING and c.i < root.i]
    words = {t.lower_ for t in counted}  # "most Americans", "Most of the voters", "60 percent"
    return lemma(root) in PUBLIC or bool(words & SHARES)


def _violent_word(trigger: Trigger) -> Token:
    """The word that makes the act violence: its noun, or the verb's object, when that is a
    word of politics as much as of war ("unleashed a harsh attack on Carson", "waging an
    aggressive campaign"), else the verb."""
    verb = trigger.verb
    nouns = [trigger.noun] if trigger.noun is not None else []
    nouns += [c for c in verb.children if c.dep_ == "dobj"]
    return next((n for n in nouns if lemma(n) in AMBIGUOUS_VIOLENCE), verb)


def _foreign_government(head: Token, entity: dict[str, Any], country: str | None) -> bool:
    """A bare "the government" ("the authorities", "the regime") resolved to a body of another
    country than the one the event happens in (or the article is about)."""
    if country is None or entity.get("country") in (None, country):
        return False
    words = [t for t in noun_phrase(head) if not t.is_punct]
    return len(words) == 2 and words[0].lower_ == "the" and lemma(head) in STATE_NOUNS


def _unnamed_doer_named_target(context: _Context, event: _Event) -> bool:
    """ "a journalist was killed", "an explosion killed two", "was put under investigation",
    "has been accused of": coercion, violence, a state's act or an accusation with no doer
    named, worth keeping for its target; not "had been invited", "was strongly supported by
    early deciders": those name no act of anyone's that the code book covers."""
    code = event.code
    accused = is_passive(event.top) and codebook.is_disapproval(code)
    return (
        event.target_head is not None
        and (codebook.is_coercive_or_worse(code) or codebook.is_state_act(code) or accused)
        and named_target(event.target_head, context.index, event.home, event.nearby)
    )


# --- one actor's record ---------------------------------------------------------------------


def _record(context: _Context, event: _Event, found: _Actor | None) -> dict[str, Any] | None:
    """The record of one actor's event (None for an unnamed doer), or None when the actor
    makes it no event: politics, a gathering that is no protest, a campaign rally."""
    verb, clause = event.verb, event.clause
    assert clause is not None
    actor = found.referent if found else None
    target, target_entity, target_code = _target(context, event)
    code_a = _with_target_country(found.code if found else None, target_code)
    code = (
        code_for_actor(event.code, code_a, found.phrase, verb, target_code, clause)
        if found
        else event.code
    )
    if actor is None and target_entity is None and target_code is None:
        return None
    if target is None and target_code is None and not codebook.is_consultation(code):
        target_code = _place_as_target(event, code_a)  # a meeting's place is its setting
    if _self_targeted(actor, target, event.target_head):
        return None  # "Trump is supporting Trump", "Rubio criticized himself": no counterpart
    if _without_counterpart(event, code, code_a, target, target_code):
        return None  # "Clinton called for an assault weapons ban": done to no one
    if found is not None and _public_opinion(found.phrase, code):
        return None  # "voters are rejecting him", "most Americans oppose the deal"
    entity = context.by_id.get(actor.entity_id) if actor and actor.entity_id else None
    act = _violent_word(event.trigger)
    if codebook.is_violent(code) and not armed_conflict(
        act, code_a, entity, clause, event.target_head, target_code
    ):
        # "Trump attacked Clinton", "fighting for change", "beat this guy": politics
        if lemma(act) not in VERBAL_ATTACKS:
            return None
        code = "111"
    if found is None and _doer_unnamed(event.heads, event.top):
        if codebook.is_violent(code) and is_accident(clause):
            return None  # "two service members have been killed in a helicopter crash"
        code_a = _unnamed_doer_code(event, code, code_a, target_code)
    if not _kept(event, code, code_a, found.phrase if found else None):
        return None
    if code == "174" and target_code and target_code[:3] in ("IGO", "NGO"):
        code = "1663"  # expelling an agency, not deporting a person
    return _as_record(context, event, code, _Parties(actor, code_a, target, target_code))


def _without_counterpart(
    event: _Event,
    code: str,
    code_a: str | None,
    target: Referent | None,
    target_code: str | None,
) -> bool:
    """An act done to someone (`COUNTERPART_CODES`) by an actor of no public power that names
    no one: no target, no coded target, and no second doer ("Kenya and Ethiopia agreed")."""
    if target is not None or target_code is not None or event.target_head is not None:
        return False
    if holds_public_power(code_a):
        return False
    doer = event.cue if event.cue is not None else event.top
    return code in COUNTERPART_CODES and not has_conjunct_subject(doer)


def _self_targeted(actor: Referent | None, target: Referent | None, head: Token | None) -> bool:
    """An event whose target is its actor: the same entity, or a reflexive pronoun. CAMEO
    codes what one actor does to another."""
    if head is not None and head.lower_ in ("himself", "herself", "itself", "themselves"):
        return True
    same = actor is not None and target is not None and actor.entity_id is not None
    return same and actor.entity_id == target.entity_id


def _target(
    context: _Context, event: _Event
) -> tuple[Referent | None, dict[str, Any] | None, str | None]:
    """The target's referent, entity and code."""
    head = event.target_head
    if head is None:
        return None, None, None
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head  # "Clarence Howard, who was fatally shot": Howard
    target = _referent(context, head, event.quote)
    entity = context.by_id.get(target.entity_id) if target.entity_id else None
    nearby = event.nearby or context.dominant
    code = actor_code(
        noun_phrase(head), entity, context.index, event.home, nearby, context.published
    )
    return target, entity, code


def _place_as_target(event: _Event, code_a: str | None) -> str | None:
    """No target named: the country of the place the event happens in, when it is not the
    actor's own ("APEC agreed to set up a research center in Tokyo": JPN; "Gbagbo will extend
    the curfew in Abidjan": no, his own). CAMEO's coders code the state where a state of
    affairs is changed."""
    home = event.home
    if home is None or home not in geo.gazetteer().countries:
        return None
    if code_a is not None and code_a[:3] in ("IGO", "NGO"):
        return home  # "the UN sent personnel to Bosnia": an international body has no home
    own = _country_in(code_a)
    return home if own is not None and own != home else None


def _with_target_country(code: str | None, target_code: str | None) -> str | None:
    """ "police arrested Kenyan activists": a countryless role takes the target's country
    (KENCOP)."""
    target_country = _country_in(target_code)
    if code in ROLE_CODES and code != "NGO" and target_country and len(target_code or "") > 3:
        return target_country + code
    return code


def _unnamed_doer_code(
    event: _Event, code: str, current: str | None, target_code: str | None
) -> str | None:
    """The code of a doer the text leaves unnamed: unidentified armed forces for violence;
    for what only a state does, the state."""
    if codebook.is_violent(code):
        return _unidentified_attacker(event.home, event.nearby, target_code)
    if codebook.is_state_act(code):
        # "was put under investigation in Italy": by the Italian state; else the state of
        # the sentence, else of the one it was done to ("Kenyan activists were held")
        return event.home or event.nearby or _country_in(target_code)
    return current


def _kept(event: _Event, code: str, code_a: str | None, phrase: Span | None) -> bool:
    """Whether the actor makes the event what its code says: a crowd gathering in protest,
    a protest that is no campaign rally, a withdrawal of troops."""
    verb, top, clause = event.verb, event.top, event.clause
    assert clause is not None
    if (
        lemma(verb) in CROWD_VERBS
        and codebook.is_protest(code)
        and not protesting_crowd(code_a, phrase, clause)
    ):
        return False  # "leaders gathered in Paris", "the families were gathering": no protest
    if campaign_rally(event.trigger, code_a, clause, phrase):
        return False  # "Sanders held a rally in Mason City"
    if code == "0874" and not armed_words(top, verb):
        role = role_of(code_a)
        if code_a is None or (role is not None and role not in ARMED | {"GOV"}):
            return False  # "pulled out of the debate": no troops withdrawn
    return True


def _as_record(context: _Context, event: _Event, code: str, parties: _Parties) -> dict[str, Any]:
    actor, target, words, place = parties.actor, parties.target, event.words, event.place
    quote, clause, date_phrase = event.quote, event.clause, event.date_phrase
    assert clause is not None
    return {
        "id": "",
        "actor": actor.name if actor else None,
        "actor_code": parties.actor_code,
        "actor_id": actor.entity_id if actor else None,
        "target": target.name if target else None,
        "target_code": parties.target_code,
        "target_id": target.entity_id if target else None,
        "action": " ".join(t.text for t in words),
        "action_start": words[0].idx,
        "action_end": words[-1].idx + len(words[-1]),
        "code": code,
        "root": codebook.root(code),
        "quad_class": codebook.quad_class(code),
        "goldstein": codebook.goldstein(code),
        "plover": codebook.plover(code),
        "negated": event.negated,
        "reported_by": quote["id"] if quote else None,
        "date": anchor(date_phrase, context.published) if date_phrase else None,
        "place": place["name"] if place else None,
        "place_id": place["entity_id"] if place else None,
        "text": clause.text,
        "start": clause.start_char,
        "end": clause.end_char,
    }


def _unidentified_attacker(
    home: str | None, nearby: str | None, target_code: str | None
) -> str | None:
    """CAMEO's code for violence whose doer the text does not name ("a journalist was killed
    in a car bomb explosion in Beirut"): unidentified armed forces (UAF) of the country where
    it happened, else of the country the sentence names, else of the victims."""
    victims = target_code[:3] if target_code else None
    country = home or nearby or victims
    return f"{country}UAF" if country in geo.gazetteer().countries else None


def _doer_unnamed(heads: list[Token], top: Token) -> bool:
    """Whether the text leaves the doer unnamed: a passive without an agent ("were killed
    outside Basra") or a thing for a subject ("an explosion killed two"); not a doer we
    could not code ("you", "Hinckley") or one further up ("vowed to shoot")."""
    if not heads:
        attempt = top.dep_ == "acl" and lemma(top.head) in ATTEMPTS
        return is_passive(top) or attempt  # "an attempt to assassinate X was thwarted"
    return all(head.pos_ == "NOUN" and sector([head.text]) is None for head in heads)


def _referent(context: _Context, head: Token, quote: dict[str, Any] | None) -> Referent:
    """Whom a head word stands for: the speaker for "we" in a quote, else the referent of its
    phrase (`common.referents.resolve`), else the body the phrase names."""
    first_person = head.lower_ in FIRST_PERSON and not is_country_us(head)  # "a US offer"
    if first_person and quote is not None and quote.get("speaker"):
        return Referent(quote["speaker"], head.idx, head.idx + len(head), quote.get("speaker_id"))
    phrase = noun_phrase(head)
    index = context.index
    found = resolve(context.doc, phrase, index, context.quotes)
    assert found is not None
    if found.entity_id is None and sector([t.text for t in phrase]) is None:
        # "the pro-Iranian Hizbollah group", "the UNITA wing": the body the phrase names
        for entity in entities_in(phrase, index):
            if entity["type"] in ("ORG", "PERSON", "NORP"):
                return Referent(entity["name"], found.start, found.end, entity["id"])
    return found


def _possessor_country(context: _Context, phrase: Span) -> str | None:
    """ "His government", "their army": the country of whom the pronoun stands for."""
    doc = context.doc
    for token in phrase:
        if token.dep_ == "poss" and token.pos_ == "PRON" and token.head.i == phrase.root.i:
            found = resolve(doc, doc[token.i : token.i + 1], context.index, context.quotes)
            entity = context.by_id.get(found.entity_id) if found and found.entity_id else None
            return entity.get("country") if entity else None
    return None


def _reporter(head: Token) -> Token:
    """ "it"/"they" opening what someone reports ("the army said it had killed 20 rebels",
    "the RUF announced it will return weapons"): the reporter; any other head: itself."""
    verb = head.head
    if (
        head.lower_ in ("it", "they")
        and head.dep_ in ("nsubj", "nsubjpass")
        # the raw lemma: `lemma()` reads "it’s" as "be", which changes records
        and verb.lemma_.lower() not in ("be", "seem", "feel", "appear")  # "it was too early"
        and verb.dep_ == "ccomp"
        and lemma(verb.head) in speech_verbs()
    ):
        reporter = subject_of(verb.head)
        if reporter is not None and reporter.pos_ in ("NOUN", "PROPN"):
            return reporter
    return head


def _speaker_span(doc: Doc, head: Token, quote: dict[str, Any] | None) -> Span | None:
    """ "We" inside a quote: the speaker's own words ("the Kenyan defence minister")."""
    if head.lower_ not in FIRST_PERSON or quote is None or quote.get("speaker_start") is None:
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
        while governor.pos_ not in VERBAL and governor.head.i != governor.i:
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


def _country_in(code: str | None) -> str | None:
    """The country an actor code starts with ("KENOPP" -> KEN; "IGOUNO", "MIL" -> None)."""
    return code[:3] if code and code[:3] in geo.gazetteer().countries else None


def _capital_named(sentence: Span, skip: set[int]) -> str | None:
    """The country of a country or capital the sentence names that the place layer did not
    take for a place ("Riot police were deployed in central Harare", "on Kiev's square")."""
    for token in sentence:
        if token.i in skip or token.pos_ != "PROPN" or not geo.is_country_or_capital(token.text):
            continue
        places = geo.lookup(token.text)
        if places and places[0].country:
            return places[0].country
    return None


def _phrase_words(token: Token) -> list[Token]:
    return [token] + [c for c in token.children if c.dep_ == "prt"]
