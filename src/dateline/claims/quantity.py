"""What quantity a figure is about: the key that puts figures of many articles on one line.

Two figures are about the same quantity when they have the same category, count the same
class of thing (data/claim_objects.txt: "people", "dead" and "victims" are one class;
"civilians", "children", "soldiers" each another), are in the same place, and have the same
scope (a running total, or one incident's toll: `scope` of the figure record), and are of
the article's own time (a toll "in 2019", recalled in 2026, is another quantity). A city's
figure is not its country's: the place is the gazetteer entry the figure names, a city or
town by its geonames id, so "Khartoum" and "Sudan" are two places. A first-level region (a
province, a state, a division) is keyed as itself, and the lines (`lines._fold_regions`)
join a country's figures with its region's where the quantity has one region in that
country: a crisis's national toll is reported as "in Sudan" one day and "in Sudan's Darfur
region" the next, while a crisis in two states ("Kogi state", "Benue state") has the two
states' tolls and the country's apart; a town's toll is a part of it ("in the town alone").

A figure's place is, in this order: the place its clause names back ("in the province",
"the state's toll", "in the district", "in the capital"); the place the figures layer gave
it (a region named for a part of a national count, "including 78 in the Artibonite
department", as the region's own share); a district the article names as such ("Wayanad
district", whether the gazetteer knows it or not; a town, "the town of Meppadi", for one
incident's toll); the place its clause names nearest to the number, leaving out where a
claimant spoke ("told reporters in Coimbra"). "Nationwide" or "national" in the figure's own
words makes it the country's. A figure whose sentence names no place is about the country of
the place the article named last before it (else of its dateline, else of the place it names
most): where the story is. Hand-written: no library reads a place's role in a news sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from dateline.geo import capital_of, lookup
from dateline.lexicon import table

_CLASSES = table("claim_objects.txt", "objects")
PEOPLE = "people"


@dataclass(frozen=True)
class Place:
    """A place as the lines compare it: `key` is the gazetteer id, `name` as written."""

    key: str
    name: str
    part: bool = False  # a region's share of its country's count ("including 78 in ...")


@dataclass(frozen=True)
class Quantity:
    category: str
    counted: str
    place: Place | None
    scope: str
    era: str = ""  # a year other than the article's: "more than 600 killed by Idai in 2019"

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        place = self.place.key if self.place else ""
        return (self.category, self.counted, place, self.scope, self.era)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def era_of(figure: dict[str, Any]) -> str:
    """The year a figure's period names when it is not the year of its article: a past
    disaster's toll recalled for comparison is another quantity."""
    found = _YEAR.search(figure.get("period") or "")
    published = str(figure.get("published") or "")[:4]
    return found.group(1) if found and published and found.group(1) != published else ""


