import pytest

from dateline.extract.common.dates import anchor

# A Wednesday. Its week: Mon 12 .. Sun 18; the week before: Mon 5 .. Sun 11.
PUB = "2016-09-14"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Wednesday", "2016-09-14"),  # same weekday: the publication day itself
        ("Tuesday", "2016-09-13"),
        ("Monday", "2016-09-12"),
        ("Sunday", "2016-09-11"),
        ("Saturday", "2016-09-10"),
        ("Friday", "2016-09-09"),
        ("Thursday", "2016-09-08"),
        ("on Saturday", "2016-09-10"),
        ("on Wednesday", "2016-09-14"),
        ("TUESDAY", "2016-09-13"),
        ("  on   Tuesday ", "2016-09-13"),
        ("Tuesday's", "2016-09-13"),
        ("Tuesday\u2019s", "2016-09-13"),
        ("Tues.", "2016-09-13"),
    ],
)
def test_bare_weekday_is_most_recent_on_or_before_publication(phrase, expected):
    assert anchor(phrase, PUB) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("last Wednesday", "2016-09-07"),  # strictly before: not the publication day
        ("last Tuesday", "2016-09-13"),
        ("last Thursday", "2016-09-08"),
        ("last Friday", "2016-09-09"),
        ("this past Wednesday", "2016-09-07"),
        ("next Wednesday", "2016-09-21"),  # strictly after
        ("next Tuesday", "2016-09-20"),
        ("next Thursday", "2016-09-15"),
        ("this coming Friday", "2016-09-16"),
        ("coming Monday", "2016-09-19"),
        ("Tuesday of last week", "2016-09-06"),
        ("Friday last week", "2016-09-09"),
        ("on Monday of last week", "2016-09-05"),
    ],
)
def test_modified_weekday(phrase, expected):
    assert anchor(phrase, PUB) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Monday night", "2016-09-12"),
        ("on Wednesday evening", "2016-09-14"),
        ("Tuesday morning", "2016-09-13"),
        ("Sunday afternoon", "2016-09-11"),
        ("late Tuesday night", "2016-09-13"),
        ("early Sunday", "2016-09-11"),
        ("at dawn on Sunday", "2016-09-11"),
        ("Saturday in the morning", "2016-09-10"),
        ("last Wednesday night", "2016-09-07"),
        ("next Tuesday evening", "2016-09-20"),
        ("yesterday afternoon", "2016-09-13"),
        ("late yesterday", "2016-09-13"),
        ("tomorrow night", "2016-09-15"),
        ("Tuesday night, Sept. 13", "2016-09-13"),
    ],
)
def test_part_of_day_words_are_ignored(phrase, expected):
    assert anchor(phrase, PUB) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("today", "2016-09-14"),
        ("earlier today", "2016-09-14"),
        ("tonight", "2016-09-14"),
        ("this morning", "2016-09-14"),
        ("this afternoon", "2016-09-14"),
        ("this evening", "2016-09-14"),
        ("yesterday", "2016-09-13"),
        ("last night", "2016-09-13"),
        ("the day before yesterday", "2016-09-12"),
        ("tomorrow", "2016-09-15"),
        ("the day after tomorrow", "2016-09-16"),
        ("a day ago", "2016-09-13"),
        ("two days ago", "2016-09-12"),
        ("3 days ago", "2016-09-11"),
        ("ten days ago", "2016-09-04"),
        ("a week ago", "2016-09-07"),
        ("one week ago", "2016-09-07"),
        ("two weeks ago", "2016-08-31"),
        ("5 weeks ago", "2016-08-10"),
    ],
)
def test_relative_days(phrase, expected):
    assert anchor(phrase, PUB) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("March 3", "2016-03-03"),
        ("3 March", "2016-03-03"),
        ("Mar. 3", "2016-03-03"),
        ("March 3rd", "2016-03-03"),
        ("the 3rd of March", "2016-03-03"),
        ("on March 3", "2016-03-03"),
        ("Sept. 13", "2016-09-13"),
        ("Tuesday, Sept. 13", "2016-09-13"),
        ("February 29", "2016-02-29"),
        ("3 March 2016", "2016-03-03"),
        ("on March 3, 2016", "2016-03-03"),
        ("March 3rd, 2015", "2015-03-03"),
        ("3 March 2015", "2015-03-03"),
        ("2016-03-03", "2016-03-03"),
        ("2014-12-25", "2014-12-25"),
        ("November 10", "2016-11-10"),  # 57 days ahead: still this year
        ("November 20", "2015-11-20"),  # 67 days ahead: more than ~2 months, so last year
    ],
)
def test_explicit_dates(phrase, expected):
    assert anchor(phrase, PUB) == expected


