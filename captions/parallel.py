"""Parsing pages in worker processes, results in input order.

The main process lists the inputs and gives every page its id (so ids are
the same whatever the number of workers); workers read and parse pages in
chunks and apply a per-page transform, so that only small results cross the
process boundary (a rendered catalogue entry, a tuple of credits), never
whole page texts or models. At most a few chunks per worker are in flight,
so memory does not grow with the number of pages.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Union

from .models import Article, Credit
from .parse.page import ParsedPage, parse_date, parse_dump
from .knowledge.registry import AgencyRegistry, load_registry
from .sources import Problem, read_page


@dataclass(frozen=True)
class CatalogPage:
    """An article read from a catalogue file, as a transform sees it: there was no parse, so no notes."""

    article: Article
    notes: None = None

    @property
    def credits(self) -> list[Credit]:
        return [photo.credit for photo in self.article.photos if photo.credit is not None]


# What a transform is given: a page dump as parsed, or an article from a catalogue file.
# Both have .article, .credits and .notes (None for a catalogue article).
Page = Union[ParsedPage, CatalogPage]
# transform(page, registry) -> a small picklable result
Transform = Callable[[Page, AgencyRegistry], Any]


CHUNK = 48          # pages a worker takes at a time
IN_FLIGHT = 4       # chunks queued per worker
SMALL_RUN = 200     # fewer pages than this are parsed in-process: workers cost more to start


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


Item = Union[Task, Article]


class _State:
    registry: AgencyRegistry
    transform: Transform
    max_bytes: int


_state = _State()


def _init(registry: AgencyRegistry | str | None, transform: Transform, max_bytes: int) -> None:
    if not isinstance(registry, AgencyRegistry):
        registry = load_registry(registry)
    _state.registry = registry
    _state.transform = transform
    _state.max_bytes = max_bytes


def _one(task: Task) -> tuple[Any, list[Problem]]:
    problems: list[Problem] = []
    text = task.text
    if text is None and task.path is not None:
        page, problems = read_page(task.path, max_bytes=_state.max_bytes)
        if page is None:
            return None, problems
        text = page.text
    date = parse_date(task.date[:10]) if task.date is not None else None  # for a page with no header date
    parsed = parse_dump(text or "", id=task.id, source=task.source, registry=_state.registry, date=date)
    return _state.transform(parsed, _state.registry), problems


def _work(chunk: list[Task]) -> list[tuple[Any, list[Problem]]]:
    return [_one(task) for task in chunk]


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
) -> Iterator[Any]:
    """transform(page, registry) for every page and catalogue article, in input order.

    Problems reading a page go to `on_problem`, in input order too; such
    pages yield nothing. Articles read from catalogue files are transformed
    in this process, as CatalogPages.
    """
    items = iter(items)
    head = list(islice(items, SMALL_RUN))
    if jobs <= 1 or len(head) < SMALL_RUN:
        _init(registry, transform, max_bytes)
        for item in _chain(head, items):
            result, problems = _one(item) if isinstance(item, Task) else (transform(CatalogPage(item), registry), [])
            yield from _deliver(result, problems, on_problem, on_page)
        return
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    # A user's registry file is loaded again by each worker; the bundled one is inherited.
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init,
                             initargs=(registry_file or registry, transform, max_bytes)) as pool:
        pending: deque[Future[Any] | list[tuple[Any, list[Problem]]]] = deque()
        batch: list[Task] = []
        for item in _chain(head, items):
            if isinstance(item, Task):
                batch.append(item)
                if len(batch) == CHUNK:
                    pending.append(pool.submit(_work, batch))
                    batch = []
            else:
                if batch:
                    pending.append(pool.submit(_work, batch))
                    batch = []
                pending.append([(transform(CatalogPage(item), registry), [])])
            while len(pending) > jobs * IN_FLIGHT:
                yield from _drain(pending.popleft(), on_problem, on_page)
        if batch:
            pending.append(pool.submit(_work, batch))
        while pending:
            yield from _drain(pending.popleft(), on_problem, on_page)


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest


def _drain(entry: Any, on_problem: Callable[[Problem], None], on_page: Callable[[], None] | None) -> Iterator[Any]:
    results = entry.result() if isinstance(entry, Future) else entry
    for result, problems in results:
        yield from _deliver(result, problems, on_problem, on_page)


def _deliver(result: Any, problems: list[Problem], on_problem: Callable[[Problem], None],
             on_page: Callable[[], None] | None) -> Iterator[Any]:
    for problem in problems:
        on_problem(problem)
    if on_page is not None:
        on_page()
    if result is not None:
        yield result
