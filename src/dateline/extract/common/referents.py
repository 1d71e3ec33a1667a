"""Who a phrase in the text stands for: the entity behind a name, a pronoun or a title.

Shared by the layers that name a person or body for something in the text: the speaker of a
quote, the actor and target of an event. A name resolves to its entity; an apposition to the
person it names; "he"/"she" to the most salient person before it (`salience`); "it"/"they"/
"we" to the last organisation or country named; "the coordinator" to the person with that
title; "the diocese" to an earlier speaker with that head noun; "the agency" to the body of
that kind that spoke before; "the 39-year-old founder" to the person most in view; "her
statement" to her.

Hand-written: spaCy's small English pipeline has no coreference, and these rules need only
the parse and our entity layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.salience import GENDERED_NOUNS, Salience, entity_id, quoted_spans
from dateline.extract.common.syntax import lemma
from dateline.lexicon import sections, title_heads

_RULES = sections("entity_rules.txt")
PRONOUNS_PERSON = _RULES["person-pronouns"]
PRONOUNS_GROUP = _RULES["group-pronouns"]


def _words(section: str) -> frozenset[str]:
    return frozenset(word for line in _RULES[section] for word in line.split())


ORG_NOUNS = _words("org-nouns")
PLACE_NOUNS = _words("place-nouns")
GROUP_NOUNS = _words("group-nouns")
SOURCE_NOUNS = _words("source-nouns")
BUSINESS_NOUNS = _words("business-nouns")
PUBLIC_BODY_WORDS = _words("public-body-words")
# Prepositions whose phrase still names the one meant ("officials from the ministry").
NAMING_PREPOSITIONS = _RULES["naming-prepositions"]


def noun_phrase(head: Token) -> Span:
    """The speaker's phrase: from its first word to its head, plus a compound name or an
    "of"/"for" phrase after it, but no apposition or relative clause ("Hugh Hill, a doctor")."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in NAMING_PREPOSITIONS and child.i == end:
            end = child.right_edge.i + 1
            for token in doc[child.i : end]:  # "of Turkish troops", not "... backed by X"
                if token.dep_ in ("acl", "relcl") and token.head.i < token.i:
                    end = token.i
                    break
        elif child.dep_ in ("compound", "flat") and child.i == end:
            end = child.i + 1
        else:
            break
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


class EntityIndex:
    """Which entity each character belongs to, and the entities' titles."""

    def __init__(self, entities: list[dict[str, Any]]):
        self.entities = entities
        self.mentions: list[tuple[int, int, dict[str, Any]]] = (
            sorted((start, end, entity) for entity in entities for start, end in entity["mentions"])
            if entities
            else []
        )

    def at(self, start: int, end: int, types: tuple[str, ...] = ()) -> tuple[int, int, dict] | None:
        """The entity mention inside [start, end), preferring a person."""
        best = None
        for m_start, m_end, entity in self.mentions:
            if m_start >= end:
                break
            if m_start >= start and m_end <= end and (not types or entity["type"] in types):
                if best is None or (entity["type"] == "PERSON" and best[2]["type"] != "PERSON"):
                    best = (m_start, m_end, entity)
        return best

    def covering(self, position: int, types: tuple[str, ...] = ()) -> tuple[int, int, dict] | None:
        """The entity mention that covers a character position."""
        for m_start, m_end, entity in self.mentions:
            if m_start > position:
                break
            if m_start <= position < m_end and (not types or entity["type"] in types):
                return (m_start, m_end, entity)
        return None

    def before(self, position: int, types: tuple[str, ...]) -> tuple[int, int, dict] | None:
        found = None
        for m_start, m_end, entity in self.mentions:
            if m_start >= position:
                break
            if entity["type"] in types:
                found = (m_start, m_end, entity)
        return found

    def by_title(self, head: str) -> dict[str, Any] | None:
        """The person whose title is built on this word ("the coordinator" -> the person
        titled "coordinator for Yemen"; not the one titled "spokesman for the office")."""
        head = head.lower()
        for entity in self.entities:
            if entity["type"] == "PERSON" and any(title_head(t) == head for t in entity["titles"]):
                return entity
        return None


def title_head(title: str) -> str:
    """The word a title is built on: the last word before a preposition."""
    words = title.lower().replace(",", " ").split()
    for index, word in enumerate(words):
        if word in ("of", "for", "to", "at", "in", "on", "with") and index > 0:
            return words[index - 1]
    return words[-1] if words else ""