@pytest.mark.parametrize(
    "phrase, published, expected",
    [
        # January article about late December: the previous year.
        ("December 28", "2017-01-10", "2016-12-28"),
        ("28 Dec.", "2017-01-10T09:00:00Z", "2016-12-28"),
        ("January 5", "2017-01-10", "2017-01-05"),
        ("March 1", "2017-01-10", "2017-03-01"),  # 50 days ahead
        ("March 20", "2017-01-10", "2016-03-20"),  # 69 days ahead
        # Late-December article about early January: the next year.
        ("January 5", "2016-12-20", "2017-01-05"),
        ("December 1", "2016-12-20", "2016-12-01"),
        # An explicit year always wins over the window.
        ("December 28, 2017", "2017-01-10", "2017-12-28"),
    ],
)
def test_year_rollover(phrase, published, expected):
    assert anchor(phrase, published) == expected


@pytest.mark.parametrize(
    "published",
    [
        "2016-09-14",
        "2016-09-14T08:30:00Z",
        "2016-09-14T08:30:00+02:00",
        "2016-09-14T08:30:00.123456Z",
        "2016-09-14 08:30:00",
        "2016-09-14T08:30:00 GMT",
        # Late evening west of UTC: already the 15th in UTC, but the article's own day counts.
        "2016-09-14T23:30:00-05:00",
        # Just after midnight east of UTC: still the 13th in UTC.
        "2016-09-14T00:30:00+03:00",
    ],
)
def test_published_timestamps_use_their_local_day(published):
    assert anchor("today", published) == "2016-09-14"
    assert anchor("yesterday", published) == "2016-09-13"
    assert anchor("Tuesday", published) == "2016-09-13"
    assert anchor("last Wednesday", published) == "2016-09-07"


@pytest.mark.parametrize("published", [None, "", "not a date", "2016-13-45", "yesterday", 42])
@pytest.mark.parametrize(
    "phrase",
    [
        "Tuesday",
        "last Tuesday",
        "next Tuesday",
        "yesterday",
        "today",
        "tonight",
        "two days ago",
        "a week ago",
        "March 3",
        "3 March",
        "Monday night",
    ],
)
def test_without_published_only_full_dates(phrase, published):
    assert anchor(phrase, published) is None


@pytest.mark.parametrize("published", [None, "", "not a date", "2016-13-45"])
@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("3 March 2016", "2016-03-03"),
        ("on March 3, 2016", "2016-03-03"),
        ("Thursday, March 3, 2016", "2016-03-03"),
        ("2016-03-03", "2016-03-03"),
    ],
)
def test_full_dates_need_no_published(phrase, expected, published):
    assert anchor(phrase, published) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "last week",
        "this week",
        "last month",
        "earlier this month",
        "late last month",
        "in 2015",
        "2015",
        "March",
        "March 2016",
        "this year",
        "last year",
        "recent days",
        "the past decade",
        "the weekend",
        "last weekend",
        "a month ago",
        "several days ago",
        "March 3-4",
        "this Tuesday",  # future or past: ambiguous
        "the 3rd",
    ],
)
def test_spans_and_vague_phrases_give_none(phrase):
    assert anchor(phrase, PUB) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "",
        "   ",
        "!!!",
        "asdf",
        "Tuesday Wednesday",
        "March 32",
        "February 30",
        "2016-02-30",
        "2016-13-01",
        None,
        42,
    ],
)
def test_garbage_gives_none(phrase):
    assert anchor(phrase, PUB) is None


def test_february_29_outside_a_leap_year_gives_none():
    assert anchor("February 29", "2017-03-10") is None
    assert anchor("February 29, 2017", None) is None


def test_date_arithmetic_overflow_gives_none():
    assert anchor("two days ago", "0001-01-01") is None
    assert anchor("tomorrow", "9999-12-31") is None


def test_the_date_word_tables_come_from_their_data_file():
    from dateline.extract.common import dates

    assert sorted(set(dates._MONTHS.values())) == list(range(1, 13))
    assert sorted(set(dates._WEEKDAYS.values())) == list(range(7))
    assert dates._COUNTS["a"] == 1 and dates._COUNTS["ten"] == 10 and "eleven" not in dates._COUNTS
    assert dates._RELATIVE["the day before yesterday"] == -2
    assert dates._PART_OF_DAY.search("monday night") and "early" in dates._FILLERS
