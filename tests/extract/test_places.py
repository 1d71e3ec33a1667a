import re

import pytest

import dateline
from dateline.extract.places import extract_places
from dateline.nlp import parse
from dateline.record import Article


def entity(text, number, name, kind="GPE", surfaces=None):
    """An entity record as the entity layer writes it, its mentions found in `text` (every
    whole-word occurrence of each surface form)."""
    mentions = []
    for surface in surfaces or [name]:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            mentions.append([match.start(), match.end()])
    assert mentions, f"{name!r} not in the passage"
    return {
        "id": f"e{number}",
        "name": name,
        "type": kind,
        "titles": [],
        "affiliation": None,
        "country": None,
        "mentions": sorted(mentions),
    }


def places(text, specs, url=None, outlet=None):
    entities = [entity(text, n, *spec) for n, spec in enumerate(specs, start=1)]
    article = Article(id="x", text=text, url=url, outlet=outlet)
    found = extract_places(parse(text), article, entities=entities)
    for place in found:  # every record is complete and points at the article text
        assert set(place) == {
            "name",
            "entity_id",
            "country",
            "lat",
            "lon",
            "geonameid",
            "feature",
            "mentions",
            "candidates",
            "resolution",
        }
        for start, end in place["mentions"]:
            assert text[start:end]
    return found


def by_name(found, name):
    [place] = [p for p in found if p["name"] == name]
    return place


def test_country_and_capital_with_coordinates_and_codes():
    text = (
        "Kenya's government said on Monday that talks in Nairobi would resume. "
        "Officials in Nairobi expect a deal within weeks."
    )
    found = places(text, [("Kenya",), ("Nairobi",)])
    assert [p["name"] for p in found] == ["Kenya", "Nairobi"]
    kenya, nairobi = found
    assert (kenya["country"], kenya["feature"], kenya["entity_id"]) == ("KEN", "country", "e1")
    assert abs(kenya["lat"] - 1.0) < 1 and abs(kenya["lon"] - 38.0) < 1
    assert (nairobi["country"], nairobi["feature"]) == ("KEN", "city")
    assert abs(nairobi["lat"] - -1.28) < 0.05 and abs(nairobi["lon"] - 36.82) < 0.05
    assert nairobi["geonameid"] == 184745
    assert nairobi["mentions"] == [[m.start(), m.end()] for m in re.finditer("Nairobi", text)]
    assert [text[s:e] for s, e in nairobi["mentions"]] == ["Nairobi", "Nairobi"]
    assert nairobi["candidates"] == 1 and nairobi["resolution"] == "only candidate"


def test_georgia_is_the_country_when_the_article_is_in_tbilisi():
    text = (
        "Georgia's parliament in Tbilisi passed the bill on Tuesday. Thousands marched "
        "through Tbilisi in protest, and the opposition said Georgia had turned from Europe."
    )
    found = places(text, [("Georgia",), ("Tbilisi",), ("Europe", "LOC")])
    georgia = by_name(found, "Georgia")
    assert (georgia["country"], georgia["feature"]) == ("GEO", "country")
    assert georgia["candidates"] == 2
    assert georgia["resolution"] == "context: Tbilisi (GEO)"
    assert abs(georgia["lat"] - 42) < 1.5 and abs(georgia["lon"] - 43.5) < 1.5
    assert len(georgia["mentions"]) == 2
    assert by_name(found, "Europe")["country"] is None


def test_georgia_is_the_us_state_in_atlanta_georgia():
    text = (
        "Election officials in Atlanta, Georgia, said on Wednesday that the count was "
        "nearly done. Georgia certified its results a week later."
    )
    found = places(text, [("Atlanta",), ("Georgia",)])
    georgia = by_name(found, "Georgia")
    assert (georgia["country"], georgia["feature"]) == ("USA", "region")
    assert georgia["resolution"] == "pattern: Atlanta, Georgia"
    assert abs(georgia["lat"] - 32.7) < 1 and abs(georgia["lon"] - -83.4) < 1
    assert by_name(found, "Atlanta")["country"] == "USA"


