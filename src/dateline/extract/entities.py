"""The article's cast: each person, organisation, place and group once, with every mention.

Mentions come from `mentions.find_mentions` (the model's entities, corrected); this module
merges the mentions of one referent and fills titles, affiliation and country:
- people: "Kravets" joins "Olena Kravets", "Ruto" joins "President William Ruto" (the nearest
  full name with that surname, before the mention if there is one, else after it);
- organisations: "the WHO" joins "the World Health Organization" (an acronym defined in
  parentheses, or the initials of the long name);
- places and groups: one entity per country ("U.S." and "the United States"), per demonym
  ("Kenyan" and "Kenyans"), else per name.

Hand-written: spaCy has no coreference for names in its small English pipeline, and the
rules need only the parse and our gazetteer.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from dateline import geo
from dateline.extract.mentions import Mention, find_mentions, is_acronym, surname
from dateline.extract.registry import layer
from dateline.extract.roles import Role, roles
from dateline.lexicon import sections
from dateline.record import Article

_SKIP_INITIALS = sections("entity_rules.txt")["initials-skip"] | frozenset({"&"})


@layer("entities")
def extract_entities(doc: Doc, article: Article | None = None) -> list[dict[str, Any]]:
    """Entity records for one parsed article, in order of first mention."""
    mentions = find_mentions(doc)
    owner: list[Mention | None] = [None] * len(doc)
    for mention in mentions:
        for index in range(mention.start, mention.end):
            owner[index] = mention
    person_roles: dict[int, list[Role]] = {}
    for mention in [m for m in mentions if m.label == "PERSON"]:
        found = roles(doc, mention, owner)
        person_roles[mention.start] = found
        for role in found:
            _add_affiliation_mention(doc, role, owner, mentions)
    mentions.sort(key=lambda m: m.start)
    clusters = _cluster(doc, mentions)
    cluster_of = {id(m): n for n, cluster in enumerate(clusters) for m in cluster}
    names = [_name(doc, cluster) for cluster in clusters]
    records: list[dict[str, Any]] = []
    for number, cluster in enumerate(clusters):
        label = cluster[0].label
        titles: list[str] = []
        affiliation: str | None = None
        country: str | None = None
        for mention in cluster:
            for role in person_roles.get(mention.start, []):
                if role.title not in titles:
                    titles.append(role.title)
                if affiliation is None and role.affiliation:
                    affiliation, country = _resolve_affiliation(doc, role, owner, names, cluster_of)
        if label == "ORG":
            affiliation, country = _org_country(doc, cluster, owner)
        elif label in ("GPE", "LOC", "FAC"):
            place = geo.country(names[number])
            country = place.country if place else None
        elif label == "NORP":
            place = geo.demonym(names[number])
            country = place.country if place else None
        records.append(
            {
                "id": "",
                "name": names[number],
                "type": label,
                "titles": titles,
                "affiliation": affiliation,
                "country": country,
                "mentions": [
                    [doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)]
                    for m in cluster
                ],
            }
        )
    records.sort(key=lambda record: record["mentions"][0][0])
    for number, record in enumerate(records, start=1):
        record["id"] = f"e{number}"
    return records


def _add_affiliation_mention(
    doc: Doc, role: Role, owner: list[Mention | None], mentions: list[Mention]
) -> None:
    """An acronym affiliation the model missed ("WHO Director-General") is an ORG mention."""
    if role.affiliation_tokens is None:
        return
    start, end = role.affiliation_tokens
    if end - start == 1 and owner[start] is None and is_acronym(doc[start].text):
        mention = Mention(start, end, "ORG")
        mentions.append(mention)
        owner[start] = mention


def _normal(text: str) -> str:
    text = text.casefold().replace(".", "").replace("’", "'")
    return " ".join(word for word in text.split() if word != "the")


def _initials(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w.lower() not in _SKIP_INITIALS]
    return "".join(w[0] for w in words if w[0].isupper()).upper()


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _cluster(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    groups = _Groups(len(mentions))
    by_key: dict[tuple[str, str], int] = {}
    texts = [m.text(doc) for m in mentions]
    for index, mention in enumerate(mentions):
        if mention.label == "PERSON":
            continue
        key = (mention.label, _key(mention.label, texts[index]))
        if key in by_key:
            groups.join(by_key[key], index)
        else:
            by_key[key] = index
    _join_acronyms(mentions, texts, groups)
    _join_people(doc, mentions, texts, groups)
    clusters: dict[int, list[Mention]] = {}
    for index, mention in enumerate(mentions):
        clusters.setdefault(groups.find(index), []).append(mention)
    return [sorted(cluster, key=lambda m: m.start) for cluster in clusters.values()]


def _key(label: str, text: str) -> str:
    if label in ("GPE", "LOC"):
        place = geo.country(text)
        if place is not None and place.country:
            return place.country
    if label == "NORP":
        place = geo.demonym(text)
        if place is not None and place.country:
            return place.country
    return _normal(text)


def _join_acronyms(mentions: list[Mention], texts: list[str], groups: _Groups) -> None:
    """ "WHO" joins "World Health Organization": defined in parentheses, or by initials."""
    start_index = {m.start: i for i, m in enumerate(mentions)}
    long_forms: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.label == "ORG" and len(texts[index].split()) > 1:
            long_forms.setdefault(_initials(texts[index]), index)
    for index, mention in enumerate(mentions):
        if mention.alias_of is not None and mention.alias_of in start_index:
            groups.join(start_index[mention.alias_of], index)
            continue
        if mention.label != "ORG":
            continue
        short = texts[index].replace(".", "").upper()
        if is_acronym(texts[index]) and short in long_forms:
            groups.join(long_forms[short], index)


def _join_people(doc: Doc, mentions: list[Mention], texts: list[str], groups: _Groups) -> None:
    people = [i for i, m in enumerate(mentions) if m.label == "PERSON"]
    full = [i for i in people if len(texts[i].split()) > 1]
    for position, index in enumerate(full):
        for other in full[:position]:
            if _same_person(texts[index], texts[other]):
                groups.join(other, index)
                break
    # (index, first name, surname) of each full name, read once: every lone name checks them all
    names = [(i, texts[i].split()[0], surname(texts[i])) for i in full]
    full_set = set(full)
    singles: dict[str, int] = {}
    for index in people:
        if index in full_set:
            continue
        word = texts[index]
        match = _nearest_full_name(word, index, names, mentions, doc)
        if match is not None:
            groups.join(match, index)
        elif word in singles:
            groups.join(singles[word], index)
        else:
            singles[word] = index


def _same_person(a: str, b: str) -> bool:
    """ "William Ruto" and "William Samoei Ruto"; "J. Smith" and "John Smith"; not
    "Hillary Clinton" and "Bill Clinton"."""
    if _normal(a) == _normal(b):
        return True
    if surname(a) != surname(b):
        return False
    first_a, first_b = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b


def _nearest_full_name(
    word: str,
    index: int,
    names: list[tuple[int, str, str]],
    mentions: list[Mention],
    doc: Doc | None = None,
) -> int | None:
    """The full-name mention a lone surname (or first name) refers to: the nearest one
    before it, else the nearest after it (a headline names people by surname first); of
    the gender an honorific says, when the text tells the candidates' ("Mrs. Clinton" is
    Hillary Clinton, named with "she", not Bill Clinton, named with "he")."""
    candidates = [i for i, _, last in names if last == word]
    if not candidates:
        candidates = [i for i, first, _ in names if first == word]
    if not candidates:
        return None
    said = (
        _honorific_gender(doc, mentions[index]) if doc is not None and len(candidates) > 1 else None
    )
    if said is not None:
        fitting = [i for i in candidates if _pronoun_gender(doc, mentions, i) in (said, None)]
        candidates = fitting or candidates
    before = [i for i in candidates if mentions[i].start < mentions[index].start]
    return before[-1] if before else candidates[0]


_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f"}
_SUBJECT_GENDER = {"he": "m", "she": "f"}


def _honorific_gender(doc: Doc, mention: Mention) -> str | None:
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return _HONORIFIC_GENDER.get(before) or ("f" if before == "miss" else None)


def _pronoun_gender(doc: Doc, mentions: list[Mention], index: int) -> str | None:
    """The gender of the first he/she that is a subject after a full-name mention in its
    sentence, no other person named between; None when there is none."""
    mention = mentions[index]
    end = doc[mention.start].sent.end
    nxt = min(
        (m.start for m in mentions if m.label == "PERSON" and m.start >= mention.end),
        default=end,
    )
    for token in doc[mention.end : min(end, nxt)]:
        if token.lower_ in _SUBJECT_GENDER and token.dep_ in ("nsubj", "nsubjpass"):
            return _SUBJECT_GENDER[token.lower_]
    return None


def _name(doc: Doc, cluster: list[Mention]) -> str:
    """The fullest form: the most words, acronyms last, earliest first."""
    texts = [m.text(doc) for m in cluster]
    return max(texts, key=lambda t: (not is_acronym(t), len(t.split()), len(t), -texts.index(t)))


def _resolve_affiliation(
    doc: Doc,
    role: Role,
    owner: list[Mention | None],
    names: list[str],
    cluster_of: dict[int, int],
) -> tuple[str | None, str | None]:
    """(affiliation name, ISO alpha-3 country) of a role: "Kenyan" -> ("Kenya", "KEN"),
    "WHO" -> ("World Health Organization", None) when the article spells it out."""
    text = role.affiliation or ""
    if role.affiliation_tokens is not None:
        mention = owner[role.affiliation_tokens[0]]
        if mention is not None and id(mention) in cluster_of:
            text = names[cluster_of[id(mention)]] if mention.label == "ORG" else text
    place = geo.country(text)
    if place is not None:
        return place.name, place.country
    place = geo.demonym(text)
    if place is not None:
        return place.name, place.country
    return text or None, None


def _org_country(
    doc: Doc, cluster: list[Mention], owner: list[Mention | None]
) -> tuple[str | None, str | None]:
    """An organisation's country: "Kenya's Foreign Ministry", "the Russian Defence Ministry",
    "Kenya Defence Forces"."""
    for mention in cluster:
        words = mention.text(doc).split()
        for word in words[:-1]:
            place = geo.country(word) or geo.demonym(word)
            if place is not None:
                return place.name, place.country
        before = mention.start - 1
        if before >= 1 and doc[before].text in ("'s", "’s"):
            before -= 1
        other = owner[before] if before >= 0 else None
        if other is not None and other.label in ("GPE", "NORP"):
            text = other.text(doc)
            place = geo.country(text) or geo.demonym(text)
            if place is not None:
                return place.name, place.country
    return None, None
