"""Headlines from HTML pages without the site name the page adds to them."""

from __future__ import annotations

import json

import pytest

from dateline.clean.html import clean_html, parse_html
from dateline.clean.title import page_headline, strip_site_name


def _page(title: str = "", metas: dict[str, str] | None = None, h1: str = "", jsonld=None) -> str:
    head = f"<title>{title}</title>" if title else ""
    for name, content in (metas or {}).items():
        head += f'<meta property="{name}" content="{content}">'
    if jsonld is not None:
        head += f'<script type="application/ld+json">{json.dumps(jsonld)}</script>'
    body = f"<h1>{h1}</h1>" if h1 else ""
    body += "<p>" + "The council met on Tuesday and voted on the plan. " * 20 + "</p>"
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _headline(html: str, url: str | None = None) -> str | None:
    return page_headline(parse_html(html), url)


@pytest.mark.parametrize(
    "title, metas, url, expected",
    [
        # the site's own name, from og:site_name
        (
            "Ferry strike strands thousands | CBC News",
            {"og:site_name": "CBC"},
            None,
            "Ferry strike strands thousands",
        ),
        # from the URL's host, with a section between headline and site
        (
            "Ferry strike strands thousands - National | Globalnews.ca",
            {},
            "https://globalnews.ca/news/123/ferry/",
            "Ferry strike strands thousands",
        ),
        # prepended, and a site name written as the host's words
        (
            "Times of India - Ferry strike strands thousands",
            {},
            "https://timesofindia.indiatimes.com/x",
            "Ferry strike strands thousands",
        ),
        # an author segment goes too
        (
            "Ferry strike strands thousands * The Gateway Pundit * by Jim Hoft",
            {},
            "https://www.thegatewaypundit.com/2025/06/x/",
            "Ferry strike strands thousands",
        ),
        # a colon or a dash inside the headline stays
        (
            "Ferry strike: thousands stranded - talks collapse | The Ledger",
            {"og:site_name": "The Ledger"},
            None,
            "Ferry strike: thousands stranded - talks collapse",
        ),
    ],
)
def test_site_name_removed_from_title(title, metas, url, expected):
    assert _headline(_page(title, metas), url) == expected


def test_declared_headline_wins_over_title_and_h1():
    html = _page(
        "Ferry strike strands thousands as talks fail - The Ledger",
        h1="Ferry strike",
        jsonld={"@type": "NewsArticle", "headline": "Ferry strike strands thousands on island"},
    )
    assert _headline(html) == "Ferry strike strands thousands on island"


def test_declared_headline_that_is_no_headline_is_ignored():
    html = _page(
        "List of films featuring time loops - Wikipedia",
        h1="List of films featuring time loops",
        jsonld={"@type": "Article", "headline": "Wikimedia list article"},
    )
    assert _headline(html) == "List of films featuring time loops"


def test_unknown_site_kept_unless_a_heading_confirms_the_headline():
    assert _headline(_page("Mozilla - Wikipedia")) == "Mozilla - Wikipedia"
    assert _headline(_page("Mozilla - Wikipedia", h1="Mozilla")) == "Mozilla"


def test_jsonld_in_cdata_is_read():
    html = _page("Ferry strike strands thousands on the island").replace(
        "</head>",
        '<script type="application/ld+json">//<![CDATA[\n'
        '{"@type": "NewsArticle", "headline": "Ferry strike strands thousands"}\n//]]></script>'
        "</head>",
    )
    assert _headline(html) == "Ferry strike strands thousands"


def test_strip_site_name_keeps_a_title_that_is_all_site():
    assert strip_site_name("CBC News", {"cbc"}) == "CBC News"


def test_clean_html_title_and_hidden_text():
    html = _page("Ferry strike strands thousands | The Ledger", {"og:site_name": "The Ledger"})
    html = html.replace(
        "<body>", '<body><div style="display: none">Hidden menu text of the page</div>'
    )
    result = clean_html(html)
    assert result.title == "Ferry strike strands thousands"
    assert "Hidden menu text" not in result.text