def test_georgia_is_the_us_state_in_a_us_story():
    text = (
        "The governor of Georgia met lawmakers from Alabama and Tennessee in Washington on "
        "Thursday to ask Congress for hurricane relief."
    )
    found = places(text, [("Georgia",), ("Alabama",), ("Tennessee",), ("Washington",)])
    georgia = by_name(found, "Georgia")
    assert (georgia["country"], georgia["feature"]) == ("USA", "region")
    assert georgia["resolution"].startswith("context: ")
    assert georgia["resolution"].endswith("(USA)")


def test_georgia_alone_is_the_country():
    text = "Georgia said on Friday it would hold new talks."
    [georgia] = places(text, [("Georgia",)])
    assert georgia["country"] == "GEO"
    assert georgia["resolution"] == "country over region"


def test_paris_is_in_france_by_default_even_in_a_us_story():
    text = (
        "The senator from Ohio flew from Washington to Paris on Sunday for talks on the "
        "climate accord, aides in Ohio said."
    )
    found = places(text, [("Ohio",), ("Washington",), ("Paris",)])
    paris = by_name(found, "Paris")
    assert paris["country"] == "FRA"
    assert paris["candidates"] == 2
    assert paris["resolution"] == "largest population"
    assert abs(paris["lat"] - 48.85) < 0.1 and abs(paris["lon"] - 2.35) < 0.1


def test_paris_texas_by_pattern():
    text = (
        "She grew up in Paris, Texas, a town of 25,000 people. Paris lies about 100 miles "
        "northeast of Dallas."
    )
    found = places(text, [("Paris",), ("Texas",), ("Dallas",)])
    paris = by_name(found, "Paris")
    assert paris["country"] == "USA"
    assert paris["resolution"] == "pattern: Paris, Texas"
    assert abs(paris["lat"] - 33.66) < 0.1 and abs(paris["lon"] - -95.56) < 0.1
    assert len(paris["mentions"]) == 2


def test_paris_texas_by_its_state_elsewhere_in_the_article():
    text = (
        "Texas officials said a storm hit Paris overnight, cutting power to thousands of "
        "homes across Lamar County."
    )
    found = places(text, [("Texas",), ("Paris",)])
    paris = by_name(found, "Paris")
    assert paris["country"] == "USA"
    assert paris["resolution"] == "context: Texas (USA)"


def test_an_entity_named_city_comma_region():
    text = "The film is set in Paris, Texas."
    [paris] = places(text, [("Paris, Texas", "GPE", ["Paris, Texas"])])
    assert (paris["name"], paris["country"]) == ("Paris", "USA")
    assert paris["resolution"] == "pattern: Paris, Texas"


def test_ap_abbreviation_in_a_dateline():
    text = "BIRMINGHAM, Ala. (AP) — Birmingham's mayor said the plant would reopen."
    [birmingham] = places(text, [("Birmingham", "GPE", ["BIRMINGHAM", "Birmingham"])])
    assert birmingham["country"] == "USA"
    assert birmingham["resolution"] == "pattern: BIRMINGHAM, Ala."
    assert len(birmingham["mentions"]) == 2


def test_birmingham_defaults_to_england():
    text = "Birmingham's council said the bins would be collected on Monday."
    [birmingham] = places(text, [("Birmingham",)])
    assert birmingham["country"] == "GBR"
    assert birmingham["resolution"] == "largest population"


def test_a_list_of_countries_is_not_a_city_region_pattern():
    text = "Kenya, Uganda and Tanzania signed the pact; Georgia, Armenia and Azerbaijan did not."
    found = places(
        text,
        [("Kenya",), ("Uganda",), ("Tanzania",), ("Georgia",), ("Armenia",), ("Azerbaijan",)],
    )
    assert [p["country"] for p in found] == ["KEN", "UGA", "TZA", "GEO", "ARM", "AZE"]
    georgia = by_name(found, "Georgia")
    assert not georgia["resolution"].startswith("pattern")


