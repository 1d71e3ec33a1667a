"""The server-rendered pages (dateline/web/pages.py): content, highlighting and escaping."""

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from dateline.record import Article, article_id
from dateline.store import Store
from dateline.web import create_app

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
    assert "8 articles stored" in everything and everything.count('class="result-title"') == 8


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


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("/?page=0", 422, "page: Input should be greater than or equal to 1"),
        ("/?page=x", 422, "page: Input should be a valid integer"),
        ("/?from=yesterday", 422, "from: Input should be a valid date"),
        ("/people?page=-1", 422, "page: Input should be greater than or equal to 1"),
        ("/people?q=" + "x" * 501, 422, "q: String should have at most 500 characters"),
        ("/person/Olena%20Kravets?kind=gossip", 422, "speech"),
        ("/articles/nope", 404, "No article with id nope."),
        ("/no/such/page", 404, "There is no page at /no/such/page."),
        ("/static/nothing.css", 404, "There is no page at /static/nothing.css."),
    ],
)
def test_page_errors_are_html_pages(client, url, status, says):
    response = client.get(url)
    assert response.status_code == status, url
    assert response.headers["content-type"].startswith("text/html"), url
    html = response.text
    assert "<h1>" + ("Bad request" if status == 422 else "Not found") + "</h1>" in html
    assert says in unescape(html), html
    assert 'href="/docs">API</a>' in html  # the site's menu, API docs included
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_a_bad_parameter_is_shown_escaped(client):
    html = client.get("/", params={"from": "<script>alert(1)</script>"}).text
    assert "<script>alert" not in html


def test_other_page_errors_keep_their_status_and_headers(client):
    response = client.post("/people")
    assert response.status_code == 405 and response.headers["allow"] == "GET"
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>Method Not Allowed</h1>" in response.text


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


def _person_article(text, names, speaker, published):
    """An article naming `names` ((name, type, titles)), its quote in marks said by `speaker`."""
    entities = []
    for n, (name, kind, titles) in enumerate(names, start=1):
        start = text.index(name)
        entities.append(
            {
                "id": f"e{n}",
                "name": name,
                "type": kind,
                "titles": titles,
                "affiliation": None,
                "country": None,
                "mentions": [[start, start + len(name)]],
            }
        )
    words = text.split('"')[1]
    start = text.index(words)
    quote = {
        "id": "q1",
        "text": words,
        "start": start,
        "end": start + len(words),
        "parts": [[start, start + len(words)]],
        "direct": True,
        "kind": "speech",
        "cue": "said",
        "speaker": speaker,
        "speaker_id": next(e["id"] for e in entities if e["name"] == speaker),
    }
    return Article(
        id=article_id(text),
        text=text,
        title=text[:24],
        published=published,
        source=f"{published}.txt",
        entities=entities,
        quotes=[quote],
    )


@pytest.fixture(scope="module")
def people_site(tmp_path_factory):
    """One person under three names in three articles, and NER debris."""
    path = tmp_path_factory.mktemp("people") / "people.db"
    with Store(path) as store:
        store.add(
            _person_article(
                'US President Donald Trump spoke. "We will win," Donald Trump said.',
                [("Donald Trump", "PERSON", ["US President"])],
                "Donald Trump",
                "2017-03-01",
            )
        )
        store.add(
            _person_article(
                '"The polls are wrong," Trump said. Hosting Cook was a treat.',
                [("Trump", "ORG", ["U.S. President"]), ("Hosting Cook", "PERSON", [])],
                "Trump",
                "2017-03-03",
            )
        )
        store.add(
            _person_article(
                '"Trade is unfair," President Donald J. Trump said.',
                [("Donald J. Trump", "PERSON", ["President"])],
                "Donald J. Trump",
                "2017-03-02",
            )
        )
    return TestClient(create_app(path))


def test_people_page_has_one_row_per_person_and_no_debris(people_site):
    html = people_site.get("/people").text
    assert html.count('href="/person/') == 1 and 'href="/person/Donald%20Trump"' in html
    assert "also Donald J. Trump, Trump" in html and "Hosting Cook" not in html
    assert re.search(r"Donald Trump</a>.*?<td>PERSON</td><td>3</td><td>3</td>", html, re.S)
    assert "Donald Trump" in people_site.get("/people", params={"q": "J. Trump"}).text


