"""The server-rendered pages: search, article, people, person, figures, claims and map.

Templates are Jinja2 with autoescape on, so record text (untrusted) is escaped unless it
went through highlight.py or chart.py, which escape it themselves. The only script is
static/article.js (plain JavaScript, served locally) for the article page's side panel.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from dateline.display import PEOPLE_CATEGORIES, claimant, quantity
from dateline.web import worldmap
from dateline.web.chart import figure_charts, figures_chart
from dateline.web.deps import (
    PER_PAGE,
    DateFrom,
    DateTo,
    Page,
    QuoteKinds,
    Text,
    kinds_or_422,
    open_store,
)
from dateline.web.highlight import highlight, record_spans

router = APIRouter(include_in_schema=False)

# Snippet match markers: control characters never found in clean article text, replaced by
# <mark> after escaping.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def _snippet(value: str | None) -> Markup:
    escaped = str(escape((value or "").replace("\n", " ")))
    return Markup(escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


def _day(value: str | None) -> str:
    return (value or "")[:10] or "undated"


def _pathpart(value: Any) -> str:
    return quote(str(value), safe="")


_env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
_env.filters.update(snippet=_snippet, day=_day, pathpart=_pathpart)
_env.filters.update(quantity=quantity, claimant=claimant)  # a figure as every interface says it
templates = Jinja2Templates(env=_env)


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


ERROR_TITLES = {404: "Not found", 422: "Bad request"}


def error_page(
    request: Request, status_code: int, message: str, problems: list[str] | None = None
) -> HTMLResponse:
    """The HTML error page (app.py answers a page's 404s and 422s with it, the API's with
    JSON); `problems` lists what was wrong, one line each."""
    try:
        phrase = HTTPStatus(status_code).phrase
    except ValueError:
        phrase = "Error"
    title = ERROR_TITLES.get(status_code, phrase)
    return _render(
        request,
        "error.html",
        status_code=status_code,
        title=title,
        message=message,
        problems=problems or [],
    )


def _not_found(request: Request, message: str) -> HTMLResponse:
    return error_page(request, 404, message)


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Text = None,
    person: Text = None,
    place: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    page: Page = 1,
) -> HTMLResponse:
    since = date_from.isoformat() if date_from else None
    until = date_to.isoformat() if date_to else None
    with open_store(request) as store:
        total, hits = store.articles(
            q,
            person=person,
            place=place,
            since=since,
            until=until,
            limit=PER_PAGE,
            offset=(page - 1) * PER_PAGE,
            marks=(MARK_OPEN, MARK_CLOSE),
        )
        stored = store.count()
    filters = {"q": q, "person": person, "place": place, "from": since, "to": until}
    kept = {key: value for key, value in filters.items() if value}

    def page_url(number: int) -> str:
        return "/?" + urlencode({**kept, "page": number})

    return _render(
        request,
        "search.html",
        filters=filters,
        filtered=bool(kept),
        total=total,
        stored=stored,
        hits=hits,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        page_url=page_url,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, kind: QuoteKinds = None) -> HTMLResponse:
    kinds = kinds_or_422(kind)
    with open_store(request) as store:
        record = store.get(article_id)
    if record is None:
        return _not_found(request, f"No article with id {article_id}.")
    entities = record.get("entities") or []
    by_id = {entity.get("id"): entity for entity in entities}
    speakers = {}
    quotes = []  # (position in the record, quote): the kinds asked for, said ones by default
    for n, quote_record in enumerate(record.get("quotes") or []):
        entity = by_id.get(quote_record.get("speaker_id"))
        if entity and entity.get("type") == "PERSON":
            speakers[n] = entity.get("name")
        if kinds is None or quote_record.get("kind", "speech") in kinds:
            quotes.append((n, quote_record))
    groups = {"PERSON": [], "ORG": [], "other": []}
    placed = {place.get("entity_id") for place in record.get("places") or []}
    for n, entity in enumerate(entities):
        if entity.get("id") in placed:
            continue  # listed under places
        groups[entity.get("type") if entity.get("type") in groups else "other"].append((n, entity))
    return _render(
        request,
        "article.html",
        record=record,
        text_html=highlight(record.get("text") or "", record_spans(record, kinds)),
        speakers=speakers,
        quotes=quotes,
        all_kinds=kinds is None,
        people=groups["PERSON"],
        organisations=groups["ORG"],
        other_entities=groups["other"],
    )


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, q: Text = None, page: Page = 1) -> HTMLResponse:
    per_page = 50
    with open_store(request) as store:
        total, rows = store.entity_counts(None, q, limit=per_page, offset=(page - 1) * per_page)
    return _render(
        request,
        "people.html",
        q=q,
        total=total,
        rows=rows,
        page=page,
        pages=max(1, -(-total // per_page)),
        page_url=lambda number: "/people?" + urlencode({**({"q": q} if q else {}), "page": number}),
    )


@router.get("/person/{name}", response_class=HTMLResponse)
def person_page(request: Request, name: str, kind: QuoteKinds = None) -> HTMLResponse:
    kinds = kinds_or_422(kind)
    with open_store(request) as store:
        person = store.person(name, kinds)
    if person is None:
        return _not_found(request, f"No article names a person called {name}.")
    return _render(request, "person.html", person=person, all_kinds=kinds is None)


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, category: Text = None) -> HTMLResponse:
    with open_store(request) as store:
        categories = _figure_categories(store.figure_categories())
        if category is None and categories:
            category = categories[0][0]
        total, figures = store.figures(category, limit=1000) if categories else (0, [])
    return _render(
        request,
        "figures.html",
        categories=categories,
        category=category,
        total=total,
        figures=figures,
        charts=figure_charts(figures, category),
    )


CLAIM_LINES = 40  # lines on the claims page (the API pages through them all)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request, category: Text = None, place: Text = None, date_from: DateFrom = None
) -> HTMLResponse:
    """Claim lines (dateline.claims): each line a chart over time, one colour per claimant,
    each point linking to its sentence in its article; lines of two or more points first."""
    from dateline.claims import claim_lines, lines_about

    with open_store(request) as store:
        categories = _figure_categories(store.figure_categories())
        if category and category.upper() not in dict(categories):
            return _not_found(request, f"No figures in the category {category}.")
        figures, articles = store.claim_figures(
            category.upper() if category else None,
            since=date_from.isoformat() if date_from else None,
        )
    lines = lines_about(claim_lines(figures, articles), place)
    shown = []
    for number, line in enumerate(lines[:CLAIM_LINES], 1):
        claimants = list(dict.fromkeys(point.claimant for point in line.points))
        drawn = [
            {
                **point.figure,
                "published": point.day.isoformat() if point.day else None,
                "article_id": point.copies[0]["article_id"],
                "n": point.copies[0]["n"],
                "marks": sorted(point.marks),
            }
            for point in line.points
        ]
        chart = figures_chart(drawn, "claims", [point.claimant for point in line.points])
        record = line.as_dict(number)
        shown.append(
            {
                "line": record,
                "points": list(zip(line.points, record["points"], strict=True)),
                "chart": chart,
                "claimants": [(name, k % 8) for k, name in enumerate(claimants)],
            }
        )
    return _render(
        request,
        "claims.html",
        categories=categories,
        category=category.upper() if category else None,
        place=place or "",
        date_from=date_from.isoformat() if date_from else "",
        total=len(lines),
        lines=shown,
    )


def _figure_categories(categories: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The categories with claims in the order the figures page offers them, the first being
    the one it opens on: the categories that count people (commonest first, KILL, DISPLACE,
    REFUGEE ... on a tie), then the other named ones (MONEY, PERCENT ...), OTHER last."""

    def rank(item: tuple[str, int]) -> tuple[int, int, int, str]:
        name, count = item
        people = name in PEOPLE_CATEGORIES
        order = PEOPLE_CATEGORIES.index(name) if people else len(PEOPLE_CATEGORIES)
        return (0 if people else 2 if name == "OTHER" else 1, -count, order, name)

    return sorted((item for item in categories if item[1]), key=rank)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        places = store.place_counts()
    points = []
    for place in places:
        x, y = worldmap.project(place["lat"], place["lon"])
        radius = min(6.0, 1.2 + 0.8 * place["articles"] ** 0.5)
        points.append({**place, "x": x, "y": y, "r": round(radius, 2)})
    return _render(request, "map.html", points=points, width=worldmap.WIDTH, height=worldmap.HEIGHT)


@router.get("/map/world.svg")
def world_outline() -> Response:
    return Response(
        worldmap.outline_svg(),
        media_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=86400"},
    )
