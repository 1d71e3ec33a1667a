"""Claim lines of short articles run through the whole pipeline: the places and parts a
crisis report names (issue 27)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.api import extract
from dateline.claims import claim_lines


def _lines(*articles: tuple[str, str]) -> list:
    figures: list[dict[str, Any]] = []
    texts: dict[str, dict[str, Any]] = {}
    for number, (published, text) in enumerate(articles):
        article = extract(text, published=published)
        key = f"a{number}"
        texts[key] = {"places": article.places, "text": article.text}
        for n, found in enumerate(article.figures):
            figures.append(
                {
                    **found,
                    "article_id": key,
                    "n": n,
                    "published": published,
                    "outlet": f"{key}.example",
                    "story_id": key,
                }
            )
    return claim_lines(figures, texts)


def _places_of(lines: list, category: str = "KILL") -> dict[float, str]:
    return {
        point.figure["value"] or point.figure["low"]: line.quantity.place.name
        for line in lines
        if line.quantity.category == category and line.quantity.place
        for point in line.points
    }


@pytest.fixture(scope="module")
def haiti() -> list:
    return _lines(
        (
            "2026-09-15",
            "Gang violence in Haiti\n\nGang violence has killed at least 230 people across "
            "Haiti since September 1, the UN human rights office said on Tuesday, including 152 "
            "in the capital and 78 in the Artibonite department.\n\nThe office said the toll "
            "was the highest it had recorded in a month.",
        ),
    )


def test_a_part_of_a_national_toll_is_its_own_places_count(haiti):
    places = _places_of(haiti)
    assert places[230] == "Haiti"
    assert places[152] == "Port-au-Prince"  # "the capital": the story country's capital
    assert places[78] == "Artibonite"  # a region named for a part is not its country
    claimants = {p.claimant for line in haiti for p in line.points}
    assert claimants == {"UN human rights office"}  # a part is claimed with its whole


def test_a_district_named_as_such_keeps_its_toll_apart_from_the_states():
    lines = _lines(
        (
            "2026-07-31",
            "Kerala landslides\n\nLandslides have killed 71 people across the state of Kerala, "
            "the state disaster management authority said on Friday.\n\nAt least 52 of the "
            "dead were in Wayanad district, officials said. The authority said 17 people had "
            "died in neighbouring Kozhikode.",
        ),
    )
    places = _places_of(lines)
    assert places[71] == "Kerala"
    assert places[52] == "Wayanad"  # a district the gazetteer does not know
    assert places[17] == "Kozhikode"  # after "in neighbouring": a place the model missed


def test_nationwide_is_the_figure_it_follows_not_the_one_before():
    lines = _lines(
        (
            "2026-09-10",
            "Nigeria floods\n\nFloods have displaced thousands in central Nigeria, officials "
            "said.\n\nAbout 45,000 people have been displaced in Kogi state alone and more "
            "than 70,000 have been displaced nationwide, the agency said.",
        ),
    )
    places = _places_of(lines, "DISPLACE")
    assert places[45000] == "Kogi"  # ("nationwide" is the 70,000's)
