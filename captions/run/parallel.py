"""Parsing pages in worker processes, results in input order.

The main process lists the inputs and gives every page its id (so ids are
the same whatever the number of workers); workers read and parse pages in
chunks and apply a per-page transform, so that only small results cross the
process boundary (a rendered catalogue entry, a tuple of credits), never
whole page texts or models. At most a few chunks per worker are in flight,
so memory does not grow with the number of pages.

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
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple, Union

from ..parse.page import ParsedPage, parse_date, parse_dump
from ..knowledge.registry import AgencyRegistry, load_registry
from ..inputs.sources import FolderEnd, Problem, no_pages, read_page, written_by_captions

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from ..catalog.models import Article, Credit
    from ..parse.html.page import HtmlPage


@dataclass(frozen=True)
class CatalogPage:
    """An article read from a catalogue file, as a transform sees it: there was no parse, so no notes."""

    article: Article
    notes: None = None

    @property
    def credits(self) -> list[Credit | None]:
        return [photo.credit for photo in self.article.photos]


# What a transform is given: a page dump or an HTML page as parsed, or an article from a catalogue
# file. Each has .article, .credits and .notes (None for a catalogue article).
Page = Union[ParsedPage, "HtmlPage", CatalogPage]
# transform(page, registry) -> a small picklable result
Transform = Callable[[Page, AgencyRegistry], Any]


CHUNK = 48          # pages a worker takes at a time, at first: chunks double up to MAX_CHUNK as the run goes
MAX_CHUNK = 384     # fewer sends and results to pickle; the last chunk's share of a long run stays small
IN_FLIGHT = 4       # chunks queued per worker
SMALL_RUN = 200     # fewer pages than this are parsed in-process: workers cost more to start
GRACE = 1.0         # seconds workers have to finish their chunk when a run stops early


class Task(NamedTuple):
    """A page to parse: read from `path` by the worker, or `text` already read.

    A named tuple: it crosses to a worker for every page, and pickles in
    half the time a frozen dataclass takes (3.7 us against 7.8 us).
    """

    id: str
    source: str
    path: str | None = None
    text: str | None = None
    date: str | None = None   # from a JSON Lines record; used when the page has no header date
    html: bool | None = None  # an HTML page; None: HTML if read so (an .html file, markup on stdin)
    sniff: bool = False       # found in a folder walk: left out if a catalogue captions wrote


class LeftOut(NamedTuple):
    """What a worker returns for a file of a folder walk that is a catalogue captions wrote."""

    path: str


class Lines(NamedTuple):
    """A span of a JSON Lines file of pages, which a worker reads and parses itself (`inputs.sources.jsonl_spans`)."""

    path: str
    start: int
    end: int
    first_no: int


class Skipped(NamedTuple):
    """What a worker returns for the problems of lines that gave no page, at the end of a span."""


Item = Union[Task, "Article", LeftOut, FolderEnd, Lines]


class _State:
    registry: AgencyRegistry
    transform: Transform
    max_bytes: int
    fold: Callable[..., Any] | None = None


class Folded(NamedTuple):
    """A chunk's results folded into one by the worker (`map_pages(..., fold=...)`)."""

    value: Any


_state = _State()


def _init(registry: AgencyRegistry | str | None, transform: Transform, max_bytes: int, state: _State = _state,
          fold: Callable[..., Any] | None = None) -> _State:
    if not isinstance(registry, AgencyRegistry):
        registry = load_registry(registry)
    state.registry = registry
    state.transform = transform
    state.max_bytes = max_bytes
    state.fold = fold
    return state


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
    _init(registry, transform, max_bytes, fold=fold)


def _one(task: Task, state: _State = _state) -> tuple[Any, list[Problem]]:
    """The transform's result for one page, and the problems reading it (`state`: the run's registry and transform)."""
    problems: list[Problem] = []
    text, html = task.text, task.html
    if task.sniff and task.path is not None and written_by_captions(task.path):
        return LeftOut(task.path), problems
    if text is None and task.path is not None:
        page, problems = read_page(task.path, max_bytes=state.max_bytes)
        if page is None:
            return None, problems
        text, html = page.text, page.html
    date = parse_date(task.date[:10]) if task.date is not None else None  # for a page with no header date
    if html:
        from ..parse.html.nesting import too_deep
        from ..parse.html.page import read_html_page  # selectolax only where there is markup

        if (why := too_deep(text or "")) is not None:   # Lexbor is quadratic in the depth
            return None, [*problems, Problem(task.source, why)]
        parsed: Page = read_html_page(text or "", id=task.id, source=task.source, registry=state.registry, date=date)
    else:
        parsed = parse_dump(text or "", id=task.id, source=task.source, registry=state.registry, date=date)
    return state.transform(parsed, state.registry), problems


def _work(chunk: list[Task]) -> list[tuple[Any, list[Problem]]]:
    return _folded([_one(task) for task in chunk])


