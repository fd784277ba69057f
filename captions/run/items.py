"""From the paths a user gives to articles, one at a time.

Page dumps are read and parsed; catalogue files are loaded. Problems are
handed to a callback and the run goes on with the rest.
"""
from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Literal, overload

from ..catalog.build import ArticleIds
from ..knowledge.registry import AgencyRegistry
from ..text import url_host_and_path
from ..inputs.kinds import CATALOG, CSV, JSONL, PAGE, SQLITE, STDIN, WARC, input_kind, is_catalog_record, record_kind
from ..inputs.jsonl import has_surrogates, iter_jsonl, jsonl_records, jsonl_spans, jsonl_stem, replace_surrogates
from ..inputs import DEFAULT_MAX_BYTES, read_problem, size_words
from ..inputs.sources import Problem, empty, is_blank_file, is_photo_table, read_page, written_by_captions
from ..inputs.walk import FolderEnd, Walked, expand

if TYPE_CHECKING:
    from ..catalog.models import Article
    from .shares import LeftOut, Lines, Page, PageNotes, Task, WarcSpan
    from ..inputs.warc import SpanEnd

ProblemHandler = Callable[[Problem], None]


def iter_articles(
    paths: Iterable[str],
    registry: AgencyRegistry,
    on_problem: ProblemHandler,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    catalogs: bool = False,
) -> Iterator[Article]:
    """Articles from page dumps (and, with `catalogs`, from catalogue files), in input order."""
    for article, _notes in iter_sources(paths, registry, on_problem, max_bytes=max_bytes, catalogs=catalogs):
        yield article


def iter_sources(
    paths: Iterable[str],
    registry: AgencyRegistry,
    on_problem: ProblemHandler,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    catalogs: bool = False,
) -> Iterator[tuple[Article, PageNotes]]:
    """Each article with the parser's notes on what it could not read whole (None for articles from a catalogue)."""
    from .parallel import map_pages

    items = iter_items(paths, on_problem, max_bytes=max_bytes, catalogs=catalogs)
    yield from map_pages(items, with_notes, on_problem, registry=registry, jobs=1, max_bytes=max_bytes)


def with_notes(page: "Page", registry: AgencyRegistry) -> tuple[Article, PageNotes]:
    """The transform that keeps the article and the parser's notes on it."""
    return page.article, page.notes


@overload
def iter_items(paths: Iterable[str], on_problem: ProblemHandler, *, max_bytes: int = ..., catalogs: bool = ...,
               exclude: Iterable[str] = ..., unique_ids: bool = ..., sniff: Literal[True] = ...,
               split: Literal[False] = ...) -> Iterator[Task | Article]: ...
@overload
def iter_items(paths: Iterable[str], on_problem: ProblemHandler, *, max_bytes: int = ..., catalogs: bool = ...,
               exclude: Iterable[str] = ..., unique_ids: bool = ..., sniff: bool = ...,
               split: bool = ...) -> Iterator[Task | Article | LeftOut | FolderEnd | Lines | WarcSpan]: ...
