"""What the claims across articles need from a figure (issue 27): its scope (a running total
or one incident's toll), its claimant when the sentence names the figure's owner, and the
categories of crisis reports ("were among the dead", "crossed into Tanzania")."""

import pytest

from tests.extract.test_figures import figures, number


def _by_number(text):
    return {number(text, f): f for f in figures(text)}


@pytest.mark.parametrize(
    ("text", "written", "scope"),
    [
        (
            "At least 1,500 people have been killed since the fighting began.",
            "At least 1,500",
            "cumulative",
        ),
        ("The death toll from the floods rose to 120 on Friday.", "120", "cumulative"),
        ("The floods have killed 85 people, officials said.", "85", "cumulative"),
        ("The IOM said 95,000 people were now displaced.", "95,000", "cumulative"),
        (
            "There were between 400 and 600 cholera cases, the WHO said.",
            "between 400 and 600",
            "cumulative",
        ),
        (
            "The society said 300,000 people had been forced from their homes.",
            "300,000",
            "cumulative",
        ),
        ("The toll from the air strike rose to 17.", "17", "incident"),
        ("An air strike on a market on Sunday killed 14 people and wounded 31.", "31", "incident"),
        ("Gunmen ambushed a minibus on Saturday, killing nine passengers.", "nine", "incident"),
        ("Police said 14 people were killed on Tuesday.", "14", "incident"),
        # the day the saying was done is not the count's ("said on Saturday it had recorded")
        ("The agency said on Saturday it had recorded 146 cholera cases.", "146", "cumulative"),
        # a sentence that goes on from the one before takes its figure's scope
        (
            "Rescuers recovered seven bodies after a boat capsized. "
            "Another 12 people were still missing.",
            "12",
            "incident",
        ),
        ("The floods have killed 18 people. Another 23 people were missing.", "23", "cumulative"),
        # a count dated by one incident is that incident's
        (
            "Nine bodies have been recovered after a wooden boat capsized on the river.",
            "Nine",
            "incident",
        ),
        # a disaster that struck: its toll rises for days
        (
            "A magnitude 7.4 earthquake struck southern Peru on Sunday, killing at least 96 "
            "people.",
            "at least 96",
            "cumulative",
        ),
        # no verb at all (a headline-like line) is no endless search for one
        ("Sudan: 1,500 dead.", "1,500", "cumulative"),
    ],
)
def test_scope(text, written, scope):
    assert _by_number(text)[written]["scope"] == scope


def test_the_owner_of_a_figure_claims_it_even_inside_another_speakers_quote():
    text = (
        "\"More than 600 people have been killed, far above the health ministry's figure of "
        "402,\" said Joana Macuácua, the monitor's director."
    )
    found = _by_number(text)
    assert found["More than 600"]["source"] == "Joana Macuácua"
    assert found["402"]["source"] == "the health ministry"


def test_a_figure_given_by_someone_is_theirs():
    text = "The figure is more than double the toll of 112 given by the health ministry."
    assert _by_number(text)["112"]["source"] == "health ministry"


@pytest.mark.parametrize(
    ("text", "written", "category"),
    [
        ("UNICEF said at least 37 children were among the dead.", "at least 37", "KILL"),
        ("The number of people killed in the province has risen to 745.", "745", "KILL"),
        ("The agency said 5,200 Mozambicans had crossed into Tanzania.", "5,200", "REFUGEE"),
        ("More than 9,000 people had fled into Tanzania.", "More than 9,000", "REFUGEE"),
        ("The government said 42,000 people had registered as displaced.", "42,000", "DISPLACE"),
        (
            "Officials said 86 people had died and at least 40 were missing.",
            "at least 40",
            "MISSING",
        ),
        ("Up to 400,000 people had been moved to shelters.", "Up to 400,000", "EVACUATE"),
        ("We buried at least 20 people yesterday, a trader said.", "at least 20", "KILL"),
        ("The city accounts for 58 of the dead, the ministry said.", "58", "KILL"),
        ("A total of 912 migrants have died this year, the IOM said.", "912", "KILL"),
        ("The authority on Friday revised the death toll down to 25.", "25", "KILL"),
        (
            "The prime minister's office said 18,500 Congolese had crossed into the country.",
            "18,500",
            "REFUGEE",
        ),
    ],
)
def test_crisis_categories(text, written, category):
    assert _by_number(text)[written]["category"] == category


