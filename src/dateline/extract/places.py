"""Places: the article's GPE, LOC and FAC entities resolved against the gazetteer.

A name may denote several places ("Georgia" the country or the US state, "Paris" in France or
Texas). Each entity takes the candidate the article supports best, and its record says why
(`resolution`), strongest evidence first:

1. "only candidate": the gazetteer knows one place of that name;
2. "pattern: Atlanta, Georgia": the text writes it "City, Region" and the pair fits together
   (the city lies in that region or country); both entities are resolved by it;
3. "context: Tbilisi (GEO)": the article's unambiguous places (names whose candidates all lie
   in one country) vote for their country, and for their US state; a vote from the state a
   candidate lies in counts double. The candidate with the most votes wins, if no other ties
   it; but a city never displaces a country, nor a city ten times its size, on a country's
   votes alone ("Paris" stays in France in a US story), and a country displaces the
   gazetteer's first candidate only when it holds more than half the votes, two at least
   (the article's country, not one mention: "Geneva" in a story on Yemen that names the
   U.S. stays Swiss);
4. "outlet country": the country of the article's domain (".co.ke", ".co.uk"), a weak prior
   with the same limits;
5. the gazetteer's order: "country over city" (or region), else "largest population".

A town too small for the gazetteer is found where the text pins it with its state or country
("Mars, Pennsylvania", "Mars, Pa.": GeoNames' towns of 1,000 people, `geo.small_town`).

A name that the article uses for a person, or a body of the Solar System, is no place unless
the text makes it one: "Kennedy said" in a story naming Senator John Kennedy is not the
Bogota locality, "orbit around Jupiter" is not Jupiter, Florida; "Jupiter, Florida", "lives
in Jupiter" or "Carson, California" are places. A person's use is a PERSON entity's full name
or surname, a title or honorific before the name ("Sen. Kennedy"), or the name as the subject
of a verb of saying ("Pereira said"); countries, regions and national capitals are exempt
("Washington said"). The text makes a place by a "City, Region" pattern, by "in", "at",
"near" or "outside" before the name (not before a possessive: "in Jupiter's atmosphere"), or
by a place noun after it ("Miranda state").

Entities the gazetteer does not know, and NORP entities (demonyms), make no record. Records
come in order of first mention; a place whose gazetteer entry has no coordinates (a province
known only by name) has `lat`/`lon` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from dateline import geo
from dateline.extract.mentions import surname
from dateline.extract.registry import layer
from dateline.geo import Place
from dateline.lexicon import sections, title_heads
from dateline.record import Article

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# On a country's votes alone a city may displace a bigger city of its name only when it has
# at least this share of that city's people.
CONTEXT_POPULATION_SHARE = 0.1
ADMIN_WEIGHT = 2  # a vote from the candidate's own US state outweighs one from its country
# A country displaces the gazetteer's first candidate only with more than half of the votes
# and at least this many: one mention of the U.S. is no article's country.
MIN_DISPLACING_VOTES = 2

_RULES = sections("entity_rules.txt")
_HONORIFICS = _RULES["honorifics"]
_PLACE_NOUNS = frozenset(" ".join(_RULES["place-nouns"]).split())
_SPEECH_VERBS = sections("cue_verbs.txt")["speech"]
# Words before a name that make it a place whatever else it may be ("in Jupiter").
PLACE_WORDS = frozenset({"in", "at", "near", "outside"})
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")

_COMMA = re.compile(r",[ \t]*")
_REGION_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")


@dataclass
class _Item:
    entity: dict[str, Any]
    candidates: tuple[Place, ...]
    first: int
    choice: Place | None = None
    resolution: str = ""
    pinned: bool = False  # a "City, Region" pattern in the text names it as a place


@layer("places", requires=["entities"], assigns=["entities.country"])
def places_layer(doc: Doc, article: Article, *, entities: list[dict]) -> list[dict]:
    """The places, and each place entity's country set to its place's: the places layer
    weighs the article's context; the entity layer alone cannot."""
    places = extract_places(doc, article, entities=entities)
    place_countries(entities, places)
    return places


def place_countries(entities: list[dict], places: list[dict]) -> None:
    """A place entity takes the country its place was resolved to."""
    by_entity = {place["entity_id"]: place for place in places}
    for entity in entities:
        place = by_entity.get(entity["id"])
        if place is not None:
            entity["country"] = place["country"]