def iter_items(
    paths: Iterable[str],
    on_problem: ProblemHandler,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    catalogs: bool = False,
    exclude: Iterable[str] = (),
    unique_ids: bool = True,
    sniff: bool = True,
    split: bool = False,
) -> Iterator["Task | Article | LeftOut | FolderEnd | Lines | WarcSpan"]:
    """Every page to parse (a Task) and every catalogue article, in input order, ids assigned.

    `exclude` names files to leave out of folder walks: the run's own output.
    With `sniff=False` the page files of folder walks are not opened here:
    the worker that reads one tells whether it is a catalogue captions wrote
    (see `expand`), and a folder's end comes as a `FolderEnd`.

    With `split`, workers read everything but standard input and catalogue
    files: a JSON Lines file of pages comes as spans of lines (`Lines`), a
    web archive as spans of records (`WarcSpan`). Ids are then only guesses
    when `unique_ids`: pages carry the id their name asks for as their
    `base` (`settle` on spans) and catalogue articles keep theirs, and
    `map_pages(..., ids=ArticleIds())` settles them all in input order.
    """
    from .shares import LeftOut, Lines, WarcSpan

    settle = split and unique_ids
    ids = ArticleIds(unique=unique_ids)
    for item in expand(paths, exclude=exclude, sniff=sniff):
        if isinstance(item, Problem):
            on_problem(item)
            continue
        if isinstance(item, FolderEnd):
            yield item
            continue
        walked = False
        if isinstance(item, Walked):
            item, walked = item.path, True
        if has_surrogates(item):  # a name's bytes that are not UTF-8: no UTF-8 output can hold them
            on_problem(Problem(item, "name not UTF-8; written with U+FFFD for its other bytes", fatal=False))
        kind = input_kind(item)
        if kind == PAGE:
            yield _file_task(item, ids, sniff=walked, settle=settle)
            continue
        if kind == STDIN:
            yield from _stdin_items(ids, on_problem, max_bytes=max_bytes, catalogs=catalogs, settle=settle)
            continue
        if walked and written_by_captions(item):  # JSON Lines and web archives are opened here anyway
            yield LeftOut(item)
            continue
        if kind == WARC and split:
            from ..inputs.warc_spans import warc_spans

            spans = warc_spans(item)
            yield from (WarcSpan(item, start, end, whole=len(spans) == 1, last=n == len(spans) - 1, settle=settle)
                        for n, (start, end) in enumerate(spans))
        elif kind == WARC:
            yield from warc_tasks(item, None, on_problem, max_bytes, ids)  # type: ignore[misc]  # no SpanEnd when whole
        elif kind == JSONL and split and _splittable(item):
            yield from (Lines(item, *span, settle=settle) for span in jsonl_spans(item, SPAN))
        elif kind == JSONL:
            yield from _jsonl_items(item, ids, on_problem, max_bytes=max_bytes, catalogs=catalogs, settle=settle)
        elif kind == CSV and is_photo_table(item):
            from ..catalog.photo_rows import csv_rows

            yield from _photo_row_items(item, csv_rows(item), ids, on_problem, catalogs=catalogs, settle=settle)
        elif kind == CSV:   # a CSV captions did not write: a page, as any other file
            yield _file_task(item, ids, sniff=walked, settle=settle)
        else:
            yield from _catalog_items(item, kind, ids, on_problem, catalogs=catalogs, settle=settle)


_BASES = ArticleIds(unique=False)   # an id as a name asks for it, spaces and slashes made dashes
_READ_BY = " (captions credits, audit and diff read it)"  # where catalog and show refuse one: what does read it


def _file_task(path: str, ids: ArticleIds, *, sniff: bool, settle: bool) -> "Task":
    """A page file's task, read by a worker; with `settle`, its id a guess."""
    from .shares import Task

    from ..inputs.kinds import page_stem

    shown = replace_surrogates(path)
    stem = page_stem(shown)
    return Task(id=ids.claim(stem), source=shown, path=path, sniff=sniff, base=_BASES.claim(stem) if settle else None)


def _stdin_items(ids: ArticleIds, on_problem: ProblemHandler, *, max_bytes: int, catalogs: bool,
                 settle: bool) -> Iterator["Task | Article"]:
    """Standard input, read here as what its first bytes say: a web archive, JSON Lines or a page (inputs.stdin)."""
    import zlib

    from .shares import Task
    from ..inputs.stdin import open_stdin

    try:
        kind, stream = open_stdin()
    except (OSError, EOFError, zlib.error) as err:
        on_problem(Problem("-", read_problem(err)))
        return
    if kind == WARC:
        yield from warc_tasks("-", None, on_problem, max_bytes, ids, stream=stream, settle=settle)  # type: ignore[misc]
    elif kind == JSONL:
        yield from _jsonl_items("-", ids, on_problem, max_bytes=max_bytes, catalogs=catalogs, settle=settle,
                                records=jsonl_records(stream, "-"))
    elif kind in (CATALOG, CSV):
        what = "a catalogue" if kind == CATALOG else "a table of photo rows"
        on_problem(Problem("-", f"{what} captions wrote; name its file to read it" if catalogs
                           else f"{what} captions wrote, not page dumps; skipped (name its file to captions credits, audit or diff)"))
    else:
        page, problems = read_page("-", max_bytes=max_bytes, stream=stream)
        for problem in problems:
            on_problem(problem)
        if page is not None:
            yield Task(id=ids.claim(page.stem), source="-", text=page.text, html=page.html,
                       base=_BASES.claim(page.stem) if settle else None)


