"""Figures on everyday news (issue 26): no numbers from names, dates, markup, lists, scores or
figures of speech; shares read as percentages; polls, counts and records as claimants."""

import pytest

from tests.extract.test_figures import figures, number, only


@pytest.mark.parametrize(
    "text",
    [
        "The band 98 Degrees performed at the rally.",
        "Workers from the Fight for $15 campaign marched downtown.",
        'Trump wrote: <tweet tweet-author="@x" tweet-date="March 9, 2016">Great crowd!</tweet>',
        "The 50-state poll was released on Tuesday.",
        "She finished in the top three in Iowa.",
        "He lost the first three contests.",
        "The two met in Des Moines on Monday.",
        "Those two billionaires don't represent the broader world of hedge funds.",
        "He has zero foreign policy experience.",
        "It looks like a two-person race between Trump and Cruz.",
        "Spain ended decades of two-party dominance.",
        "Wasserman Schultz, a six-term congresswoman, spoke.",
        "Herbert and Mahut defeated McLachlan and Uchiyama 6-7 (4), 6-4, 7-5 in the doubles.",
        "Viera (4-0): Hupfer scored.",
        "A diary helped patients who binge eat (26).",
        "Meal 1\nEggs and coffee.",
        "2.\nEat more protein.",
        "Rubio will do well: 1) Unlike Cruz, he will live in New Hampshire.",
        "At one point in the book, Byrne gives an account of Clinton.",
        "The committee said that it was 100 percent committed to the plan.",
        "Iran's attacks sparked a year or two of international fury.",
        "Stone spoke on AM 970 in New York.",
        "The standard LC 500 would be the last.",
        "A diet raised levels of GLP-1 in the blood.",
        "Men under 35 support Sanders.",
        "Events would bring one or more of the governors into the race.",
        "Credit scores use data from credit reports.",
        "Sales of the 737 Max jet were hit.",
        "She wore a half-frozen smile.",
    ],
)
def test_no_figure_from_names_markup_lists_scores_or_figures_of_speech(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, written, value, low, high, approximate",
    [
        ("Two-thirds of the voters said no.", "Two-thirds", 66.666667, None, None, False),
        ("Nearly half of Americans oppose the plan.", "Nearly half", 50, None, None, True),
        (
            "A third of the state's voters are independents.",
            "A third",
            33.333333,
            None,
            None,
            False,
        ),
        ("About 4 in 10 Republicans back Trump.", "About 4 in 10", 40, None, None, True),
        ("Three-in-five GOP insiders agreed.", "Three-in-five", 60, None, None, False),
        (
            "But two out of three Americans disagree.",
            "two out of three",
            66.666667,
            None,
            None,
            False,
        ),
        (
            "The program costs less than one-half of 1 percent of the budget.",
            "less than one-half of 1 percent",
            0.5,
            None,
            0.5,
            False,
        ),
        (
            "Output fell by more than half a percentage point.",
            "more than half a percentage point",
            0.5,
            0.5,
            None,
            False,
        ),
        ("It is fatal in up to 90 per cent of cases.", "up to 90 per cent", 90, None, 90, False),
        ("Romney had a ten-point lead in exit polls.", "ten-point", 10, None, None, False),
    ],
)
def test_shares_are_percentages(text, written, value, low, high, approximate):
    figure = only(text)
    assert number(text, figure) == written
    assert (figure["value"], figure["low"], figure["high"]) == (value, low, high)
    assert figure["approximate"] is approximate
    assert (figure["category"], figure["unit"]) == ("PERCENT", "%")


def test_a_share_keeps_what_it_counts():
    assert only("Two-thirds of the voters said no.")["object"] == "voters"


def test_one_of_two_is_a_member_not_a_share():
    figure = only("She was one of two women who declared their allegiance.")
    assert (figure["value"], figure["category"], figure["object"]) == (2, "OTHER", "women")


def test_a_year_is_no_divisor():
    figure = only("The company paid $35 million in 2011 to settle the case.")
    assert (figure["value"], figure["category"]) == (35_000_000, "MONEY")


def test_a_later_guess_is_the_upper_bound():
    text = "There will be hundreds of thousands or maybe millions of refugees fleeing the war."
    figure = only(text)
    assert number(text, figure) == "hundreds of thousands or maybe millions"
    assert (figure["low"], figure["high"], figure["vague"]) == (200_000, 9_999_999, True)
    assert figure["category"] == "REFUGEE"


def test_points_are_a_percentage_only_where_the_sentence_is_about_shares():
    assert only("Clinton leads Trump by 7 points in the latest poll.")["category"] == "PERCENT"
    for text in ("The Dow fell 200 points on Monday.", "Rockledge won. Blakely scored 15 points."):
        figure = figures(text)[-1]
        assert (figure["category"], figure["unit"]) == ("OTHER", None)


@pytest.mark.parametrize(
    "text",
    [
        "As Trump moved closer to the 1,237 delegates needed to secure the nomination, he spoke.",
        "The campaign needs to keep Trump shy of the 1,237 mark needed to claim the nomination.",
        "The city had 10 times as many cases.",
        "PG&E initiated four rounds of planned outages.",
    ],
)
def test_tallies_factors_and_measures_are_no_event_counts(text):
    assert figures(text)[0]["category"] == "OTHER"


def test_a_small_count_after_a_determiner_stays_where_it_counts_an_event_or_a_described_set():
    assert only("Their three children were killed in the strike.")["category"] == "KILL"
    assert only("The first two illnesses were confirmed on Monday.")["category"] == "SICK"
    assert only("Plague has the two main forms of infection.")["value"] == 2


