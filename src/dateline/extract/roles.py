"""Titles and affiliations of people, read off the dependency parse.

Three places a news article gives a person's role:
- before the name: "Deputy Interior Minister Olena Kravets", "WHO Director-General Tedros",
  "Kenya's Foreign Minister X", "U.S. Secretary of State X";
- in apposition after it: "Amina Diallo, the African Union envoy,", "Hugh Hill, a doctor,";
- in apposition before it: "Ethiopia's ambassador to Kenya, Meles Alem,".

The title is the phrase as written, without determiners or a possessor ("the African Union
envoy" -> "African Union envoy"); the affiliation is the organisation or country it names:
a possessor ("Kenya's"), a leading organisation, country or demonym ("WHO", "Kenyan"), or
an organisation after "of"/"at" ("director of the World Food Programme").

Hand-written: spaCy has no title or role extraction, and the rules need only the parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.extract.mentions import HONORIFICS, Mention, is_acronym
from dateline.lexicon import portfolios, sections, title_heads, title_modifiers

_AFFILIATION_TYPES = ("ORG", "GPE", "NORP")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_MAX_TITLE_TOKENS = 12
_POSSESSIVE_PRONOUNS = sections("entity_rules.txt")["possessive-pronouns"]
# a relative word or a punctuation mark ends the title phrase ("a doctor who ...")
_CLAUSE_STARTS = sections("entity_rules.txt")["clause-starts"] | frozenset({",", ";", "(", "--"})


@dataclass(frozen=True)
class Role:
    title: str
    affiliation: str | None = None  # as written: "Kenya", "WHO", "Kenyan"
    affiliation_tokens: tuple[int, int] | None = None  # token span of the affiliation


def roles(doc: Doc, mention: Mention, owner: list[Mention | None]) -> list[Role]:
    """Every role the article gives one person mention."""
    found: list[Role] = []
    for role in (_before(doc, mention, owner), *_appositions(doc, mention, owner)):
        if role is not None and role not in found:
            found.append(role)
    return found


def _is_head(token: Token) -> bool:
    return token.lower_ in title_heads()


def _title_word(token: Token) -> bool:
    low = token.lower_
    return low in title_heads() or low in title_modifiers() or low in portfolios()


def _affiliation_token(token: Token, owner: list[Mention | None]) -> bool:
    mention = owner[token.i]
    if mention is not None:
        return mention.label in _AFFILIATION_TYPES
    return is_acronym(token.text)


def _before(doc: Doc, mention: Mention, owner: list[Mention | None]) -> Role | None:
    """The title words directly before the name."""
    index = mention.start - 1
    while index >= 0 and doc[index].lower_ in HONORIFICS:
        index -= 1
    end = index + 1
    while index >= 0 and end - index <= _MAX_TITLE_TOKENS:
        token = doc[index]
        if owner[index] is not None and owner[index].label == "PERSON":
            break
        if _title_word(token) and (token.is_title or token.is_lower or token.is_upper):
            index -= 1
        elif token.is_title or token.is_upper:
            if not _affiliation_token(token, owner):
                break
            index -= 1
        elif token.text in ("-", "–") and index > 0 and _title_word(doc[index + 1]):
            index -= 1  # Director-General
        elif token.lower_ == "of" and index > 0 and _is_head(doc[index - 1]):
            index -= 1  # Secretary of State
        elif token.text in _POSSESSIVE and index > 0 and _affiliation_token(doc[index - 1], owner):
            possessor = owner[index - 1]
            index = (possessor.start if possessor is not None else index - 1) - 1
            break
        else:
            break
    start = index + 1
    if start >= end or not any(_is_head(doc[i]) for i in range(start, end)):
        return None
    return _role(doc, start, end, owner)


def _appositions(doc: Doc, mention: Mention, owner: list[Mention | None]) -> list[Role | None]:
    root = doc[mention.start : mention.end].root
    found: list[Role | None] = []
    for child in root.children:
        if child.dep_ == "appos" and not _is_person(child, owner):
            if child.pos_ == "NOUN" or _is_head(child):
                found.append(_role(doc, child.left_edge.i, child.right_edge.i + 1, owner))
    head = root.head
    if root.dep_ == "appos" and head.i != root.i and not _is_person(head, owner) and _is_head(head):
        end = root.left_edge.i
        while end > head.left_edge.i and doc[end - 1].is_punct:
            end -= 1
        if head.left_edge.i < end:
            found.append(_role(doc, head.left_edge.i, end, owner))
    return found


def _is_person(token: Token, owner: list[Mention | None]) -> bool:
    mention = owner[token.i]
    return mention is not None and mention.label == "PERSON"


def _role(doc: Doc, start: int, end: int, owner: list[Mention | None]) -> Role | None:
    """A role from the phrase doc[start:end]: cut at a clause, split off the possessor."""
    for index in range(start, end):
        if doc[index].lower_ in _CLAUSE_STARTS and index > start:
            end = index
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    pronoun_owner = None
    if start < end and doc[start].lower_ in _POSSESSIVE_PRONOUNS:
        if doc[start].lower_ in ("its", "their"):
            pronoun_owner = _previous_org(doc, start, owner)
        start += 1  # "its regional director": the title is "regional director"
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start > _MAX_TITLE_TOKENS or start >= end:
        return None
    affiliation: tuple[int, int] | None = None
    for index in range(start, end):
        if doc[index].text in _POSSESSIVE and index > start:
            affiliation = (start, index)
            start = index + 1
            while start < end and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            break
    if affiliation is None:
        affiliation = _leading_affiliation(doc, start, end, owner) or _of_affiliation(
            doc, start, end, owner
        )
    if start >= end:
        return None
    title = doc[start:end].text
    if affiliation is None and pronoun_owner is not None:
        affiliation = (pronoun_owner.start, pronoun_owner.end)
    if affiliation is None:
        return Role(title)
    return Role(title, doc[affiliation[0] : affiliation[1]].text, affiliation)


def _previous_org(doc: Doc, index: int, owner: list[Mention | None]) -> Mention | None:
    """What "its"/"their" points to: the nearest organisation before it, within the
    sentence or the one before."""
    sentence = doc[index].sent
    floor = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for position in range(index - 1, floor - 1, -1):
        mention = owner[position]
        if mention is not None and mention.label == "ORG":
            return mention
    return None


def _leading_affiliation(
    doc: Doc, start: int, end: int, owner: list[Mention | None]
) -> tuple[int, int] | None:
    """ "WHO Director-General", "Kenyan Trade Minister", "African Union envoy"."""
    stop = start
    while stop < end and _affiliation_token(doc[stop], owner) and not _title_word(doc[stop]):
        mention = owner[stop]
        stop = max(stop + 1, mention.end if mention is not None else stop + 1)
    if stop == start or stop >= end:
        return None
    return (start, min(stop, end))


def _of_affiliation(
    doc: Doc, start: int, end: int, owner: list[Mention | None]
) -> tuple[int, int] | None:
    """ "director of the World Food Programme", "a spokesman at the ministry of X"."""
    for index in range(start, end - 1):
        if doc[index].lower_ in ("of", "at", "with"):
            for inner in range(index + 1, end):
                mention = owner[inner]
                if mention is not None and mention.label == "ORG":
                    return (mention.start, min(mention.end, end))
            return None
    return None
