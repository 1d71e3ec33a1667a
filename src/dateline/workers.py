"""Worker processes for `dateline ingest --workers N`.

Batches of documents go to a process pool and come back in input order, so the database
gets the same content whatever N is. At most two batches per worker are in flight, so
memory stays bounded however large the input. The model and the gazetteer are loaded in the
parent before the workers fork, so every worker shares those pages instead of loading its
own copy. A worker that dies (a segfault, an out-of-memory kill) costs only the document that
killed it: its batch is re-run one document at a time in a fresh pool, and that document is
recorded as a failure.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from dateline.record import Document, Failure

Batch = list[Document | Failure]
Work = Callable[[Batch], list[Any]]

# The work of one batch, set in the parent before forking: the workers inherit it (and the
# large frozenset of ids to skip it may hold) instead of receiving a pickled copy per batch.
_task: Work | None = None


def _work(batch: Batch) -> list[Any]:
    assert _task is not None
    return _task(batch)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def run_parallel(batches: Iterable[Batch], work: Work, workers: int) -> Iterator[Any]:
    """`work` on each batch in `workers` processes; results in input order. What the work
    loads once (the model, the gazetteer) is best loaded before: the workers share its pages."""
    global _task
    _task = work
    pool = _new_pool(workers)
    pending: deque[tuple[Batch, Future]] = deque()
    finished = False
    try:
        for batch in batches:
            pending.append((batch, pool.submit(_work, batch)))
            while len(pending) >= 2 * workers:
                results, pool = _results(pending, pool, workers)
                yield from results
        while pending:
            results, pool = _results(pending, pool, workers)
            yield from results
        finished = True
    finally:
        # a finished run waits for its workers to exit; an interrupted one does not
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _results(
    pending: deque[tuple[Batch, Future]],
    pool: ProcessPoolExecutor,
    workers: int,
) -> tuple[list[Any], ProcessPoolExecutor]:
    batch, future = pending.popleft()
    try:
        return future.result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _new_pool(workers)
        results: list[Any] = []
        for item in batch:
            try:
                results.extend(pool.submit(_work, [item]).result())
            except BrokenProcessPool:
                source = item.source
                results.append(Failure(source, "the worker process crashed on this document"))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers)
        for index, (other, _) in enumerate(pending):  # their futures died with the old pool
            pending[index] = (other, pool.submit(_work, other))
        return results, pool


__all__ = ["run_parallel"]
