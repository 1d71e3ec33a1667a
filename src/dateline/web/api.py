"""The JSON API: the store's queries over HTTP, each list paginated the same way.

Lists answer `{"total", "page", "per_page", "results"}`; records are as `dateline extract`
prints them (layer rows also carry `article_id`, `n`, `article_title` and `published`).
Errors are JSON `{"detail": ...}`: 404 for an unknown id, 422 for a bad parameter, 413 for
an extract body over the limit.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from dateline.api import ExtractError, extract
from dateline.web.deps import (
    PER_PAGE,
    DateFrom,
    DateTo,
    Page,
    PerPage,
    QuoteKinds,
    Text,
    kinds_or_422,
    one_of_or_422,
    open_store,
)


class ApiError(BaseModel):
    """An error: `detail` says what was wrong (a list of problems for a malformed parameter)."""

    detail: str | list[dict[str, Any]]


router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={422: {"model": ApiError, "description": "a bad parameter or body"}},
)

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]
Root = Annotated[str | None, Query(pattern=r"^(0?[1-9]|1[0-9]|20)$", description="01-20")]
Code = Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$", description="CAMEO code prefix")]
Plover = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,12}$", description="PLOVER type")]


def _page(total: int, page: int, per_page: int, results: list[Any]) -> dict[str, Any]:
    return {"total": total, "page": page, "per_page": per_page, "results": results}


@router.get("/articles")
def list_articles(
    request: Request,
    q: Text = None,
    person: Text = None,
    place: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    page: Page = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Full-text search (words or FTS5 syntax) and filters; matches are wrapped in [ ] in
    snippets. Without `q`, newest first. One result per story (syndicated copies are one
    story): its best match, with `story_id`, `copies` (its other articles), `outlets` (other
    outlets among them) and `also` ("also published by 3 outlets")."""
    with open_store(request) as store:
        total, hits = store.articles(
            q,
            person=person,
            place=place,
            since=date_from.isoformat() if date_from else None,
            until=date_to.isoformat() if date_to else None,
            limit=per_page,
            offset=(page - 1) * per_page,
        )
    return _page(total, page, per_page, [{**hit.__dict__, "also": hit.also} for hit in hits])


@router.get(
    "/articles/{article_id}",
    responses={404: {"model": ApiError, "description": "no article with this id"}},
)
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The full article record, with `source` and `ingested`."""
    with open_store(request) as store:
        record = store.get(article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return record


@router.get("/quotes")
def list_quotes(
    request: Request,
    speaker: Text = None,
    kind: QuoteKinds = None,
    page: Page = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Quotes, newest article first; `speaker` matches any part of the speaker's name;
    `kind` the quote kinds (comma-separated; `all`), by default speech and writing."""
    kinds = kinds_or_422(kind)
    with open_store(request) as store:
        total, rows = store.quotes(
            speaker, limit=per_page, offset=(page - 1) * per_page, kinds=kinds
        )
    return _page(total, page, per_page, rows)


