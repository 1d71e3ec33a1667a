import pytest

from dateline.extract.figures import extract_figures
from dateline.extract.registry import layers_before
from dateline.nlp import parse
from dateline.record import Article


def figures(text):
    doc = parse(text)
    article = Article(id="x", text=text)
    found = extract_figures(doc, article, **layers_before(doc, article, "figures"))
    for figure in found:
        assert figure["start"] <= figure["number_start"] < figure["number_end"] <= figure["end"]
        assert figure["text"] == text[figure["start"] : figure["end"]]
    return found


def number(text, figure):
    return text[figure["number_start"] : figure["number_end"]]


def only(text):
    [figure] = figures(text)
    return figure


@pytest.mark.parametrize(
    "text, written, value, low, high, approximate, vague",
    [
        ("At least 2,000 people were killed.", "At least 2,000", 2000, 2000, None, False, False),
        ("Up to 50 people were arrested.", "Up to 50", 50, None, 50, False, False),
        (
            "Between 10 and 20 protesters were injured.",
            "Between 10 and 20",
            None,
            10,
            20,
            False,
            False,
        ),
        (
            "More than a million people have fled.",
            "More than a million",
            1_000_000,
            1_000_000,
            None,
            False,
            False,
        ),
        ("Hundreds of people were arrested.", "Hundreds", None, 200, 999, False, True),
        ("Dozens of people were wounded.", "Dozens", None, 24, 99, False, True),
        (
            "Tens of thousands of people marched.",
            "Tens of thousands",
            None,
            20_000,
            99_999,
            False,
            True,
        ),
        ("About 3,500 refugees crossed the border.", "About 3,500", 3500, None, None, True, False),
        (
            "Nearly 1.2 million people have been displaced.",
            "Nearly 1.2 million",
            1_200_000,
            None,
            None,
            True,
            False,
        ),
        ("Twenty-three people are missing.", "Twenty-three", 23, None, None, False, False),
    ],
)
def test_values_hedges_and_bounds(text, written, value, low, high, approximate, vague):
    figure = only(text)
    assert number(text, figure) == written
    assert (figure["value"], figure["low"], figure["high"]) == (value, low, high)
    assert (figure["approximate"], figure["vague"]) == (approximate, vague)


@pytest.mark.parametrize(
    "text, category, counted",
    [
        ("12,000 villagers have fled to Chad.", "DISPLACE", "villagers"),
        ("The death toll rose to 40 on Sunday.", "KILL", None),
        ("The army said it had killed at least 12 soldiers.", "KILL", "soldiers"),
        ("Five soldiers were killed in the attack.", "KILL", "soldiers"),
        ("Police arrested 14 people in Marsabit.", "ARREST", "people"),
        ("Gunmen kidnapped 30 students from a school.", "KIDNAP", "students"),
        ("Between 10 and 20 protesters were injured.", "WOUND", "protesters"),
        ("About 3,500 refugees crossed the border.", "REFUGEE", "refugees"),
        ("The displacement of 200,000 people strained aid groups.", "DISPLACE", "people"),
        ("Floods forced 8,000 residents from their homes.", "DISPLACE", "residents"),
        ("Officials evacuated 2,400 people from the coast.", "EVACUATE", "people"),
        ("Tens of thousands of people marched in Paris.", "PROTEST", "people"),
        ("Authorities seized 3 tonnes of cocaine.", "SEIZE", "tonnes"),
        ("The hospital treated 120 cholera patients.", "SICK", "patients"),
        ("Coast guard boats rescued 42 people on Thursday.", "RESCUE", "people"),
        ("At least 61 migrants drowned when their boat sank.", "KILL", "migrants"),
        ("More than 7,000 houses were destroyed by the floods.", "DAMAGE", "houses"),
        ("About 500 soldiers have been deployed to the district.", "DEPLOY", "soldiers"),
    ],
)
def test_what_is_counted_comes_from_the_parse(text, category, counted):
    figure = only(text)
    assert figure["category"] == category
    assert figure["object"] == counted


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Exporters lost more than $1.5 billion.", 1_500_000_000, "USD"),
        ("The fund pledged 2.5bn euros.", 2_500_000_000, "EUR"),
        ("The bank fined it £40m.", 40_000_000, "GBP"),
        ("Russia will pay 300 million roubles.", 300_000_000, "RUB"),
    ],
)
def test_money(text, value, unit):
    figure = only(text)
    assert (figure["category"], figure["value"], figure["unit"]) == ("MONEY", value, unit)


