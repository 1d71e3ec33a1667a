"""Figures as people read them (dateline/display.py): one table of amounts and one of
claimants, the words every interface shows; and the CLI writing them."""

from __future__ import annotations

import pytest

from dateline.cli import main
from dateline.display import ARTICLE, amount, claimant, number, quantity
from dateline.record import Article, article_id
from dateline.store import Store


def fig(**fields):
    record = {
        "value": None,
        "low": None,
        "high": None,
        "approximate": False,
        "vague": False,
        "qualifier": None,
        "category": "OTHER",
        "object": None,
        "unit": None,
    }
    return {**record, **fields}


@pytest.mark.parametrize(
    "record, says",
    [
        # counts: grouped below a million, "4.2 million" from it, the object after
        (fig(value=4200000, approximate=True, qualifier="about", object="tonnes"),
         "about 4.2 million tonnes"),
        (fig(value=300, object="people"), "300 people"),
        (fig(value=12000, low=12000, qualifier="at least", category="DISPLACE",
             object="people"), "at least 12,000 people"),
        (fig(value=2300, approximate=True, qualifier="About", object="workers"),
         "about 2,300 workers"),
        (fig(value=1900000, approximate=True, qualifier="Some", object="people"),
         "some 1.9 million people"),
        (fig(value=1234567), "1.23 million"),
        (fig(value=65400000000.00001), "65.4 billion"),
        (fig(value=2.5), "2.5"),
        (fig(value=0, object="experience"), "0 experience"),
        # a hedge with no qualifier written keeps its meaning
        (fig(value=300, approximate=True), "about 300"),
        (fig(value=2000, low=2000), "at least 2,000"),
        (fig(value=50, high=50), "up to 50"),
        (fig(value=1000, low="1000", qualifier="more than"), "more than 1,000"),
        (fig(value=1, low=1, qualifier="or more", object="members"), "1 or more members"),
        # money: "$", "€", "£" before; other currencies by their code after
        (fig(value=1500000000, low=1500000000, qualifier="more than", category="MONEY",
             unit="USD"), "more than $1.5 billion"),
        (fig(value=1500000000, category="MONEY", unit="USD"), "$1.5 billion"),
        (fig(value=2000000, category="MONEY", unit="EUR"), "€2 million"),
        (fig(value=236, category="MONEY", unit="GBP"), "£236"),
        (fig(value=1500000000, category="MONEY", unit="RUB"), "1.5 billion RUB"),
        (fig(value=28000000, category="MONEY", unit="MXN"), "28 million MXN"),
        (fig(value=16.5, category="MONEY", unit="USD"), "$16.50"),
        (fig(value=100000, low="100000", qualifier="or more", category="MONEY", unit="USD"),
         "$100,000 or more"),
        (fig(value=200, high=200, qualifier="or less", category="MONEY", unit="USD"),
         "$200 or less"),
        # ranges: "between", a value's range after it, a vague quantity's bounds and word
        (fig(low=10, high=20), "between 10 and 20"),
        (fig(low="10000", high="20000", category="MONEY", unit="USD"),
         "between $10,000 and $20,000"),
        (fig(value=1200, low=1000, high=1500, object="protesters"),
         "1,200 protesters (1,000-1,500)"),
        (fig(low=24, high=99, vague=True), "24-99 (dozens)"),
        (fig(low=24, high=99, vague=True, object="trucks"), "24-99 trucks (dozens)"),
        (fig(low="2000", high="9999", vague=True, object="shootings"),
         "2,000-9,999 shootings (thousands)"),
        (fig(low=2000000, high=9999999, vague=True, object="Americans"),
         "2-10 million Americans (millions)"),
        (fig(low=20000, high=99999, vague=True), "20,000-99,999 (tens of thousands)"),
        (fig(high=50), "up to 50"),
        (fig(low=2000, qualifier="more than"), "more than 2,000"),
        # percentages, percentage points, and ratios ("nine in ten") as percentages
        (fig(value=12, category="PERCENT", unit="%"), "12%"),
        (fig(value=47, approximate=True, qualifier="about", category="PERCENT", unit="%"),
         "about 47%"),
        (fig(value=3.7, category="PERCENT", unit="%", object="points"), "3.7 points"),
        (fig(value=1, category="PERCENT", unit="%", object="point"), "1 point"),
        (fig(low=10, high=20, category="PERCENT", unit="%"), "between 10% and 20%"),
        (fig(value=0.9, approximate=True, qualifier="about", object="population"),
         "about 90% of population"),
        (fig(value=0.5, object="hurricanes"), "50% of hurricanes"),
        # what is counted: none for a pronoun or a fragment
        (fig(value=3500, approximate=True, qualifier="about", object="those"), "about 3,500"),
        (fig(value=8000000, object="low-"), "8 million"),
        (fig(value=2, object="."), "2"),
    ],
)  # fmt: skip
def test_quantity_as_people_read_it(record, says):
    assert quantity(record) == says
    assert "None" not in quantity(record)


