"""CAMEO actor codes for the phrases that name an event's actor or target.

A code is a country (ISO 3166 alpha-3, as CAMEO uses) followed by a role ("sector"):
"the Kenyan army" -> KENMIL, "Kenya's foreign minister" -> KENGOV, "Kenya" -> KEN, or an
international body: "the United Nations" -> IGOUNO, "Amnesty" -> NGOAMN. The country comes
from the entity layer (a person's affiliation, an organisation's or a place's country, a
nationality) found in the phrase or the entity it resolves to; the role from the phrase's
words and the resolved person's titles, by the table in data/actor_codes.txt.

A person PETRARCH2's country dictionary dates (data/office_holders.tsv, derived by
tools/derive_office_holders.py: heads of state, ministers, legislators) holds the code of the
office held on the article's date ("Hillary Clinton" 2011: USAGOV, 2016: USAELI). The rest is
hand-written: our entity layer already knows each person's titles and affiliation and each
body's country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span

from dateline import geo
from dateline.extract.common.doctext import doc_text
from dateline.extract.common.referents import EntityIndex
from dateline.extract.common.syntax import lemma
from dateline.extract.mentions import PARTY_TAG
from dateline.lexicon import section_lines, sections

_WORD = re.compile(r"[a-z][a-z.'-]*")
_FORMER = frozenset({"former", "retired", "onetime", "one-time", "ex"})

_LINES = section_lines("event_rules.txt")
_PHRASES = _LINES["role-phrases"]  # multi-word roles whose words alone must not decide
_SKIP_WORDS = sections("event_rules.txt")["skip-words"]
_STATELESS = frozenset(_LINES["stateless"])
PEACEKEEPING = _LINES["peacekeeping"]  # word beginnings, for str.startswith
UN_PREFIXES = tuple(prefix + " " for prefix in _LINES["un-prefixes"])
MEMBERS = sections("event_rules.txt")["members"]
ABSTRACT_MODIFIERS = sections("event_rules.txt")["abstract-modifiers"]


@dataclass(frozen=True)
class _Table:
    sectors: tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]  # code, words, phrases
    groups: dict[str, str]  # lower-case name, or an abbreviation as written -> code


# The roles PETRARCH2's agents may add words to: CAMEO's sectors that our table writes.
_ROLES = frozenset(
    "AGR BUS COP CRM CVL EDU ENV GOV HLH JUD LAB LEG MED MIL NGO OPP REB REF REL SPY UAF".split()
)


@cache
def _table() -> _Table:
    sectors: list[tuple[str, frozenset[str], tuple[str, ...]]] = []
    groups: dict[str, str] = {}
    ours = section_lines("actor_codes.txt")
    petrarch = section_lines("agents.txt")["sectors"]  # PETRARCH2's agents, after ours
    for section, line in [(section, line) for section, lines in ours.items() for line in lines] + [
        ("sectors", line) for line in petrarch if line.split("\t")[0] in _ROLES
    ]:
        code, _, rest = line.partition("\t")
        if section == "sectors":
            entries = rest.split()
            # two-word entries are written as separate words; keep known phrases whole, and
            # a word that the line has only inside a phrase ("forces" of "security forces")
            # does not decide alone
            phrases = tuple(
                p for p in _PHRASES if all(w in entries for w in p.split()) and " " in p
            )
            singles = list(entries)
            for phrase in phrases:
                for word in phrase.split():
                    if word in singles:
                        singles.remove(word)
            # the other number of each word: "envoys" for "envoy", "militia" for "militias"
            numbers = {w[:-1] if w.endswith("s") else w + "s" for w in singles if len(w) > 3}
            sectors.append((code, frozenset(singles) | frozenset(numbers), phrases))
        elif section in ("groups", "people"):
            for name in rest.split("|"):
                name = name.strip()
                # abbreviations match as written: "WHO" is the agency, "who" a pronoun
                groups[name if _is_abbreviation(name) else name.lower()] = code
    return _Table(tuple(sectors), groups)


def _is_abbreviation(name: str) -> bool:
    return len(name) <= 8 and name.replace(".", "").isupper()


def group_code(name: str) -> str | None:
    """The IGO/NGO code of an international body's name or abbreviation."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    groups = _table().groups
    if _is_abbreviation(name):
        return groups.get(name)
    code = groups.get(name.lower())
    if code is None:
        for prefix in UN_PREFIXES:  # "the U.N. World Food Program", "the U.N. Children's Fund"
            if name.startswith(prefix) and len(name) > len(prefix):
                return groups.get(name[len(prefix) :].lower(), "IGOUNO")
    return code