def test_person_page_gathers_every_name_titles_once(people_site):
    html = people_site.get("/person/Trump").text
    assert "<h1>Donald Trump</h1>" in html and html.count("<blockquote") == 3
    assert "Named in</dt><dd>3 articles" in html
    assert "<dt>Titles</dt><dd>US President</dd>" in html
    assert "Also named</dt><dd>Donald J. Trump; Trump</dd>" in html
    dates = re.findall(r"(2017-03-0\d) ·", html)
    assert dates[:3] == ["2017-03-03", "2017-03-02", "2017-03-01"]  # newest quote first
    assert people_site.get("/person/Donald J. Trump").text == html


def test_figures_page_without_figures_says_so(bare):
    html = bare.get("/figures").text
    assert "No figures yet" in html and "<svg" not in html


def test_figures_page_charts_a_category_over_time(crafted):
    html = crafted.get("/figures").text
    assert "Figures: PROTEST" in html and html.count('class="point"') == 2
    assert "police" in html and "&lt;script&gt;alert(6)&lt;/script&gt;" in html
    assert crafted.get("/figures", params={"category": "KILL"}).status_code == 200


def figures_table(html):
    """The figures page's table rows as lists of cell texts."""
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<td>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_figures_page_opens_on_a_named_category_that_counts_people(client):
    from dateline.display import PEOPLE_CATEGORIES

    html = client.get("/figures").text
    opened = re.search(r"<h1>Figures: (\w+)</h1>", html).group(1)
    with Store(client.app.state.db_path) as store:
        counts = dict(store.figure_categories())
    people = {name: n for name, n in counts.items() if name in PEOPLE_CATEGORIES}
    assert opened != "OTHER" and counts[opened] == max(people.values())
    rows = figures_table(html)
    assert rows and all(len(row) == 5 and row[1] and row[2] for row in rows)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    assert "None" not in text and "unattributed" not in text
    displaced = figures_table(client.get("/figures", params={"category": "DISPLACE"}).text)
    assert ["at least 12,000 people", "officials from both governments"] in [
        row[1:3] for row in displaced
    ]


def test_figures_page_charts_each_measure_apart_with_readable_figures(client):
    html = client.get("/figures", params={"category": "OTHER"}).text
    svgs = re.findall(r"<svg class=\"chart\".*?</svg>", html, re.S)
    titles = [re.search(r'aria-label="([^"]*) over time', svg).group(1) for svg in svgs]
    assert "tonnes" in titles and "trucks" in titles and len(set(titles)) == len(titles)
    trucks = svgs[titles.index("trucks")]
    assert '<rect class="range"' in trucks and "tonnes" not in trucks  # dozens: a bar
    rows = {row[1]: row[2] for row in figures_table(html)}
    assert rows["about 4.2 million tonnes"] == "Olena Kravets"
    assert rows["24-99 trucks (dozens)"] == "Jens Laerke"
    shares = figures_table(client.get("/figures", params={"category": "PERCENT"}).text)
    assert {row[1]: row[2] for row in shares}["about 90% of population"] == (
        "the United Nations humanitarian office"
    )  # "about nine in ten of Gaza's population": a share, so a percentage
    money = figures_table(client.get("/figures", params={"category": "MONEY"}).text)
    assert {"more than $1.5 billion", "28 million MXN"} <= {row[1] for row in money}


def test_article_page_lists_figures_as_people_read_them(client):
    html = client.get(f"/articles/{grain_id(client)}").text
    panel = html[html.index("<h2>Figures") :]
    panel = unescape(
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", panel[: panel.index("</section>")]))
    )
    assert "about 4.2 million tonnes" in panel and "more than $1.5 billion" in panel
    assert "Olena Kravets" in panel and "unattributed" not in panel and "None" not in panel


def test_api_figures_carry_their_display_string_and_raw_fields(client):
    results = client.get("/api/figures", params={"per_page": 100}).json()["results"]
    tonnes = next(row for row in results if row["display"] == "about 4.2 million tonnes")
    assert tonnes["value"] == 4200000 and tonnes["qualifier"] == "about"
    assert tonnes["object"] == "tonnes" and tonnes["source"] == "Olena Kravets"
    assert all(isinstance(row["display"], str) and "None" not in row["display"] for row in results)


def test_figure_categories_put_people_first_and_other_last():
    from dateline.web.pages import _figure_categories

    found = [("OTHER", 40), ("MONEY", 12), ("KILL", 3), ("DISPLACE", 3), ("WOUND", 5), ("x", 0)]
    assert _figure_categories(found) == [
        ("WOUND", 5),
        ("KILL", 3),
        ("DISPLACE", 3),
        ("MONEY", 12),
        ("OTHER", 40),
    ]
    assert _figure_categories([("OTHER", 4), ("PERCENT", 1)])[0][0] == "PERCENT"
    assert _figure_categories([("OTHER", 4)]) == [("OTHER", 4)]


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