def extract_places(doc: Doc, article: Article, *, entities: list[dict]) -> list[dict]:
    """Place records for the article's GPE, LOC and FAC entities the gazetteer knows."""
    text = article.text
    items = [item for entity in entities if (item := _item(entity, text)) is not None]
    if not items:
        return []
    items.sort(key=lambda item: item.first)
    for item in items:
        if len(item.candidates) == 1 and not item.pinned:
            item.choice, item.resolution = item.candidates[0], "only candidate"
    people = {start for e in entities if e.get("type") == "PERSON" for start, _ in e["mentions"]}
    _patterns(items, text, people)
    persons = _person_names(entities, text)
    items = [item for item in items if _place_use(item, doc, text, persons)]
    ambiguous = [item for item in items if item.choice is None]
    if ambiguous:
        _context(items, ambiguous)
        outlet = geo.country_of_domain(article.url) or geo.country_of_domain(article.outlet)
        for item in ambiguous:
            if item.choice is None:
                _by_outlet(item, outlet) or _by_default(item)
    return [_record(item) for item in items]


def _item(entity: dict[str, Any], text: str) -> _Item | None:
    if entity.get("type") not in PLACE_TYPES or not entity.get("mentions"):
        return None
    first = min(start for start, _ in entity["mentions"])
    name = entity.get("name") or ""
    if entity.get("type") == "GPE":
        state = _state_abbreviation(entity, text)
        if state is not None:  # "(R-Pa.)" is Pennsylvania, never Pa in Burkina Faso
            return _Item(entity, (state,), first, state, "US state abbreviation")
    candidates = tuple(geo.lookup(name))
    if not candidates and ", " in name:  # an entity named "Paris, Texas"
        city, _, region = name.partition(", ")
        candidates = tuple(geo.lookup(city))
        pair = _pair(candidates, _region_candidates(region))
        if pair is not None:
            return _Item(entity, candidates, first, pair[0], f"pattern: {name}")
    if not candidates:
        for start, end in entity["mentions"]:
            candidates = tuple(geo.lookup(text[start:end]))
            if candidates:
                break
    if not candidates and entity.get("type") in ("GPE", "LOC"):
        town = _small_town(entity, text)
        if town is not None:
            return _Item(entity, (town[0],), first, town[0], town[1], pinned=True)
    regions = tuple(p for p in candidates if p.feature == "region")
    if regions and len(regions) < len(candidates) and _named_a_region(entity, text):
        return _Item(entity, regions, first, regions[0], "named a region", pinned=True)
    return _Item(entity, candidates, first) if candidates else None


# Nouns after a name that make it a first-level region: "Sylhet division", "Sindh province".
_REGION_NOUNS = ("division", "province", "region", "state")


def _named_a_region(entity: dict[str, Any], text: str) -> bool:
    """Whether a mention is followed by a region noun ("Sylhet division", not Sylhet city)."""
    return any(
        text[end : end + 12].lstrip().lower().startswith(_REGION_NOUNS)
        and text[end : end + 1] == " "
        for _, end in entity["mentions"]
    )


def _small_town(entity: dict[str, Any], text: str) -> tuple[Place, str] | None:
    """A town the gazetteer lacks, pinned by the region written after it ("Mars, Pa.") or in
    the entity's name ("Mars, Pennsylvania")."""
    name = entity.get("name") or ""
    if ", " in name:
        city, _, region = name.partition(", ")
        for place in _region_candidates(region):
            town = geo.small_town(city, place)
            if town is not None:
                return town, f"pattern: {name}"
    for start, end in entity["mentions"]:
        comma = _COMMA.match(text, end)
        words = _REGION_WORDS.match(text, comma.end()) if comma else None
        if words is None:
            continue
        parts = words.group().split()
        for n in range(len(parts), 0, -1):
            surface = " ".join(parts[:n]).rstrip(",")
            for region in _region_candidates(surface):
                town = geo.small_town(text[start:end], region)
                if town is not None:
                    return town, f"pattern: {text[start:end]}, {surface}"
    return None


def _person_names(entities: list[dict], text: str) -> set[str]:
    """The article's people as names and surnames are looked up ("john kennedy", "kennedy")."""
    names = set()
    for entity in entities:
        if entity.get("type") == "PERSON" and entity.get("name"):
            names |= {geo.normalize(entity["name"]), geo.normalize(surname(entity["name"]))}
            names |= {geo.normalize(text[start:end]) for start, end in entity["mentions"]}
    return names