def sector(words: list[str]) -> str | None:
    """The role the words name: the earliest matching line of the table."""
    lowered = [w.lower() for w in words]
    text = " " + " ".join(lowered) + " "
    present = set(lowered)
    for code, entries, phrases in _table().sectors:
        if any(f" {phrase} " in text for phrase in phrases):
            return code
        for word in present & entries:
            if word in _SKIP_WORDS and ("attorney general" in text or "secretary general" in text):
                continue
            return code
    return None


def actor_code(
    phrase: Span | None,
    entity: dict[str, Any] | None,
    index: EntityIndex,
    home: str | None = None,
    nearby: str | None = None,
    when: str | None = None,
) -> str | None:
    """The CAMEO code for an actor phrase and the entity it resolved to (either may be None).

    A person the text gives no office of and PETRARCH2's dictionary dates one for holds
    that office's code on the article's date `when` (`office_code`). A role with no country
    of its own takes `home`, the country of the event's place ("police in Marsabit"), else
    `nearby`, the country of a place the sentence names outside the target ("the
    administration said China must drop barriers to U.S. exports": USA).
    """
    if entity is not None and entity.get("type") == "PERSON" and when:
        dated = office_code(entity["name"], when)
        if dated is not None:
            role = _role(phrase, entity)  # a title in the text says the office
            if role is None:
                return dated
            if dated[:3] in geo.gazetteer().countries:
                return dated[:3] + role  # "Sen. Marco Rubio", 2016: USA from the dates, LEG
    group = _group(phrase, entity, index)
    if group is not None:
        return group
    if phrase is not None and any(t.lower_.startswith(PEACEKEEPING) for t in phrase):
        return "IGOPKO"  # CAMEO: peacekeepers of no named body, whatever their nationality
    country = _country(phrase, entity, index)
    role = _role(phrase, entity)
    words = {t.lower_ for t in phrase} if phrase is not None else set()
    if "ethnic" in words and home is not None:
        country = home  # "ethnic Albanians in Serbia": CAMEO codes residents by residence
    if country is None and role is not None and role not in _STATELESS:
        country = home or nearby
    if country is None and entity is not None and entity.get("type") == "PERSON":
        if phrase is not None and _party_tagged(entity, phrase.doc):
            country = "USA"  # a US party tag
    if country is None:
        return role
    return country + (role or "")


