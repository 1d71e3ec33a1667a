"""One referent across articles (dateline/people.py) and the store's people queries on it."""

from __future__ import annotations

import pytest

from dateline import people
from dateline.people import Entity, group, merge_titles, problem
from dateline.record import Article, article_id
from dateline.store import Store
from dateline.store.read import Reader


def test_keys_ignore_case_accents_stops_possessives_and_honorifics():
    assert people.key("Donald Trump’s") == people.key("DONALD TRUMP") == "donald trump"
    assert people.key("Mr. Donald Trump") == "donald trump"
    assert people.key("George H.W. Bush") == people.key("George HW Bush") == "george hw bush"
    assert people.key("Nicolas de Rivière") == "nicolas de riviere"
    assert people.surname("Martin Luther King Jr.") == "king"
    assert people.reduced("Hillary Rodham Clinton") == "hillary clinton"
    assert people.reduced("Donald J. Trump") == "donald trump"
    assert people.reduced("Joe Manchin III") == "joe manchin"


@pytest.mark.parametrize(
    "name",
    [
        "Hosting Cook",
        "Browns DL Sheldon Richardson",
        "Luciana Lopez: Saying",
        "John Moore/Getty Images",
        "Anderson Cooper 360",
        "pro-Clinton",
        "Travis Kalanick of Uber",
        "That’s Jeb Bush",
        "AG Mukasey",
        "N.J. Roger Ailes",
        "Keystone XL",
        "Nationally",
        "That",
        "Sandy Hook Elementary Principal",
    ],
)
def test_no_name(name):
    assert problem(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Tim Cook",
        "Sheldon Richardson",
        "AJ Styles",
        "T.J. Watt",
        "George HW Bush",
        "Ursula von der Leyen",
        "Abu Bakr al-Baghdadi",
        "Martin Luther King Jr.",
        "Joe Manchin III",
        "Beto O'Rourke",
        "Conan O’Brien",
        "Sterling Brown",
        "Irving Kristol",
        "Donald Trump’s",
        "Kennedy",
    ],
)
def test_names(name):
    assert problem(name) is None


def test_titles_are_normalised_and_the_most_specific_kept():
    assert merge_titles(["US President", "U.S. President", "President"]) == ["US President"]
    assert merge_titles(["Sen.", "Vermont Senator", "Senator"]) == ["Vermont Senator"]
    assert len(merge_titles(["United States Senator", "U.S. senator", "US Senator"])) == 1
    # a past office is another office, and the commonest title comes first
    assert merge_titles(["President", "former President", "President"]) == [
        "President",
        "former President",
    ]
    assert merge_titles(["candidate", "Republican presidential candidate", ""]) == [
        "Republican presidential candidate"
    ]


def rows(*specs):
    """Entity rows from (article, name, type) triples, numbered per article."""
    found, counts = [], {}
    for article, name, kind in specs:
        counts[article] = counts.get(article, 0) + 1
        found.append(Entity(article, f"e{counts[article]}", name, kind))
    return found


def by_name(groups):
    return {(g.name, g.type): g for g in groups}


def test_a_surname_joins_the_full_name_of_its_article_before_the_stores():
    groups = by_name(
        group(
            rows(
                ("a", "Hillary Clinton", "PERSON"),
                ("a", "Clinton", "PERSON"),
                ("b", "Bill Clinton", "PERSON"),
                ("b", "Clinton", "PERSON"),
                ("c", "Bill Clinton", "PERSON"),
                ("d", "Bill Clinton", "PERSON"),
            )
        )
    )
    assert len(groups[("Hillary Clinton", "PERSON")].articles) == 1
    assert groups[("Hillary Clinton", "PERSON")].aliases == ["Clinton"]
    assert len(groups[("Bill Clinton", "PERSON")].articles) == 3
    assert ("Clinton", "PERSON") not in groups


def test_a_single_name_joins_the_dominant_full_name_only():
    two_thirds = rows(
        ("a", "Barack Obama", "PERSON"),
        ("b", "Barack Obama", "PERSON"),
        ("c", "Michelle Obama", "PERSON"),
        ("d", "Obama", "PERSON"),
    )
    assert ("Obama", "PERSON") not in by_name(group(two_thirds))
    half = two_thirds[:1] + two_thirds[2:]
    assert ("Obama", "PERSON") in by_name(group(half))