@pytest.mark.parametrize(
    "text, written, claimant",
    [
        (
            "About 4 in 10 Republicans back Trump, the Post-ABC poll found.",
            "About 4 in 10",
            "the Post-ABC poll",
        ),
        (
            "He is backed by 34% of GOP voters in the RealClearPolitics average of polls.",
            "34%",
            "the RealClearPolitics average of polls",
        ),
        (
            "Trump had a rally. The current Associated Press count gives him a total of 1,749.",
            "1,749",
            "The current Associated Press count",
        ),
        ("Records show the agency spent $4.2 million on travel.", "$4.2 million", "Records"),
    ],
)
def test_polls_counts_and_records_are_claimants(text, written, claimant):
    figure = next(f for f in figures(text) if number(text, f) == written)
    assert figure["source"] == claimant


def test_a_stance_claims_no_figure_but_a_forecast_does():
    assert only("He is hoping for two big wins that day.")["source"] is None
    text = "The IMF expects that U.S. output will expand by 1.6 percent."
    assert only(text)["source"] == "IMF"


def test_a_claimant_that_holds_the_number_is_no_claimant():
    text = "Another study in 20 girls found that yoga decreased anxiety."
    assert only(text)["source"] is None


def test_narration_after_a_quote_is_the_articles():
    text = '"We will win," Smith said.\n\nThe campaign raised $12 million in March.'
    assert only(text)["source"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The story ran below.\n- 15 Amazing Images of Stars And Galaxies",
        "Night mode uses the wide camera in the iPhone 11 and other phones.",
        "The new 16-inch MacBook Pro features a redesigned keyboard.",
        "His new book, 19 Hard Truths the Left Can't Handle, is out.",
        "It completed its sweep through Ohio's three biggest cities.",
        "Check out our picks for the 10 best early Black Friday deals.",
        "Jets 2, Predators 1: Laine and Ehlers scored for Winnipeg.",
        "The records run from at least 2002 to 2005.",
        "That's what he did in '08 and '12.",
        "He has made the country his No. 1 scapegoat.",
        "Most gains have gone to the top 1 percent since then.",
        "Going upstairs to bed was a 30 min activity.",
        "People requested selfies by the dozen.",
        "The camera takes 4K video.",
        "She was named to the 40 Under 40 list.",
    ],
)
def test_no_figure_from_headlines_products_ranks_scores_or_idioms(text):
    assert figures(text) == []


def test_a_year_naming_something_is_no_figure_but_a_count_after_it_is():
    assert [f["value"] for f in figures("The 1951 Refugee Convention has 149 parties.")] == [149]


@pytest.mark.parametrize(
    "text, written, value, low, high, category",
    [
        (
            "Fees range from 5 percent to 15 percent.",
            "5 percent to 15 percent",
            None,
            5,
            15,
            "PERCENT",
        ),
        ("The crowd was 28,000-plus on Sunday.", "28,000-plus", 28000, 28000, None, "OTHER"),
        (
            "She lost by five-and-a-half points in the primary.",
            "five-and-a-half points",
            5.5,
            None,
            None,
            "PERCENT",
        ),
        (
            "He gave hundreds of thousands of dollars to the campaign.",
            "hundreds of thousands",
            None,
            200_000,
            999_999,
            "MONEY",
        ),
    ],
)
def test_ranges_plus_halves_and_money_in_words(text, written, value, low, high, category):
    figure = only(text)
    assert number(text, figure) == written
    assert (figure["value"], figure["low"], figure["high"]) == (value, low, high)
    assert figure["category"] == category


def test_a_rise_from_one_number_to_another_is_two_figures():
    text = "Support rose from 40 percent to 45 percent."
    assert [f["value"] for f in figures(text)] == [40, 45]


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("The unions said more than 15,000 people registered for the rally.", "The unions"),
        ("Forbes lists the Kochs with just under $40 billion each.", "Forbes"),
        ("Senate President Bukola Saraki read 16 letters from the chambers.", None),
        ("The fund manager wrote a $500,000 check to a super PAC.", None),
        ("Trump slipped back to 39 percent in Monday's poll.", "Monday's poll"),
        ("The officers should have conducted five separate inmate counts.", None),
    ],
)
def test_acts_the_article_narrates_claim_nothing_but_reports_do(text, claimant):
    assert only(text)["source"] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "To start, type this:\nx = 16;\nThen save.",
        "The results:\n0.16 0.29 1.02 3.4 5.5\nThat was all.",
        "The new Firefox version 39 is out for all users.",
        "The details are in the IANA Considerations section.......20",
        "The island lies at 42°S 174°E in the Pacific.",
        "The treaty was signed on 1 May 1998 in Paris.",
        "Meetings Between Maori and Europeans 1642–1772 is a history.",
        "The danger of the latter two is obvious.",
        "The quote is on p. 652 of the book.",
    ],
)
def test_no_figure_from_code_data_versions_pages_coordinates_or_dates(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, low, high, approximate",
    [
        ("She pulled within two points in the latest poll.", None, 2, False),
        ("The toll is near 100, officials said.", None, None, True),
        ("The crowd was 400,000 plus on Sunday.", 400_000, None, False),
    ],
)
def test_within_near_and_plus(text, low, high, approximate):
    figure = only(text)
    assert (figure["low"], figure["high"], figure["approximate"]) == (low, high, approximate)


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        ("The province will spend $3.3-billion on transit.", 3_300_000_000, None, None),
        ("It cost $5-10 billion.", None, 5_000_000_000, 10_000_000_000),
        ("Estimates run from 500 to 2 million.", None, 500, 2_000_000),
    ],
)
def test_a_multiplier_after_a_dash_or_a_range(text, value, low, high):
    figure = only(text)
    assert (figure["value"], figure["low"], figure["high"]) == (value, low, high)
