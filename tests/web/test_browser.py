"""The web app in a real browser: Playwright drives Debian's Chromium against `dateline serve`
started on a free port over the examples database. Search, open an article, click a quote
in the side panel and see its span highlighted, open the speaker's page, and the API docs at
/docs. Screenshots of each page go to a temporary folder, or to the folder that
DATELINE_SCREENSHOTS names (`make screenshots` refreshes bench/screenshots/ for a person to
look at; a plain test run leaves that folder alone).

Skipped, with the reason, only where /usr/bin/chromium is absent and neither CI nor
DATELINE_SCREENSHOTS is set; then it must run (.ci/run installs Chromium). Never
`playwright install`: it downloads a browser.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
SCREENSHOTS = os.environ.get("DATELINE_SCREENSHOTS", "").strip()
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    # Without these Chromium dials out at start, and a closed network refuses it.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not IN_CI and not SCREENSHOTS:
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is absent (apt-get install chromium); CI installs it and runs this test",
            allow_module_level=True,
        )
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from .conftest import hostile_article, serving  # noqa: E402


@pytest.fixture(scope="module")
def server(examples_db) -> Iterator[str]:
    with serving(examples_db) as base:
        yield base


@pytest.fixture(scope="module")
def page(server) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context(viewport={"width": 1360, "height": 900})
            page = context.new_page()
            page.set_default_timeout(15_000)
            problems: list[str] = []
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
            page.problems = problems  # type: ignore[attr-defined]
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.requested = requested  # type: ignore[attr-defined]
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where screenshots go: DATELINE_SCREENSHOTS's folder, else a temporary one."""
    if SCREENSHOTS:
        folder = Path(SCREENSHOTS).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def shot(page: Page, screenshots: Path) -> Callable[[str], None]:
    def take(name: str) -> None:
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)

    return take


def test_search_open_an_article_click_a_quote_see_its_span(server, page, shot):
    page.goto(server + "/")
    page.fill('input[name="q"]', "grain")
    page.click('form.search button[type="submit"]')
    page.wait_for_url("**/?q=grain**")
    results = page.locator("a.result-title")
    assert results.count() == 1 and page.locator("mark").first.inner_text() == "grain"
    shot("search")

    results.first.click()
    page.wait_for_selector("#article-text")
    assert "grain corridor" in page.locator("h1").inner_text()
    quotes = page.locator('.panel button[data-ref^="quote-"]')
    assert quotes.count() >= 2
    button = quotes.nth(1)
    ref = button.get_attribute("data-ref")
    button.click()
    spans = page.locator(f'#article-text [data-refs~="{ref}"]')
    assert spans.count() >= 1
    classes = spans.evaluate_all("els => els.map(el => el.className)")
    assert all("active" in c.split() for c in classes), classes
    assert "hl-quote" in " ".join(classes)
    others = page.locator("#article-text .hl.active").evaluate_all(
        "els => els.map(el => el.dataset.refs)"
    )
    assert all(ref in refs.split() for refs in others)  # only this record's spans
    assert "active" in button.get_attribute("class").split()
    assert page.url.endswith("#" + ref)
    box = spans.first.evaluate("el => el.getBoundingClientRect().toJSON()")
    assert 0 <= box["top"] and box["bottom"] <= 900  # scrolled into view
    page.wait_for_timeout(400)  # let the smooth scroll settle for the screenshot
    shot("article")

    # The reverse: clicking a place in the text selects its record in the panel.
    place = page.locator("#article-text .hl-place").first
    place.click()
    place_ref = next(r for r in place.get_attribute("data-refs").split() if r.startswith("place-"))
    assert "active" in page.locator(f'.panel [data-ref="{place_ref}"]').get_attribute("class")

    page.locator("a.speaker-link", has_text="Olena Kravets").first.click()
    page.wait_for_url("**/person/**")
    assert page.locator("h1").inner_text() == "Olena Kravets"
    assert page.locator("blockquote").count() >= 1
    assert "2024-05-21" in page.locator("ol.quotes").inner_text()
    shot("person")
    assert page.problems == []  # type: ignore[attr-defined]  # no script errors, no CSP blocks


def test_people_figures_and_map_pages_render(server, page, shot):
    page.goto(server + "/people")
    assert page.locator("table.table tbody tr").count() > 5
    shot("people")
    page.goto(server + "/figures")
    # a chart once the examples have figures, else the empty-state line
    assert page.locator("svg.chart").count() == 1 or "No figures yet" in page.inner_text("main")
    shot("figures")
    page.goto(server + "/map")
    page.wait_for_load_state("networkidle")
    assert page.locator("circle.place-point").count() > 5
    outline_loaded = page.evaluate(
        "fetch('/map/world.svg').then(r => r.ok && r.headers.get('content-type'))"
    )
    assert outline_loaded.startswith("image/svg+xml")
    shot("map")
    assert page.problems == []  # type: ignore[attr-defined]


def test_hostile_markup_never_runs_and_figures_chart(crafted_db, page, shot):
    with serving(crafted_db) as base:
        page.goto(base + "/articles/" + hostile_article().id)
        text = page.locator("#article-text").inner_text()
        assert "<script>alert(1)</script>" in text and "<b>not</b>" in text
        assert "<script>alert('title')</script>" in page.locator("h1").inner_text()
        page.locator('.panel button[data-ref="quote-0"]').click()
        assert page.locator("#article-text .hl-quote.active").count() >= 1
        shot("hostile-article")
        page.goto(base + "/figures")
        assert page.locator("svg.chart circle.point").count() == 2
        labels = page.locator("svg.chart text.label").all_text_contents()
        assert "police" in labels and "<script>alert(6)</script>" in labels
        shot("figures-chart")
    assert page.problems == []  # type: ignore[attr-defined]  # no alert() ever opened


def test_api_docs_render_from_local_assets(server, page, shot):
    page.goto(server + "/")
    page.click('header.top nav a:has-text("API")')
    page.wait_for_url("**/docs")
    del page.requested[:]  # type: ignore[attr-defined]
    page.reload()
    page.wait_for_selector(".swagger-ui .opblock")
    assert "dateline" in page.locator(".swagger-ui .info .title").inner_text()
    paths = page.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
    assert "/api/articles" in paths and "/api/extract" in paths
    page.locator(".swagger-ui .opblock-summary", has_text="/api/quotes").first.click()
    page.wait_for_selector(".swagger-ui .opblock.is-open .parameters")
    page.wait_for_load_state("networkidle")
    requested = page.requested  # type: ignore[attr-defined]
    assert server + "/openapi.json" in requested
    assert [url for url in requested if not url.startswith((server + "/", "data:"))] == []
    shot("docs")
    assert page.problems == []  # type: ignore[attr-defined]  # the CSP blocked nothing
