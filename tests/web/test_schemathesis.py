"""API fuzzing: Schemathesis generates requests from the app's own OpenAPI schema and sends
them to a live `dateline serve` on 127.0.0.1; every response must be a non-500 that the
schema documents (status code, content type, body)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402 - after importorskip
from hypothesis.errors import Unsatisfiable  # noqa: E402

from .conftest import serving  # noqa: E402

MAX_EXAMPLES = 25  # per operation: the whole module runs in well under a minute


@pytest.fixture(scope="module")
def server(crafted_db) -> Iterator[str]:
    """`dateline serve` over the crafted database, on a free local port."""
    with serving(crafted_db, ready="/openapi.json", timeout=30) as base:
        yield base


@pytest.fixture(scope="module")
def api_schema(server):
    return schemathesis.openapi.from_url(f"{server}/openapi.json")


# Each operation is driven with Hypothesis directly: schemathesis.pytest's lazy
# `from_fixture(...).parametrize()` needs a pytest internal (`Node._nodeid`) pytest 9 dropped.
@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_api_conforms_to_its_schema(api_schema, mode):
    """Valid requests (positive) and invalid ones (negative) to every operation."""
    from schemathesis import GenerationMode
    from schemathesis.specs.openapi.checks import (
        negative_data_rejection,
        positive_data_acceptance,
    )

    # Every default check (no 500s; status codes, content types, headers and bodies as the
    # schema documents them; ...) but the two that judge the API's leniency: `kind=m` is
    # schema-valid yet a 422 (the quote kinds, figure categories and PLOVER types are checked
    # case-insensitively in code, not as enums), and `from=` (a blank date, meaning no bound)
    # is accepted though the schema says `format: date`.
    lenient = [positive_data_acceptance, negative_data_rejection]

    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 7
    failures = []
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],  # no shrinking: report, then move on
        )
        def check(case):
            case.call_and_validate(timeout=30, excluded_checks=lenient)

        try:
            check()
        except Unsatisfiable:  # no invalid value of a path id that is any string: nothing to send
            assert mode == "negative", operation.label
        except Exception as error:  # one report per operation, then the others still run
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)
