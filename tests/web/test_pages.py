"""The server-rendered pages (dateline/web/pages.py): content, highlighting and escaping."""

import re
from html import unescape

from dateline.store import Store

from .conftest import HOSTILE_TEXT, hostile_article


def grain_id(client):
    return client.get("/api/articles", params={"q": "grain"}).json()["results"][0]["id"]


def test_search_page_lists_articles_with_marked_snippets(client):
    page = client.get("/", params={"q": "grain", "from": "", "to": ""})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "1 story found" in html and "<mark>grain</mark>" in html
    assert f'href="/articles/{grain_id(client)}"' in html
    assert 'value="grain"' in html  # the form keeps the query
    everything = client.get("/").text
    assert "6 articles stored" in everything and everything.count('class="result-title"') == 6


def test_search_page_filters(client):
    html = client.get("/", params={"person": "Mudavadi", "place": "Ethiopia"}).text
    assert "1 story found" in html and "Kenya and Ethiopia agree" in html
    assert "No articles match." in client.get("/", params={"q": "zeppelin"}).text


def test_article_page_highlights_every_layer_with_a_panel_entry_per_record(client):
    article_id = grain_id(client)
    html = client.get(f"/articles/{article_id}").text
    with Store(client.app.state.db_path) as store:
        record = store.get(article_id)
    said = [n for n, q in enumerate(record["quotes"]) if q["kind"] in ("speech", "writing")]
    assert said and len(said) < len(record["quotes"])  # the example has a stance too
    for n, quote in enumerate(record["quotes"]):
        shown = n in said  # by default the panel lists what was said or written
        assert (f'data-ref="quote-{n}"' in html) == shown, quote
        assert bool(re.search(rf'data-refs="[^"]*\bquote-{n}\b', html)) == shown
    every = client.get(f"/articles/{article_id}", params={"kind": "all"}).text
    for n, _ in enumerate(record["quotes"]):
        assert f'data-ref="quote-{n}"' in every
    assert 'href="?kind=all"' in html
    assert client.get(f"/articles/{article_id}", params={"kind": "gossip"}).status_code == 422
    for kind in ("hl-quote", "hl-speaker", "hl-person", "hl-place"):
        assert kind in html
    assert 'href="/person/Olena%20Kravets"' in html
    assert '<script src="/static/article.js"></script>' in html
    assert "Deputy Infrastructure Minister" in html


def test_unknown_pages_are_404(client):
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/person/Nobody%20Atall").status_code == 404
    assert "Not found" in client.get("/articles/nope").text


def test_person_page_has_titles_and_every_quote_with_its_date(client):
    html = client.get("/person/Olena Kravets").text
    assert "<h1>Olena Kravets</h1>" in html and "Deputy Infrastructure Minister" in html
    quotes = client.get("/api/quotes", params={"speaker": "Olena Kravets"}).json()["results"]
    assert html.count("<blockquote") == len(quotes) >= 1
    assert "2024-05-21" in html and "We will not stop exporting" in html
    assert client.get("/person/olena kravets").status_code == 200  # any case


def test_people_page_counts_articles_and_quotes(client):
    html = client.get("/people").text
    assert 'href="/person/Olena%20Kravets"' in html and "World Food Programme" in html
    assert "Kravets" not in client.get("/people", params={"q": "Mudavadi"}).text


def test_figures_page_without_figures_says_so(bare):
    html = bare.get("/figures").text
    assert "No figures yet" in html and "<svg" not in html


def test_figures_page_charts_a_category_over_time(crafted):
    html = crafted.get("/figures").text
    assert "Figures: protesters" in html and html.count('class="point"') == 2
    assert "police" in html and "&lt;script&gt;alert(6)&lt;/script&gt;" in html
    assert crafted.get("/figures", params={"category": "deaths"}).status_code == 200


def test_map_page_plots_every_place_on_the_outline(client, crafted):
    html = client.get("/map").text
    with Store(client.app.state.db_path) as store:
        places = store.place_counts()
    assert html.count('class="place-point"') == len(places) > 5
    assert 'href="/map/world.svg"' in html and "Nairobi" in html
    world = client.get("/map/world.svg")
    assert world.headers["content-type"].startswith("image/svg+xml") and "<path" in world.text
    assert crafted.get("/map").text.count('class="place-point"') == 1


def test_a_hostile_article_shows_its_markup_as_text(crafted):
    article = hostile_article()
    html = crafted.get(f"/articles/{article.id}").text
    assert "<script>alert" not in html and "<b>not</b>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;not&lt;/b&gt; pay &amp; leave" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Budget row" in html
    assert "&lt;b&gt;Evil&lt;/b&gt; Times" in html and "Mayor &lt;i&gt;of&lt;/i&gt;" in html
    assert "javascript:" not in html  # a non-http URL is not linked
    assert html.count("<script") == 1  # only the page's own script
    # the highlighted text still reads as the article's text
    stripped = re.sub(r"<[^>]+>", "", html.split('id="article-text">')[1].split("</div>")[0])
    assert unescape(stripped) == HOSTILE_TEXT


def test_hostile_names_are_escaped_on_every_page(crafted):
    pages = [
        crafted.get("/person/Jane Doe").text,
        crafted.get("/person/<img src=x onerror=alert(4)>").text,
        crafted.get("/people").text,
        crafted.get("/", params={"q": "alert"}).text,
        crafted.get("/figures").text,
    ]
    for html in pages:
        assert "<img src=x" not in html and "<script>alert" not in html and "<b>" not in html
    assert "&lt;b&gt;not&lt;/b&gt;" in pages[0]  # Jane Doe's quote, as text
    assert "&lt;img src=x onerror=alert(4)&gt;" in pages[1]


def test_article_page_lists_events_with_codes_and_negation(crafted):
    [event] = crafted.get("/api/events").json()["results"]
    html = crafted.get(f"/articles/{event['article_id']}").text
    panel = html[html.index("<h2>Events") :]
    assert "Jane Doe (USACVL)" in panel
    assert "<em>not</em> protested" in panel
    assert "141 PROTEST" in panel
    assert "2024-05-09" in panel