def test_percent():
    figure = only("Inflation rose to 5.2% in May.")
    assert (figure["category"], figure["value"], figure["unit"]) == ("PERCENT", 5.2, "%")


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022 and ended on 3 March 2023.",
        "A 35-year-old man was questioned.",
        "He finished first, and she came third.",
        "The meeting starts at 10:30.",
        "Call 555-123-4567 for details.",
        "The F-16 jets and COVID-19 rules were discussed.",
        "Page 2 of the report was blank.",
        "He was aged 40 when he moved.",
        "One of the ministers resigned.",
    ],
)
def test_things_that_are_not_figures(text):
    assert figures(text) == []


def test_source_place_and_period():
    text = (
        "About 3,500 people have crossed into northern Kenya since the fighting began in "
        "February, the United Nations refugee agency said."
    )
    figure = only(text)
    assert figure["category"] == "OTHER"  # crossing a border is not, by itself, displacement
    assert figure["source"] == "the United Nations refugee agency"
    assert (
        text[figure["source_start"] : figure["source_end"]] == "the United Nations refugee agency"
    )
    assert figure["place"] == "Kenya" and figure["place_id"]
    assert figure["period"] == "since the fighting began in February"


def test_according_to_source_and_no_source():
    text = "According to the ministry, 40 people died. The city has 12 bridges."
    first, second = figures(text)
    assert (first["source"], first["category"]) == ("the ministry", "KILL")
    assert text[first["source_start"] : first["source_end"]] == "the ministry"
    assert second["source"] is None and second["category"] == "OTHER"


def test_a_repeated_claim_is_one_record_with_two_mentions():
    text = (
        "Clashes forced 12,000 people from their homes. The 12,000 displaced people need shelter."
    )
    [figure] = figures(text)
    assert [text[a:b] for a, b in figure["mentions"]] == ["12,000", "12,000"]


def test_the_same_number_claimed_by_someone_else_is_another_claim():
    text = (
        "Clashes forced 12,000 people from their homes. "
        "Aid groups said 12,000 people had been displaced."
    )
    first, second = figures(text)
    assert (first["source"], second["source"]) == (None, "Aid groups")


def test_ranges_written_with_to_and_indian_multipliers():
    found = figures("Fines of $10,000 to $20,000 were imposed.")
    assert [(f["value"], f["low"], f["high"], f["unit"]) for f in found] == [
        (None, 10_000, 20_000, "USD")
    ]
    rupees = only("The firm paid Rs 25 lakh in fines.")
    assert (rupees["category"], rupees["value"], rupees["unit"]) == ("MONEY", 2_500_000, "INR")


def test_a_change_from_one_number_to_another_is_two_figures():
    found = figures("Arrests rose from 1,500 to 3,000 last year.")
    assert [f["value"] for f in found] == [1500, 3000]
    assert found[1]["category"] == "ARREST"


def test_a_range_of_years_is_not_a_figure():
    assert figures("Between 2009 and 2018 the city grew quickly.") == []


@pytest.mark.parametrize(
    "text, value, low, high, category, unit",
    [
        ("Voters making $100,000 or more backed him.", 100_000, 100_000, None, "MONEY", "USD"),
        ("Donors who gave $200 or less were few.", 200, None, 200, "MONEY", "USD"),
        ("Clinton led Trump by 5 percentage points.", 5, None, None, "PERCENT", "%"),
        ("The Observer found that 1 in 4 residents were poor.", 25, None, None, "PERCENT", "%"),
        ("Nearly eight of 10 voters will watch.", 80, None, None, "PERCENT", "%"),
        ("The outbreak sickened three dozen detainees.", 36, None, None, "OTHER", None),
        ("Twenty veterans commit suicide each day.", 20, None, None, "KILL", None),
        (
            "Donations surged past $1billion in August.",
            1_000_000_000,
            1_000_000_000,
            None,
            "MONEY",
            "USD",
        ),
        ("Clinton beats Trump by 46 percent to 42 percent.", 46, None, None, "PERCENT", "%"),
    ],
)
def test_bounds_points_ratios_and_glued_multipliers(text, value, low, high, category, unit):
    figure = figures(text)[0]
    assert (figure["value"], figure["low"], figure["high"]) == (value, low, high)
    assert (figure["category"], figure["unit"]) == (category, unit)


