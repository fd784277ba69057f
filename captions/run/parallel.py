"""Parsing pages in worker processes, results in input order.

The main process only lists the inputs and merges: workers take their own
share of them (page files in chunks, spans of a JSON Lines file or of a web
archive's records), read and parse the pages and apply a per-page transform,
so that only small results cross the process boundary (a rendered catalogue
entry, a tuple of credits), never whole page texts or models (`shares`). The
results are taken in input order and each page's id settled there, so the
output is the same whatever the number of workers (`merge`). At most a few
shares per worker are in flight, so memory does not grow with the number of
pages.

Workers ignore Ctrl-C: the main process owns the run, and however it ends
(done, interrupted, an error, the caller dropping the iterator) it ends the
workers itself, so none is left waiting for work that will never come.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterable, Iterator, Union

from ..catalog.build import ArticleIds
from ..inputs.sources import Problem
from ..inputs.walk import FolderEnd
from ..knowledge.registry import AgencyRegistry
from .merge import Merge
from .shares import (CatalogPage, Entry, Folded, LeftOut, Lines, Page, Share, Skipped, Task, Transform, WarcSpan, init,
                     one, work)

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from ..catalog.models import Article

__all__ = ["CatalogPage", "Folded", "LeftOut", "Lines", "Page", "Skipped", "Task", "Transform", "WarcSpan",
           "default_jobs", "map_pages"]

CHUNK = 48          # pages a worker takes at a time, at first: chunks double up to MAX_CHUNK as the run goes
MAX_CHUNK = 384     # fewer sends and results to pickle; the last chunk's share of a long run stays small
IN_FLIGHT = 4       # chunks queued per worker
SMALL_RUN = 200     # fewer pages than this are parsed in-process: workers cost more to start
GRACE = 1.0         # seconds workers have to finish their chunk when a run stops early

Item = Union[Task, "Article", LeftOut, FolderEnd, Lines, WarcSpan]

# Signals that end a run: the main process handles them, workers must not die of them on their own.
_STOP_SIGNALS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


def _init_worker(registry: AgencyRegistry | str | None, transform: Transform, max_bytes: int,
                 fold: Callable[..., Any] | None) -> None:
    # Forked with the stop signals blocked (see _submit), so that no Ctrl-C
    # lands before the worker ignores it. SIGTERM keeps its default action,
    # dying at once: the main process ends its workers with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    init(registry, transform, max_bytes, fold=fold)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_pages(
    items: Iterable[Item],
    transform: Transform,
    on_problem: Callable[[Problem], None],
    *,
    registry: AgencyRegistry,
    registry_file: str | None = None,
    jobs: int = 1,
    max_bytes: int,
    on_page: Callable[[], None] | None = None,
    fold: Callable[..., Any] | None = None,
    ids: ArticleIds | None = None,
) -> Generator[Any, None, None]:
    """transform(page, registry) for every page and catalogue article, in input order.

    With `fold` (for runs whose results are only added up), workers return
    `fold(results, registry=...)` of each chunk's pages in their place: the
    results are then a mix of page results and folded chunks.

    With `ids` (items from `iter_items(..., split=True)` for a run that
    gives ids), each page's id is settled here, in input order.

    Problems reading a page go to `on_problem`, in input order too; such
    pages yield nothing. Articles read from catalogue files are transformed
    in this process, as CatalogPage (run/shares.py).
    """
    if fold is not None and ids is not None:
        raise ValueError("fold: only for runs that give no ids")
    items = iter(items)
    head = list(islice(items, SMALL_RUN))
    merge = Merge(on_problem, on_page, ids, transform, registry)
    # A file cut in spans is at least a few MB: worth the workers. One span (a small file) is not.
    spans = sum(isinstance(item, (Lines, WarcSpan)) for item in head)
    if jobs <= 1 or (len(head) < SMALL_RUN and spans <= 1):
        init(registry, transform, max_bytes)
        for item in _chain(head, items):
            if isinstance(item, (Lines, WarcSpan)) or (isinstance(item, Task) and item.base is not None):
                share: Share = [item] if isinstance(item, Task) else item
                yield from merge.shared(share, work(share), work)
            elif isinstance(item, Task):
                yield from merge.page(*one(item))
            else:
                yield from merge.in_order(item)
        return
    import multiprocessing  # here, not at the top: runs too small for workers start without it
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    # A user's registry file is loaded again by each worker; the bundled one is inherited.
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                               initargs=(registry_file or registry, transform, max_bytes, fold))

    def redo(share: Share, forced: dict[int, str]) -> list[Entry]:
        return _submit(pool, share, forced).result()

    def drain(entry: tuple[Share | None, Any]) -> Iterator[Any]:
        share, done = entry
        return merge.in_order(done) if share is None else merge.shared(share, done.result(), redo)

    try:
        pending: deque[tuple[Share | None, Any]] = deque()   # (share, its future), or (None, an item handled here)
        batch: list[Task] = []
        chunk = CHUNK
        for item in _chain(head, items):
            if isinstance(item, Task):
                batch.append(item)
                if len(batch) >= chunk:
                    pending.append((batch, _submit(pool, batch)))
                    batch, chunk = [], min(chunk * 2, MAX_CHUNK)
            else:
                if batch:
                    pending.append((batch, _submit(pool, batch)))
                    batch = []
                pending.append((item, _submit(pool, item)) if isinstance(item, (Lines, WarcSpan)) else (None, item))
            while len(pending) > jobs * IN_FLIGHT:
                yield from drain(pending.popleft())
        if batch:
            pending.append((batch, _submit(pool, batch)))
        while pending:
            yield from drain(pending.popleft())
        pool.shutdown()
    except BaseException:  # interrupted, failed, or closed by the caller before the end
        _terminate(pool)
        raise


def _submit(pool: ProcessPoolExecutor, share: Share, forced: dict[int, str] | None = None) -> Future[Any]:
    """Queue a share; the first one forks the workers, which must not inherit our signal handlers live."""
    if not hasattr(signal, "pthread_sigmask"):
        return pool.submit(work, share, forced)
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        return pool.submit(work, share, forced)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """End the workers soon and wait for them to go.

    Queued chunks are dropped; the ones being parsed finish (hundredths of a
    second), so that no worker dies halfway through sending a result, which
    would leave the pool's reader thread waiting for the rest for ever. A
    worker still busy after a second is killed.
    """
    # Python 3.14 has pool.terminate_workers(); before it, the pool's own table of processes.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    queue = getattr(pool, "_call_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + GRACE
    for process in processes:
        process.join(timeout=max(deadline - time.monotonic(), 0))
    stuck = [process for process in processes if process.is_alive()]
    if stuck and queue is not None:
        queue.cancel_join_thread()  # its feeder may be stuck writing to workers that are gone
    for process in stuck:
        process.terminate()
    for process in stuck:
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
            process.join()


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest
