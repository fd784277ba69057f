"""A worker's share of a run: what it is given, how it reads and parses it, and the small results it returns.

A share is a list of page files (or pages already read, from standard input
or a catalogue run), a span of lines of a JSON Lines file, or a span of
records of a web archive. The worker reads it itself, parses every page and
applies the run's transform, so that only small results cross the process
boundary: a rendered catalogue entry, a tuple of credits, findings. The main
process runs the same code on its own for a small run or `--jobs 1`.

Each page comes back as an `Entry`. A page whose id the main process settles
(runs that give ids, over workers) carries its place in the share, the base
its name or record asks for, and the id it was parsed under; the rare page
that must take another (`page-2`: another file already had `page`) is parsed
again with `work(share, forced={place: id})`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, NamedTuple, Optional, Union

from ..inputs.sources import Problem, read_page, read_walked_page
from ..inputs.warc import SpanEnd
from ..knowledge.registry import AgencyRegistry, load_registry
from ..parse.limits import dump_refusal, html_refusal
from ..parse.notes import Note, StructuredCredit
from ..parse.page import ParsedPage, parse_date, parse_dump

if TYPE_CHECKING:
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
# A page's .notes: what a dump's parse could not read whole, an HTML page's metadata credits, None from a catalogue.
PageNotes = Union[tuple[Note, ...], tuple[StructuredCredit, ...], None]
# transform(page, registry) -> a small picklable result
Transform = Callable[[Page, AgencyRegistry], Any]


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
    html: bool | None = None  # an HTML page; None: HTML if read so (an .html file, or markup by how it opens)
    sniff: bool = False       # found in a folder walk: left out if a catalogue captions wrote
    base: str | None = None   # the id its name asks for, when `id` is only a guess the main process settles


class Lines(NamedTuple):
    """A span of a JSON Lines file of pages, which a worker reads and parses itself (`inputs.sources.jsonl_spans`)."""

    path: str
    start: int
    end: int
    first_no: int
    settle: bool = False      # the pages' ids are settled by the main process


class WarcSpan(NamedTuple):
    """A web archive, or a span of its records (`inputs.warc_spans`), which a worker reads and parses itself."""

    path: str
    start: int
    end: int
    whole: bool               # the whole archive: read and reported as one
    last: bool                # the archive's last span: its problems that count the whole archive come with it
    settle: bool = False


class LeftOut(NamedTuple):
    """What a worker returns for a file of a folder walk that is a catalogue captions wrote."""

    path: str


class Skipped(NamedTuple):
    """What a worker returns for the problems of lines that gave no page, at the end of a span."""


class Folded(NamedTuple):
    """A share's results folded into one by the worker (`map_pages(..., fold=...)`)."""

    value: Any


Share = Union[list[Task], Lines, WarcSpan]
# (result, problems met up to it, (place in the share, id base, id used) or None when the id is final)
Entry = tuple[Any, list[Problem], Optional[tuple[int, str, str]]]


class State:
    """A process's part of the run: the registry, the transform, the size limit, the fold."""

    registry: AgencyRegistry
    transform: Transform
    max_bytes: int
    fold: Callable[..., Any] | None = None


_state = State()


def init(registry: AgencyRegistry | str | None, transform: Transform, max_bytes: int, state: State = _state,
         fold: Callable[..., Any] | None = None) -> State:
    if not isinstance(registry, AgencyRegistry):
        registry = load_registry(registry)
    state.registry = registry
    state.transform = transform
    state.max_bytes = max_bytes
    state.fold = fold
    return state


def one(task: Task, state: State = _state) -> tuple[Any, list[Problem]]:
    """The transform's result for one page, and the problems reading it (`state`: the run's registry and transform)."""
    problems: list[Problem] = []
    text, html = task.text, task.html
    if text is None and task.path is not None:
        if task.sniff:
            page, problems, catalogue = read_walked_page(task.path, max_bytes=state.max_bytes)
            if catalogue:
                return LeftOut(task.path), []
        else:
            page, problems = read_page(task.path, max_bytes=state.max_bytes)
        if page is None:
            return None, problems
        text, html = page.text, page.html
    date = parse_date(task.date[:10]) if task.date is not None else None  # for a page with no header date
    if (why := html_refusal(text or "") if html else dump_refusal(text or "")) is not None:
        return None, [*problems, Problem(task.source, why)]   # too many lines or elements to read, or too deep
    if html:
        from ..parse.html.page import read_html_page  # selectolax only where there is markup
    try:
        if html:
            parsed: Page = read_html_page(text or "", id=task.id, source=task.source, registry=state.registry,
                                          date=date)
        else:
            parsed = parse_dump(text or "", id=task.id, source=task.source, registry=state.registry, date=date)
    except (RecursionError, ValueError, TypeError, IndexError, KeyError, AttributeError) as err:
        # a fault of the parser's, met on one page of a run over thousands: that page is skipped and named,
        # the others are read, and the run ends non-zero
        return None, [*problems, Problem(task.source, f"not read: captions failed on this page ({type(err).__name__}: "
                                                      f"{str(err)[:120]}); please report it with the page")]
    return state.transform(parsed, state.registry), problems


def work(share: Share, forced: dict[int, str] | None = None, state: State = _state) -> list[Entry]:
    """Every page of a share, each with the problems met reading up to it, in order.

    With `forced` only the pages at those places are parsed, under those ids.
    The share is read whole before any page is parsed: reading and parsing
    in turn cost a tenth more (the decompressor and the parser evicting
    each other's data from the processor's caches).
    """
    read: list[tuple[Task | SpanEnd, list[Problem]]] = []
    problems: list[Problem] = []   # met reading the share since the last page: the reader appends to this very list
    for task in _tasks(share, problems.append, state.max_bytes):
        read.append((task, problems[:]))
        problems.clear()
    out: list[Entry] = []
    place = 0
    for task, before in read:
        if isinstance(task, SpanEnd):
            if forced is None:
                out.append((task, before, None))
            continue
        if forced is None:
            result, page_problems = one(task, state)
            unsettled = ((place, task.base, task.id) if task.base is not None and not isinstance(result, LeftOut)
                         else None)
            out.append((result, before + page_problems, unsettled))
        elif place in forced:
            out.append((one(task._replace(id=forced[place], base=None), state)[0], [], (place, "", forced[place])))
        place += 1
    if problems and forced is None:
        out.append((Skipped(), problems, None))
    return out if forced is not None else _folded(out, state)


def _tasks(share: Share, on_problem: Callable[[Problem], None], max_bytes: int) -> Iterator[Task | SpanEnd]:
    if isinstance(share, list):
        return iter(share)
    from .items import jsonl_span_tasks, warc_tasks

    if isinstance(share, Lines):
        tasks: Iterator[Task | SpanEnd] = jsonl_span_tasks(share.path, (share.start, share.end, share.first_no), on_problem, max_bytes)
    else:
        span = None if share.whole else (share.start, share.end)
        tasks = warc_tasks(share.path, span, on_problem, max_bytes)
    if not share.settle:
        return tasks
    return (task._replace(base=task.id) if isinstance(task, Task) else task for task in tasks)


def _folded(results: list[Entry], state: State = _state) -> list[Entry]:
    """With a fold, each page keeps its place and problems, and its result travels folded into one at the end."""
    if state.fold is None:
        return results
    markers = (LeftOut, Skipped, SpanEnd)
    kept = [result for result, _, _ in results if result is not None and not isinstance(result, markers)]
    return ([(result if isinstance(result, markers) else None, problems, ids) for result, problems, ids in results]
            + [(Folded(state.fold(kept, registry=state.registry)), [], None)])