@router.get("/figures")
def list_figures(
    request: Request,
    category: Text = None,
    place: Text = None,
    page: Page = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Figures (numbers as attributed claims); empty until the figures extractor runs. Each
    has its record fields and `display`: the figure as the pages and the CLI write it ("about
    4.2 million tonnes", "more than $1.5 billion", "24-99 trucks (dozens)")."""
    from dateline.display import quantity
    from dateline.extract.figures.category import categories

    category = one_of_or_422("category", category, categories())
    with open_store(request) as store:
        total, rows = store.figures(category, place, limit=per_page, offset=(page - 1) * per_page)
    return _page(total, page, per_page, [{**row, "display": quantity(row)} for row in rows])


@router.get("/claims")
def list_claims(
    request: Request,
    category: Text = None,
    place: Text = None,
    date_from: DateFrom = None,
    page: Page = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Claim lines (dateline.claims): the figures of many articles about one quantity (same
    category, counted thing, place and scope: a running total or one incident), most points
    first. Each point is one claim with its value, bounds, claimant, date, outlets and the
    articles and offsets that carry it; `marks` name the points a point is `disputed` with
    (two claimants at about the same time whose ranges do not overlap) or a `drop` from (a
    running total below an earlier one). `from` keeps figures of articles published on or
    after it; `place` matches any part of the line's place."""
    from dateline.claims import claim_lines, lines_about
    from dateline.display import quantity
    from dateline.extract.figures.category import categories

    category = one_of_or_422("category", category, categories())
    with open_store(request) as store:
        figures, articles = store.claim_figures(
            category, since=date_from.isoformat() if date_from else None
        )
    lines = lines_about(claim_lines(figures, articles), place)
    start = (page - 1) * per_page
    results = []
    for number, line in enumerate(lines[start : start + per_page], start + 1):
        record = line.as_dict(number)
        for row, point in zip(record["points"], line.points, strict=True):
            row["display"] = quantity(point.figure)
        results.append(record)
    return _page(len(lines), page, per_page, results)


@router.get("/events")
def list_events(
    request: Request,
    actor: Text = None,
    root: Root = None,
    code: Code = None,
    plover: Plover = None,
    page: Page = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Coded events, newest article first; `actor` matches the source or target actor's name
    or the start of its CAMEO code ("KEN", "IGOUNO"), `root` the CAMEO root code (01-20),
    `code` the start of the CAMEO event code ("19", "0871"), `plover` the PLOVER type."""
    from dateline.extract.events.codebook import plover_types

    plover = one_of_or_422("PLOVER type", plover, sorted(plover_types()))
    with open_store(request) as store:
        total, rows = store.events(
            actor,
            root,
            limit=per_page,
            offset=(page - 1) * per_page,
            code=code,
            plover=plover,
        )
    return _page(total, page, per_page, rows)


@router.get("/entities")
def list_entities(
    request: Request,
    type: EntityType | None = None,  # noqa: A002 - the record field's name
    q: Text = None,
    page: Page = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """People and organisations (or one entity `type`) by name, with the number of articles
    naming them and of quotes they are the speaker of, most quoted first."""
    with open_store(request) as store:
        total, rows = store.entity_counts(type, q, limit=per_page, offset=(page - 1) * per_page)
    return _page(total, page, per_page, rows)


class ExtractBody(BaseModel):
    """A JSON extract request: `text` or `html` (exactly one), optional `url` and `published`."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None

    @model_validator(mode="after")
    def _one_document(self) -> ExtractBody:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" and "html"')
        return self


# The JSON body as OpenAPI shows it (ExtractBody validates it): exactly one of text and html.
EXTRACT_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "the article as plain text"},
        "html": {"type": "string", "description": "the article's page as HTML"},
        "url": {"type": "string", "description": "where the page came from"},
        "published": {"type": "string", "description": "publication date, ISO 8601"},
    },
    "oneOf": [{"required": ["text"]}, {"required": ["html"]}],
    "additionalProperties": False,
    "example": {"text": "NAIROBI - Kenya's president said on Monday...", "published": "2024-05-10"},
}
JSON_SHAPE = (
    'expected a JSON object with "text" or "html" (a string; exactly one) '
    'and optionally "url" and "published" (strings)'
)


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def _problem(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"]) or "body"
    return f"{where}: {error['msg'].removeprefix('Value error, ')}"


def _json_body(body: bytes) -> ExtractBody:
    """The JSON request in `body`, or a 422 that says what shape is expected."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPException(422, f"the body is not JSON ({exc}): {JSON_SHAPE}") from None
    if not isinstance(data, dict):
        raise HTTPException(422, f"the JSON body is not an object: {JSON_SHAPE}")
    try:
        return ExtractBody.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_problem(error) for error in exc.errors())
        raise HTTPException(422, f"{problems}: {JSON_SHAPE}") from None


@router.post(
    "/extract",
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the document: plain text or HTML (any encoding) as the body, "
            "or a JSON object",
            "content": {
                "application/json": {"schema": EXTRACT_JSON_SCHEMA},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    },
    responses={413: {"model": ApiError, "description": "body over the size limit"}},
)
async def extract_record(
    request: Request,
    url: Text = None,
    published: Text = None,
    clean: Literal["auto", "none"] = "auto",
) -> dict[str, Any]:
    """The article record for the posted document, not stored.

    Post the text or HTML itself as the body (`text/plain`, `text/html`; any encoding,
    sniffed), or `application/json`: `{"text": "..."}` or `{"html": "..."}` (exactly one),
    with optional `"url"` and `"published"` (an ISO 8601 date) that override the query
    parameters of the same names (a `"text"` holding HTML tags is still read as HTML). The
    body is at most 2 MB (413 above); a JSON body of another shape, an empty body or one
    with no article is a 422 saying why."""
    limit = request.app.state.max_extract_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body over the limit of {limit:,} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"body over the limit of {limit:,} bytes")
    if not body.strip():
        raise HTTPException(422, "empty body: post the text or HTML of one article")
    content: str | bytes = bytes(body)
    if _is_json(request.headers.get("content-type", "")):
        given = _json_body(content)
        content = given.text if given.text is not None else given.html or ""
        url = given.url if given.url is not None else url
        published = given.published if given.published is not None else published
        if not content.strip():
            raise HTTPException(422, f'empty "{"text" if given.text is not None else "html"}"')
    try:
        article = await run_in_threadpool(
            extract, content, url=url, published=published, clean=clean, max_bytes=limit
        )
    except (ExtractError, ValueError) as exc:
        raise HTTPException(422, str(exc)) from exc
    return article.to_dict()
