"""Entity mentions: the small model's named entities, corrected.

en_core_web_sm makes errors a news reader notices at once; these rules fix the common ones
with our gazetteer (`dateline.geo`) and word lists (`dateline/data/`):

- spans are trimmed: a leading "the", a trailing possessive "'s", an honorific or title word
  ("President William Ruto" -> "William Ruto"), a parenthesised acronym
  ("the World Health Organization (WHO" -> "World Health Organization" plus an alias "WHO");
- a country or capital is never a PERSON ("Niger, Chad and Mali");
- a title word ("Interior" in "Deputy Interior Minister") is not an ORG;
- a name the gazetteer does not know, standing after a title or in apposition to one
  ("Ethiopia's ambassador to Kenya, Meles Alem"), or a surname of a person named in the
  article used as the subject of "said", is a PERSON, never an ORG or a place;
- mentions the model missed are added: a known person's surname ("Ruto added"), and an
  untagged proper noun that is the subject of a reporting verb ("Kravets told reporters").

Hand-written: no library corrects spaCy's entities for news; the rules read only the Doc.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline import geo
from dateline.extract.common.doctext import doc_text
from dateline.extract.common.syntax import lemma
from dateline.lexicon import (
    portfolios,
    section_lines,
    sections,
    speech_verbs,
    title_heads,
    title_modifiers,
)

_RULES = sections("entity_rules.txt")

TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
HONORIFICS = _RULES["honorifics"]
_APOSTROPHE_S = frozenset({"'s", "’s", "'", "’"})
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,7}$")
_SUFFIXES = _RULES["name-suffixes"]


@dataclass
class Mention:
    """One mention: token span [start, end) in the Doc and its label."""

    start: int
    end: int
    label: str
    alias_of: int | None = None  # start token of the long form this acronym was defined for

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(ch.isalpha() for ch in text) >= 2


def surname(name: str) -> str:
    """The last name of a person's name, ignoring Jr./Sr./III."""
    parts = [p for p in name.replace(",", " ").split() if p.lower() not in _SUFFIXES]
    return parts[-1] if parts else name


def find_mentions(doc: Doc) -> list[Mention]:
    """Corrected entity mentions, in text order, without overlaps."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ in TYPES:
            for start, end, label in _split_lists(doc, ent.start, ent.end, ent.label_):
                mentions.extend(_trimmed(doc, start, end, label))
    person_words = {
        word
        for m in full_names(doc, mentions)
        for word in (doc[m.start].text, surname(m.text(doc)))
    }
    mentions = [m for m in (_relabel(doc, m, person_words) for m in mentions) if m is not None]
    mentions = _after_abbreviated_titles(doc, mentions)
    mentions = _person_from_context(doc, mentions)
    mentions.extend(_missed(doc, mentions))
    mentions = _one_type_per_name(doc, mentions, person_words)
    _hyphenated_given_names(doc, mentions)
    mentions = _places_after_prepositions(doc, mentions)
    mentions.extend(_dateline_place(doc, mentions))
    mentions.extend(_party_tag_states(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


# Lower-case words inside people's names ("Ludwig van Beethoven", "Osama bin Laden").
_NAME_PARTICLES = frozenset(_RULES["name-particles"])


def full_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The people named with more than one word, in words a name is written in: their
    first and last words name them again ("Kravets"), but "the Birth of Modern Canada",
    tagged PERSON, lends no "Canada" to anyone."""
    return [
        m
        for m in mentions
        if m.label == "PERSON"
        and m.end - m.start > 1
        and all(
            not t.is_alpha or t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES
            for t in doc[m.start : m.end]
        )
    ]


def _split_lists(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """ "Niger, Chad and" tagged as one ORG: a span listing places is one GPE per place."""
    parts: list[tuple[int, int]] = []
    part_start = start
    for index in range(start, end):
        if doc[index].text == "," or doc[index].pos_ == "CCONJ":
            if part_start < index:
                parts.append((part_start, index))
            part_start = index + 1
    if part_start < end:
        parts.append((part_start, end))
    if len(parts) > 1 or (parts and parts[0] != (start, end)):
        if all(geo.is_country_or_capital(doc[a:b].text) for a, b in parts):
            return [(a, b, "GPE") for a, b in parts]
    return [(start, end, label)]


def _trimmed(doc: Doc, start: int, end: int, label: str) -> list[Mention]:
    """Trim a model span; a "(ACRONYM)" inside it becomes a second, alias mention."""
    found: list[Mention] = []
    for index in range(start, end):
        if doc[index].text == "(":
            found = _trimmed(doc, start, index, label)
            close = index + 1
            while close < end and doc[close].text != ")":
                close += 1
            inner = doc[index + 1 : close]
            if found and len(inner) == 1 and is_acronym(inner.text):
                found.append(Mention(index + 1, index + 2, label, alias_of=found[-1].start))
            return found
    while start < end and (
        doc[start].lower_ in ("the", "a", "an")
        or doc[start].is_punct
        or doc[start].is_space
        or doc[start].lower_ in HONORIFICS
        or (label == "PERSON" and _is_title_word(doc[start]))
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in _APOSTROPHE_S
        or doc[end - 1].is_punct
        or doc[end - 1].is_space  # "Profile: Julian Assange\nTimeline": no line break
        or doc[end - 1].pos_ in ("CCONJ", "ADP", "DET")
    ):
        end -= 1
    if end <= start:
        return []
    return [Mention(start, end, label)]


def _is_title_word(token: Token) -> bool:
    low = token.lower_
    return low in title_heads() or low in title_modifiers() or low in portfolios()


def _hyphenated_given_names(doc: Doc, mentions: list[Mention]) -> None:
    """A person's hyphenated given name stays with the surname ("Hye-jin Park", which the
    tokenizer splits into "Hye", "-", "jin" and the model leaves out)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        start = mention.start
        if mention.label != "PERSON" or start < 3 or {start - 3, start - 2, start - 1} & covered:
            continue
        first, dash, second = doc[start - 3], doc[start - 2], doc[start - 1]
        joined = not first.whitespace_ and not dash.whitespace_ and bool(second.whitespace_)
        titled = any(_is_title_word(t) for t in (first, second)) or (
            f"{first.lower_}-{second.lower_}" in title_heads()
        )  # "Director-General Tedros" is a title
        if joined and dash.text == "-" and first.is_title and second.is_alpha and not titled:
            mention.start = start - 3


def _one_type_per_name(doc: Doc, mentions: list[Mention], person_words: set[str]) -> list[Mention]:
    """A name the model tags both a person and an organisation in one text is the
    organisation's ("Facebook said", "Facebook engineers"), unless the text names a person
    with it ("Donald Trump" ... "Trump") or titles it ("Mr. Ford")."""
    labels: dict[str, set[str]] = {}
    for mention in mentions:
        labels.setdefault(mention.text(doc), set()).add(mention.label)
    titled = {
        m.text(doc)
        for m in mentions
        if m.start > 0
        and (doc[m.start - 1].lower_ in HONORIFICS or _is_title_word(doc[m.start - 1]))
    }
    for mention in mentions:
        text = mention.text(doc)
        before = doc[mention.start - 1] if mention.start > 0 else None
        if mention.label == "PERSON" and before is not None and _body_noun(before):
            mention.label = "ORG"  # "grocery chain Maple Basket Foods", "company GroupM"
        elif (
            mention.label == "PERSON"
            and mention.end - mention.start == 1
            and "ORG" in labels[text]
            and text not in person_words
            and text not in titled
        ):
            mention.label = "ORG"
    return mentions


_BODY_NOUNS = frozenset(word for line in _RULES["org-nouns"] for word in line.split())


def _body_noun(token: Token) -> bool:
    """A lower-case noun of a kind of body, no person's ("chain", "company", not "spokesman")."""
    return (
        token.pos_ == "NOUN"
        and token.is_lower
        and token.lower_ in _BODY_NOUNS
        and not person_noun(token)
    )


def _after_abbreviated_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The capitalised proper nouns after an abbreviated title are a person's name, whatever
    the model tagged ("Coun. Priya Sandhu", tagged "Coun." ORG and "Sandhu" ORG): the title
    and name pattern of rule-based recognisers, kept to abbreviations, which only titles are."""
    for token in doc:
        if not (token.text.endswith(".") and token.lower_ in title_heads()):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].pos_ == "PROPN":
            if _is_title_word(doc[end]) or doc[end].text.endswith("."):
                break  # "Lt. Gen. Michael Flynn": the second title is the next one's
            end += 1
        name = doc[token.i + 1 : end]
        if not len(name) or not all(t.is_title for t in name) or geo.lookup(name.text):
            continue
        if any(m.label == "PERSON" and m.start <= name.start < m.end for m in mentions):
            continue  # the model found the person ("Dr. Martin Luther King Jr.")
        mentions = [m for m in mentions if m.end <= token.i or m.start >= end]
        mentions.append(Mention(token.i + 1, end, "PERSON"))
    return sorted(mentions, key=lambda m: m.start)


def _relabel(doc: Doc, mention: Mention, person_words: set[str]) -> Mention | None:
    """Fix a mention's label from the gazetteer and the names of the article's people."""
    if (
        mention.end - mention.start > 1
        and doc[mention.start].lower_ in _PLACE_PREPOSITIONS
        and doc[mention.start].is_title
        and geo.lookup(doc[mention.start + 1 : mention.end].text)
    ):  # "Across Kerala, ..." read as a person's name: the place after the preposition
        mention.start, mention.label = mention.start + 1, "GPE"
        return mention
    text = mention.text(doc)
    single = mention.end - mention.start == 1
    if single and text in person_words:
        # "Chad" after "Chad Smith": the person, when it acts like one
        if mention.label == "PERSON" or _head(doc, mention).dep_ in ("nsubj", "nsubjpass"):
            mention.label = "PERSON"
    elif mention.label == "PERSON" and single and geo.is_country_or_capital(text):
        mention.label = "GPE"
    elif (
        mention.label in ("GPE", "LOC", "ORG")
        and _titled_by_apposition(doc, mention)
        and not _after_place_preposition(doc, mention)  # "In Tulsa, an unarmed man"
    ):
        # "Kenzo Oshima, the UN relief coordinator": a person, though "Oshima" is a town
        mention.label = "PERSON"
        while mention.start > 0 and _first_name(doc[mention.start - 1], mention):
            mention.start -= 1
    elif mention.label != "PERSON" and (named := _name_after_title(doc, mention)) is not None:
        mention.start, mention.label = named, "PERSON"  # "Hereditary Chief Na'moks", as ORG
    elif mention.label in ("GPE", "LOC") and geo.demonym(text) and not geo.lookup(text):
        mention.label = "NORP"  # "Ukrainian silos": a demonym, not a place
    elif mention.label in ("ORG", "PERSON", "NORP") and _names_a_country(text):
        mention.label = "GPE"  # "Armenia" tagged ORG
    elif mention.label in ("ORG", "PERSON") and single and _city_and_region(doc, mention):
        mention.label = "GPE"  # "Milton, Ont.": a town and its province, tagged PERSON
    elif mention.label in ("ORG", "PERSON") and single and _after_place_preposition(doc, mention):
        mention.label = "GPE"  # "in Kutaisi" tagged PERSON
    elif mention.label in ("ORG", "GPE", "NORP", "LOC") and _is_portfolio(doc, mention):
        return None
    return mention


_COUNTRY_ACRONYMS = frozenset(section_lines("entity_rules.txt")["country-acronyms"])  # as written
_PLACE_PREPOSITIONS = _RULES["place-prepositions"]


def _city_and_region(doc: Doc, mention: Mention) -> bool:
    """One half of "Town, Region", the region one the gazetteer knows ("Milton, Ont.",
    "Kelowna, B.C.")."""

    def region(token: Token) -> bool:
        return any(p.feature == "region" for p in geo.lookup(token.text))

    start, end = mention.start, mention.end
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_title:
        return region(doc[start])
    if end + 1 < len(doc) and doc[end].text == ",":
        return doc[end + 1].is_title and region(doc[end + 1])
    return False


def _name_after_title(doc: Doc, mention: Mention) -> int | None:
    """Where the name starts in a span that ends with a title and a name ("Wet'suwet'en
    Hereditary Chief Na'moks", "Foreign Minister Sergei Lavrov" tagged ORG): after the last
    title word, when one to three capitalised words follow it and none is an organisation's
    word ("Prime Minister's Office") or a place."""
    span = doc[mention.start : mention.end]
    titles = [t.i for t in span if t.lower_ in title_heads() and t.is_title]
    if not titles or not 1 <= mention.end - titles[-1] - 1 <= 3:
        return None
    name = doc[titles[-1] + 1 : mention.end]
    if any(not t.text[:1].isupper() or _is_title_word(t) or t.lower_ in _ORG_WORDS for t in name):
        return None
    return None if geo.lookup(name.text) else name.start


def _names_a_country(text: str) -> bool:
    if is_acronym(text) and text.replace(".", "") not in _COUNTRY_ACRONYMS:
        return False
    place = geo.country(text)
    return place is not None and place.feature == "country"


def _after_place_preposition(doc: Doc, mention: Mention) -> bool:
    """A known place name right after "in", "from", "near" (or with one adjective between:
    "in neighbouring Kozhikode"): a place, whatever the model says."""
    before = mention.start - 1
    if before > 0 and _place_adjective(doc[before]):
        before -= 1
    if before < 0 or doc[before].lower_ not in _PLACE_PREPOSITIONS:
        return False
    return bool(geo.lookup(mention.text(doc)))


def _place_adjective(token: Token) -> bool:
    """A lower-case adjective before a place name: "neighbouring", "northern", "war-torn"."""
    return token.is_lower and token.is_alpha and token.dep_ == "amod"


def _places_after_prepositions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A proper name the gazetteer knows as a place, right after "in", "from", "near" or
    right before a kind of place ("Sylhet division"), whether the model missed it ("in
    Mocímboa da Praia", "Bangladesh's flood-hit Sunamganj district") or called it a
    nationality or a product ("In Sunamganj district alone"); a name the model gave to a
    person or an organisation is left to them."""
    by_start = {m.start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for start, end in _place_name_spans(doc):
        if not doc[start].text[:1].isupper() or doc[start].ent_type_ not in _PLACE_OR_NONE:
            continue
        if doc[start:end].text.lower() in _NOT_PLACE_NAMES:
            continue
        places = geo.lookup(doc[start:end].text)
        if not places or places[0].feature not in ("city", "region", "country"):
            continue
        mention = by_start.get(start)
        if mention is not None and mention.end == end and mention.label == "NORP":
            mention.label = "GPE"
        elif (
            mention is not None
            and mention.end == end + 1
            and doc[end].lower_ in _PLACE_KINDS
            and mention.label in ("ORG", "FAC", "LOC", "NORP", "PERSON")
        ):  # "the Artibonite department" read as an organisation, "Benue State" as a person:
            # the place, without its kind
            mention.end, mention.label = end, "GPE"
        elif not covered & set(range(start, end)):
            mentions.append(Mention(start, end, "GPE"))
            covered |= set(range(start, end))
    return sorted(mentions, key=lambda m: m.start)


def _place_name_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token spans that may name a place: the proper name after a place preposition, and the
    capitalised words before a kind of place."""
    for index, token in enumerate(doc[:-1]):
        if token.lower_ in _PLACE_PREPOSITIONS:
            start = index + 1
            if start + 1 < len(doc) and _place_adjective(doc[start]):
                start += 1  # "in neighbouring Kozhikode", "in northern Kenya"
            end = start
            while end < len(doc) and (
                doc[end].pos_ == "PROPN"
                or (
                    doc[end].lower_ in _NAME_PARTICLES
                    and end + 1 < len(doc)
                    and doc[end + 1].pos_ == "PROPN"
                )
            ):
                end += 1
            if end > start:
                yield start, end
        if token.lower_ in _PLACE_KINDS and index > 0:
            start = index
            while (
                start > 0
                and doc[start - 1].is_alpha
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].pos_ not in ("DET", "PRON", "ADP", "CCONJ")
            ):
                start -= 1
            if start < index:
                yield start, index


_NOT_PLACE_NAMES = _RULES["not-place-names"]
# Entity types a missed place may have been given (a date, "in March", is no place).
_PLACE_OR_NONE = frozenset({"", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "ORG", "PERSON"})
# Nouns of a kind of place, after its name: "Sunamganj district", "Sylhet division".
_PLACE_KINDS = frozenset(
    "district province division region state county town city village municipality "
    "department governorate prefecture territory".split()
)


def _is_portfolio(doc: Doc, mention: Mention) -> bool:
    """ "Interior" in "Deputy Interior Minister": portfolio words directly before a title head."""
    words = [t.lower_ for t in mention.span(doc)]
    if not all(word in portfolios() for word in words):
        return False
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is not None and after.lower_ in title_heads() | portfolios()


def _person_from_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ORG/GPE/LOC mentions that the context shows to be people."""
    surnames = {surname(m.text(doc)) for m in full_names(doc, mentions)}
    lone_names = {m.text(doc) for m in mentions if m.label == "PERSON" and m.end - m.start == 1}
    for mention in mentions:
        if mention.label not in ("ORG", "GPE", "LOC", "FAC"):
            continue
        text = mention.text(doc)
        known_place = bool(geo.lookup(text))
        if text in surnames and not is_acronym(text):
            mention.label = "PERSON"  # a bare surname of a person the article names
        elif _reads_as_a_name(doc, mention) and surname(text) in lone_names:
            mention.label = "PERSON"  # "Nino Niederreiter" tagged GPE, "Niederreiter" a person
        elif (
            not known_place
            and not is_acronym(text)
            and (_after_title(doc, mention) or _appositive_to_title(doc, mention))
        ):
            mention.label = "PERSON"
        elif (
            not known_place
            and mention.label in ("GPE", "LOC")
            and _is_speech_subject(doc, mention)
            and all(t.pos_ == "PROPN" for t in mention.span(doc))
        ):
            mention.label = "PERSON"  # an unknown "place" that speaks is a person
        elif (
            mention.label == "ORG"
            and _reads_as_a_name(doc, mention)
            and (_is_speech_subject(doc, mention) or lemma(_head(doc, mention).head) == "speak")
        ):
            mention.label = "PERSON"  # "Olena Kravets spoke to reporters", tagged ORG
    return mentions


_ORG_WORDS = _RULES["org-words"]


def _reads_as_a_name(doc: Doc, mention: Mention) -> bool:
    """Two or three capitalised proper nouns with no organisation word: "Olena Kravets"."""
    span = mention.span(doc)
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the United Nations": people are not "the"
    return (
        2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.is_title for t in span)
        and not any(t.lower_ in _ORG_WORDS for t in span)
        and not geo.lookup(span.text)
    )


def _head(doc: Doc, mention: Mention) -> Token:
    return mention.span(doc).root


def _is_speech_subject(doc: Doc, mention: Mention) -> bool:
    head = _head(doc, mention)
    return head.dep_ in ("nsubj", "nsubjpass") and lemma(head.head) in speech_verbs()


def _after_title(doc: Doc, mention: Mention) -> bool:
    """Directly after a title head: "Minister Olena Kravets", "President Ruto"."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and before.lower_ in title_heads() and before.is_title


_PERSON_NOUNS = frozenset(  # nouns only a person is: "a resident", "her son", "Wise's dad"
    word
    for section in ("person-nouns", "male-nouns", "female-nouns")
    for line in _RULES[section]
    for word in line.split()
)


def person_noun(token: Token) -> bool:
    """A noun only a person is: a title's head or a person's noun ("resident", "dad")."""
    return token.lower_ in title_heads() or token.lower_ in _PERSON_NOUNS


def _titled_by_apposition(doc: Doc, mention: Mention) -> bool:
    """The name has an apposition headed by a title or a person's noun ("X, the agency's
    coordinator", "Yuni, a resident of Lampung")."""
    head = _head(doc, mention)
    return any(
        child.dep_ == "appos" and person_noun(child) and child.i > head.i for child in head.children
    )


def _first_name(token: Token, mention: Mention) -> bool:
    return (
        token.dep_ == "compound"
        and token.head.i == mention.end - 1
        and token.pos_ == "PROPN"
        and not token.ent_type_
        and token.text[:1].isupper()
    )


def _appositive_to_title(doc: Doc, mention: Mention) -> bool:
    """ "Ethiopia's ambassador to Kenya, Meles Alem": in apposition to a title noun."""
    head = _head(doc, mention)
    return head.dep_ == "appos" and person_noun(head.head)


def _missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Person mentions the model did not tag: known surnames, speaking proper nouns, proper
    nouns described as a person ("Yuni, a resident of Lampung"); then, once more, the other
    mentions of a one-word name found speaking ("Poulter says ..." ... "sent to Poulter")."""
    covered = [False] * len(doc)
    for mention in mentions:
        for index in range(mention.start, mention.end):
            covered[index] = True
    known_names = {
        w for m in full_names(doc, mentions) for w in (doc[m.start].text, surname(m.text(doc)))
    }
    lone = Counter(m.text(doc) for m in mentions if m.label == "PERSON" and m.end - m.start == 1)
    known_names |= {name for name, times in lone.items() if times >= 2}  # tagged twice
    acronyms = {m.text(doc) for m in mentions if m.label == "ORG" and is_acronym(m.text(doc))}
    found = _scan(doc, covered, known_names, acronyms)
    speaking = {
        m.text(doc) for m in found if m.label == "PERSON" and m.end - m.start == 1
    } - known_names
    if speaking:
        found += _scan(doc, covered, speaking, frozenset())
    return found


def _scan(
    doc: Doc, covered: list[bool], known_names: set[str], acronyms: set[str] | frozenset[str]
) -> list[Mention]:
    """One pass over the untagged tokens for `_missed`, marking what it finds covered."""
    hyphenated_names = [name for name in known_names if "-" in name]
    found: list[Mention] = []
    index = 0
    while index < len(doc):
        token = doc[index]
        if covered[index] or not (token.is_title or token.is_upper) or token.lower_ in HONORIFICS:
            index += 1
            continue
        country = _country_at(doc, index, covered)
        hyphenated = _hyphenated_name(doc, token, hyphenated_names) if hyphenated_names else None
        if hyphenated is not None:  # "Asante-Boateng", three tokens
            candidate = Mention(index, hyphenated, "PERSON")
        elif token.text in acronyms:
            candidate = Mention(index, index + 1, "ORG")  # "a WHO team" after "the WHO"
        elif token.text in known_names and not _is_title_word(token):
            candidate = Mention(index, index + 1, "PERSON")  # a known name, whatever its tag
        elif country is not None:
            candidate = Mention(index, country, "GPE")  # a country name the model missed
        elif _name_like(token):
            end = index + 1
            while end < len(doc) and not covered[end] and _name_like(doc[end]):
                end += 1
            candidate = Mention(index, end, "PERSON")
            text = candidate.text(doc)
            if not (
                (
                    _is_speech_subject(doc, candidate)
                    or _titled_by_apposition(doc, candidate)
                    or _appositive_to_title(doc, candidate)
                )
                and not geo.lookup(text)
                and not _is_title_word(token)
            ):
                index = end
                continue
        else:
            index += 1
            continue
        found.append(candidate)
        for covered_index in range(candidate.start, candidate.end):
            covered[covered_index] = True
        index = candidate.end
    return found


def _hyphenated_name(doc: Doc, token: Token, names: list[str]) -> int | None:
    """The end of a known hyphenated name written from this token on, which the tokenizer
    splits ("Asante-Boateng" -> "Asante", "-", "Boateng")."""
    text = doc_text(doc)
    for name in names:
        if text.startswith(name, token.idx):
            span = doc.char_span(token.idx, token.idx + len(name))
            if span is not None and len(span) > 1:
                return span.end
    return None


def _country_at(doc: Doc, index: int, covered: list[bool]) -> int | None:
    """The end of a country name ("Chad", "South Sudan") starting at an untagged token."""
    for size in (3, 2, 1):
        end = index + size
        if end > len(doc) or any(covered[index:end]):
            continue
        span = doc[index:end]
        if all(t.is_title or t.is_upper for t in span) and span.root.pos_ == "PROPN":
            place = geo.country(span.text)
            if place is not None and place.feature == "country":
                return end
    return None


def _name_like(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised noun inside a sentence (the small model
    tags unfamiliar surnames such as "Kravets" as plural nouns)."""
    if not token.is_title:
        return False
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start)


def _dateline_place(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The capitalised city of a dateline ("KYIV, May 21 (AFP) —", "NAIROBI (Reuters) -"),
    which the model rarely tags."""
    end = 0
    while end < min(len(doc), 4) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    if end == 0 or end >= len(doc) or doc[end].text not in (",", "(", "-", "—", "–"):
        return []
    if not geo.lookup(doc[0:end].text.title()):
        return []
    for mention in mentions:
        if mention.start < end:
            if mention.start == 0 and mention.end == end and mention.label in ("ORG", "PERSON"):
                mention.label = "GPE"  # "TBILISI" tagged ORG
            return []
    return [Mention(0, end, "GPE")]


PARTY_TAG = re.compile(r"\((?:R|D|I)-([A-Z][A-Za-z.]{1,5})(?:,[^)]*)?\)")


def _party_tag_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The state of a US party tag: "(R-N.C.)", "(D-IN)"."""
    taken = {index for m in mentions for index in range(m.start, m.end)}
    found: list[Mention] = []
    for match in PARTY_TAG.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or any(t.i in taken for t in span):
            continue
        if span.text == match.group(1) and geo.us_state_abbreviation(span.text):
            found.append(Mention(span.start, span.end, "GPE"))
    return found
