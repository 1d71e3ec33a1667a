"""A text dump full of notices: the article, its headline, date and credits out of it.

The page is written for these tests (an invented outlet, "The Lakeshore Ledger"): appeals
above, inside and below the article, a reader question where a headline could be, dates in
notices and in a related list, a wire credit followed by more page.
"""

from __future__ import annotations

from dateline.clean.text import clean_text
from dateline.pipeline import Options, process
from dateline.record import Article, Document

HEADLINE = "Ferry strike strands thousands on island as talks collapse"
LEDE = (
    "HALIFAX, Nova Scotia (AP) — Thousands of travellers were stranded on Cape Breton on "
    "Saturday after talks between the ferry operator and its crews collapsed overnight, the "
    "union said."
)
BODY = [
    LEDE,
    "About 2,400 passengers had booked crossings for the long weekend, according to the "
    "operator, which said it would refund every ticket and charter buses to the nearest airport.",
    "“We did not want this, but we had no choice,” said Marie Doucet, who leads the crews' "
    "union. “Our members have worked without a contract for 19 months.”",
    "The province's transport minister called on both sides to return to the table on Monday "
    "and said a mediator had been appointed.",
    "Businesses on the island said the strike could cost them up to $3 million a week at the "
    "height of the tourist season.",
]
INLINE_APPEAL = [
    "Before you read on: The Lakeshore Ledger has no paywall, because readers like you pay "
    "for our reporting.",
    "Choose an amount",
    "$5 a month",
    "$10 a month",
    "Other amount",
]
PAGE = "\n\n".join(
    [
        f"{HEADLINE} | The Lakeshore Ledger",
        "Enjoying our reporting?",
        "Since 1 March 2021 we have carried no advertising at all. Our newsroom is paid for by "
        "4,000 members, and we need 500 more by the end of the year to keep our two reporters "
        "on the provincial beat. Will you join them?",
        "News",
        "Politics",
        "Opinion",
        HEADLINE,
        "By Jane Roe",
        "June 14, 2025",
        *BODY[:3],
        *INLINE_APPEAL,
        *BODY[3:],
        "(AP)",
        "Our journalism is free for everyone, and it costs us $40,000 a month to produce. If "
        "you can, please support us today: every gift counts.",
        "Not ready to give? Remind me later",
        "Most read",
        "Council delays vote on harbour expansion — 2 June 2025",
        "Fishing season opens with record quotas — 28 May 2025",
        "© 2025 The Lakeshore Ledger. All rights reserved.",
    ]
)


def test_body_is_the_article_without_its_notices():
    paragraphs = clean_text(PAGE).text.split("\n\n")
    for paragraph in BODY:
        assert paragraph in paragraphs
    assert not set(INLINE_APPEAL) & set(paragraphs)
    assert not any("support us" in p or "no advertising" in p for p in paragraphs)
    assert paragraphs[-1] == "(AP)"  # the credit closes the article


def test_headline_is_the_line_before_the_byline_not_the_question_to_the_reader():
    assert clean_text(PAGE).title == HEADLINE
    moved = PAGE.replace(f"{HEADLINE} | The Lakeshore Ledger\n\n", "")  # no page title line
    assert clean_text(moved).title == HEADLINE


def test_published_is_the_byline_date_never_a_notice_or_list_date():
    assert clean_text(PAGE).published == "2025-06-14"
    undated = PAGE.replace("June 14, 2025\n\n", "")
    assert clean_text(undated).published is None  # the notices' and list's dates stay out


def test_record_has_credits_and_no_appeal_figures():
    article = process(Document(source="page.txt", content=PAGE, kind="text"), Options())
    assert isinstance(article, Article)
    assert article.credits == ["AP"]
    assert article.published == "2025-06-14"
    assert article.title == HEADLINE
    values = {figure["value"] for figure in article.figures}
    assert {2400, 3000000} <= values  # the story's figures
    assert not values & {40000, 4000, 500, 5, 10}  # none of what the outlet says of itself
    assert not any("support" in quote["text"] for quote in article.quotes)


def test_reporting_credit_line_ends_the_article():
    page = "\n\n".join(
        [
            HEADLINE,
            *BODY[1:],
            "Reporting by Jane Roe in Halifax; Editing by John Doe",
            "Our Standards: how we report the news",
            "A paragraph of another story that the page lists below this one, long enough to "
            "read as prose and score as a paragraph of its own.",
        ]
    )
    paragraphs = clean_text(page).text.split("\n\n")
    assert paragraphs[-1].startswith("Reporting by Jane Roe")


def test_byline_agency_clock_date_caption_and_reading_time():
    headline = "Port strike ends after workers accept a four per cent pay rise from operators"
    standfirst = "The deal ends a week of stoppages that left hundreds of containers stuck on docks"
    page = "\n\n".join(
        [
            "Business",
            headline,
            standfirst,  # as long as the headline: the upper line is still the headline
            "The Canadian Press",
            "April 9, 2024 — 5.30am",
            "6 min read",
            *BODY[1:3],
            "Dock workers vote at the union hall on Monday. (Jane Roe/The Harbour Courier)",
            *BODY[3:],
        ]
    )
    result = clean_text(page)
    assert result.title == headline
    assert result.published == "2024-04-09"
    assert result.credits == ["CP"]
    paragraphs = result.text.split("\n\n")
    assert "6 min read" not in paragraphs
    assert not any(p.startswith("Dock workers vote") for p in paragraphs)
    assert BODY[3] in paragraphs and BODY[1] in paragraphs