def test_the_place_is_named_in_the_figures_own_clause():
    [fled] = figures("12,000 villagers have fled to Chad, officials in Nairobi said.")
    assert fled["place"] == "Chad"  # not the speakers' city


def test_a_place_that_is_another_clauses_subject_is_not_the_figures():
    found = figures("Thirteen of the council's 15 members voted in favour and China abstained.")
    assert found and all(figure["place"] is None for figure in found)


def test_aid_as_a_modifier_is_not_a_count_of_people_affected():
    [trucks] = figures("Dozens of aid trucks were waiting at the crossing.")
    assert trucks["category"] == "OTHER"


@pytest.mark.parametrize(
    "text, claimant",
    [
        (
            "Sales rose.\n\nDealers sold 303,417 vehicles, up 4 percent, according to "
            "InfoNation.\n\nPrices fell.",
            "InfoNation",
        ),
        ("The IMF cut its forecast for Italy by 0.2 percentage points on Tuesday.", "IMF"),
        ("The ministry estimated that 12,000 villagers had fled.", "ministry"),
        ("The UN puts the death toll at 400.", "UN"),
        ("In the latest Reuters poll, Clinton led by 5 percentage points.", "poll"),
    ],
)
def test_claimants_beyond_quotes(text, claimant):
    found = figures(text)
    assert found and claimant in (found[0]["source"] or "")


@pytest.mark.parametrize(
    "text",
    [
        "Police found 12 bodies in the river.",
        "Local dealers sold 30,154 cars in October.",
    ],
)
def test_an_event_is_not_a_claim(text):
    assert all(f["source"] is None for f in figures(text))


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("That is less than the $53 million figure McKinley cited last week.", "McKinley"),
        ("The utility cut its count from an estimate by PG&E of about 660,000 people.", "PG&E"),
    ],
)
def test_the_owner_of_an_estimate_is_its_claimant(text, claimant):
    found = figures(text)
    assert any(claimant in (f["source"] or "") for f in found)


def test_every_section_of_the_category_file_is_a_category_in_file_order():
    from importlib import resources

    from dateline.extract.figures import category as module

    text = resources.files("dateline.data").joinpath("figure_categories.txt").read_text("utf-8")
    headers = [line.strip()[1:-1] for line in text.splitlines() if line.strip().startswith("[")]
    assert [name for name, _ in module.lexicon()] == headers


def test_a_category_added_to_the_file_is_used(monkeypatch):
    from dateline.extract.figures import category as module
    from dateline.lexicon import section_lines

    extended = dict(section_lines("figure_categories.txt"))
    extended["TREE"] = ("tree trees",)
    monkeypatch.setattr(module, "section_lines", lambda name: extended)
    module.lexicon.cache_clear()
    try:
        assert only("Storms felled 300 trees.")["category"] == "TREE"
    finally:
        monkeypatch.undo()
        module.lexicon.cache_clear()
    assert only("Storms felled 300 trees.")["category"] == "OTHER"


def test_the_word_lists_of_the_rules_are_sections_of_their_data_file():
    from dateline.lexicon import section_lines

    found = section_lines("figure_rules.txt")
    expected = {
        "vague-words", "before-number", "currency-before", "multipliers-after", "percent-words",
        "or-bounds", "age-after", "not-after", "ranks-before", "back-reference", "generic-nouns",
        "age-groups", "change-verbs", "modifier-after-dash", "share-context", "tally-nouns",
        "time-nouns", "homes", "estimating-verbs", "citing-verbs", "estimate-nouns",
    }  # fmt: skip
    assert expected <= set(found) and all(found[name] for name in expected)
    assert all(line.count("\t") == 1 for line in found["or-bounds"])
