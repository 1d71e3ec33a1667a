"""Tests for dateline.clean.text: the plain-text article cleaner.

The passages are written for these tests; they imitate what a naive scraper saves from a news
page (menus, notices, appeals and footers around the article, one block per line).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_scripts import load

from dateline.clean.normalize import normalize_line
from dateline.clean.text import TextCleanResult, clean_text

TITLE = "Flood barriers hold as river crests in Riverton"
STANDFIRST = (
    "Engineers say the temporary walls bought the town another day, but more rain is on the way."
)
DATELINE_PARA = (
    "RIVERTON, Ore. (AP) — Temporary flood barriers held overnight as the Calder River crested "
    "nearly two metres above its banks, sparing the historic centre of this town of 12,000 "
    "people from the worst of the water."
)
PARA_2 = (
    "Crews worked through the night to shore up a section of the wall near the old mill, where "
    "seepage had been reported shortly after midnight, according to the county emergency office."
)
QUOTE = '"We will not move," she said.'
PARA_3 = (
    "The mayor, Delia Okafor, said residents who had refused to leave their homes would be "
    "checked on at first light by volunteers in boats and that no injuries had been reported."
)
SUBHEADING = "What comes next"
PARA_4 = (
    "Forecasters expect a second band of rain to reach the valley on Thursday, and the river is "
    "not expected to fall below flood stage until the weekend at the earliest."
)
ONE_SENTENCE = "The barriers held."
PARA_5 = (
    "Officials urged people living downstream to keep their emergency bags packed and to follow "
    "the county's alerts rather than the rumours circulating on social media."
)
CREDIT = "(Reuters, AFP)"

NAV = ["Skip to content", "Home", "News", "World", "Business", "Sport", "Opinion", "Weather"]
COOKIE = (
    "We use cookies to improve your experience on our site. By continuing to browse you agree "
    "to our use of cookies."
)
SIGN_IN = "Sign in / Log in"
SUBSCRIBE = "Subscribe to The Riverton Ledger for unlimited access"
ADVERT = "Advertisement"
READ_MORE = "Read more: Riverton votes to fund a permanent levee"
CONTINUE = "Continue reading"
SHARE = ["Share this article", "Facebook", "Twitter", "Email"]
FOLLOW = "Follow us on Twitter"
DONATE = "Support our journalism — donate today"
NEWSLETTER = "Sign up for our newsletter"
RELATED = [
    "Related articles",
    "Riverton votes to fund a permanent levee",
    "Storm season arrives early across the valley",
    "How the great flood of 1996 reshaped the town",
]
COPYRIGHT = "© 2024 The Riverton Ledger. All rights reserved."

ARTICLE = [
    STANDFIRST,
    DATELINE_PARA,
    PARA_2,
    QUOTE,
    PARA_3,
    SUBHEADING,
    PARA_4,
    ONE_SENTENCE,
    PARA_5,
    CREDIT,
]
BOILERPLATE = [
    *NAV,
    COOKIE,
    SIGN_IN,
    SUBSCRIBE,
    ADVERT,
    READ_MORE,
    CONTINUE,
    *SHARE,
    FOLLOW,
    DONATE,
    NEWSLETTER,
    *RELATED,
    COPYRIGHT,
]


def _dump(nbsp: bool = False) -> str:
    """A scraper dump of the article above, blocks separated by blank lines."""
    para_2 = PARA_2.replace("the old mill", "the old\u00a0mill") if nbsp else PARA_2
    blocks = [
        f"{TITLE} | The Riverton Ledger",
        "\n".join(NAV),
        SIGN_IN + "\n" + SUBSCRIBE,
        COOKIE,
        TITLE,
        STANDFIRST,
        "By Mara Lindqvist\nMarch 3, 2024",
        DATELINE_PARA,
        para_2,
        ADVERT,
        QUOTE,
        PARA_3,
        READ_MORE,
        SUBHEADING,
        PARA_4,
        ONE_SENTENCE,
        CONTINUE,
        PARA_5,
        CREDIT,
        "\n".join(SHARE),
        FOLLOW,
        DONATE,
        NEWSLETTER,
        "\n".join(RELATED),
        COPYRIGHT,
    ]
    return "\n\n".join(blocks) + "\n"


def test_article_kept_exactly() -> None:
    result = clean_text(_dump())
    assert isinstance(result, TextCleanResult)
    assert result.text == "\n\n".join(ARTICLE)


def test_every_paragraph_kept() -> None:
    paragraphs = clean_text(_dump()).text.split("\n\n")
    assert DATELINE_PARA in paragraphs  # the dateline opening stays
    assert QUOTE in paragraphs  # a short quote paragraph
    assert ONE_SENTENCE in paragraphs  # a one-sentence paragraph
    assert SUBHEADING in paragraphs  # a subheading inside the article
    assert STANDFIRST in paragraphs
    assert paragraphs[-1] == CREDIT  # the trailing wire credit
    assert TITLE not in paragraphs  # the headline goes to .title, not .text


@pytest.mark.parametrize(
    "line",
    [
        ADVERT,
        READ_MORE,
        CONTINUE,
        COOKIE,
        SIGN_IN,
        SUBSCRIBE,
        DONATE,
        NEWSLETTER,
        FOLLOW,
        COPYRIGHT,
        *SHARE,
        *NAV,
        *RELATED,
    ],
)
def test_boilerplate_removed(line: str) -> None:
    result = clean_text(_dump())
    assert line not in result.text.split("\n\n")
    assert line in result.removed


def test_removed_is_everything_else_in_input_order() -> None:
    result = clean_text(_dump())
    lines = [normalize_line(x) for x in _dump().splitlines()]
    kept = set(result.text.split("\n\n"))
    assert result.removed == [x for x in lines if x and x not in kept]
    assert result.removed[0] == f"{TITLE} | The Riverton Ledger"
    assert result.removed[-1] == COPYRIGHT
    assert result.removed.index(ADVERT) < result.removed.index(READ_MORE)
    assert result.removed.index(READ_MORE) < result.removed.index(CONTINUE)


def test_title_is_the_bare_headline() -> None:
    assert clean_text(_dump()).title == TITLE


def test_title_from_page_title_without_site() -> None:
    raw = "\n\n".join(
        [
            "Council approves new bridge budget - The Valley Courier",
            "Home\nNews\nSport",
            PARA_2,
            PARA_3,
        ]
    )
    result = clean_text(raw)
    assert result.title == "Council approves new bridge budget"
    assert result.text == PARA_2 + "\n\n" + PARA_3


def test_title_never_a_site_notice() -> None:
    raw = "\n\n".join([COOKIE, "Home\nNews", PARA_2, PARA_3, PARA_4])
    result = clean_text(raw)
    assert result.title is None
    assert result.text == "\n\n".join([PARA_2, PARA_3, PARA_4])


def test_nbsp_and_odd_spaces_normalised() -> None:
    result = clean_text(_dump(nbsp=True))
    assert "\u00a0" not in result.text
    assert PARA_2 in result.text.split("\n\n")
    raw = "Ledger\n\n" + PARA_3.replace(" ", "\u00a0", 3) + "\r\n\r\n" + PARA_4 + "\u2009 "
    assert clean_text(raw).text == PARA_3 + "\n\n" + PARA_4


def test_comments_are_not_the_article() -> None:
    comment = (
        "I have lived by this river for forty years and I have never seen the water come up "
        "this fast, so thank you to every volunteer who turned out last night."
    )
    raw = "\n\n".join([TITLE, PARA_2, PARA_3, "3 Comments", "riverfan says:", comment])
    result = clean_text(raw)
    assert result.text == PARA_2 + "\n\n" + PARA_3
    assert comment in result.removed


@pytest.mark.parametrize("raw", ["", "   \n\n \u00a0\n", "\n"])
def test_empty_input(raw: str) -> None:
    result = clean_text(raw)
    assert result.text == ""
    assert result.removed == []
    assert result.title is None


def test_only_boilerplate_gives_no_article() -> None:
    raw = "\n".join([*NAV, SIGN_IN, COOKIE, COPYRIGHT])
    assert clean_text(raw).text == ""


# --- the benchmark ------------------------------------------------------------------------

_ZYTE = Path(__file__).parents[2].parent / "shared" / "data" / "zyte-article-benchmark"


def _bench_metric():
    """The benchmark's own metric, from bench/extraction.py (one implementation)."""
    return load("bench_extraction", "extraction.py").corpus_scores


