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
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from dateline import geo, nlp
from dateline.pipeline import Options, Result, Skipped, process_batch
from dateline.record import Document, Failure

_skip_ids: frozenset[str] = frozenset()  # set in the parent before forking


def _work(batch: list[Document | Failure], options: Options) -> list[Result]:
    return process_batch(batch, options, _skip_ids)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def run_parallel(
    batches: Iterable[list[Document | Failure]],
    options: Options,
    skip_ids: frozenset[str],
    workers: int,
) -> Iterator[Result]:
    """Process batches in `workers` processes; results in input order."""
    global _skip_ids
    _skip_ids = skip_ids
    if options.annotate:
        nlp.load()
        geo.gazetteer()
    pool = _new_pool(workers)
    pending: deque[tuple[list[Document | Failure], Future]] = deque()
    finished = False
    try:
        for batch in batches:
            pending.append((batch, pool.submit(_work, batch, options)))
            while len(pending) >= 2 * workers:
                results, pool = _results(pending, pool, options, workers)
                yield from results
        while pending:
            results, pool = _results(pending, pool, options, workers)
            yield from results
        finished = True
    finally:
        # a finished run waits for its workers to exit; an interrupted one does not
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _results(
    pending: deque[tuple[list[Document | Failure], Future]],
    pool: ProcessPoolExecutor,
    options: Options,
    workers: int,
) -> tuple[list[Result], ProcessPoolExecutor]:
    batch, future = pending.popleft()
    try:
        return future.result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _new_pool(workers)
        results: list[Result] = []
        for item in batch:
            try:
                results.extend(pool.submit(_work, [item], options).result())
            except BrokenProcessPool:
                source = item.source
                results.append(Failure(source, "the worker process crashed on this document"))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers)
        for index, (other, _) in enumerate(pending):  # their futures died with the old pool
            pending[index] = (other, pool.submit(_work, other, options))
        return results, pool


__all__ = ["Skipped", "run_parallel"]