def _catalog_items(path: str, kind: str, ids: ArticleIds, on_problem: ProblemHandler, *,
                   catalogs: bool, settle: bool = False) -> Iterator[Article]:
    """The articles of a catalogue file or database `captions catalog` wrote."""
    what = "a catalogue database" if kind == SQLITE else "a catalogue file"
    if is_blank_file(path):
        on_problem(empty(path))
        return
    if not catalogs:
        on_problem(Problem(path, f"{what}, not page dumps; skipped{_READ_BY}"))
        return
    articles_of: Callable[[str], Iterator[Article]]
    unreadable: type[ValueError]
    if kind == SQLITE:
        from ..catalog.sqlite import SqliteError, iter_sqlite_articles

        articles_of, unreadable = iter_sqlite_articles, SqliteError
    else:
        from ..catalog.loader import CatalogError, iter_catalog_articles

        articles_of, unreadable = iter_catalog_articles, CatalogError
    try:
        yield from _claimed(articles_of(path), ids, settle)
    except unreadable as err:
        on_problem(Problem(path, str(err).removeprefix(f"{path}: ")))


def _claimed(articles: Iterable[Article], ids: ArticleIds, settle: bool) -> Iterator[Article]:
    """Catalogue articles under ids not yet taken in this run; with `settle`, as they are, for the merge to settle."""
    for article in articles:
        claimed = ids.claim(article.id)
        yield article if settle else with_id(article, claimed)


def with_id(article: Article, new_id: str) -> Article:
    """The article under an id not yet taken in this run (its photos' ids follow)."""
    if new_id == article.id:
        return article
    photos = [p.model_copy(update={"id": f"{new_id}/{n}"}) for n, p in enumerate(article.photos, 1)]
    return article.model_copy(update={"id": new_id, "photos": photos})


def _jsonl_items(path: str, ids: ArticleIds, on_problem: ProblemHandler, *, max_bytes: int, catalogs: bool,
                 settle: bool = False, records: Iterator[tuple[int, dict] | Problem] | None = None
                 ) -> Iterator["Task | Article"]:
    """Pages packed one a line ({"text": ..., "id"/"url"/"date": ...}), or a JSON Lines catalogue (`records`: already open)."""

    records = iter_jsonl(path) if records is None else records
    for record in records:
        if isinstance(record, Problem):
            on_problem(record)
            continue
        no, data = record
        if is_catalog_record(data):
            if not catalogs:
                on_problem(Problem(path, f"a catalogue file, not page dumps; skipped{_READ_BY}"))
                return
            yield from _catalog_lines(path, no, data, records, ids, on_problem, settle)
            return
        if record_kind(data) != PAGE:
            yield from _photo_row_items(path, chain([(no, data)], records), ids, on_problem, catalogs=catalogs, settle=settle)
            return
        yield from _page_record(path, no, data, ids, on_problem, max_bytes, settle)
        break
    for record in records:
        if isinstance(record, Problem):
            on_problem(record)
        else:
            yield from _page_record(path, *record, ids, on_problem, max_bytes, settle)


SPAN = 1 << 20   # bytes of JSON Lines a worker reads at a time


def _splittable(path: str) -> bool:
    """Whether workers can read a JSON Lines file in spans: plain (not gzipped) and of pages (by its first line)."""
    import json

    try:
        if path.lower().endswith(".gz"):
            return False
        with open(path, "rb") as handle:
            first = json.loads(handle.readline(SPAN))
    except (OSError, ValueError, RecursionError):
        return False  # read as a whole, which reports what is wrong
    return isinstance(first, dict) and record_kind(first) == PAGE


def jsonl_span_tasks(path: str, span: tuple[int, int, int], on_problem: ProblemHandler, max_bytes: int) -> Iterator["Task"]:
    """The pages of a span of a JSON Lines file of pages (ids as their records ask, not made unique)."""
    ids = ArticleIds(unique=False)
    for record in iter_jsonl(path, span):
        if isinstance(record, Problem):
            on_problem(record)
        else:
            yield from _page_record(path, *record, ids, on_problem, max_bytes)