def test_a_person_tagged_org_joins_the_person_and_an_org_tagged_person_stays_an_org():
    groups = by_name(
        group(
            rows(
                ("a", "Donald Trump", "PERSON"),
                ("b", "Donald Trump", "PERSON"),
                ("c", "Trump", "ORG"),
                ("c", "Politico", "PERSON"),
                ("d", "Politico", "ORG"),
                ("e", "POLITICO", "ORG"),
                ("f", "Trump Organization", "ORG"),
            )
        )
    )
    assert groups[("Donald Trump", "PERSON")].aliases == ["Trump"]
    assert len(groups[("Politico", "ORG")].articles) == 3
    assert ("Politico", "PERSON") not in groups and ("Trump", "ORG") not in groups
    assert ("Trump Organization", "ORG") in groups


def test_initials_join_the_plain_name_unless_two_forms_reduce_to_it():
    groups = by_name(
        group(
            rows(
                ("a", "Donald J. Trump", "PERSON"),
                ("b", "Donald Trump", "PERSON"),
                ("c", "George W. Bush", "PERSON"),
                ("d", "George H.W. Bush", "PERSON"),
                ("e", "George Bush", "PERSON"),
            )
        )
    )
    assert groups[("Donald Trump", "PERSON")].aliases == ["Donald J. Trump"]
    assert {("George W. Bush", "PERSON"), ("George H.W. Bush", "PERSON")} <= set(groups)
    assert groups[("George Bush", "PERSON")].aliases == []


def test_mis_bounded_mentions_join_the_person_they_contain():
    groups = by_name(
        group(
            rows(
                ("a", "Floridians Jeb Bush", "PERSON"),
                ("a", "Jeb Bush", "PERSON"),
                ("b", "That's Jeb Bush", "PERSON"),
                ("c", "New Hampshire Sanders", "PERSON"),
                ("c", "Bernie Sanders", "PERSON"),
                ("d", "Clint Howard", "PERSON"),
                ("d", "Ron Howard", "PERSON"),
            )
        )
    )
    assert groups[("Jeb Bush", "PERSON")].aliases == ["Floridians Jeb Bush", "That's Jeb Bush"]
    assert groups[("Bernie Sanders", "PERSON")].aliases == ["New Hampshire Sanders"]
    # a given name that is also a town ("Clint", Texas) is no place before a surname
    assert groups[("Clint Howard", "PERSON")].aliases == []


def test_short_forms_join_an_organisation_the_store_has():
    groups = by_name(
        group(
            rows(
                ("a", "World Health Organization", "ORG"),
                ("b", "WHO", "ORG"),
                ("c", "VW", "ORG"),
                ("d", "Volkswagen", "ORG"),
                ("e", "GM", "ORG"),  # no General Motors stored: GM stays GM
            ),
            acronyms=[("a", "World Health Organization", "WHO")],
        )
    )
    assert groups[("World Health Organization", "ORG")].aliases == ["WHO"]
    assert groups[("Volkswagen", "ORG")].aliases == ["VW"]
    assert ("GM", "ORG") in groups


def test_debris_and_doubtful_names_are_not_listed_but_speakers_and_surnames_are():
    entities = rows(
        ("a", "Mischief", "PERSON"),
        ("a", "Acosta", "PERSON"),
        ("b", "Big Machine", "PERSON"),
        ("c", "Rich Beeson", "PERSON"),
        ("d", "Paul", "PERSON"),
        ("e", "Rand Paul", "PERSON"),
        ("f", "Ron Paul", "PERSON"),
        ("g", "Trump2016", "PERSON"),
        ("h", "Trump2016", "PERSON"),
    )
    listed = {g.name for g in group(entities, quotes={("a", "e2"): 3}) if g.listed}
    assert listed == {"Acosta", "Rich Beeson", "Paul", "Rand Paul", "Ron Paul"}
    # a first word that is another person's given name is a given name ("Big Sean")
    entities += rows(("i", "Big Sean", "PERSON"))
    assert "Big Machine" in {g.name for g in group(entities) if g.listed}