@dataclass(frozen=True)
class Referent:
    name: str
    start: int
    end: int
    entity_id: str | None


def is_country_us(token: Token) -> bool:
    """ "a US offer": "US" in capitals outside an all-capitals sentence is the country, not
    the pronoun "us"."""
    return token.text == "US" and not token.sent.text.isupper()


def resolve(
    doc: Doc, phrase: Span | None, index: EntityIndex, records: list[dict[str, Any]]
) -> Referent | None:
    if phrase is None:
        return None
    start, end = phrase.start_char, phrase.end_char
    root = phrase.root
    found = index.at(root.idx, root.idx + len(root)) or index.covering(root.idx)
    if found is not None and found[2]["type"] == "NORP" and phrase[0].lower_ == "the":
        member = _described(root, index, start, records) if root.tag_ == "NNP" else None
        if member is not None:  # "the Kentucky Republican said": the member meant
            return Referent(member[2]["name"], start, end, member[2]["id"])
    if found is not None:  # the phrase is a name ("Olena Kravets", "the WHO")
        return Referent(found[2]["name"], found[0], found[1], found[2]["id"])
    for child in root.children:  # "Ethiopia's ambassador to Kenya, Meles Alem, said",
        if child.dep_ == "appos":  # "media buying company GroupM"
            named = index.covering(child.idx, ("PERSON",)) or (
                index.covering(child.idx, ("ORG",)) if root.pos_ == "NOUN" else None
            )
            if named is not None:
                return Referent(named[2]["name"], named[0], named[1], named[2]["id"])
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ in ("DATE", "TIME"):
        owner = None  # "Monday's poll": a date owns nothing
    if owner is not None and lemma(root) in SOURCE_NOUNS:  # "her statement read": hers
        writer = resolve(doc, noun_phrase(owner), index, records)
        if writer is not None and (writer.entity_id is not None or owner.pos_ == "PROPN"):
            return Referent(writer.name, start, end, writer.entity_id)
    author = _author(root, index)
    if author is not None:
        return Referent(author[2]["name"], author[0], author[1], author[2]["id"])
    low = root.lower_
    if (low in PRONOUNS_PERSON or low in PRONOUNS_GROUP) and not is_country_us(root):
        return _pronoun(root, index, records, start, end)
    if phrase[0].lower_ in ("the", "its", "their", "his", "her") or root.pos_ == "PROPN":
        entity = index.by_title(lemma(root)) or index.by_title(root.text)
        if entity is not None:
            return Referent(entity["name"], start, end, entity["id"])
        if low in ORG_NOUNS and phrase[0].lower_ == "the":
            org = index.before(start, ("ORG",))
            if org is not None and low in org[2]["name"].lower().split():
                return Referent(org[2]["name"], start, end, org[2]["id"])
    if phrase[0].lower_ in DEFINITE and (root.pos_ == "NOUN" or _age(root)):
        described = _described(root, index, start, records)
        if described is not None:
            return Referent(described[2]["name"], start, end, entity_id(described[2]))
    if root.pos_ == "NOUN" or (root.pos_ == "PRON" and low not in _GENDER):
        phrase = _whole_description(phrase)  # "an official with the agency", "people
        start, end = phrase.start_char, phrase.end_char  # arrested last week"
    return Referent(phrase.text, start, end, None)


