"""Names that are places only where the text makes them one (dateline/extract/places.py): a
surname the article uses for a person, a body of the Solar System; and small towns the text
pins with their state."""

from __future__ import annotations

import re

from dateline import geo
from dateline.extract.places import extract_places
from dateline.nlp import parse
from dateline.record import Article


def places(text, specs):
    """{entity name: (place, country)} for entity specs (name, type, surfaces): a surface
    "A|B" is A where B follows."""
    entities = []
    for n, (name, kind, *surfaces) in enumerate(specs, start=1):
        mentions = []
        for surface in surfaces or [name]:
            word, _, after = surface.partition("|")
            pattern = rf"(?<!\w){re.escape(word)}(?!\w)" + (
                re.escape(after) and f"(?={re.escape(after)})"
            )
            mentions += [[m.start(), m.start() + len(word)] for m in re.finditer(pattern, text)]
        assert mentions, name
        entities.append(
            {
                "id": f"e{n}",
                "name": name,
                "type": kind,
                "titles": [],
                "affiliation": None,
                "country": None,
                "mentions": sorted(mentions),
            }
        )
    found = extract_places(parse(text), Article(id="x", text=text), entities=entities)
    names = {e["id"]: e["name"] for e in entities}
    return {names[p["entity_id"]]: (p["name"], p["country"]) for p in found}


def test_a_surname_of_a_person_the_article_names_is_no_place():
    text = "Senator John Kennedy of Louisiana opposed the bill. Kennedy said it would fail."
    found = places(
        text,
        [
            ("John Kennedy", "PERSON", "John Kennedy"),
            ("Louisiana", "GPE"),
            ("Kennedy", "GPE", "Kennedy| said"),
        ],
    )
    assert "Kennedy" not in found and found["Louisiana"] == ("Louisiana", "USA")


def test_a_name_used_as_a_person_is_no_place():
    said = places("Pereira said the club would appeal the ban.", [("Pereira", "GPE")])
    titled = places("Critics of Sen. Rubio gathered on Monday.", [("Rubio", "GPE")])
    assert said == titled == {}


def test_the_text_makes_a_surname_a_place():
    text = "Ben Carson spoke in Carson, California, on Friday. Carson told the crowd he would win."
    found = places(
        text,
        [
            ("Ben Carson", "PERSON", "Ben Carson", "Carson| told"),
            ("Carson", "GPE", "Carson|, California"),
            ("California", "GPE"),
        ],
    )
    assert found["Carson"] == ("Carson", "USA")
    text = "Jackson Browne played in Kennedy last night."
    assert places(text, [("Jackson Browne", "PERSON"), ("Kennedy", "GPE")])["Kennedy"][1] == "COL"


def test_countries_regions_and_capitals_are_never_taken_for_people():
    text = "Washington said the talks would go on. Denzel Washington was not available."
    found = places(
        text, [("Washington", "GPE", "Washington| said"), ("Denzel Washington", "PERSON")]
    )
    assert found["Washington"][1] == "USA"
    text = "Georgia Smith said Georgia would vote early."
    assert "Georgia" in places(
        text, [("Georgia Smith", "PERSON"), ("Georgia", "GPE", "Georgia| would")]
    )


def test_a_planet_is_no_place_unless_the_text_makes_it_one():
    orbit = "NASA's Juno spacecraft entered orbit around Jupiter on Monday."
    assert places(orbit, [("Jupiter", "LOC")]) == {}
    inside = "Storms rage in Jupiter's atmosphere, the team said."
    assert places(inside, [("Jupiter", "LOC")]) == {}
    dwarf = "The Dawn probe sent back new images of Ceres on Tuesday."
    assert places(dwarf, [("Ceres", "GPE")]) == {}
    for text in (
        "Police in Jupiter, Florida, arrested a man.",
        "He was arrested near his home in Jupiter, Fla., early Monday.",
        "Tiger Woods has lived in Jupiter for years.",
    ):
        assert places(text, [("Jupiter", "GPE")])["Jupiter"] == ("Jupiter", "USA"), text


def test_a_small_town_pinned_by_its_state():
    for text in (
        "A fire broke out in Mars, Pennsylvania, on Sunday.",
        "Residents of Mars, Pa., cheered.",
    ):
        [(name, country)] = places(text, [("Mars", "LOC")]).values()
        assert (name, country) == ("Mars", "USA"), text
    assert places("The rover reached Mars on Sunday.", [("Mars", "LOC")]) == {}
    [record] = extract_places(
        parse("Residents of Mars, Pa., cheered."),
        Article(id="x", text="Residents of Mars, Pa., cheered."),
        entities=[
            {
                "id": "e1",
                "name": "Mars",
                "type": "GPE",
                "titles": [],
                "affiliation": None,
                "country": None,
                "mentions": [[13, 17]],
            }
        ],
    )
    assert record["resolution"] == "pattern: Mars, Pa." and record["geonameid"] == 5199944


def test_small_town_lookup():
    pennsylvania = geo.lookup("Pennsylvania")[0]
    mars = geo.small_town("Mars", pennsylvania)
    assert mars is not None and mars.admin == "Pennsylvania" and mars.population < 15000
    assert geo.small_town("Mars", geo.lookup("Ohio")[0]) is None
    assert geo.small_town("Mars", geo.country("FRA")) is None  # French Mars is under 1,000
    assert geo.small_town("", pennsylvania) is None
    assert geo.is_celestial("the Moon") and geo.is_celestial("JUPITER")
    assert not geo.is_celestial("Kennedy")
