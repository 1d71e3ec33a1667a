"""Triggers that are not events, and codes that depend on who acts: questions, conditions,
counterfactuals, figures of speech, political "attacks" (criticism, not violence), and the
bombing and unconventional-violence sub-codes of CAMEO 18 and 19.

Hand-written: these are the precision rules checked on real reporting (bench/README.md).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from dateline.extract.common.referents import EntityIndex, noun_phrase
from dateline.extract.common.syntax import lemma
from dateline.extract.events import codebook
from dateline.extract.events.actors import actor_code, sector
from dateline.extract.events.grammar import ACCUSATIONS, denies_accusation, doer_of
from dateline.extract.events.trigger import Trigger
from dateline.lexicon import section_lines, sections

_WORDS = sections("event_rules.txt")
_SCORE = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,])")
_LINES = section_lines("event_rules.txt")

HYPOTHETICAL = _WORDS["hypothetical"]
IRREALIS = _WORDS["irrealis"]
ACCIDENTS = _WORDS["accidents"]
WISHING = _WORDS["wishing"]
UNCERTAINTY_NOUNS = _WORDS["uncertainty-nouns"]
RACE_WORDS = _WORDS["race-words"]
TOPIC_PREPOSITIONS = _WORDS["topic-prepositions"]
CONDITIONS = _WORDS["conditions"]
ABSTRACT = _WORDS["abstract"]
NEEDS_COUNTERPART = _WORDS["needs-counterpart"]
COUNTERPART_CODES = frozenset(_LINES["counterpart-codes"])
PUBLIC_POWER = frozenset(_LINES["public-power"])
IRREGULAR = frozenset(_LINES["irregular"])
ARMED = frozenset(_LINES["armed"])
AMBIGUOUS_VIOLENCE = _WORDS["ambiguous-violence"]
VERBAL_ATTACKS = _WORDS["verbal-attacks"]
WEAPONS = _WORDS["weapons"]
MATERIAL_TARGETS = _WORDS["material-targets"]
BOMBINGS = tuple(
    (tuple(phrases.split("|")), code)
    for code, _, phrases in (line.partition("\t") for line in _LINES["bombings"])
)
ROLE_CODES = frozenset(_LINES["role-codes"])
CROWD_VERBS = _WORDS["crowd-verbs"]
CROWDS = frozenset(_LINES["crowds"])
MULTITUDES = _WORDS["multitudes"]
PROTESTERS = _WORDS["protesters"]
RALLIES = _WORDS["rallies"]
PROTEST_MARKERS = _WORDS["protest-markers"]
INSURGENTS = frozenset(_LINES["insurgents"])
RIOTING = _WORDS["rioting"]
UNARMED = _WORDS["unarmed"]


def is_question(token: Token) -> bool:
    return token.sent.text.rstrip(" \"'”’)").endswith("?")


def is_counterfactual(verb: Token) -> bool:
    """ "would have killed", "could have attacked": a hypothetical past; "if the demands are
    not met", "whether to deport": a condition or a question, not an act."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "have" in auxiliaries and bool(set(auxiliaries) & HYPOTHETICAL):
        return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONS for c in verb.children)


def is_irrealis(verb: Token, demanded: bool = False) -> bool:
    """ "should relax", "could collapse", "America must reject": a possibility, advice or an
    obligation, not an act. With `demanded` (reported: "Russia said Sudan must return the
    helicopter") "must" is the reporter's demand; "he said she should call" stays advice."""
    modals = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if demanded:
        modals.discard("must")
    return bool(modals & IRREALIS)


def is_hypothetical_chain(verb: Token) -> bool:
    """A complement of a counterfactual or a speaker's wish: "he would have had to resign",
    "I'd like to congratulate my opponent", "we would love to welcome"."""
    current = verb
    for _ in range(3):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        head = current.head
        auxiliaries = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & HYPOTHETICAL or "'d" in auxiliaries:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            first_person = subject is not None and subject.lower_ in ("i", "we")
            if "have" in auxiliaries or (lemma(head) in WISHING and first_person):
                return True  # a state's "would like to resume talks" stays an intent
        current = head
    return False