@cache
def _office_holders() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """name -> (code, from, to) spans, ISO dates, empty = open: data/office_holders.tsv
    (PETRARCH2's), then data/office_terms.tsv (ours, by hand), which replaces a name both hold."""
    table: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for file in ("office_holders.tsv", "office_terms.tsv"):
        text = resources.files("dateline.data").joinpath(file).read_text("utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            name, _, spans = line.partition("\t")
            table[name] = tuple(tuple(span.split(":")) for span in spans.split())  # type: ignore[misc]
    return table


def office_code(name: str, when: str) -> str | None:
    """The code a person held on a date ("Barack Obama" 2012: USAGOV, 2005: none dated, so
    his undated code if he has one); None for a name the dictionary does not hold."""
    spans = _office_holders().get(name.lower())
    if not spans:
        return None
    day = when[:10]
    for code, start, end in spans:
        if (start or end) and (not start or start <= day) and (not end or day < end):
            return code
    return next((code for code, start, end in spans if not start and not end), None)


def _group(phrase: Span | None, entity: dict[str, Any] | None, index: EntityIndex) -> str | None:
    """An international body: the entity itself, its affiliation ("the UN's relief
    coordinator"), the phrase, or a body named before a role word ("UN peacekeepers")."""
    names = []
    if entity is not None:
        names.append(entity["name"])
        if entity.get("affiliation"):
            names.append(entity["affiliation"])
    if phrase is not None:
        names.append(phrase.text)
        if entity is None or entity["type"] == "NORP":
            # a body's one-word name the model missed ("the pro-Iranian Hizbollah group")
            names += [t.text for t in phrase if t.pos_ == "PROPN" and t.i <= phrase.root.i]
            names += _name_runs([t for t in phrase if t.i <= phrase.root.i])  # "Abu Sayyaf"
        if entity is None or entity["type"] not in ("GPE", "LOC"):
            names += [
                e["name"]
                for e in entities_in(phrase, index, before=phrase.root.idx)
                if e["type"] == "ORG"
            ]
            names += _members_of(phrase)
    for name in names:
        code = group_code(name)
        if code is not None:
            return code
    if entity is not None and entity["type"] == "PERSON":
        for title in entity.get("titles", []):  # "United Nations Emergency Relief Coordinator"
            code = _group_named_in(title)
            if code is not None:
                return code
    return None


def _members_of(phrase: Span) -> list[str]:
    """The body a phrase's head belongs to, named after it: "inspectors from the IAEA",
    "guerrillas of the KLA", "the militant group Hamas"."""
    root = phrase.root
    if lemma(root) not in MEMBERS and sector([root.text]) in (None, "CVL"):
        return []  # "supporters of Hamas" are not Hamas
    bodies = [child for child in root.children if child.dep_ == "appos"]
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            bodies += [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
    names = []
    for body in bodies:
        words = [t for t in body.doc[body.left_edge.i : body.i + 1] if t.dep_ != "det"]
        if not words:
            continue
        names.append(body.doc[words[0].i : body.i + 1].text)  # "Kosovo Liberation Army"
        names += _name_runs(words, shortest=1)  # the names inside: "IAEA" in "IAEA inspectors"
    return names


def _name_runs(tokens: list[Any], shortest: int = 2) -> list[str]:
    """The runs of proper nouns among the tokens ("Abu Sayyaf" in "Abu Sayyaf rebels")."""
    runs: list[str] = []
    run: list[str] = []
    for token in tokens:
        if token.pos_ == "PROPN":
            run.append(token.text)
            continue
        if len(run) >= shortest:
            runs.append(" ".join(run))
        run = []
    if len(run) >= shortest:
        runs.append(" ".join(run))
    return runs


@cache
def _group_pattern() -> re.Pattern[str]:
    names = sorted(_table().groups, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def _group_named_in(text: str) -> str | None:
    """The first international body a title names ("UN envoy", "World Bank president")."""
    for match in _group_pattern().finditer(text):
        code = group_code(match.group(1))
        if code is not None:
            return code
    return None


def _country(phrase: Span | None, entity: dict[str, Any] | None, index: EntityIndex) -> str | None:
    country = entity.get("country") if entity is not None else None
    if country is not None or phrase is None:
        return country
    for token in phrase[:-1]:  # "Greek Cypriot voters": the pair names the people
        if token.i < phrase.root.i and token.text[:1].isupper():
            place = geo.demonym(f"{token.text} {token.nbor().text}")
            if place is not None:
                return place.country
    found = [e for e in entities_in(phrase, index) if e.get("country")]
    # a place the phrase names ("opposition groups in Zimbabwe") before a nationality
    for entity_in in sorted(found, key=lambda e: e["type"] not in ("GPE", "LOC")):
        return entity_in["country"]
    for entity_in in entities_in(phrase, index):  # "Indonesian Muslims": a nationality inside
        if entity_in["type"] == "NORP":
            for word in entity_in["name"].split():
                place = geo.demonym(word)
                if place is not None:
                    return place.country
    for token in phrase:  # "Somali rebels": a nationality the model missed
        if token.i < phrase.root.i and token.dep_ in ("amod", "compound", "nmod"):
            before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
            if before in ("pro", "anti", "-"):
                continue  # "pro-Iranian": not Iranian
            place = geo.demonym(token.text) if token.text[:1].isupper() else None
            previous = token.doc[token.i - 1].text if token.i > phrase.start else ""
            if place is None and previous[:1].isupper():
                place = geo.demonym(f"{previous} {token.text}")  # "Sri Lankan"
            if place is not None:
                return place.country
    if entity is None and phrase.root.pos_ == "PROPN":
        name = phrase.root.text  # a country or capital the entity layer missed ("Kyiv")
        if geo.is_country_or_capital(name):
            places = geo.lookup(name)
            return places[0].country if places else None
    return None


def _role(phrase: Span | None, entity: dict[str, Any] | None) -> str | None:
    own: str | None = None  # the role of the entity's titles or name
    if entity is not None:
        if entity["type"] == "PERSON":
            # the first title that names an office held now, else a former one (ELI)
            roles = [_held(_WORD.findall(title.lower())) for title in entity.get("titles", [])]
            own = next((r for r in roles if r not in (None, "ELI")), None)
            own = own or next((r for r in roles if r is not None), None)
            if own is None and phrase is not None and _party_tagged(entity, phrase.doc):
                own = "LEG"  # "Pat Toomey (R-Pa.)": AP style tags members of Congress so
        elif entity["type"] == "ORG" and not geo.is_country_or_capital(entity["name"]):
            own = sector(_WORD.findall(entity["name"].lower()))  # not "Soviet Union": LAB
    if phrase is None:
        return own
    if entity is not None and entity["type"] in ("GPE", "LOC"):
        named = [t for t in phrase if not (t.is_punct or t.dep_ == "det")]
        if (
            named
            and all(t.ent_type_ and t.ent_iob_ in ("B", "I") for t in named)
            and len({t.ent_type_ for t in named}) == 1
        ):
            return None  # "Syria", "the Democratic People's Republic of Korea": the country
        if len(phrase) <= 3 and phrase.root.ent_type_ in ("GPE", "LOC"):
            return None  # "Syria", "the United States": the country itself
    if any(c.dep_ == "amod" and c.lower_ in ABSTRACT_MODIFIERS for c in phrase.root.children):
        return None  # "the economic forces that are destroying the middle class": no army
    # the head's own words first: "supporters of former President X" are not GOV
    head_words = [t.text for t in phrase if t.i <= phrase.root.i and not t.is_punct]
    return _held(head_words) or own or sector([t.text for t in phrase if not t.is_punct])


def _party_tagged(entity: dict[str, Any], doc: Doc) -> bool:
    """Whether a mention of the person is followed by a party tag ("(R-Pa.)", "(D-N.Y.)")."""
    text = doc_text(doc)
    return any(
        PARTY_TAG.match(text, _skip_spaces(text, end)) is not None
        for _, end in entity.get("mentions", [])
    )


def _skip_spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] == " ":
        index += 1
    return index


def _held(words: list[str]) -> str | None:
    """The role the words name; a former office is CAMEO's elite (ELI), as PETRARCH2's
    agents code FORMER_PRESIDENT and RETIRED ("former New York Gov. George Pataki")."""
    role = sector(words)
    if role is not None and _FORMER & {w.lower() for w in words}:
        return "ELI"
    return role


def entities_in(
    phrase: Span, index: EntityIndex, before: int | None = None
) -> list[dict[str, Any]]:
    """Entities named inside the phrase (ending before `before`, when given)."""
    found = []
    for start, end, entity in index.mentions:
        if start >= phrase.end_char:
            break
        if before is not None and end > before:
            continue
        if start >= phrase.start_char and end <= phrase.end_char:
            found.append(entity)
    return found