def counted_class(figure: dict[str, Any]) -> str:
    """The class of what a figure counts: "people" for people, the dead or victims (and
    for a count of people with no noun, "a toll of 40"), the currency of money, else the
    counted noun in the singular."""
    if figure.get("category") == "MONEY":
        return figure.get("unit") or "money"
    word = (figure.get("object") or "").strip().lower()
    if not word:
        return PEOPLE if figure.get("category") not in ("OTHER", "PERCENT", "SEIZE") else ""
    if figure["object"].strip()[:1].isupper() and figure.get("category") != "OTHER":
        return PEOPLE  # "5,200 Mozambicans had crossed into Tanzania"
    word = word.split()[-1]
    if word in _CLASSES:
        return _CLASSES[word]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def place_of(figure: dict[str, Any], places: list[dict[str, Any]], text: str) -> Place | None:
    """The figure's place (see the module docstring); `places` and `text` are its article's."""
    number = figure.get("number_start") or 0
    start, end = figure.get("start") or 0, figure.get("end") or 0
    clause_start, clause_end = _clause_around(text, start, end, number)
    clause = text[clause_start:clause_end]
    own = _own_words(text, figure, clause_end)
    national = _national(text, clause_start, number, own)
    kind = _ANAPHORA.search(clause)
    kind_word = (kind.group(1) or kind.group(2)).lower() if kind is not None else ""
    if kind_word == "capital":
        at = clause_start + kind.start()
        if not national and (own[0] <= at < own[1] or not figure.get("place")):
            capital = _capital(places, text, number)  # "including 180 in the capital"
            if capital is not None:
                return capital
    elif kind is not None and not national:  # "displaced in the province": the one before
        feature = _ANAPHORA_FEATURES[kind_word]
        found = _nearest_before(places, text, number, feature)
        district = (
            _district_named(places, text, 0, number, number, towns=False)
            if feature == "city"
            else None
        )
        if district is not None and (found is None or district[0] > _last_mention(found, number)):
            return district[1]  # "in the district": the "Wayanad district" named before
        if found is not None:
            return _place(found)
        if feature in ("country", "region"):  # a province the gazetteer does not know is
            national = True  # still the story's country
    by_entity = {p.get("entity_id"): p for p in places}
    named = by_entity.get(figure.get("place_id"))
    if named is not None and not named.get("country"):  # a river, a sea: the country named
        named = _nearest_in(places, text, clause_start, clause_end, number) or named
    if named is not None and _part_in_region(named, text, number, own):
        return replace(_region(named), part=True)  # "..., including 78 in the Artibonite"
    if named is not None:
        return _country(named) if national else _place(_inner(named, places, text))
    if figure.get("place"):  # a place the gazetteer does not know: the country named by it
        found = _nearest_in(places, text, clause_start, clause_end, number)
        return _place(found) if found else Place("name:" + figure["place"].lower(), figure["place"])
    incident = figure.get("scope") == "incident"
    district = _district_named(places, text, clause_start, clause_end, number, towns=incident)
    if district is not None and not national:  # "died in neighbouring Kozhikode district"
        return district[1]
    found = _nearest_in(places, text, clause_start, clause_end, number)
    if found is not None and _part_in_region(found, text, number, own):
        return replace(_region(found), part=True)
    before = _nearest_in(places, text, start, number, number)  # "In Mocímboa da Praia itself, ..."
    if before is not None:
        return _country(before) if national else _place(before)
    story = _nearest_before(places, text, start) or _dateline(places, text)
    story = story or _most_named(places, text)
    return _country(story) if story is not None else None


# A figure for the whole country ("the national death toll"), whatever place is named near it.
# ("national" in lower case: "the National Emergency Management Agency" is a name)
_NATIONAL = re.compile(r"\bnational\b|\b(?i:nationwide|countrywide|across the country)\b")
# Where one clause of a sentence ends: "9,000 fled into Tanzania, while OCHA said ...".
_CLAUSE_BREAK = re.compile(r", (?:while|whereas) |; ")


def _clause_around(text: str, start: int, end: int, number: int) -> tuple[int, int]:
    """Where the part of the sentence around the number, between clause breaks, is."""
    sentence = text[start:end]
    at = number - start
    left, right = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= at:
            left = match.end()
        elif match.start() >= at:
            right = match.start()
            break
    return start + left, start + right


def _inner(place: dict[str, Any], places: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The city a country or region introduces: "Bangladesh's flood-hit Sunamganj district"."""
    if place.get("feature") not in ("country", "region"):
        return place
    for _, m_end in place.get("mentions") or []:
        if text[m_end : m_end + 2] not in ("'s", "’s"):
            continue
        for other in places:
            if other.get("feature") == "city" and other.get("country") == place.get("country"):
                if any(m_end < s <= m_end + 30 for s, _ in other.get("mentions") or []):
                    return other
    return place


# A district named as such ("in the hilly Wayanad district"): a part of a country that the
# gazetteer may not know, and that the entity layer may miss; a district is keyed as a city.
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
_DISTRICT = re.compile(
    rf"\b(?:({_NAME}) (?:district|county|territory)\b|(district|town|village) of ({_NAME}))"
)


def _district_named(
    places: list[dict[str, Any]], text: str, start: int, end: int, number: int, towns: bool
) -> tuple[int, Place] | None:
    """(where, the place) of the district named between `start` and `end` nearest to the
    number: the gazetteer's city of that name, else the name itself."""
    found = [  # any district the article names, where the clause names it
        (at, name)
        for name in _district_names(text, towns)
        for at in _written_at(name, text)
        if start <= at and at + len(name) <= end
    ]
    if not found:
        return None
    at, name = min(found, key=lambda f: abs(f[0] - number))
    return at, _district(places, name)


@lru_cache(maxsize=4096)
def _written_at(name: str, text: str) -> tuple[int, ...]:
    """Where a name is written in a text as a whole word (asked for each figure of an
    article: computed once per name and article)."""
    return tuple(m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text))


