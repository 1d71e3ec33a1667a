"""Which person each "he" or "she" of a text stands for: salience, after Lappin and Leass.

Lappin & Leass (1994, "An algorithm for pronominal anaphora resolution", Computational
Linguistics 20(4)) read a text's pronouns in order and give each the candidate with the most
salience, scored by where and how it was mentioned: a mention in the current sentence weighs
100, a subject 80 more, a direct object 50, an indirect object 40, a noun that heads its own
phrase (not "the Kinder Morgan pipeline", not "Teravainen's goal") 80, one outside an
adverbial phrase (not "tours to Anak Krakatau") 50; the weights halve with each sentence
back, and a person's salience is the sum over sentences of their strongest mention in each,
the pronouns already resolved to them included (with no one in the last four sentences, the
person mentioned last); at resolution a candidate last mentioned in
the pronoun's own role (subject, object) gains 35.

What news adds to the paper's manuals:
- a quote is the speaker's sentence, not the narrative's: sentences inside quotation marks do
  not count as sentences back, and the names and pronouns inside someone's words are theirs,
  not the narrative's: they are not read;
- the subject of a speech verb ("Brooks said") weighs as a subject twice: the person quoted
  is the one a "he said" goes on with;
- a picture's caption ("X looks at a display ... (Jane Roe/CBC)") names who is in the
  picture, not who speaks in the story: its mentions do not count;
- a name needs something that says it is a person's (a title, a known gender, a speech
  verb, or more than one word, not all of them modifying a noun): "Story" in "Story continues
  below advertisement" and "Kinder Morgan" in "the Kinder Morgan pipeline" are nobody.

Hand-written: no coreference model ships with spaCy's small English pipeline, and this needs
only its parse and our entity mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from spacy.tokens import Doc, Token

from dateline.clean.credits import ends_with_picture_credit
from dateline.extract.common.doctext import doc_text
from dateline.extract.mentions import person_noun
from dateline.lexicon import sections, speech_verbs, title_heads

RECENCY = 100.0
SUBJECT = 80.0
EXISTENTIAL = 70.0
OBJECT = 50.0
OBLIQUE = 40.0
HEAD_NOUN = 80.0
NOT_ADVERBIAL = 50.0
PARALLEL = 35.0  # at resolution: the candidate last mentioned in the pronoun's role
SPEAKER = 80.0  # news: the subject of a speech verb, on top of SUBJECT
WINDOW_SENTENCES = 4  # the current sentence and three before, as in the paper

_RULES = sections("entity_rules.txt")
GENDERED_NOUNS = {  # "her son", "one father": what the noun says of a person's gender
    word: gender
    for section, gender in (("male-nouns", "m"), ("female-nouns", "f"))
    for line in _RULES[section]
    for word in line.split()
}


def entity_id(entity: dict[str, Any]) -> str | None:
    """An entity's id; None for a speaker named by a description only (`Salience`)."""
    return None if entity.get("description") else entity["id"]


PERSON_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_OF_PLACE = frozenset({"of", "from", "at", "in", "on", "near", "with"})
_EMBEDDED = frozenset({"poss", "compound", "nmod", "amod", "npadvmod", "appos"})


_ROLES = {"nsubj": "subject", "nsubjpass": "subject", "dobj": "object"}


def _role(token: Token) -> str:
    return _ROLES.get(token.dep_, "")


_SAID = frozenset({"ccomp", "parataxis", "dobj", "xcomp"})


def _speaks(subject: Token) -> bool:
    """The subject of a speech verb with something said: "Brooks said (that ...)", not
    "Story continues below advertisement"."""
    verb = subject.head
    if verb.lemma_.lower() not in speech_verbs():
        return False
    return any(child.dep_ in _SAID for child in verb.children) or any(
        mark in verb.sent.text for mark in '"“”'
    )


def _weight(token: Token) -> float:
    """Lappin and Leass's factors for one mention's head token, before recency decay."""
    weight = RECENCY
    dep = token.dep_
    if dep in _SUBJECTS:
        weight += SUBJECT
        if _speaks(token):
            weight += SPEAKER
    elif dep == "attr" and any(c.dep_ == "expl" for c in token.head.children):
        weight += EXISTENTIAL
    elif dep == "dobj":
        weight += OBJECT
    elif dep in ("dative", "iobj"):
        weight += OBLIQUE
    head_of_phrase = dep not in _EMBEDDED and not (
        dep == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN", "PRON")
    )  # not "the death of Jordan Lafond"
    if any(a.dep_ in ("relcl", "acl") for a in token.ancestors):
        head_of_phrase = False  # "Espinos, who like Montalban was born in Mexico"
    if head_of_phrase:
        weight += HEAD_NOUN
    if not (dep == "pobj" and token.head.head.pos_ in ("VERB", "AUX")):
        weight += NOT_ADVERBIAL
    return weight


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: dict[str, Any]
    weight: float
    rank: int  # narrative sentences before it
    role: str