def test_outlet_country_is_a_weak_prior():
    text = "Cambridge residents packed the hall to hear the plan."
    [ontario] = places(text, [("Cambridge",)], url="https://www.cbc.ca/news/canada/1.2345")
    assert ontario["country"] == "CAN"
    assert ontario["resolution"] == "outlet country"
    [england] = places(text, [("Cambridge",)], url="https://www.example.com/news")
    assert england["country"] == "GBR"


def test_article_context_beats_the_outlet():
    text = "Cambridge, Massachusetts, voted to expand the program run from Boston."
    [cambridge, _] = places(text, [("Cambridge",), ("Boston",)], url="https://www.bbc.co.uk/x")
    assert cambridge["country"] == "USA"
    assert cambridge["resolution"] == "pattern: Cambridge, Massachusetts"


def test_demonyms_and_people_are_not_places():
    text = (
        "Kenyan officials met Chad Smith and Jordan Peele, the Americans said, before "
        "flying to Chad on Monday."
    )
    entities = [
        entity(text, 1, "Kenyan", "NORP"),
        entity(text, 2, "Chad Smith", "PERSON"),
        entity(text, 3, "Jordan Peele", "PERSON"),
        entity(text, 4, "Americans", "NORP"),
        entity(text, 5, "Chad", "GPE"),
    ]
    country = text.rindex("Chad")
    entities[-1]["mentions"] = [[country, country + len("Chad")]]
    found = extract_places(parse(text), Article(id="x", text=text), entities=entities)
    assert [(p["name"], p["entity_id"], p["country"]) for p in found] == [("Chad", "e5", "TCD")]
    assert found[0]["mentions"] == [[country, country + 4]]


def test_unknown_places_make_no_record():
    text = "Crowds gathered at Fort Zembla and in Lower Wibbleton before marching to Kampala."
    found = places(text, [("Fort Zembla", "FAC"), ("Lower Wibbleton", "GPE"), ("Kampala", "GPE")])
    assert [p["name"] for p in found] == ["Kampala"]
    assert found[0]["entity_id"] == "e3"


def test_aliases_resolve_to_canonical_names():
    text = "Officials in Kiev and the U.S. said the UAE would host the talks."
    found = places(text, [("Kiev",), ("U.S.",), ("UAE",)])
    assert [(p["name"], p["country"]) for p in found] == [
        ("Kyiv", "UKR"),
        ("United States", "USA"),
        ("United Arab Emirates", "ARE"),
    ]


def test_a_mention_surface_is_tried_when_the_entity_name_is_unknown():
    text = "Aid reached the Gaza Strip on Monday."
    [gaza] = places(text, [("the Strip of Gaza", "LOC", ["Gaza Strip"])])
    assert (gaza["name"], gaza["country"]) == ("Gaza Strip", "PSE")


def test_records_in_order_of_first_mention():
    text = "From Lagos the convoy drove to Abuja, then to Kano."
    specs = [("Kano",), ("Abuja",), ("Lagos",)]
    found = places(text, specs)
    assert [p["name"] for p in found] == ["Lagos", "Abuja", "Kano"]
    assert all(p["country"] == "NGA" for p in found)


def test_no_entities_no_places():
    text = "Nothing happened here."
    assert extract_places(parse(text), Article(id="x", text=text), entities=[]) == []


@pytest.mark.parametrize(
    "text, name, iso3",
    [
        ("Voters in Victoria, Australia, went to the polls.", "Victoria", "AUS"),
        ("The ferry docked in Victoria, British Columbia.", "Victoria", "CAN"),
        ("Lebanon, Pennsylvania, held its fair.", "Lebanon", "USA"),
        ("Beirut said Lebanon would not be drawn in.", "Lebanon", "LBN"),
    ],
)
def test_more_ambiguous_names(text, name, iso3):
    words = re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", text)
    specs = [(word,) for word in dict.fromkeys(words) if word not in ("Voters", "The")]
    found = places(text, specs)
    assert by_name(found, name)["country"] == iso3