@lru_cache(maxsize=1024)
def _district_names(text: str, towns: bool) -> frozenset[str]:
    """The names an article calls a district ("Wayanad district", "the district of
    Wayanad"), and with `towns` a town or village ("near the town of Meppadi": where one
    incident happened, not a running total's place), whether the gazetteer knows them or
    not."""
    names = set()
    for match in _DISTRICT.finditer(text):
        name = match.group(1) or match.group(3)
        if name.split()[0] not in _NOT_NAMES and (towns or match.group(2) in (None, "district")):
            names.add(name)
    return frozenset(names)


def _district(places: list[dict[str, Any]], name: str) -> Place:
    """A district by its name: the article's city of that name, else the gazetteer's city of
    that name in a country the article names, else the name itself."""
    for place in places:
        if place.get("feature") == "city" and place["name"].lower() == name.lower():
            return _place(place)
    countries = {p.get("country") for p in places}
    for known in lookup(name):
        if known.feature == "city" and known.country in countries and known.geonameid:
            return Place(f"geonames:{known.geonameid}", known.name)
    return Place("name:" + name.lower(), name)


# Capitalised words before "district" that are no name: "The district", "A district".
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "Each", "Every", "One", "Another"})


def _last_mention(place: dict[str, Any], before: int) -> int:
    return max((s for s, _ in place.get("mentions") or [] if s < before), default=-1)


# "in the province", "across the country", "in his district": a place named before, by its
# kind (a district or a town is a city's entry in the gazetteer).
_ANAPHORA_FEATURES = {
    "country": "country",
    "province": "region",
    "region": "region",
    "division": "region",
    "state": "region",
    "district": "city",
    "town": "city",
    "city": "city",
    "village": "city",
    "capital": "city",
}
_KINDS = "|".join(_ANAPHORA_FEATURES)
_ANAPHORA = re.compile(
    rf"\b(?:in|inside|across|throughout|around) (?:the|his|her|its|their) ({_KINDS})\b(?! of)"
    rf"|\bthe ({_KINDS})['’]s\b",  # "revised the state's death toll"
    re.IGNORECASE,
)


def _capital(places: list[dict[str, Any]], text: str, number: int) -> Place | None:
    """ "The capital": the capital city of the country of the place named last before."""
    before = _nearest_before(places, text, number) or _dateline(places, text)
    city = capital_of(before["country"]) if before and before.get("country") else None
    return Place(f"geonames:{city.geonameid}", city.name) if city and city.geonameid else None


def _national(text: str, clause_start: int, number: int, own: tuple[int, int]) -> bool:
    """Whether the figure is the whole country's: "nationwide" in its own words or before it
    with no other number between ("45,000 in Kogi alone and more than 70,000 nationwide": the
    second)."""
    before = text[clause_start:number]
    last = max((m.end() for m in _NEXT_NUMBER.finditer(before)), default=0)
    return _NATIONAL.search(before[last:]) is not None or (
        _NATIONAL.search(text, own[0], own[1]) is not None
    )


def _own_words(text: str, figure: dict[str, Any], clause_end: int) -> tuple[int, int]:
    """Where the words that follow the number and are its own end: at the next number or
    the clause's end ("including 152 in the capital| and 78 in the Artibonite")."""
    after = figure.get("number_end") or figure.get("number_start") or 0
    following = _NEXT_NUMBER.search(text, after, clause_end)
    return after, following.start() if following else clause_end


_NEXT_NUMBER = re.compile(r"\d|\b(?:and|while|but)\b")


