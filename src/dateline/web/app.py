"""The FastAPI application: wiring only (the API in api.py, pages in pages.py).

Every response
carries a Content-Security-Policy that allows only this server's own scripts, styles and
images, so even a templating slip could not run an article's script. The schema is at
/openapi.json and Swagger UI at /docs, its assets served here too (docs.py). A bad parameter
or a missing page answers JSON under /api/ and an HTML error page elsewhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from dateline import __version__
from dateline.web import api, docs, pages

HERE = Path(__file__).parent
DEFAULT_MAX_EXTRACT_BYTES = 2_000_000
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_app(
    db_path: str | Path = "dateline.db", max_extract_bytes: int = DEFAULT_MAX_EXTRACT_BYTES
) -> FastAPI:
    """The app over an existing database; `POST /api/extract` refuses bodies over
    `max_extract_bytes` with 413."""
    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"no database at {path} (run `dateline ingest` first)")
    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Articles with their entities, quotes, figures, events and places.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = str(path)
    app.state.max_extract_bytes = max_extract_bytes
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount(docs.ASSETS_URL, StaticFiles(directory=docs.ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        policy = SECURITY_HEADERS["Content-Security-Policy"]
        return docs.swagger_ui(app.openapi_url or "/openapi.json", app.title, policy)

    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith("/api/") or path == request.app.openapi_url


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _is_api(request):
        return await http_exception_handler(request, exc)
    if exc.status_code == 404 and exc.detail == "Not Found":  # no route, no static file
        message = f"There is no page at {request.url.path}."
    else:
        message = str(exc.detail)
    response = pages.error_page(request, exc.status_code, message)
    response.headers.update(exc.headers or {})
    return response


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        return await request_validation_exception_handler(request, exc)
    problems = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        problems.append(f"{name}: {error.get('msg', 'invalid')}")
    return pages.error_page(
        request, 422, "The address has a parameter this page cannot use.", problems
    )