def _place_use(item: _Item, doc: Doc, text: str, persons: set[str]) -> bool:
    """Whether the entity is to be a place: unless the article uses its name for a person or
    it is a body of the Solar System, and the text does not make it a place (module
    docstring)."""
    if item.pinned or item.resolution.startswith(("pattern", "US state")):
        return True
    name = item.entity.get("name") or ""
    if not geo.is_celestial(name) and (
        any(p.feature in ("country", "region") for p in item.candidates)  # "Georgia"
        or geo.is_country_or_capital(name)  # "Washington said": a government
        or not _person_use(item, doc, text, persons)
    ):
        return True
    return any(_placed(text, start, end) for start, end in item.entity["mentions"])


def _person_use(item: _Item, doc: Doc, text: str, persons: set[str]) -> bool:
    """A person's full name or surname in the article, or a mention with a title or an
    honorific before it ("Sen. Kennedy") or that is the subject of a verb of saying."""
    if geo.normalize(item.entity.get("name") or "") in persons:
        return True
    for start, end in item.entity["mentions"]:
        if geo.normalize(text[start:end]) in persons:
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start else None
        if before is not None and before.is_title:
            if before.lower_ in title_heads() or before.lower_ in _HONORIFICS:
                return True
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS:
            return True
    return False


def _placed(text: str, start: int, end: int) -> bool:
    """ "in Jupiter", "at Kennedy", "Miranda state": the text makes the mention a place."""
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in PLACE_WORDS:
        return not _POSSESSIVE_AFTER.match(text, end)
    after = text[end : end + 20].split()
    return bool(after) and after[0].lower().strip(".,;:") in _PLACE_NOUNS


def _state_abbreviation(entity: dict[str, Any], text: str) -> Place | None:
    """ "N.C.", "Va." or the "IN" of a party tag "(R-IN)": a US state. A bare two-letter
    capital word ("IN", "OR") counts only after a hyphen or a comma, where it cannot be a word."""
    for start, end in entity["mentions"]:
        surface = text[start:end]
        if "." not in surface and not (start > 0 and text[start - 1] in "-,"):
            continue
        state = geo.us_state_abbreviation(surface)
        if state is not None:
            return state
    return None


def _region_candidates(surface: str) -> list[Place]:
    """What the region slot of "City, Region" may be: a US state abbreviation, a country or a
    region."""
    found = [p for p in geo.lookup(surface) if p.feature in ("country", "region")]
    state = geo.us_state_abbreviation(surface)
    if state is not None and state not in found:
        found.append(state)
    return found


def _pair(cities: tuple[Place, ...], regions: list[Place]) -> tuple[Place, Place] | None:
    """The first (place, region) whose place lies in the region, in candidate order."""
    for place in cities:
        for region in regions:
            if geo.contains(region, place):
                return place, region
    return None


def _patterns(items: list[_Item], text: str, people: set[int]) -> None:
    """Resolve "Atlanta, Georgia", "Paris, Texas", "Tbilisi, Georgia", "Birmingham, Ala.";
    not "Athens, Georgia Smith said" (a person's name starts at `people`)."""
    by_start: dict[int, tuple[_Item, int]] = {}
    for item in items:
        for start, end in item.entity["mentions"]:
            by_start[start] = (item, end)
    for item in items:
        for start, end in item.entity["mentions"]:
            comma = _COMMA.match(text, end)
            if comma is None or comma.end() in people:
                continue
            at = comma.end()
            region_item, region_end = by_start.get(at, (None, at))
            if region_item is item:
                continue
            if region_item is not None:
                surface = text[at:region_end]
                regions = [p for p in region_item.candidates if p.feature != "city"]
                pair = _pair(item.candidates, regions) if regions else None
                if pair is None:  # the entity's own name may differ from its surface here
                    pair = _pair(item.candidates, _region_candidates(surface))
            else:
                pair, surface = _pattern_words(item, text, at)
            if pair is None:
                continue
            item.pinned = True
            if region_item is not None:
                region_item.pinned = True
            label = f"pattern: {text[start:end]}, {surface}"
            if item.choice is None:
                item.choice, item.resolution = pair[0], label
            if region_item is not None and region_item.choice is None:
                region_item.choice, region_item.resolution = pair[1], label


def _pattern_words(item: _Item, text: str, at: int) -> tuple[tuple[Place, Place] | None, str]:
    """A region slot that is no entity ("Ga.", "Texas" untagged): the capitalised words after
    the comma, longest first."""
    words = _REGION_WORDS.match(text, at)
    if words is None:
        return None, ""
    parts = words.group().split()
    for n in range(len(parts), 0, -1):
        surface = " ".join(parts[:n])
        regions = _region_candidates(surface)
        if regions:
            return _pair(item.candidates, regions), surface
    return None, ""


def _context(items: list[_Item], ambiguous: list[_Item]) -> None:
    """Let the article's unambiguous places vote for the ambiguous ones."""
    country_votes: dict[str, int] = {}
    state_votes: dict[str, int] = {}
    country_anchor: dict[str, str] = {}
    state_anchor: dict[str, str] = {}
    own_vote: dict[int, tuple[str, str | None]] = {}
    for item in items:
        place = item.choice or item.candidates[0]
        if item.choice is None and any(p.country != place.country for p in item.candidates):
            continue
        if place.country is None:
            continue
        name = item.entity.get("name") or place.name
        country_votes[place.country] = country_votes.get(place.country, 0) + 1
        country_anchor.setdefault(place.country, name)
        state = _state_of(place)
        if state:
            state_votes[state] = state_votes.get(state, 0) + 1
            state_anchor.setdefault(state, name)
        own_vote[id(item)] = (place.country, state)
    if not country_votes:
        return
    for item in ambiguous:
        if item.choice is not None:
            continue
        own = own_vote.get(id(item), (None, None))
        scored = [(_votes(p, country_votes, state_votes, own), p) for p in item.candidates]
        (best_score, best_local), best = max(scored, key=lambda pair: pair[0][0])
        if best_score <= 0 or sum(score == best_score for (score, _), _ in scored) > 1:
            continue  # no support, or a tie: leave it to the weaker evidence
        default = item.candidates[0]
        if best is not default and not _may_displace(best, default, best_local > 0):
            continue
        votes = country_votes.get(best.country or "", 0)
        dominant = votes >= MIN_DISPLACING_VOTES and 2 * votes > sum(country_votes.values())
        if best is not default and not best_local and not dominant:
            continue  # "Geneva" in a story on Yemen that names the U.S. once stays Swiss
        state = _state_of(best)
        anchor = state_anchor[state] if best_local and state else country_anchor[best.country]
        item.choice, item.resolution = best, f"context: {anchor} ({best.country})"


def _votes(
    place: Place,
    country_votes: dict[str, int],
    state_votes: dict[str, int],
    own: tuple[str | None, str | None],
) -> tuple[int, int]:
    """(score, votes from its own US state) for one candidate, the entity's own vote left out."""
    country = 0
    if place.country:
        country = country_votes.get(place.country, 0) - (place.country == own[0])
    state = _state_of(place)
    local = state_votes.get(state, 0) - (state == own[1]) if state else 0
    return country + ADMIN_WEIGHT * local, local


def _state_of(place: Place) -> str | None:
    """The US state a place is, or lies in."""
    if place.country != "USA":
        return None
    if place.feature == "region":
        return place.name
    return place.admin if place.feature == "city" else None


def _may_displace(place: Place, default: Place, supported_locally: bool) -> bool:
    """Whether context may pick `place` over the gazetteer's first candidate."""
    if supported_locally:
        return True
    if default.feature == "country":
        return place.feature != "city"
    if default.feature == "city" and place.feature == "city":
        return place.population >= default.population * CONTEXT_POPULATION_SHARE
    return True


def _by_outlet(item: _Item, outlet: str | None) -> bool:
    default = item.candidates[0]
    if outlet is None or default.country == outlet:
        return False
    for place in item.candidates[1:]:
        if place.country == outlet and _may_displace(place, default, supported_locally=False):
            item.choice, item.resolution = place, "outlet country"
            return True
    return False


def _by_default(item: _Item) -> bool:
    default, second = item.candidates[0], item.candidates[1]
    if default.feature == "country" and second.feature != "country":
        resolution = f"country over {second.feature}"
    else:
        resolution = "largest population"
    item.choice, item.resolution = default, resolution
    return True


def _record(item: _Item) -> dict[str, Any]:
    place = item.choice
    assert place is not None
    return {
        "name": place.name,
        "entity_id": item.entity["id"],
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "feature": place.feature,
        "mentions": [[start, end] for start, end in item.entity["mentions"]],
        "candidates": len(item.candidates),
        "resolution": item.resolution,
    }