def _folded(results: list[tuple[Any, list[Problem]]], state: _State = _state) -> list[tuple[Any, list[Problem]]]:
    """With a fold, each page keeps its place and problems, and its result travels folded into one at the end."""
    if state.fold is None:
        return results
    kept = [result for result, _ in results if result is not None and not isinstance(result, (LeftOut, Skipped))]
    return ([(result if isinstance(result, (LeftOut, Skipped)) else None, problems) for result, problems in results]
            + [(Folded(state.fold(kept, registry=state.registry)), [])])


def _work_lines(lines: Lines, state: _State = _state) -> list[tuple[Any, list[Problem]]]:
    """Every page of a span of JSON Lines, each with the problems met reading up to it."""
    from ..inputs.pipeline import jsonl_span_tasks

    out: list[tuple[Any, list[Problem]]] = []
    problems: list[Problem] = []
    for task in jsonl_span_tasks(lines.path, (lines.start, lines.end, lines.first_no), problems.append, state.max_bytes):
        result, page_problems = _one(task, state)
        out.append((result, problems + page_problems))
        problems = []
    if problems:
        out.append((Skipped(), problems))
    return _folded(out, state)


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
) -> Iterator[Any]:
    """transform(page, registry) for every page and catalogue article, in input order.

    With `fold` (for runs whose results are only added up), workers return
    `fold(results, registry=...)` of each chunk's pages in their place: the
    results are then a mix of page results and folded chunks.

    Problems reading a page go to `on_problem`, in input order too; such
    pages yield nothing. Articles read from catalogue files are transformed
    in this process, as CatalogPages.
    """
    items = iter(items)
    head = list(islice(items, SMALL_RUN))
    folder = _Folder()
    if jobs <= 1 or (len(head) < SMALL_RUN and not any(isinstance(item, Lines) for item in head)):
        _init(registry, transform, max_bytes)
        for item in _chain(head, items):
            if isinstance(item, Lines):
                yield from _drain(_work_lines(item), on_problem, on_page, folder)
                continue
            result, problems = _one(item) if isinstance(item, Task) else _in_order(item, transform, registry)
            yield from _deliver(result, problems, on_problem, on_page, folder)
        return
    import multiprocessing  # here, not at the top: runs too small for workers start without it
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    # A user's registry file is loaded again by each worker; the bundled one is inherited.
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                               initargs=(registry_file or registry, transform, max_bytes, fold))
    try:
        pending: deque[Future[Any] | list[tuple[Any, list[Problem]]]] = deque()
        batch: list[Task] = []
        chunk = CHUNK
        for item in _chain(head, items):
            if isinstance(item, Task):
                batch.append(item)
                if len(batch) >= chunk:
                    pending.append(_submit(pool, batch))
                    batch, chunk = [], min(chunk * 2, MAX_CHUNK)
            else:
                if batch:
                    pending.append(_submit(pool, batch))
                    batch = []
                pending.append(_submit(pool, item) if isinstance(item, Lines) else [_in_order(item, transform, registry)])
            while len(pending) > jobs * IN_FLIGHT:
                yield from _drain(pending.popleft(), on_problem, on_page, folder)
        if batch:
            pending.append(_submit(pool, batch))
        while pending:
            yield from _drain(pending.popleft(), on_problem, on_page, folder)
        pool.shutdown()
    except BaseException:  # interrupted, failed, or closed by the caller before the end
        _terminate(pool)
        raise


def _in_order(item: Article | LeftOut | FolderEnd, transform: Transform, registry: AgencyRegistry) -> tuple[Any, list[Problem]]:
    """What an item the main process handles itself gives: a catalogue article's result, or a marker."""
    if isinstance(item, (LeftOut, FolderEnd)):
        return item, []
    return transform(CatalogPage(item), registry), []


class _Folder:
    """The catalogues left out of the folder being walked, counted as results come, in input order."""

    left_out = 0


def _submit(pool: ProcessPoolExecutor, batch: list[Task] | Lines) -> Future[Any]:
    """Queue a chunk; the first one forks the workers, which must not inherit our signal handlers live."""
    work: Callable[[Any], Any] = _work_lines if isinstance(batch, Lines) else _work
    if not hasattr(signal, "pthread_sigmask"):
        return pool.submit(work, batch)
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        return pool.submit(work, batch)
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


def _drain(entry: Any, on_problem: Callable[[Problem], None], on_page: Callable[[], None] | None,
           folder: _Folder) -> Iterator[Any]:
    results = entry if isinstance(entry, list) else entry.result()  # results, or a worker's Future of them
    for result, problems in results:
        yield from _deliver(result, problems, on_problem, on_page, folder)


def _deliver(result: Any, problems: list[Problem], on_problem: Callable[[Problem], None],
             on_page: Callable[[], None] | None, folder: _Folder) -> Iterator[Any]:
    if isinstance(result, LeftOut):
        folder.left_out += 1
        return
    if isinstance(result, Folded):
        yield result.value
        return
    if isinstance(result, Skipped):
        for problem in problems:
            on_problem(problem)
        return
    if isinstance(result, FolderEnd):
        if result.files == folder.left_out:
            on_problem(no_pages(result.folder, folder.left_out))
        folder.left_out = 0
        return
    for problem in problems:
        on_problem(problem)
    if on_page is not None:
        on_page()
    if result is not None:
        yield result