class Salience:
    """One text's person pronouns, each resolved to the most salient person before it."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[tuple[int, int, dict[str, Any]]],
        genders: dict[str, str],
        by_title: Callable[[str], dict[str, Any] | None] = lambda head: None,
    ):
        self.doc = doc
        self.quoted = quoted_spans(doc_text(doc))
        self.captions = _caption_lines(doc_text(doc))
        self._ranks(doc)
        people = [m for m in mentions if m[2]["type"] == "PERSON" and "/" not in m[2]["name"]]
        self.genders = genders
        self.evidenced = {
            e["id"]
            for start, end, e in people
            if e["titles"]
            or e["id"] in genders
            or self._speaks(start, end)
            or (" " in e["name"] and not self._modifies(start, end))
        }
        people = sorted(people + self._titled(people, by_title), key=lambda m: m[0])
        described = self._described_speakers(people)
        self.evidenced |= {entity["id"] for _, _, entity in described}
        self.genders = genders | {  # "one father" is a man
            e["id"]: GENDERED_NOUNS[e["noun"]]
            for _, _, e in described
            if e["noun"] in GENDERED_NOUNS
        }
        self.resolved: dict[int, tuple[int, int, dict[str, Any]]] = {}
        self.seen: list[_Mention] = []  # every mention read, pronouns resolved included
        self._read(sorted(people + described, key=lambda mention: mention[0]))

    def _titled(
        self,
        people: list[tuple[int, int, dict[str, Any]]],
        by_title: Callable[[str], dict[str, Any] | None],
    ) -> list[tuple[int, int, dict[str, Any]]]:
        """ "The mayor" for the person the text titles mayor: a mention of them too."""
        named = [(s, e) for s, e, _ in people]
        found = []
        heads = title_heads()
        for token in self.doc:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in heads:
                continue
            if not any(c.lower_ == "the" for c in token.children):
                continue
            if any(s <= token.idx < e for s, e in named) or self.in_quote(token.idx):
                continue
            entity = by_title(token.lemma_)
            if entity is not None:
                found.append((token.idx, token.idx + len(token), entity))
        return found

    def _described_speakers(
        self, people: list[tuple[int, int, dict[str, Any]]]
    ) -> list[tuple[int, int, dict[str, Any]]]:
        """Speakers the text names by a description only ("One resident of Main Street said
        ...", "a vendor said"): candidates like the named, so that her "she said" is hers and
        no one named's. An entity of its own with ``description`` set (and no id outside)."""
        named = [(s, e) for s, e, _ in people]
        found = []
        for token in self.doc:
            if not (
                token.dep_ in _SUBJECTS
                and token.tag_ == "NN"
                and person_noun(token)
                and _speaks(token)
                and any(c.lower_ in _INDEFINITE for c in token.children if c.i < token.i)
                and not any(s <= token.idx < e for s, e in named)
                and not self.in_quote(token.idx)
            ):
                continue
            start = self.doc[token.left_edge.i].idx
            last = token
            for child in token.rights:  # "One resident of Main Street", not its clauses
                if child.dep_ != "prep" or child.lower_ not in _OF_PLACE or child.i != last.i + 1:
                    break
                last = child.right_edge
            end = last.idx + len(last)
            entity = {
                "id": f"description@{start}",
                "name": doc_text(self.doc)[start:end],
                "type": "PERSON",
                "titles": [],
                "description": True,
                "noun": token.lower_,
            }
            found.append((start, end, entity))
        return found

    def in_caption(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.captions)

    def in_quote(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.quoted)

    def pronoun(self, char: int) -> tuple[int, int, dict[str, Any]] | None:
        """The person the he/she at ``char`` was resolved to, if any: where they were last
        mentioned before it."""
        return self.resolved.get(char)

    def described(
        self, token: Token, accept: Callable[[dict[str, Any]], bool]
    ) -> tuple[int, int, dict[str, Any]] | None:
        """The most salient accepted person in the window before a description's head ("the
        39-year-old founder said"): where they were last mentioned. None when no one is."""

        def person(entity: dict[str, Any]) -> bool:
            return entity["id"] in self.evidenced and accept(entity)

        before = self.seen[: bisect_right([m.start for m in self.seen], token.idx - 1)]
        in_window = [m for m in before if self.rank_of(token.idx) - m.rank < WINDOW_SENTENCES]
        chosen = self._best(token.idx, token.dep_, in_window, person) if in_window else None
        return (chosen.start, chosen.end, chosen.entity) if chosen is not None else None

    def _ranks(self, doc: Doc) -> None:
        """Each sentence's number among the narrative sentences (quoted ones do not count)."""
        self.sentence_starts = []
        self.sentence_ranks = []
        rank = -1
        for sent in doc.sents:
            inside = any(s <= sent.start_char and sent.end_char <= e + 1 for s, e in self.quoted)
            if not inside:
                rank += 1
            self.sentence_starts.append(sent.start_char)
            self.sentence_ranks.append(max(rank, 0))

    def rank_of(self, char: int) -> int:
        return self.sentence_ranks[max(bisect_right(self.sentence_starts, char) - 1, 0)]

    def _speaks(self, start: int, end: int) -> bool:
        token = self._head(start, end)
        return token is not None and token.dep_ in _SUBJECTS and _speaks(token)

    def _modifies(self, start: int, end: int) -> bool:
        """A name that only modifies another noun ("the Kinder Morgan pipeline")."""
        token = self._head(start, end)
        return token is None or token.dep_ in ("compound", "nmod", "amod")

    def _head(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _read(self, people: list[tuple[int, int, dict[str, Any]]]) -> None:
        """Lappin and Leass's pass: mentions and pronouns in text order, each pronoun given
        the most salient agreeing person, then counted as a mention of them."""
        events: list[tuple[int, int, dict[str, Any] | None]] = [
            (s, e, ent) for s, e, ent in people if not self.in_caption(s) and not self.in_quote(s)
        ]
        events += [
            (t.idx, t.idx + len(t), None)
            for t in self.doc
            if t.lower_ in PERSON_PRONOUNS and not self.in_quote(t.idx)
        ]
        events.sort(key=lambda event: event[0])
        seen = self.seen
        for start, end, entity in events:
            token = self._head(start, end)
            if token is None:
                continue
            if entity is None:
                wanted = PERSON_PRONOUNS[token.lower_]
                chosen = self._best(start, token.dep_, seen, partial(self._agrees, wanted=wanted))
                if chosen is None:
                    continue
                self.resolved[start] = (chosen.start, chosen.end, chosen.entity)
                entity = chosen.entity
            role = _role(token)
            seen.append(_Mention(start, end, entity, _weight(token), self.rank_of(start), role))

    def _agrees(self, entity: dict[str, Any], wanted: str) -> bool:
        known = self.genders.get(entity["id"])
        return entity["id"] in self.evidenced and (known is None or known == wanted)

    def _best(
        self,
        position: int,
        dep: str,
        seen: list[_Mention],
        accept: Callable[[dict[str, Any]], bool],
    ) -> _Mention | None:
        here = self.rank_of(position)
        strongest: dict[tuple[str, int], float] = {}  # each factor counts once a sentence
        last: dict[str, _Mention] = {}
        for mention in reversed(seen):
            distance = here - mention.rank
            if distance >= WINDOW_SENTENCES:
                break
            if not accept(mention.entity):
                continue
            key = mention.entity["id"]
            weight = mention.weight / 2**distance
            strongest[key, distance] = max(strongest.get((key, distance), 0.0), weight)
            last.setdefault(key, mention)
        scores = {key: PARALLEL if last[key].role == _ROLES.get(dep) else 0.0 for key in last}
        for (key, _), weight in strongest.items():
            scores[key] += weight
        if not scores:  # no one in the window: the person mentioned last, however far back
            return next((m for m in reversed(seen) if accept(m.entity)), None)
        return last[max(scores, key=lambda key: (scores[key], last[key].start))]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The contents of the text's quotations."""
    from dateline.extract.quotes.marks import quote_spans  # the quotes package imports us

    return [(q.start, q.end) for q in quote_spans(text)]


def _caption_lines(text: str) -> list[tuple[int, int]]:
    found = []
    offset = 0
    for line in text.split("\n"):
        if ends_with_picture_credit(line):
            found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found