def test_a_part_counted_with_its_whole_is_what_happened_to_the_whole():
    found = _by_number(
        "At least 31 people, including 11 children, were killed when militiamen stormed the "
        "camp, the UN mission said."
    )
    assert (found["11"]["category"], found["11"]["object"]) == ("KILL", "children")


@pytest.mark.parametrize(
    ("text", "written", "category", "counted"),
    [
        (
            "Three of the dead were volunteer firefighters, the league said.",
            "Three",
            "KILL",
            "firefighters",
        ),
        ("Of the dead, 12 were women, officials said.", "12", "KILL", "women"),
        # a part of "them": what happened to the figure before
        (
            "OCHA said at least 157 people had been killed. UNICEF said at least 27 of them "
            "were children.",
            "at least 27",
            "KILL",
            "children",
        ),
    ],
)
def test_a_part_of_the_dead_is_counted_by_its_own_noun(text, written, category, counted):
    found = _by_number(text)[written]
    assert (found["category"], found["object"]) == (category, counted)


def test_a_part_with_no_noun_of_its_own_stays_uncounted():
    # "four of them seriously": no noun says which part, so no line of its own
    assert (
        _by_number("Twenty-eight people were injured, four of them seriously, he said.")["four"][
            "category"
        ]
        == "OTHER"
    )


def test_whoever_puts_the_number_at_a_value_claims_it_inside_another_speakers_clause():
    found = _by_number(
        "ANEPC said 87 people had been injured, while the health ministry put the number of "
        "injured at more than 110."
    )
    assert found["87"]["source"] == "ANEPC"
    assert found["more than 110"]["source"] == "the health ministry"


def test_a_since_of_another_clause_is_not_the_figures_period():
    found = _by_number(
        "The number of people killed has risen to 19, the authority said, making them the "
        "deadliest fires since 2017, when 66 people died."
    )
    assert "2017" not in (found["19"]["period"] or "")
    assert found["66"]["period"] == "since 2017"


def test_a_toll_that_rises_is_claimed_by_the_speaker_not_by_itself():
    found = _by_number(
        "The death toll from the earthquake in eastern Afghanistan rose to 812 on Wednesday, "
        "a spokesman for the Taliban administration said."
    )
    assert found["812"]["source"] == "a spokesman for the Taliban administration"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Kogi state government put its toll at 36, officials said.", "36"),
        ("The agency revised the state's flood death toll down to 15 from 18.", "18"),
    ],
)
def test_a_toll_set_at_a_small_number_is_no_date(text, written):
    found = _by_number(text)[written]
    assert found["category"] == "KILL" and found["period"] != written


def test_a_toll_of_a_where_clause_is_in_the_place_it_refers_to():
    text = "Most of the victims were in Kunar province, where 642 people were killed, he said."
    assert _by_number(text)["642"]["place"] == "Kunar province"


def test_a_wires_credit_is_not_the_claimant():
    text = (
        "ABUJA, Sept 18 (Reuters) - Benue State's emergency management agency on Friday "
        "revised the state's flood death toll down to 15 from 18, officials said."
    )
    assert "Reuters" not in (_by_number(text)["15"]["source"] or "")


def test_a_place_of_the_saying_is_not_the_figures():
    text = (
        "The agency on Wednesday revised the death toll from the cyclone down to 76, saying "
        "some victims had been registered twice, in Beira and in Dondo."
    )
    assert _by_number(text)["76"]["place"] is None


def test_a_verb_joined_to_another_shares_its_subjects_year():
    found = _by_number(
        "Floods in 2022 killed more than 600 people and displaced about 1.4 million across "
        "the country, the worst in a decade."
    )
    assert found["about 1.4 million"]["period"] == "2022"
