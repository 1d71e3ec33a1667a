"""Claim lines across articles (dateline.claims): grouping, copies, disagreement marks."""

from __future__ import annotations

import math
from typing import Any

import pytest

from dateline.claims import claim_lines, claimed_range, counted_class, lines_about

TEXT = "Fighting in Sudan\n\nKHARTOUM (Reuters) - Fighting went on in Sudan.\nA toll was given."
SUDAN = {
    "entity_id": "e1",
    "name": "Sudan",
    "country": "SDN",
    "feature": "country",
    "geonameid": 366755,
    "mentions": [[12, 17], [59, 64]],
}
KHARTOUM = {
    "entity_id": "e2",
    "name": "Khartoum",
    "country": "SDN",
    "feature": "city",
    "geonameid": 379252,
    "mentions": [[19, 27]],
}


def figure(article: str, published: str, value: float, **fields: Any) -> dict[str, Any]:
    """A figure row as Reader.claim_figures gives it (in Sudan, a running toll of people
    killed, claimed by the health ministry, unless told otherwise)."""
    row = {
        "article_id": article,
        "n": 0,
        "value": value,
        "low": None,
        "high": None,
        "approximate": False,
        "vague": False,
        "qualifier": None,
        "category": "KILL",
        "object": "people",
        "unit": None,
        "place": "Sudan",
        "place_id": "e1",
        "scope": "cumulative",
        "source": "health ministry",
        "published": published,
        "outlet": f"{article}.example",
        "story_id": article,
        "text": "A toll was given.",
        "start": 66,
        "end": 83,
        "number_start": 66,
        "number_end": 67,
    }
    row.update(fields)
    return row


def lines_of(*figures: dict[str, Any]) -> list:
    articles = {f["article_id"]: {"places": [SUDAN, KHARTOUM], "text": TEXT} for f in figures}
    return claim_lines(list(figures), articles)


def test_a_running_toll_of_many_articles_is_one_line_in_date_order():
    (line,) = lines_of(
        figure("b", "2026-03-09", 1500, source="United Nations"),
        figure("a", "2026-03-02", 1200),
        figure("c", "2026-03-16", 2000, source="an observatory"),
    )
    record = line.as_dict(1)
    assert (record["category"], record["counted"], record["place"], record["scope"]) == (
        "KILL",
        "people",
        "Sudan",
        "cumulative",
    )
    assert [p["value"] for p in record["points"]] == [1200, 1500, 2000]
    assert [p["claimant"] for p in record["points"]] == [
        "health ministry",
        "United Nations",
        "an observatory",
    ]
    assert record["points"][0]["articles"][0]["number_start"] == 66
    assert not record["disputed"] and not record["dropped"]


@pytest.mark.parametrize(
    "other",
    [
        {"object": "civilians"},  # another class of people
        {"object": "children"},
        {"place": "Khartoum", "place_id": "e2"},  # a city is not its country
        {"scope": "incident"},  # one strike's toll is not the running total
        {"category": "WOUND"},
    ],
)
def test_another_quantity_is_another_line(other):
    lines = lines_of(figure("a", "2026-03-02", 1200), figure("b", "2026-03-03", 300, **other))
    assert len(lines) == 2


def test_the_dead_and_victims_are_people():
    assert counted_class({"category": "KILL", "object": "dead"}) == "people"
    assert counted_class({"category": "KILL", "object": "victims"}) == "people"
    assert counted_class({"category": "KILL", "object": None}) == "people"
    assert counted_class({"category": "KILL", "object": "civilians"}) == "civilians"
    assert counted_class({"category": "MONEY", "unit": "USD"}) == "USD"
    lines = lines_of(
        figure("a", "2026-03-02", 1200), figure("b", "2026-03-03", 1300, object="dead")
    )
    assert len(lines) == 1


def test_a_figure_naming_no_place_takes_its_paragraphs_last_place_not_the_dateline():
    # "KHARTOUM (Reuters) -" is where the story was filed; the paragraph then names Sudan
    unplaced = figure("b", "2026-03-03", 1300, place=None, place_id=None)
    lines = lines_of(figure("a", "2026-03-02", 1200), unplaced)
    assert len(lines) == 1 and lines[0].quantity.place.name == "Sudan"