def _part_in_region(place: dict[str, Any], text: str, number: int, own: tuple[int, int]) -> bool:
    """Whether the number is a part of the count before it that the sentence places in a
    region in its own words ("killed 230 across Haiti, including 152 in the capital and 78
    in the Artibonite department"): a region's share of a national count."""
    if place.get("feature") != "region":
        return False
    window = text[max(0, number - 120) : number]
    including = max(window.rfind("including "), window.rfind("among them "))
    if including < 0 or re.search(r"[.;]", window[including:]):
        return False
    return any(own[0] <= start < own[1] for start in _mentions(place, text))


def _region(place: dict[str, Any]) -> Place:
    """A region as a place of its own: a part of its country's count named by region."""
    return Place(f"region:{place.get('country')}:{place['name'].lower()}", place["name"])


def _place(place: dict[str, Any]) -> Place:
    if place.get("feature") == "region" and place.get("country"):
        return _region(place)  # (one with its country where the crisis has no other region)
    if place.get("feature") == "country" and place.get("country"):
        return Place("country:" + place["country"], place["name"])
    if place.get("geonameid"):
        return Place(f"geonames:{place['geonameid']}", place["name"])
    return Place("name:" + place["name"].lower(), place["name"])


def _country(place: dict[str, Any]) -> Place:
    """A place the figure's sentence does not name, as its country: where the story is."""
    if place.get("country"):  # (named as written: "--place Gaza" finds Gaza's lines)
        return Place("country:" + place["country"], place["name"])
    return _place(place)


def _mentions(place: dict[str, Any], text: str) -> list[int]:
    """Where the article names the place, leaving out a dateline ("KHARTOUM (Reuters) -": in
    capitals, where the story was filed); with every other place its name is written (the
    entity layer may miss one: "17 people had died in neighbouring Kozhikode")."""
    found = {
        start for start, end in place.get("mentions") or [] if not _is_dateline(text, start, end)
    }
    name = place.get("name") or ""
    if len(name) > 3:
        found.update(_written_at(name, text))
    return sorted(found)


def _is_dateline(text: str, start: int, end: int) -> bool:
    return text[start:end].isupper() and len(text[start:end]) > 3


def _nearest_in(
    places: list[dict[str, Any]], text: str, start: int, end: int, number: int
) -> dict[str, Any] | None:
    """The place with a country named in the figure's sentence nearest to its number."""
    best: tuple[int, dict[str, Any]] | None = None
    for place in places:
        if not place.get("country"):
            continue
        for m_start in _mentions(place, text):
            if _SPEAKING_AT.search(text, max(0, m_start - 40), m_start):
                continue  # "told reporters in Coimbra that 2,300 had been evacuated"
            if start <= m_start < end and (best is None or abs(m_start - number) < best[0]):
                best = (abs(m_start - number), place)
    return best[1] if best else None


# Where a claimant spoke, not where the figure is: "told reporters in Bunia", "said in Geneva".
_SPEAKING_AT = re.compile(
    r"\b(?:told (?:reporters|journalists|a news conference|a press conference)|said|"
    r"speaking|spoke|briefing) (?:on \w+ )?in $"
)


def _nearest_before(
    places: list[dict[str, Any]], text: str, number: int, feature: str | None = None
) -> dict[str, Any] | None:
    """The place the article names last before the number (of `feature`, if given)."""
    best: tuple[int, dict[str, Any]] | None = None
    for place in places:
        if feature is not None and place.get("feature") != feature:
            continue
        for m_start in _mentions(place, text):
            if m_start < number and (best is None or m_start > best[0]):
                best = (m_start, place)
    return best[1] if best else None


def _dateline(places: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The place of the dateline ("MAPUTO (AFP) -"): where the story was filed."""
    for place in places:
        if any(_is_dateline(text, s, e) for s, e in place.get("mentions") or []):
            return place
    return None


def _most_named(places: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    named = [(len(_mentions(p, text)), i) for i, p in enumerate(places) if _mentions(p, text)]
    return places[max(named)[1]] if named else None


def quantity_of(figure: dict[str, Any], places: list[dict[str, Any]], text: str) -> Quantity:
    """The quantity a figure is about, with its article's places and text."""
    return Quantity(
        figure.get("category") or "OTHER",
        counted_class(figure),
        place_of(figure, places, text),
        figure.get("scope") or "incident",
        era_of(figure),
    )
