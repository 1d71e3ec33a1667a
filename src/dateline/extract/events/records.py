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

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline import geo
from dateline.extract.common.dates import anchor
from dateline.extract.common.doctext import dateline_end
from dateline.extract.common.referents import EntityIndex, Referent, noun_phrase, resolve
from dateline.extract.common.syntax import is_passive, subject_of
from dateline.extract.events import codebook
from dateline.extract.events.actors import actor_code, entities_in, sector
from dateline.extract.events.checks import (
    AMBIGUOUS_VIOLENCE,
    ARMED,
    CROWD_VERBS,
    NEEDS_COUNTERPART,
    ROLE_CODES,
    VERBAL_ATTACKS,
    armed_conflict,
    armed_words,
    bombing_code,
    campaign_rally,
    code_for_actor,
    is_counterfactual,
    is_figurative,
    is_question,
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
_PLACE_PREPOSITIONS = _WORDS["place-prepositions"]
WILLINGNESS = _WORDS["willingness"]
ATTEMPTS = _WORDS["attempts"]


@dataclass(frozen=True)
class _Actor:
    referent: Referent
    code: str | None
    phrase: Span


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
    index = EntityIndex(entities)
    by_id = {entity["id"]: entity for entity in entities}
    place_of = {place["entity_id"]: place for place in places}
    published = article.published if article is not None else None
    records: list[dict[str, Any]] = []
    used: set[int] = set()  # verbs (and frames) already coded
    triggers = [t for t in (find_trigger(token, lex) for token in doc) if t is not None]
    for trigger in triggers:
        if trigger.verb.i in used:
            continue
        frame, frame_token, cue = frame_above(trigger, lex)
        used.add(trigger.verb.i)
        if frame_token is not None:
            used.add(frame_token.i)
        records += _records(
            doc, trigger, frame, frame_token, cue, index, by_id, place_of, quotes, published
        )
    for token in doc:  # frames with nothing codable below them: "rejected the proposal"
        kind = lex.frames.get(token.lemma_.lower())
        if kind in (None, "cause") or token.i in used or not is_frame_use(token):
            continue
        if (kind, token.lemma_.lower()) in lex.needs_complement and not has_complement(token, kind):
            continue
        used.add(token.i)
        if kind == "intent" and any(
            c.dep_ in ("xcomp", "ccomp") and wants_of_another(token, c) for c in token.children
        ):
            kind = "demand"  # "Moscow wants Kiev to pay off its debt"
        trigger = Trigger(codebook.compose(kind, None), token, _phrase_words(token), frozenset())
        frame, frame_token, cue = frame_above(trigger, lex)
        records += _records(
            doc, trigger, frame, frame_token, cue, index, by_id, place_of, quotes, published
        )
    for token in doc:  # "expressed its willingness to open its markets": an intent
        verb = token.head
        if (
            token.lemma_.lower() not in WILLINGNESS
            or token.dep_ != "dobj"
            or verb.i in used
            or verb.pos_ not in VERBAL
            or not any(c.dep_ == "acl" and c.pos_ in VERBAL for c in token.children)
        ):
            continue
        used.add(verb.i)
        trigger = Trigger("030", verb, [verb, token], frozenset(), noun=token)
        records += _records(
            doc, trigger, None, None, None, index, by_id, place_of, quotes, published
        )
    for token in doc:  # "Sudan must return the helicopter", Russia said: a demand of Sudan
        cue = obligation_cue(token)
        if cue is None or token.i in used:
            continue
        used.add(token.i)
        trigger = Trigger("100", token, [token], frozenset())
        records += _records(
            doc, trigger, None, None, cue, index, by_id, place_of, quotes, published
        )
    records.sort(key=lambda r: (r["action_start"], r["start"]))
    for number, record in enumerate(records, 1):
        record["id"] = f"ev{number}"
    return records


# --- records --------------------------------------------------------------------------------


def _records(
    doc: Doc,
    trigger: Trigger,
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
        and codebook.is_violent(code)
        and verb.lemma_.lower() in AMBIGUOUS_VIOLENCE
        and not armed_words(frame_token or verb, verb)
    ):
        return []  # "I will fight for you", "plans to target Indiana voters": politics
    negated = False
    if frame is not None:
        frame_negated = is_negated(frame_token) or (frame_token is None and is_negated(verb))
        if frame == "intent" and frame_negated and codebook.is_cooperative(code):
            code, frame_negated = compose("reject", code), False
        elif frame == "reject" and frame_negated:
            frame, frame_negated = "intent", False
        code = compose(frame, code)
        negated = frame_negated or (frame_token is not None and is_negated(verb))
    else:
        negated = is_negated(verb)
    top = frame_token or verb
    if frame == "none":
        return []  # "asked if it would be possible to fund": a question, not a demand
    if is_question(top) or is_counterfactual(verb) or is_counterfactual(top):
        return []  # "will you resign?", "it would have killed": nothing happened
    if codebook.is_coercive_or_worse(code) and is_figurative(verb, trigger):
        if verb.lemma_.lower() not in ("attack", "blast", "assault", "hit"):
            return []  # "killed my enthusiasm", "shot down the idea"
        code = "111"  # "attacked the plan": criticism
    doer = cue if cue is not None else top
    target_head = owner_of(target_of(trigger, frame, frame_token, cue, index), index)
    if (
        target_head is None
        and codebook.is_intent_or_consultation(code)
        and verb.lemma_.lower() in NEEDS_COUNTERPART
        and trigger.noun is None
        and not has_conjunct_subject(doer)
    ):
        return []  # "will discuss his new book": a meeting needs someone to meet
    noun = trigger.noun
    if noun is not None and noun.dep_ == "nsubj" and noun.head == verb and cue is None:
        party, other = event_parties(noun)  # "talks between X and Y resumed"
        heads = [party] if party is not None else []
        target_head = owner_of(other, index) if other is not None else target_head
    else:
        heads = conjuncts(past_dateline(doer_of(doer), doer))
    if not heads and is_passive(top) and codebook.is_self_move(code):
        # "Russian forces were placed on high alert", "guerrillas have been demobilized": the
        # forces moved are the actor, as CAMEO codes a mobilization or a withdrawal
        moved = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
        heads = conjuncts(moved)
        if moved is not None and target_head is not None and target_head in moved.subtree:
            target_head = None
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
    nearby = nearby or _capital_named(top.sent, skip)
    actors: list[_Actor | None] = []
    for pronoun in heads:
        candidates = []
        for head in dict.fromkeys((_reporter(pronoun), pronoun)):  # the reporter first
            actor = _referent(doc, head, index, quotes, quote)
            entity = by_id.get(actor.entity_id) if actor.entity_id else None
            phrase = _speaker_span(doc, head, quote) or noun_phrase(head)
            owner = _possessor_country(doc, phrase, index, by_id, quotes)
            code_of = actor_code(phrase, entity, index, owner or home, nearby)
            if entity is not None or code_of is not None or phrase.root.pos_ == "PROPN":
                # a body we can name ("UNITA"), not "the blast" or "it"
                candidates.append(_Actor(actor, code_of, phrase))
        coded = [candidate for candidate in candidates if candidate.code is not None]
        if coded or candidates:
            actors.append((coded or candidates)[0])
    if (
        not actors
        and target_head is not None
        and (is_passive(top) or codebook.is_violent(code))
        and named_target(target_head, index, home, nearby)
    ):
        actors = [None]  # "a journalist was killed", "an explosion killed two": doer unnamed
    records = []
    code = bombing_code(code, clause)
    for found in actors:
        actor = found.referent if found else None
        code_a = found.code if found else None
        target = target_entity = target_code = None
        if target_head is not None:
            target = _referent(doc, target_head, index, quotes, quote)
            target_entity = by_id.get(target.entity_id) if target.entity_id else None
            target_code = actor_code(noun_phrase(target_head), target_entity, index, home, nearby)
        target_country = _country_in(target_code)
        if code_a in ROLE_CODES and code_a != "NGO" and target_country and len(target_code) > 3:
            code_a = target_country + code_a  # "police arrested Kenyan activists": KENCOP
        actor_event = (
            code_for_actor(code, code_a, found.phrase, verb, target_code, clause) if found else code
        )
        if actor is None and target_entity is None and target_code is None:
            continue
        if codebook.is_violent(actor_event) and not armed_conflict(
            verb,
            code_a,
            by_id.get(actor.entity_id) if actor and actor.entity_id else None,
            clause,
            target_head,
            target_code,
        ):
            # "Trump attacked Clinton", "fighting for change", "beat this guy": politics
            if verb.lemma_.lower() not in VERBAL_ATTACKS:
                continue
            actor_event = "111"
        if found is None and _doer_unnamed(heads, top):
            if codebook.is_violent(actor_event):
                code_a = _unidentified_attacker(home, nearby, target_code)
            elif codebook.is_state_act(actor_event):
                # "was put under investigation in Italy": by the Italian state; else the state
                # of the sentence, else of the one it was done to ("Kenyan activists were held")
                code_a = home or nearby or target_country
        phrase = found.phrase if found else None
        if (
            verb.lemma_.lower() in CROWD_VERBS
            and codebook.is_protest(actor_event)
            and not protesting_crowd(code_a, phrase, clause)
        ):
            continue  # "leaders gathered in Paris", "the families were gathering": no protest
        if campaign_rally(trigger, code_a, clause, phrase):
            continue  # "Sanders held a rally in Mason City"
        if actor_event == "0874" and not armed_words(top, verb):
            role = role_of(code_a)
            if code_a is None or (role is not None and role not in ARMED | {"GOV"}):
                continue  # "pulled out of the debate": no troops withdrawn
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
        attempt = top.dep_ == "acl" and top.head.lemma_.lower() in ATTEMPTS
        return is_passive(top) or attempt  # "an attempt to assassinate X was thwarted"
    return all(head.pos_ == "NOUN" and sector([head.text]) is None for head in heads)


def _referent(
    doc: Doc,
    head: Token,
    index: EntityIndex,
    quotes: list[dict[str, Any]],
    quote: dict[str, Any] | None,
) -> Referent:
    if head.lower_ in FIRST_PERSON and quote is not None and quote.get("speaker"):
        return Referent(quote["speaker"], head.idx, head.idx + len(head), quote.get("speaker_id"))
    phrase = noun_phrase(head)
    found = resolve(doc, phrase, index, quotes)
    assert found is not None
    if found.entity_id is None and sector([t.text for t in phrase]) is None:
        # "the pro-Iranian Hizbollah group", "the UNITA wing": the body the phrase names
        for entity in entities_in(phrase, index):
            if entity["type"] in ("ORG", "PERSON", "NORP"):
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


def _reporter(head: Token) -> Token:
    """ "it"/"they" opening what someone reports ("the army said it had killed 20 rebels",
    "the RUF announced it will return weapons"): the reporter; any other head: itself."""
    verb = head.head
    if (
        head.lower_ in ("it", "they")
        and head.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() not in ("be", "seem", "feel", "appear")  # "it was too early"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in speech_verbs()
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