def test_copies_of_one_story_are_one_point_with_every_outlet():
    original = figure("a", "2026-03-02", 1200, story_id="s1", outlet="reuters.com")
    copy = figure("b", "2026-03-02", 1200, story_id="s1", outlet="dailyherald.com")
    (line,) = lines_of(original, copy)
    (point,) = line.as_dict(1)["points"]
    assert point["outlets"] == ["dailyherald.com", "reuters.com"]
    assert [a["article_id"] for a in point["articles"]] == ["a", "b"]


def test_two_claimants_at_about_the_same_time_that_do_not_overlap_are_disputed():
    (line,) = lines_of(
        figure("a", "2026-03-02", 1200),
        figure("b", "2026-03-04", 1500, low=1500, qualifier="at least", source="UN"),
    )
    first, second = line.as_dict(1)["points"]
    assert first["marks"] == {"disputed": [2]} and second["marks"] == {"disputed": [1]}
    assert line.as_dict(1)["disputed"]


@pytest.mark.parametrize(
    "second",
    [
        {"value": 1250, "approximate": True, "source": "UN"},  # about 1,250 covers 1,200
        {"value": 1500, "source": "UN", "published": "2026-03-05"},  # three days later
        {"value": 1500, "source": "the health ministry"},  # the same claimant
        {"value": 1500, "source": "Health Ministry"},
    ],
)
def test_no_dispute(second):
    later = figure("b", second.pop("published", "2026-03-03"), second.pop("value"), **second)
    line = lines_of(figure("a", "2026-03-02", 1200), later)[0]
    assert not any(p.marks.get("disputed") for p in line.points)


def test_the_un_and_united_nations_are_one_claimant():
    (line,) = lines_of(
        figure("a", "2026-03-02", 1200, source="United Nations"),
        figure("b", "2026-03-03", 1500, source="the UN"),
    )
    assert not any(p.marks for p in line.points)


def test_a_running_total_below_an_earlier_one_is_a_drop():
    (line,) = lines_of(
        figure("a", "2026-03-02", 1200),
        figure("b", "2026-03-09", 1100),
        figure("c", "2026-03-16", 1400),
    )
    assert [p.marks for p in line.points] == [{}, {"drop": [1]}, {}]
    assert line.as_dict(1)["dropped"]


def test_incident_tolls_are_no_drop_and_split_by_time():
    strike = {"scope": "incident", "place": "Khartoum", "place_id": "e2"}
    lines = lines_of(
        figure("a", "2026-03-02", 14, **strike),
        figure("b", "2026-03-03", 12, **strike),
        figure("c", "2026-03-20", 30, **strike),  # another incident, weeks later
    )
    assert sorted(len(line.points) for line in lines) == [1, 2]
    assert not any("drop" in p.marks for line in lines for p in line.points)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"value": 100}, (100, 100)),
        ({"value": 100, "approximate": True}, (90, 110)),
        ({"value": 100, "low": 100, "qualifier": "at least"}, (100, math.inf)),
        ({"value": 100, "high": 100, "qualifier": "up to"}, (0, 100)),
        ({"value": 100, "high": 100, "qualifier": "nearly"}, (90, 100)),
        ({"value": 50, "low": 40, "high": 60}, (40, 60)),
    ],
)
def test_claimed_ranges(fields, expected):
    low, high = claimed_range(fields)
    assert low == pytest.approx(expected[0]) and high == pytest.approx(expected[1])


def test_lines_about_a_place():
    lines = lines_of(
        figure("a", "2026-03-02", 1200),
        figure("b", "2026-03-03", 30, place="Khartoum", place_id="e2"),
    )
    assert [line.quantity.place.name for line in lines_about(lines, "khart")] == ["Khartoum"]
    assert lines_about(lines, None) == lines


def test_shares_and_uncategorised_counts_make_no_line():
    lines = lines_of(
        figure("a", "2026-03-02", 45, category="PERCENT", unit="%", object=None),
        figure("b", "2026-03-03", 52, category="PERCENT", unit="%", object=None),
        figure("c", "2026-03-03", 300, category="OTHER", object="people"),
    )
    assert lines == []


def test_money_one_line_per_pledge_and_per_claimants_running_total():
    money = {"category": "MONEY", "unit": "USD", "object": None}
    lines = lines_of(
        figure("a", "2026-03-02", 3_000_000, scope="incident", source="Japan", **money),
        figure("b", "2026-03-04", 5_000_000, scope="incident", source="the UN", **money),
        figure("c", "2026-03-05", 21_000_000, source="OCHA", **money),
        figure("d", "2026-03-12", 34_000_000, source="OCHA", **money),
        figure("e", "2026-03-12", 9_000_000_000, source="the finance minister", **money),
    )
    assert sorted(len(line.points) for line in lines) == [1, 1, 1, 2]