def test_a_named_state_outweighs_another_country():
    text = (
        "Trade officials from England toured the steel plant in Birmingham, the largest "
        "city in Alabama, on Tuesday."
    )
    found = places(text, [("England", "GPE"), ("Birmingham",), ("Alabama",)])
    birmingham = by_name(found, "Birmingham")
    assert birmingham["country"] == "USA"
    assert birmingham["resolution"] == "context: Alabama (USA)"
    assert by_name(found, "England")["country"] == "GBR"


def test_a_dateline_names_the_country_for_the_region_slot():
    text = (
        "TBILISI, Georgia — Police in Tbilisi detained dozens of protesters overnight, "
        "Georgia's interior ministry said."
    )
    found = places(text, [("Tbilisi", "GPE", ["TBILISI", "Tbilisi"]), ("Georgia",)])
    georgia = by_name(found, "Georgia")
    assert (georgia["country"], georgia["feature"]) == ("GEO", "country")
    assert georgia["resolution"] == "pattern: TBILISI, Georgia"
    assert by_name(found, "Tbilisi")["mentions"] == [[0, 7], [29, 36]]


def test_a_person_after_the_comma_is_no_region():
    text = "In Athens, Georgia Smith, a lawyer, said the ruling would stand."
    found = places(text, [("Athens",), ("Georgia Smith", "PERSON")])
    [athens] = found
    assert athens["country"] == "GRC"
    assert athens["resolution"] == "largest population"
    text = "In Athens, Georgia, a lawyer said the ruling would stand."
    [athens, _] = places(text, [("Athens",), ("Georgia",)])
    assert (athens["country"], athens["resolution"]) == ("USA", "pattern: Athens, Georgia")


def test_us_state_abbreviations_in_party_tags_and_datelines():
    from dateline.extract.entities import extract_entities

    text = "Sen. Thom Tillis (R-N.C.) met voters in Raleigh. Rep. Jim Banks (R-IN) agreed."
    doc = parse(text)
    entities = extract_entities(doc)
    places = extract_places(doc, Article(id="x", text=text), entities=entities)
    states = {p["name"]: p for p in places if p["feature"] == "region"}
    assert set(states) == {"North Carolina", "Indiana"}
    assert all(p["country"] == "USA" for p in states.values())


def test_one_mention_of_a_country_does_not_move_a_city_the_article_is_not_about():
    text = (
        "A UN spokesman told reporters in Geneva that aid to Yemen was blocked. The U.S. and "
        "Saudi Arabia back the coalition in Yemen. Fighting in Yemen and Sanaa continued."
    )
    found = places(
        text,
        [
            ("Geneva",),
            ("Yemen",),
            ("United States", "GPE", ["U.S."]),
            ("Saudi Arabia",),
            ("Sanaa",),
        ],
    )
    assert by_name(found, "Geneva")["country"] == "CHE"


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA (Reuters) - The United Nations warned on Tuesday that Yemen faces famine. The"
        " U.S. said it was reviewing its policy.",
        "Talks resumed in Geneva on Monday. The U.S. envoy attended.",
    ],
)
def test_half_the_votes_or_a_single_one_do_not_move_a_city(text):
    article = dateline.extract(text, clean="none", languages=None)
    geneva = next(p for p in article.places if p["name"] == "Geneva")
    assert geneva["country"] == "CHE"


def test_a_party_tags_state_abbreviation_is_the_state_not_a_town_of_that_name():
    text = "But Sen. Pat Toomey (R-Pa.) refused to campaign with Cruz."
    article = dateline.extract(text, clean="none", languages=None)
    assert [(p["name"], p["country"]) for p in article.places] == [("Pennsylvania", "USA")]