def is_unreal_condition(verb: Token) -> bool:
    """ "If he were elected, he would support ...": the consequence of an unreal condition
    (a subjunctive "were", a past perfect "had been"), not an act or an intent. A real
    condition keeps an intent ("would meet the mediator if he gave them guarantees")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not auxiliaries & HYPOTHETICAL:
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "if" for c in clause.children
        ):
            continue
        words = {clause.lower_} | {
            c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")
        }
        if "were" in words or "had" in words:
            return True
    return False


def is_alleged(top: Token) -> bool:
    """ "charges that Monrovia is committing genocide", "allegations that the army killed":
    the content of an accusation, report or claim named as a noun is not told as having
    happened (the accusation, if any, is the event)."""
    head = top.head
    if top.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN":
        return lemma(head) in ACCUSATIONS and top.dep_ != "relcl"
    if top.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):  # the clause hung on the verb
        return denies_accusation(head)
    return False


def is_purpose(top: Token) -> bool:
    """ "called for a special prosecutor to investigate Clinton": an infinitive on a noun for
    a person or body says what they would be for, not an act they did."""
    head = top.head
    if top.dep_ not in ("acl", "relcl") or head.pos_ != "NOUN" or sector([head.text]) is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)


def is_uncertain(top: Token) -> bool:
    """ "there is no guarantee that the senators will support": a clause under "no" and a noun
    of certainty."""
    head = top.head
    return (
        top.dep_ in ("acl", "ccomp")
        and lemma(head) in UNCERTAINTY_NOUNS
        and any(c.lower_ == "no" for c in head.children)
    )


def is_description(verb: Token, code: str) -> bool:
    """ "Title I, which supports schools", "the super PAC supporting Fiorina": a clause in the
    present that describes a noun (what it is or does as a rule) tells no event; violence
    told so ("gunmen firing on the crowd") does."""
    if verb.dep_ not in ("relcl", "acl") or codebook.is_violent(code):
        return False
    return verb.tag_ in ("VBZ", "VBP", "VBG") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def is_figurative(verb: Token, trigger: Trigger) -> bool:
    """A violent verb whose object is an idea, not a person, body or place."""
    coded = {token.i for token in trigger.tokens}
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in coded:
            return lemma(child) in ABSTRACT and not child.ent_type_
    return False


def holds_public_power(code: str | None) -> bool:
    """A state ("KEN"), its organs ("KENGOV", "USALEG"), an armed group or an international
    body ("IGOUNO"); not a candidate, party, elite, citizen, business or the uncoded."""
    if not code:
        return False
    if code[:3] in ("IGO",):
        return True
    role = role_of(code)
    return role is None and code[:3] not in ROLE_CODES or role in PUBLIC_POWER


def role_of(code: str | None) -> str | None:
    """The role in an actor code: "KENMIL" and a countryless "MIL" -> MIL; "KEN" -> None."""
    if not code:
        return None
    if code[:3] in ROLE_CODES:
        return code[:3]
    return code[3:6] or None


def named_target(head: Token, index: EntityIndex, home: str | None, nearby: str | None) -> bool:
    """A target an unnamed doer's event is worth keeping for: an entity or a coded actor
    with a country ("two Kenyan soldiers"), not "the people"."""
    if index.covering(head.idx) is not None:
        return True
    code = actor_code(noun_phrase(head), None, index, home, nearby)
    return code is not None and len(code) >= 3 and code[:3] not in ROLE_CODES


def is_accident(clause: Span) -> bool:
    """ "killed in a helicopter crash", "died in the fire": harm with no attacker."""
    return any(lemma(t) in ACCIDENTS and t.pos_ == "NOUN" for t in clause)


def is_score(clause: Span) -> bool:
    """ "Switzerland beat Gibraltar 6-0": a game's score, no violence."""
    return _SCORE.search(clause.text) is not None