def test_a_running_total_ends_when_reports_stop_for_more_than_two_weeks():
    lines = lines_of(
        figure("a", "2026-03-02", 1200),
        figure("b", "2026-03-12", 1500),  # ten days on: the same total
        figure("c", "2026-07-01", 14),  # months later: another event
    )
    assert sorted(len(line.points) for line in lines) == [1, 2]


def test_undated_figures_stay_with_their_own_story():
    lines = lines_of(
        figure("a", None, 1200, story_id="s1"),
        figure("b", None, 1500, story_id="s2"),
    )
    assert sorted(len(line.points) for line in lines) == [1, 1]


def test_a_figure_of_an_article_naming_no_place_joins_the_quantitys_one_place():
    unplaced = figure("b", "2026-03-04", 1300, place=None, place_id=None)
    articles = {
        "a": {"places": [SUDAN, KHARTOUM], "text": TEXT},
        "b": {"places": [], "text": "Fighting\n\nA toll of 1,300 was given."},
    }
    (line,) = claim_lines([figure("a", "2026-03-02", 1200), unplaced], articles)
    assert line.quantity.place.name == "Sudan" and len(line.points) == 2
    # with the quantity counted in two places, where the figure belongs is unknown
    city = figure("c", "2026-03-03", 40, place="Khartoum", place_id="e2")
    articles["c"] = articles["a"]
    lines = claim_lines([figure("a", "2026-03-02", 1200), city, unplaced], articles)
    assert sorted(len(line.points) for line in lines) == [1, 1, 1]


def test_one_body_under_its_acronym_and_its_spokesmans_name_is_no_dispute_with_itself():
    # the article defines the acronym; a commander of it speaks for it (entity affiliation)
    text = "The national civil protection authority (ANEPC) said seven had died."
    articles = {a: {"places": [SUDAN], "text": text} for a in ("a", "b", "c")}
    first = figure("a", "2026-08-04", 7, source="the national civil protection authority")
    second = figure("b", "2026-08-05", 19, source="ANEPC")
    third = figure("c", "2026-08-06", 26, source="André Fernandes", source_affiliation="ANEPC")
    (line,) = claim_lines([first, second, third], articles)
    assert not any(p.marks for p in line.points)
    assert {p.claimant for p in line.points} == {"national civil protection authority"}


def test_a_country_as_a_persons_affiliation_joins_no_body():
    articles = {a: {"places": [SUDAN], "text": TEXT} for a in ("a", "b")}
    ministry = figure("a", "2026-03-02", 1200)
    envoy = figure("b", "2026-03-03", 2000, source="Ali Osman", source_affiliation="Sudan")
    (line,) = claim_lines([ministry, envoy], articles)
    assert all(p.marks.get("disputed") for p in line.points)


DISTRICTS = (
    "Landslides in Kerala\n\nLandslides killed 40 people in the state of Kerala. "
    "Five people died in neighbouring Kozhikode district, police said. "
    "At least 14 of the dead were in the hilly Wayanad district. "
    "Officials said 12 children had died in the district."
)
KERALA = {
    "entity_id": "e1",
    "name": "Kerala",
    "country": "IND",
    "feature": "region",
    "geonameid": None,
    "mentions": [[DISTRICTS.index("Kerala")] * 2],
}
KOZHIKODE = {
    "entity_id": "e2",
    "name": "Kozhikode",
    "country": "IND",
    "feature": "city",
    "geonameid": 1265873,
    "mentions": [],  # (the entity layer missed it before "district")
}


def _in_districts(written: str, **fields: Any) -> dict[str, Any]:
    at = DISTRICTS.index(written)
    return figure(
        "k",
        "2026-07-29",
        1,
        place=None,
        place_id=None,
        number_start=at,
        number_end=at + len(written),
        start=DISTRICTS.rfind(". ", 0, at) + 2,
        end=DISTRICTS.find(".", at) + 1,
        **fields,
    )


def test_a_district_named_as_such_is_its_own_place_known_or_not():
    from dateline.claims.quantity import place_of

    places = [KERALA, KOZHIKODE]
    state = place_of(_in_districts("40"), places, DISTRICTS)
    kozhikode = place_of(_in_districts("Five"), places, DISTRICTS)
    wayanad = place_of(_in_districts("14"), places, DISTRICTS)
    named_back = place_of(_in_districts("12"), places, DISTRICTS)  # "in the district"
    assert state.key == "region:IND:kerala"
    assert kozhikode.key == "geonames:1265873"
    assert (wayanad.key, wayanad.name) == ("name:wayanad", "Wayanad")
    assert named_back == wayanad