def warc_tasks(path: str, span: tuple[int, int] | None, on_problem: ProblemHandler, max_bytes: int,
               ids: ArticleIds | None = None, *, stream=None, settle: bool = False) -> Iterator["Task | SpanEnd"]:
    """Every page of a web archive (or of `stream`), or of a span of it: its id from the record's URI, its source the URI."""
    from .shares import Task
    from ..inputs.warc import ArchivedPage, iter_warc

    ids = ArticleIds(unique=False) if ids is None else ids
    for page in iter_warc(path, max_bytes=max_bytes, span=span, stream=stream):
        if isinstance(page, Problem):
            on_problem(page)
        elif isinstance(page, ArchivedPage):
            uri = replace_surrogates(page.uri)  # a record with no URI is named by the archive's path
            stem = _url_slug(uri) or "page"
            yield Task(id=ids.claim(stem), source=uri, text=page.text, html=page.html,
                       base=_BASES.claim(stem) if settle else None)
        else:
            yield page


def _page_record(path: str, no: int, data: dict, ids: ArticleIds, on_problem: ProblemHandler, max_bytes: int,
                 settle: bool = False) -> Iterator["Task"]:
    from .shares import Task

    text, html = data.get("text"), False
    if not isinstance(text, str) and isinstance(data.get("html"), str):
        text, html = data["html"], True   # a page's markup
    if not isinstance(text, str):
        on_problem(Problem(f"{path}:{no}", "no 'text' or 'html' string; line skipped"))
        return
    if len(text) > max_bytes:
        on_problem(Problem(f"{path}:{no}", f"page larger than {size_words(max_bytes)}, skipped (see --max-bytes)"))
        return
    given, url = data.get("id"), data.get("url")
    given = str(given) if isinstance(given, (str, int)) and str(given).strip() else None
    url = url if isinstance(url, str) and url.strip() else None
    if any(has_surrogates(x) for x in (text, given, url)):
        # JSON can escape half a UTF-16 pair ("\ud800"): no UTF-8 output could hold it.
        text, given, url = (None if x is None else replace_surrogates(x) for x in (text, given, url))
        on_problem(Problem(f"{path}:{no}", "lone surrogate escapes (\\ud800-\\udfff) read as U+FFFD", fatal=False))
    shown = replace_surrogates(path)
    stem = given or (_url_slug(url) if url else None) or f"{jsonl_stem(shown)}-{no}"
    date = _record_date(data.get("date"), f"{path}:{no}", on_problem)
    yield Task(id=ids.claim(stem), source=url or f"{shown}:{no}", text=text, date=date, html=html,
               base=_BASES.claim(stem) if settle else None)


def _record_date(value: object, where: str, on_problem: ProblemHandler) -> str | None:
    """A record's `date` (the page's when its text has no header date); one that is no date is told, not dropped
    unseen: `--since` and `--until` leave the page out."""
    import datetime
    import json

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            datetime.date.fromisoformat(value[:10])
            return value
        except ValueError:
            pass
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    on_problem(Problem(where, f"'date' {shown} is not a date (YYYY-MM-DD); read with none", fatal=False))
    return None


def _catalog_lines(path: str, no: int, first: dict, rest: Iterator, ids: ArticleIds, on_problem: ProblemHandler,
                   settle: bool) -> Iterator[Article]:
    from ..catalog.loader import jsonl_articles

    yield from _claimed(jsonl_articles(path, chain([(no, first)], rest), on_problem), ids, settle)


def _photo_row_items(path: str, rows: Iterable, ids: ArticleIds, on_problem: ProblemHandler, *,
                     catalogs: bool, settle: bool = False) -> Iterator[Article]:
    """The articles of a table of photo rows captions wrote (`catalog -f csv`, `--photos`), read back where catalogues are."""
    from ..catalog.photo_rows import row_articles

    if not catalogs:
        on_problem(Problem(path, f"a table of photo rows captions wrote, not page dumps; skipped{_READ_BY}"))
        return
    yield from _claimed(row_articles(path, rows, on_problem), ids, settle)


def _url_slug(url: str) -> str | None:
    """The last part of a URL's path, without its extension: '.../2024/06/putin-visit.html' -> 'putin-visit'."""
    host, path = url_host_and_path(url)
    parts = [p for p in path.split("/") if p]
    if not parts:
        return host or None
    slug = parts[-1]
    return slug.rsplit(".", 1)[0] if "." in slug[1:] else slug
