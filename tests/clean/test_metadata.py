import pytest

from dateline.clean.metadata import (
    authors_from_jsonld,
    authors_from_lines,
    detect_language,
    find_dates,
    normalize_published,
    outlet_from_url,
    published_from_lines,
    published_timestamp,
)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Published Tuesday, 12 March 2024, 14:05", ["2024-03-12T14:05:00"]),
        ("Updated: 19 November 2019, 09:01 AM", ["2019-11-19T09:01:00"]),
        ("Nov. 19, 2019 8:38 p.m.", ["2019-11-19T20:38:00"]),
        ("March 3rd, 2024", ["2024-03-03"]),
        ("2024-05-21T09:30:00", ["2024-05-21T09:30:00"]),
        ("posted 2024/05/21", ["2024-05-21"]),
        ("© 2024 The Horn Observer", []),
        ("31 February 2024", []),
        ("Call 555-1234 by 2024", []),
    ],
)
def test_find_dates(line, expected):
    assert find_dates(line) == expected


def test_published_line_wins_over_updated_line():
    lines = ["Headline", "Updated 14 March 2024 10:00", "Published 12 March 2024 09:00", "Body."]
    assert published_from_lines(lines, article_start=3) == "2024-03-12T09:00:00"


def test_date_nearest_the_article_start():
    lines = ["March 1, 2024 - Other story", "x", "Headline", "April 2, 2024", "Body text."]
    assert published_from_lines(lines, article_start=4) == "2024-04-02"


def test_dates_inside_long_paragraphs_are_not_publication_dates():
    para = "The war began on 24 February 2022. " * 12
    assert published_from_lines([para], article_start=0) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-07-09T16:40:00Z", "2024-07-09T16:40:00+00:00"),
        ("2024-07-10", "2024-07-10"),
        ("July 10, 2024", "2024-07-10"),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_published(value, expected):
    assert normalize_published(value) == expected


def test_published_timestamp_from_meta_when_it_agrees():
    html = '<meta property="article:published_time" content="2024-05-21T09:30:00+00:00">'
    assert published_timestamp(html, "2024-05-21") == "2024-05-21T09:30:00+00:00"
    assert published_timestamp(html, "2023-01-01") == "2023-01-01"
    assert published_timestamp("<p>no meta</p>", None) is None


def test_outlet_from_url():
    assert outlet_from_url("https://www.reuters.com/world/x") == "reuters.com"
    assert outlet_from_url(None) is None


def test_byline_authors():
    lines = ["Menu", "Headline", "By Grace Wanjiru and Tomas Berg", "Body text."]
    assert authors_from_lines(lines) == ["Grace Wanjiru", "Tomas Berg"]
    assert authors_from_lines(["By Jane Doe, Reuters"]) == ["Jane Doe"]
    assert authors_from_lines(["By the way, this is a sentence about nothing."]) == []


def test_jsonld_authors():
    html = '<script type="application/ld+json">{"author": [{"name": "Ana Ruiz"}]}</script>'
    assert authors_from_jsonld(html) == ["Ana Ruiz"]


def test_language():
    assert detect_language("The minister said the talks would resume next week in Nairobi.") == "en"
    assert (
        detect_language("Der Minister sagte, die Gespräche würden nächste Woche fortgesetzt.")
        == "de"
    )
    assert detect_language("ok") is None


def test_short_english_is_not_taken_for_nigerian_pidgin():
    assert detect_language("Kenya demanded support from the Ethiopian parliament.") == "en"
    pidgin = "Wetin dey happen for Lagos today? Di goment don talk say dem go do am."
    assert detect_language(pidgin) == "pcm"


def test_day_first_dotted_dates():
    from dateline.clean.metadata import find_dates

    assert find_dates("09.11.2024 11:27") == ["2024-11-09T11:27:00"]
    assert find_dates("Published 3.2.2025") == ["2025-02-03"]


def test_published_in_header_prefers_a_published_line_then_the_nearest_header_date():
    from dateline.clean.metadata import published_in_header

    lines = [
        "Support us: since 1 March 2021 we carry no ads",  # 0 a notice (excluded)
        "Headline of the story",  # 1
        "By Jane Roe | Updated June 15, 2025",  # 2
        "June 14, 2025",  # 3
        "The first paragraph of the story.",  # 4
        "Related story — 2 June 2025",  # 5 below the article, no hint
    ]
    header = {1, 2, 3, 4}
    assert published_in_header(lines, header, range(0, 6), {0}) == "2025-06-14"
    assert published_in_header(lines, {1, 2, 4}, range(0, 6), {0}) == "2025-06-15"  # updated
    assert published_in_header(lines, {1, 4}, range(0, 6), {0}) is None
    lines[5] = "Published 13 June 2025"
    assert published_in_header(lines, header, range(0, 6), {0}) == "2025-06-13"


def test_outlet_from_malformed_url_is_none():
    # found by tests/fuzz: urlsplit's ValueError ("Invalid IPv6 URL") failed the document
    assert outlet_from_url("http://[bad") is None
    assert outlet_from_url("https://www.reuters.com:99999/x") == "reuters.com"
