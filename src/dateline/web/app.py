"""The FastAPI application: wiring only (the API in api.py, pages in pages.py).

Every response
carries a Content-Security-Policy that allows only this server's own scripts, styles and
images, so even a templating slip could not run an article's script. Swagger's /docs page
loads its assets from a CDN, so it is off; the schema is at /openapi.json.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.web import api, pages

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

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app