def armed_conflict(
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
    if any(lemma(t) in RACE_WORDS for t in clause):
        return False  # "rocketed in the polls", "got killed in the polls": a race
    if lemma(verb) not in AMBIGUOUS_VIOLENCE:
        return True
    if is_score(clause):
        return False  # "beat Gibraltar 6-0"
    own_role = actor and (len(actor) > 3 or entity is None or entity["type"] != "PERSON")
    if (own_role and role_of(actor) in ARMED) or role_of(target_code) in ARMED:
        return True  # an army, police, rebels or gunmen on either side
    if actor and len(actor) == 3 and entity is not None and entity["type"] in ("GPE", "NORP"):
        return True  # "Russia attacked": a state
    if _armament(clause):
        return True
    return target is not None and lemma(target) in MATERIAL_TARGETS


def armed_words(top: Token, verb: Token) -> bool:
    """Weapons, troops or an armed actor in the clause of a framed violent verb."""
    doc = top.doc
    clause = doc[min(top.left_edge.i, verb.left_edge.i) : max(top.right_edge.i, verb.i) + 1]
    subject = doer_of(top)
    if subject is not None and sector([t.text for t in noun_phrase(subject)]) in ARMED:
        return True
    if subject is not None and subject.ent_type_ in ("GPE", "NORP"):
        return True  # "Iran threatened to shell": a state
    words = {t.lower_ for t in clause if t.i != verb.i}
    words |= {lemma(t) for t in clause if t.i != verb.i}
    return _armament(clause, skip=verb.i) or bool(words & MATERIAL_TARGETS)


def _armament(clause: Span, skip: int = -1) -> bool:
    """Weapons or forces in the clause, not as a topic ("too tough on guns", "a debate about
    weapons")."""
    for token in clause:
        if token.i == skip or not ({token.lower_, lemma(token)} & WEAPONS):
            continue
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in TOPIC_PREPOSITIONS:
            continue
        if token.dep_ in ("compound", "amod", "nmod") and not (
            {head.lower_, lemma(head)} & WEAPONS
        ):
            continue  # "gun registration", "arms control": a topic named by a weapon
        return True
    return False


def bombing_code(code: str, clause: Span) -> str:
    """Killing or attacking with a car bomb, a roadside bomb, an improvised device or a
    suicide attack is CAMEO's non-military bombing (183), whoever did it."""
    if code not in ("190", "193", "180", "1823"):
        return code
    text = " " + clause.text.lower() + " "
    for words, bombing in BOMBINGS:
        if any(f" {w}" in text for w in words):
            return bombing
    return code


def is_crowd(actor: str | None, phrase: Span | None) -> bool:
    """A crowd: protesters, students, workers...; "hundreds of thousands of Serbs"; a
    people in the plural ("Filipinos massed along the avenue")."""
    if actor is not None and actor[-3:] in CROWDS:
        return True
    if phrase is None:
        return False
    if any(token.lower_ in MULTITUDES for token in phrase):
        return True
    root = phrase.root
    return root.ent_type_ == "NORP" and root.tag_ in ("NNS", "NNPS")


def protesting_crowd(actor: str | None, phrase: Span | None, clause: Span) -> bool:
    """A crowd gathering in protest: protesters, a multitude ("thousands gathered"), or a
    crowd whose clause says what against or for; not "the families were gathering"."""
    if not is_crowd(actor, phrase):
        return False
    words = {t.lower_ for t in phrase} if phrase is not None else set()
    if words & (PROTESTERS | MULTITUDES):
        return True
    if phrase is not None and phrase.root.ent_type_ == "NORP":
        return True  # "Filipinos massed along the avenue"
    return any(token.lower_ in PROTEST_MARKERS for token in clause)


def campaign_rally(
    trigger: Trigger, actor: str | None, clause: Span, phrase: Span | None = None
) -> bool:
    """A rally or march held by a politician or an office ("Sanders held a rally in Mason
    City", "she is marching toward November") is campaigning, not protest, unless the clause
    says what it is against or for."""
    if not codebook.is_demonstration(trigger.code):
        return False
    word = trigger.noun if trigger.noun is not None else trigger.verb
    if lemma(word) not in RALLIES and word.lower_ not in RALLIES:
        return False
    if is_crowd(actor, phrase):
        return False
    return not any(token.lower_ in PROTEST_MARKERS for token in clause)


def _unarmed_victims(target_code: str | None, clause: Span | None) -> bool:
    if target_code:
        if target_code.startswith("IGO"):
            return False  # "battled UN peacekeepers"
        return role_of(target_code) not in ARMED | {"GOV", None}
    return clause is not None and any(t.lower_ in UNARMED for t in clause)


def code_for_actor(
    code: str,
    actor: str | None,
    phrase: Span,
    verb: Token,
    target_code: str | None = None,
    clause: Span | None = None,
) -> str:
    """The code as the actor makes it: violence by gunmen, bombers, gangs or civilians is
    CAMEO's unconventional violence (18), not military force (19) ("suicide bombers killed
    23 people" is 1823), and so is rebels' violence against the unarmed ("guerrillas killed
    ten villagers"); a government protesting complains officially (114)."""
    if (
        code == "141"
        and role_of(actor) in ARMED
        and lemma(verb) in CROWD_VERBS
        and not any(c.dep_ == "dobj" for c in verb.children)  # not "gathers statistics"
    ):
        return "154"  # "troops massed on the border": a build-up of forces
    if code == "141" and actor and lemma(verb) == "protest":
        country = actor[3:] == "" and phrase.root.ent_type_ == "GPE"  # not "Palestinians"
        if actor[3:] == "GOV" or country or actor[:3] in ("IGO", "NGO"):
            return "114"  # a government or a body "protests": a complaint, not a demonstration
    if (
        code in ("190", "192")
        and lemma(verb) in RIOTING
        and not (actor and actor[-3:] in ARMED)
        and is_crowd(actor, phrase)
    ):
        return "145"  # "hundreds of Indonesian Muslims stormed the lobby": a riot
    if code == "191" and not (actor and actor[-3:] in ARMED) and is_crowd(actor, phrase):
        return "144"  # "opposition supporters surrounded government buildings": a blockade
    if code not in ("190", "193", "194", "195"):
        return code  # blockades and occupations stay what they are
    words = {t.lower_ for t in phrase}
    irregular = bool(actor and actor[-3:] in IRREGULAR) or bool(
        words & {"bomber", "bombers", "suicide"}
    )
    if not irregular and not (
        actor and actor[-3:] in INSURGENTS and _unarmed_victims(target_code, clause)
    ):
        return code
    word = lemma(verb)
    if word == "clash" and actor and actor[-3:] == "CVL":
        return "145"  # protesters clashing with police: a riot
    if word == "kill":
        return "1823"
    if word in ("bomb", "blow"):
        return "183"
    return "180"