def test_a_province_the_gazetteer_does_not_know_is_its_storys_country():
    from dateline.claims.quantity import place_of

    text = TEXT + " 300 were displaced in the province."
    at = text.index("300")
    unplaced = figure(
        "a",
        "2026-03-02",
        300,
        place=None,
        place_id=None,
        number_start=at,
        start=at,
        end=len(text),
    )
    assert place_of(unplaced, [SUDAN, KHARTOUM], text).key == "country:SDN"


def test_where_a_claimant_spoke_is_not_where_the_figure_is():
    from dateline.claims.quantity import place_of

    text = TEXT + " The commander told reporters in Khartoum that 2,300 had fled."
    at = text.index("2,300")
    told = {**KHARTOUM, "mentions": [[19, 27], [text.index("Khartoum that"), 0]]}
    unplaced = figure(
        "a",
        "2026-03-02",
        2300,
        place=None,
        place_id=None,
        number_start=at,
        start=text.index("The commander"),
        end=len(text),
    )
    assert place_of(unplaced, [SUDAN, told], text).key == "country:SDN"


@pytest.mark.parametrize(
    ("source", "claimant"),
    [
        ("the latest KSDMA bulletin", "KSDMA"),
        ("a Reuters tally", "Reuters"),
        ("the ministry's statement", "ministry"),
        ("a tally", "the article"),  # a document with no publisher named
        ("a spokesman for the Taliban administration", "Taliban administration"),
        ("an official at the health ministry", "health ministry"),
    ],
)
def test_a_document_is_its_publishers_claim_and_a_spokesman_his_bodys(source, claimant):
    from dateline.claims.claimants import claimant_of

    assert claimant_of({"source": source}) == claimant


def _in_region(article: str, published: str, value: float, region: str | None) -> dict[str, Any]:
    if region is None:
        return figure(article, published, value)
    place = {**SUDAN, "entity_id": "r", "name": region, "feature": "region", "geonameid": None}
    row = figure(article, published, value, place=region, place_id="r")
    row["_region"] = place
    return row


def _lines_with_regions(*rows: dict[str, Any]) -> list:
    articles = {
        f["article_id"]: {
            "places": [SUDAN, KHARTOUM, *([f["_region"]] if "_region" in f else [])],
            "text": TEXT,
        }
        for f in rows
    }
    return claim_lines(list(rows), articles)


def test_a_country_and_its_one_region_are_one_quantity():
    # "in Sudan" one day, "in Sudan's Darfur region" the next
    lines = _lines_with_regions(
        _in_region("a", "2026-03-02", 1200, None), _in_region("b", "2026-03-03", 1300, "Darfur")
    )
    assert len(lines) == 1 and lines[0].quantity.place.name == "Darfur"


def test_two_regions_of_a_country_keep_their_counts_and_the_countrys_apart():
    lines = _lines_with_regions(
        _in_region("a", "2026-03-02", 1200, None),
        _in_region("b", "2026-03-03", 300, "Darfur"),
        _in_region("c", "2026-03-03", 200, "Kordofan"),
    )
    assert sorted(line.quantity.place.name for line in lines) == ["Darfur", "Kordofan", "Sudan"]


def test_only_a_countrys_possessive_is_left_out_of_a_claimants_name():
    from dateline.claims.claimants import claimant_of

    assert claimant_of({"source": "Sudan's health ministry"}) == "health ministry"
    # a state's agency is not the national one
    assert claimant_of({"source": "Benue State's emergency agency"}) == (
        "Benue State's emergency agency"
    )


def test_a_national_agencys_name_does_not_make_its_figure_national():
    from dateline.claims.quantity import place_of

    text = TEXT + " The National Emergency Agency put the province's toll at 24."
    at = text.index("24")
    darfur = {
        **SUDAN,
        "entity_id": "r",
        "name": "Darfur",
        "feature": "region",
        "geonameid": None,
        "mentions": [[text.index("Sudan."), text.index("Sudan.") + 5]],
    }
    row = figure(
        "a",
        "2026-03-02",
        24,
        place=None,
        place_id=None,
        number_start=at,
        start=text.index("The National"),
        end=len(text),
    )
    assert place_of(row, [SUDAN, darfur], text).key == "region:SDN:darfur"