def test_a_group_keeps_the_commonest_writing_and_country():
    [found] = group(
        [
            Entity("a", "e1", "Olena Kravets", "PERSON", ["Deputy Minister"], None, "UKR"),
            Entity("b", "e1", "OLENA KRAVETS", "PERSON", [], "Ukraine", "UKR"),
            Entity("c", "e4", "Olena Kravets", "PERSON", ["deputy minister"], None, None),
        ]
    )
    assert found.name == "Olena Kravets" and found.aliases == ["OLENA KRAVETS"]
    assert found.country() == "UKR" and found.affiliations() == ["Ukraine"]
    assert found.titles() == ["Deputy Minister"]


# -- the store ---------------------------------------------------------------------------


def _article(text, entities, quotes=(), published="2016-03-01"):
    ents = []
    for n, (name, kind, titles) in enumerate(entities, start=1):
        start = text.index(name.split()[-1])
        ents.append(
            {
                "id": f"e{n}",
                "name": name,
                "type": kind,
                "titles": titles,
                "affiliation": None,
                "country": None,
                "mentions": [[start, start + len(name.split()[-1])]],
            }
        )
    quote_records = []
    for n, (words, speaker) in enumerate(quotes, start=1):
        start = text.index(words)
        quote_records.append(
            {
                "id": f"q{n}",
                "text": words,
                "start": start,
                "end": start + len(words),
                "parts": [[start, start + len(words)]],
                "direct": True,
                "kind": "speech",
                "cue": "said",
                "speaker": speaker,
                "speaker_id": next(e["id"] for e in ents if e["name"] == speaker),
            }
        )
    return Article(
        id=article_id(text),
        text=text,
        title=text[:30],
        published=published,
        source=f"{article_id(text)}.txt",
        entities=ents,
        quotes=quote_records,
    )


@pytest.fixture
def trump_db(tmp_path):
    path = tmp_path / "people.db"
    with Store(path) as store:
        store.add(
            _article(
                'Donald Trump spoke in Ohio. "We will win," Trump said.',
                [("Donald Trump", "PERSON", ["US President"]), ("Ohio", "GPE", [])],
                [("We will win", "Donald Trump")],
                "2016-03-01",
            )
        )
        store.add(
            _article(
                '"The polls are wrong," Trump said on Friday.',
                [("Trump", "ORG", ["U.S. President"])],
                [("The polls are wrong", "Trump")],
                "2016-03-04",
            )
        )
        store.add(
            _article(
                "Mischief was blamed for the delay.", [("Mischief", "PERSON", [])], (), "2016-03-02"
            )
        )
    return path


def test_the_people_list_has_one_row_per_person(trump_db):
    with Reader(trump_db) as reader:
        total, found = reader.entity_counts()
        assert total == 1
        [row] = found
        assert row == {
            "name": "Donald Trump",
            "type": "PERSON",
            "articles": 2,
            "quotes": 2,
            "country": None,
            "aliases": ["Trump"],
        }
        assert reader.entity_counts(query="trump")[0] == 1
        assert reader.entity_counts(type="ORG") == (0, [])
        assert reader.entity_counts(type="GPE")[1][0]["name"] == "Ohio"


def test_the_person_page_gathers_every_article_and_quote_under_any_name(trump_db):
    with Reader(trump_db) as reader:
        person = reader.person("Trump")
        assert person == reader.person("donald trump")
        assert person["name"] == "Donald Trump" and person["aliases"] == ["Trump"]
        assert person["titles"] == ["US President"]
        assert [a["published"] for a in person["articles"]] == ["2016-03-04", "2016-03-01"]
        assert [q["text"] for q in person["quotes"]] == ["The polls are wrong", "We will win"]
        assert reader.person("Mischief")["name"] == "Mischief"  # unlisted, still found
        assert reader.person("Nobody") is None


def test_the_people_are_worked_out_again_when_articles_are_added(trump_db):
    with Reader(trump_db) as reader:
        assert reader.entity_counts()[0] == 1
    with Store(trump_db) as store:
        store.add(_article("Jeb Bush said no.", [("Jeb Bush", "PERSON", [])]))
    with Reader(trump_db) as reader:
        assert reader.entity_counts()[0] == 2