@pytest.mark.skipif(not (_ZYTE / "ground-truth.json").exists(), reason="shared data absent")
def test_zyte_plaintext_f1() -> None:
    gold = json.loads((_ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    pairs = [
        (
            entry["articleBody"],
            clean_text((_ZYTE / "plaintext" / f"{key}.txt").read_text(encoding="utf-8")).text,
        )
        for key, entry in gold.items()
    ]
    precision, recall, f1 = _bench_metric()(pairs)
    assert f1 >= 0.94, f"F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


_READABILITY = _ZYTE.parent / "readability-pages"


@pytest.mark.skipif(not _READABILITY.is_dir(), reason="shared data absent")
def test_readability_plaintext_f1() -> None:
    bench = load("bench_extraction", "extraction.py")
    pages = bench.load_readability(_READABILITY)
    precision, recall, f1 = bench.corpus_scores((p.gold, clean_text(p.dump).text) for p in pages)
    assert f1 >= 0.90, f"F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


def test_notice_dumps_dev_set() -> None:
    """The notice-dump set of issue 20 (bench/data/notice-dumps/dev, shipped in the repo):
    bodies, headlines, dates and credits."""
    bench = load("bench_extraction", "extraction.py")
    pages = bench.load_notices(bench.NOTICE_DATA / "dev")
    assert len(pages) >= 25
    _, _, f1 = bench.corpus_scores((p.gold, clean_text(p.dump).text) for p in pages)
    assert f1 >= 0.97
    scores = bench.notice_scores(pages)
    assert scores.headlines >= 0.95 * scores.pages, scores.problems
    assert scores.notice_dates_taken == 0 and scores.dates_wrong == 0, scores.problems
    assert scores.credits_found == scores.credited and scores.credits_extra == 0, scores.problems