def _age(token: Token) -> bool:
    """ "the 29-year-old": an age that stands for a person."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


_DESCRIBING_PREPOSITIONS = frozenset({"with", "at", "from", "in", "on"})


def _whole_description(phrase: Span) -> Span:
    """A speaker named by a description only, with what identifies them after its noun: a
    participle ("an expert cited in the report", "people arrested last week", "all those
    involved"), an adjective with its complement ("sources familiar with the talks") or a
    phrase of affiliation ("an official with the agency", "a nurse at the hospital")."""
    root, end = phrase.root, phrase.end
    for child in root.rights:
        if child.i < end:
            continue
        describing = (child.dep_ == "acl" and _participle(child)) or (
            child.dep_ == "amod"
            and (child.tag_ == "VBN" or any(c.dep_ == "prep" for c in child.children))
        )
        describing = describing or (
            child.dep_ == "prep" and child.lower_ in _DESCRIBING_PREPOSITIONS and child.i == end
        )
        if not describing or "," in root.doc[end : child.i].text:
            break
        end = child.right_edge.i + 1
    return root.doc[phrase.start : end]


def _participle(verb: Token) -> bool:
    """A past participle describing a noun ("people arrested last week"; the tagger may say
    past tense), not one that reports ("teachers required to vote ...")."""
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and not any(
        c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children
    )


DEFINITE = frozenset({"the", "this", "that"})
_DESCRIPTION_SENTENCES = 3


def _described(
    root: Token, index: EntityIndex, start: int, records: list[dict[str, Any]]
) -> tuple[int, int, dict] | None:
    """ "The company said", "the 39-year-old founder said": a definite description of a
    speaker stands for the body of its kind that last spoke (within three sentences), or the
    most salient person of the last four sentences (`salience`), unless the text gives them
    another office ("the justice official" is not "Justice Minister David Lametti").
    A body for a body's noun ("the agency", "the firm"), a place or its government for a
    place's ("the city", "the province"); for any other noun a person, since what speaks is
    a person or a body (a document's noun, "the report said", is a source of its own)."""
    low = lemma(root)
    if low in SOURCE_NOUNS or root.lower_ in SOURCE_NOUNS or low in PRONOUNS_GROUP:
        return None
    records = [r for r in records if not r["start"] <= start < r["end"]]  # not its own claim
    earlier = _same_head(root, records, start)
    if earlier is not None:
        return earlier
    if low in ORG_NOUNS:
        types: tuple[str, ...] = ("ORG",)
    elif low in PLACE_NOUNS:
        types = ("ORG", "GPE")
    elif low in GROUP_NOUNS or root.tag_ == "NNS":
        return None  # "the players", "the residents": many people, no one of them
    else:
        types = ("PERSON",)
    floor = sentence_floor(root, _DESCRIPTION_SENTENCES)
    named = {"NORP", "GPE", "ORG", "LOC"}
    if types != ("PERSON",) and any(c.ent_type_ in named for c in root.children):
        return None  # "the Sudanese government": a name in it says which, not one before
    if types != ("PERSON",):  # a body that spoke in the last sentences speaks again; one
        return _body(root, index, records, floor, start, types)  # that did not stays as written
    genders = _genders(root.doc, index)
    wanted = GENDERED_NOUNS.get(root.lower_)

    def accept(entity: dict[str, Any]) -> bool:  # "the justice official" is not the minister
        offices = {title_head(t) for t in entity["titles"]} & title_heads()
        conflict = low in title_heads() and bool(offices) and low not in offices
        return _agrees(genders.get(entity["id"]), wanted) and not conflict

    return _salience_of(root.doc, index, genders).described(root, accept)


def _author(root: Token, index: EntityIndex) -> tuple[int, int, dict] | None:
    """ "according to an analysis by the Pew Research Center", "a tally by the AP",
    "according to a report from Gallup": the person or body named as the maker of a work,
    who speaks through it. ("A spokesman from the campaign said": "from" only names a maker
    for a work cited, the object of a preposition.)"""
    if root.pos_ != "NOUN" or root.ent_type_:
        return None
    makers = ("by", "from") if root.dep_ == "pobj" else ("by",)
    # "a statement e-mailed to The Globe by Reagan Ruslim said": the maker of a work sent
    participles = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for head in (root, *participles):
        for child in head.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in makers and child.i > root.i:
                maker = next((c for c in child.children if c.dep_ == "pobj"), None)
                if maker is not None:
                    return index.covering(maker.idx, ("PERSON", "ORG", "GPE", "NORP"))
    return None


def _pronoun(
    root: Token, index: EntityIndex, records: list[dict[str, Any]], start: int, end: int
) -> Referent:
    """He/she: the most salient person before it (`salience`), else the last person named;
    it/they/we: the last organisation or country (they/we: or group) named in this sentence
    or the two before, else the pronoun itself."""
    if root.lower_ in PRONOUNS_PERSON:
        wanted = _GENDER.get(root.lower_)
        genders = _genders(root.doc, index)
        salience = _salience_of(root.doc, index, genders)
        found = salience.pronoun(root.idx)
        if found is None:  # no one in the last sentences (or inside a quote): the last named
            # but not the quote's own speaker, who says "I" ('"she attacked Obama," Weaver said')
            speaker = next(
                (
                    q.get("speaker_id")
                    for q in records
                    if q.get("start") is not None and q["start"] <= root.idx < q["end"]
                ),
                None,
            )
            for m_start, m_end, entity in index.mentions:
                if m_start >= start:
                    break
                if (
                    entity["type"] == "PERSON"
                    and "/" not in entity["name"]  # "(Steve Lawrence/CBC)": a photo's credit
                    and _agrees(genders.get(entity["id"]), wanted)
                    and not salience.in_caption(m_start)
                    and (speaker is None or entity["id"] != speaker)
                ):
                    found = (m_start, m_end, entity)
    else:  # a body named in the last sentences ("Republican" in "Republican voters" is no "it")
        types = ("ORG", "GPE") if root.lower_ in ("it", "its") else ("ORG", "GPE", "NORP")
        found = index.before(start, types)
        if found is not None and found[0] < sentence_floor(root, 2):
            found = None
    if found is None:
        return Referent(root.text, start, end, None)
    return Referent(found[2]["name"], start, end, entity_id(found[2]))


_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_HONORIFICS = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f"}
_GENDER_CACHE: dict[int, tuple[Doc, dict[str, str]]] = {}


def _salience_of(doc: Doc, index: EntityIndex, genders: dict[str, str]) -> Salience:
    cached = _SALIENCE_CACHE.get((id(doc), id(index)))
    if cached is not None and cached.doc is doc:
        return cached
    _SALIENCE_CACHE.clear()
    _SALIENCE_CACHE[(id(doc), id(index))] = found = Salience(
        doc, index.mentions, genders, index.by_title
    )
    return found


_SALIENCE_CACHE: dict[tuple[int, int], Salience] = {}


def _body(
    root: Token,
    index: EntityIndex,
    records: list[dict[str, Any]],
    floor: int,
    start: int,
    types: tuple[str, ...],
) -> tuple[int, int, dict[str, Any]] | None:
    """The body a body's description stands for: the one of its kind that spoke in the last
    sentences; for a business's noun ("the company", "the airline"), never a public body, and
    with none that spoke, the business most in view (`_salient_body`)."""
    if lemma(root) not in BUSINESS_NOUNS:
        return _last_quoted(index, records, floor, start, types)

    def business(entity: dict[str, Any]) -> bool:
        return not set(entity["name"].lower().split()) & PUBLIC_BODY_WORDS

    quoted = _last_quoted(index, records, floor, start, ("ORG",), business)
    return quoted or _salient_body(root, index, floor, business)


def _salient_body(
    root: Token, index: EntityIndex, floor: int, accept: Callable[[dict[str, Any]], bool]
) -> tuple[int, int, dict[str, Any]] | None:
    """The organisation most in view before a description: each mention since ``floor``
    counts 1, 2 as a subject, halved for each sentence back; where it was last mentioned."""
    doc = root.doc
    scores: dict[str, float] = {}
    last: dict[str, tuple[int, int, dict[str, Any]]] = {}
    for m_start, m_end, entity in index.mentions:
        if m_start >= root.idx:
            break
        span = doc.char_span(m_start, m_end) if m_start >= floor else None
        if span is None or entity["type"] != "ORG" or not accept(entity):
            continue
        back = len(list(doc[span.start : root.i].sents)) - 1
        weight = 2.0 if span.root.dep_ in ("nsubj", "nsubjpass") else 1.0
        scores[entity["id"]] = scores.get(entity["id"], 0.0) + weight / 2**back
        last[entity["id"]] = (m_start, m_end, entity)
    if not scores:
        return None
    return last[max(scores, key=lambda key: (scores[key], last[key][0]))]


def _same_head(
    root: Token, records: list[dict[str, Any]], start: int
) -> tuple[int, int, dict[str, Any]] | None:
    """A definite description repeating the head noun of an earlier speaker's fuller one
    stands for that speaker ("the Roman Catholic Diocese of Covington condemned ..." ...
    "the diocese said"; "a vendor said ..." ... "the vendor said"), within six sentences:
    the same-head anaphora of definite descriptions (Vieira & Poesio, 2000). The same words
    again ("the company" ... "the company") tell nothing: other rules decide."""
    doc = root.doc
    floor = sentence_floor(root, 2 * _DESCRIPTION_SENTENCES)
    ours = doc[root.left_edge.i : root.i + 1].text.lower()
    for record in reversed(records):
        if record["speaker_start"] is None or not record["speaker"] or record["start"] >= start:
            continue
        if record["speaker_start"] < floor:
            continue
        earlier = doc.char_span(record["speaker_start"], record["speaker_end"])
        if earlier is None or earlier.root.i == root.i or earlier.root.pos_ == "PRON":
            continue
        plural = (earlier.root.tag_ in ("NNS", "NNPS"), root.tag_ in ("NNS", "NNPS"))
        same_words = earlier.text.lower() == ours
        if lemma(earlier.root) == lemma(root) and plural[0] == plural[1] and not same_words:
            entity = {"name": record["speaker"], "id": record["speaker_id"]}
            return (record["speaker_start"], record["speaker_end"], entity)
    return None


def _last_quoted(
    index: EntityIndex,
    records: list[dict[str, Any]],
    floor: int,
    start: int,
    types: tuple[str, ...],
    accept: Callable[[dict[str, Any]], bool] = lambda entity: True,
) -> tuple[int, int, dict[str, Any]] | None:
    """The speaker of the last record between ``floor`` and ``start`` whose entity is of
    ``types`` (and accepted): who was quoted just before; not a claim inside another's ("the
    regulator alleges that SunCoast told ...": SunCoast did not speak to the reporter)."""
    for record in reversed(records):
        inside = any(
            other["start"] <= record["start"] < other["end"]
            and (other["start"], other["end"]) != (record["start"], record["end"])
            for other in records
        )
        if record["speaker_id"] and floor <= record["start"] < start and not inside:
            entity = next((e for e in index.entities if e["id"] == record["speaker_id"]), None)
            if entity is not None and entity["type"] in types and accept(entity):
                return (record["speaker_start"], record["speaker_end"], entity)
    return None


def _agrees(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def _genders(doc: Doc, index: EntityIndex) -> dict[str, str]:
    """What the text says of each person's gender: a gendered noun in apposition ("Kody
    Cook, her son"), an honorific before a mention ("Ms. Golden"), or the first he/she
    pronoun after a mention in its sentence with no other person named between ("Golden said
    her son ..."), outside the mention's apposition and on the same side of a quotation
    mark; two thirds of the votes decide (a noun or an honorific counts twice). Only a
    pronoun's agreement uses it: "she" is never the man last named."""
    cached = _GENDER_CACHE.get(id(index))
    if cached is not None and cached[0] is doc:
        return cached[1]
    votes: dict[str, list[str]] = {}
    quoted = quoted_spans(doc_text(doc))

    def quote_of(char: int) -> tuple[int, int] | None:
        return next((q for q in quoted if q[0] <= char < q[1]), None)

    people = [(s, e, ent) for s, e, ent in index.mentions if ent["type"] == "PERSON"]
    starts = sorted(s for s, _, _ in people)
    sentence_end = [0] * len(doc)  # each token's sentence end, in one pass ("Span.sent" scans)
    for sentence in doc.sents:
        sentence_end[sentence.start : sentence.end] = [sentence.end] * len(sentence)
    for m_start, m_end, entity in people:
        first = doc.char_span(m_start, m_end, alignment_mode="expand")
        if first is None or not len(first):
            continue
        before = doc[first.start - 1] if first.start > 0 else None
        said = _noun_gender(first.root)
        if said is not None:  # "Kody Cook, her son,", "his father, Bill,"
            votes.setdefault(entity["id"], []).extend([said] * 2)
            continue
        if before is not None and before.lower_ in _HONORIFICS:
            votes.setdefault(entity["id"], []).extend([_HONORIFICS[before.lower_]] * 2)
            continue
        next_person = next((s for s in starts if s >= m_end), len(doc_text(doc)))
        described = {  # "Kody Cook, her son,": someone else's
            t.i for child in first.root.children if child.dep_ == "appos" for t in child.subtree
        }
        for token in doc[first.end : sentence_end[first.start]]:
            if token.idx >= next_person:
                break
            if token.lower_ in _GENDER and token.i not in described:
                if quote_of(token.idx) != quote_of(m_start):
                    break  # "... Covington Catholic saying slurs," she said: the speaker's
                votes.setdefault(entity["id"], []).append(_GENDER[token.lower_])
                break
    genders = {}
    for key, said in votes.items():  # two thirds of the votes decide; a tie tells nothing
        for gender in ("m", "f"):
            if 3 * said.count(gender) >= 2 * len(said):
                genders[key] = gender
    _GENDER_CACHE.clear()
    _GENDER_CACHE[id(index)] = (doc, genders)
    return genders


def _noun_gender(name: Token) -> str | None:
    """The gender a noun describing the name says: in apposition either way ("Kody Cook,
    her son"; "his father, Bill")."""
    described = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        described.append(name.head)
    for noun in described:
        if noun.lower_ in GENDERED_NOUNS:
            return GENDERED_NOUNS[noun.lower_]
    return None


def sentence_floor(token: Token, sentences: int) -> int:
    sent = token.sent
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    return sent.start_char