def test_a_vague_word_comes_from_its_bounds_or_as_written():
    written = "There were scores of them."
    record = fig(low=1, high=7, vague=True, text=written, start=0)
    record.update(number_start=written.index("scores"), number_end=written.index(" of"))
    assert quantity(record) == "1-7 (scores)"  # bounds no table has: the words as written
    assert amount(fig(low=24, high=99, vague=True, object="trucks")) == "24-99"


def test_numbers_and_currencies():
    assert number(4200000) == "4.2 million" and number(999999) == "999,999"
    assert number(1.1e12, "USD") == "$1.1 trillion" and number(-5, "USD") == "-$5"
    assert number(20, "KES") == "20 KES" and number(3, "JPY") == "¥3"


@pytest.mark.parametrize(
    "source, source_id, says",
    [
        (None, None, ARTICLE),
        ("", None, ARTICLE),
        ("Olena Kravets", "e4", "Olena Kravets"),
        ("we", "e2", "we"),  # resolved to an entity: the record says so
        ("we", None, ARTICLE),
        ("I", None, ARTICLE),
        ("anyone", None, ARTICLE),
        ("That emergent phenomenon", None, ARTICLE),
        ("those familiar with the plan", None, ARTICLE),
        ("'s", None, ARTICLE),
        ("an aggressive - some", None, ARTICLE),
        ("aid workers", None, "aid workers"),
        ("a police spokeswoman", None, "a police spokeswoman"),
        ("The campaign", None, "the campaign"),
        ("A Bloomberg poll", None, "a Bloomberg poll"),
        ("their union", None, "the union"),
        ("A slide from a presentation that Mr. Villarreal and his aides", None,
         "a slide from a presentation"),
        ("One of the two major candidates", None, "One of the two major candidates"),
        ("officials  from both\ngovernments", None, "officials from both governments"),
        ("a very long description of somebody who is surely not a name at all", None,
         "a very long description of somebody"),  # the clause cut off
        ("the people on the ground in the north of the country near the border", None,
         ARTICLE),  # too long for a name
        ({"name": "World Food Programme"}, None, "World Food Programme"),
    ],
)  # fmt: skip
def test_claimant_is_a_named_source_or_the_article(source, source_id, says):
    assert claimant({"source": source, "source_id": source_id}) == says


def test_the_cli_writes_figures_as_the_web_does(tmp_path, capsys):
    text = "About 4.2 million tonnes left, we said. Dozens of trucks wait."
    db = tmp_path / "figures.db"
    number_at = text.index("About 4.2 million")
    dozens_at = text.index("Dozens")
    with Store(db) as store:
        store.add(
            Article(
                id=article_id(text),
                text=text,
                title="Grain",
                published="2024-05-21",
                source="grain.txt",
                figures=[
                    {
                        "id": "f1",
                        "value": 4200000,
                        "approximate": True,
                        "qualifier": "About",
                        "category": "OTHER",
                        "object": "tonnes",
                        "source": "we",
                        "text": text,
                        "start": 0,
                        "end": len(text),
                        "number_start": number_at,
                        "number_end": number_at + len("About 4.2 million"),
                    },
                    {
                        "id": "f2",
                        "value": None,
                        "low": 24,
                        "high": 99,
                        "vague": True,
                        "category": "OTHER",
                        "object": "trucks",
                        "source": "Jens Laerke",
                        "source_id": "e1",
                        "text": text,
                        "start": 0,
                        "end": len(text),
                        "number_start": dozens_at,
                        "number_end": dozens_at + len("Dozens"),
                    },
                ],
            )
        )
    assert main(["figures", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "about 4.2 million tonnes — the article" in out
    assert "24-99 trucks (dozens) — Jens Laerke" in out
    assert "None" not in out and " we" not in out
