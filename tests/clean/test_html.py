from pathlib import Path

from dateline.clean import html as html_cleaner
from dateline.clean.html import clean_html, html_to_lines


def page(examples: Path) -> str:
    return (examples / "ukraine-grain-corridor.html").read_text(encoding="utf-8")


def test_body_kept_and_boilerplate_removed(examples: Path):
    result = clean_html(page(examples))
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("KYIV, May 21 (AFP) — Ukraine opened a new shipping corridor")
    assert (
        '"We will not stop exporting, whatever the threats," Kravets told reporters at the port.'
        in paragraphs[1]
    )
    assert paragraphs[-1].startswith("Turkey, which brokered an earlier grain deal")
    for boilerplate in (
        "Support our journalism",
        "Most read",
        "Wheat prices fall",
        "All rights reserved",
        "Sign up for our morning briefing",
        "Subscribe",
        "Privacy",
    ):
        assert boilerplate not in result.text
    assert "Sign up for our morning briefing" in result.removed
    assert "© 2024 The Continental Ledger. All rights reserved." in result.removed
    assert (
        "World" in result.removed
    )  # a nav item, even though "World Food Programme" is in the text


def test_metadata(examples: Path):
    result = clean_html(page(examples))
    assert result.title == "Ukraine opens new grain corridor as Black Sea shipping resumes"
    assert result.authors == ["Olga Marchenko"]
    assert result.outlet == "The Continental Ledger"
    assert result.url == "https://ledger.example.org/world/2024/05/21/ukraine-grain-corridor"
    assert result.published == "2024-05-21"
    assert not result.text.startswith(result.title)


def test_fallback_when_trafilatura_finds_nothing(examples: Path, monkeypatch):
    monkeypatch.setattr(html_cleaner, "_trafilatura", lambda *a, **k: None)
    result = clean_html(page(examples))
    assert result.method == "text-fallback"
    assert "Ukraine opened a new shipping corridor" in result.text
    assert "Most read" not in result.text


def test_page_without_article():
    result = clean_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert result.text == ""


def test_broken_html_does_not_crash():
    for broken in ("<html><body><p>Unclosed <b>bold <i>text", "<<<>>>", "</p></div>", "\x00<p>x"):
        assert isinstance(clean_html(broken).text, str)


def test_html_to_lines_one_line_per_block():
    lines = html_to_lines(
        "<body><ul><li>Home</li><li>World</li></ul><p>One <b>bold</b>\u00a0line.</p>"
        "<script>var x = 1;</script><div>Two<br>three</div></body>"
    )
    assert lines == ["Home", "World", "One bold line.", "Two", "three"]


def test_boilerplate_paragraphs_inside_the_article_are_dropped():
    body = " ".join(["The council met on Monday to discuss the ceasefire in the north."] * 3)
    html = (
        "<html><body><article><h1>Council meets</h1>"
        f"<p>{body}</p><p>Advertisement</p><p>Read more: Ceasefire talks stall again</p>"
        f"<p>{body.replace('Monday', 'Tuesday')}</p>"
        "<p>Sign up for our newsletter to get the latest news.</p></article></body></html>"
    )
    result = clean_html(html)
    assert result.text.split("\n\n") == [body, body.replace("Monday", "Tuesday")]
    assert "Read more: Ceasefire talks stall again" in result.removed
