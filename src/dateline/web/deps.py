"""What API and page handlers share: the database per request and the query parameters.

Each request opens its own read-only Reader: a SQLite connection belongs to the thread that
made it and
FastAPI runs handlers in a thread pool; WAL lets these readers run beside an ingest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any

from fastapi import HTTPException, Query, Request
from pydantic import BeforeValidator

from dateline.record import quote_kinds
from dateline.store import Reader

PER_PAGE = 20


def open_store(request: Request) -> Reader:
    """A read-only connection to the app's database for this request (use as a context
    manager): a web request never writes, nor sets up the schema."""
    return Reader(request.app.state.db_path)


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


# An empty form field (`from=`) means no bound; anything else must be an ISO date (else 422).
OptionalDate = Annotated[date | None, BeforeValidator(_blank_is_none)]
DateFrom = Annotated[
    OptionalDate, Query(alias="from", description="published on or after (YYYY-MM-DD)")
]
DateTo = Annotated[OptionalDate, Query(alias="to", description="published on or before")]
Page = Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=100, description="results per page")]
Text = Annotated[str | None, Query(max_length=500)]
QuoteKinds = Annotated[
    str | None,
    Query(
        max_length=200,
        description="quote kinds, comma-separated: speech, writing, stance, knowledge, "
        "unsourced, act, or all (default: speech,writing)",
    ),
]


def one_of_or_422(name: str, value: str | None, allowed: Iterable[str]) -> str | None:
    """The value upper-cased if it is one of `allowed` (None for none); a 422 that lists
    them otherwise, as the CLI's error does."""
    if value is None or not value.strip():
        return None
    choices = list(allowed)
    if value.strip().upper() not in choices:
        raise HTTPException(422, f"unknown {name} {value!r}: use one of {', '.join(choices)}")
    return value.strip().upper()


def kinds_or_422(value: str | None) -> frozenset[str] | None:
    """The quote kinds a `kind` parameter names; a 422 that lists the valid ones if it
    names another."""
    try:
        return quote_kinds(value)
    except ValueError as error:
        raise HTTPException(422, str(error)) from None
