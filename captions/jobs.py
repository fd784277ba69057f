"""Whole runs as library calls: what `captions catalog`, `credits`, `audit`, `show` and `diff` do.

    from captions import jobs

    jobs.catalog(["pages/"], output="catalog.db")
    tally = jobs.count(["pages/"], by=["kind", "role"])
    for finding in jobs.audit(["pages/"], select=["CAP004"]):
        print(finding.path, finding.line, finding.code, finding.message)

Every job reads its inputs as the command does (files, folders, "-" for
standard input, JSON Lines, HTML, WARC; catalogue files where they make
sense), over `jobs` worker processes, and gives each problem with an input to
`on_problem` as it happens (by default a warning); the run goes on with the
rest. With `engine="dask"` the pages are read and parsed on a Dask cluster
(`scheduler`, else a local one), inputs may be fsspec URLs and globs, and
the output is the same bytes. A job that cannot start or finish raises JobError (OptionError for
arguments it cannot use), with a one-line message naming the problem.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator, Mapping, Optional, Sequence

from .inputs import DEFAULT_MAX_BYTES
from .run.job import ENGINES, JobError, OnPage, OnProblem, OptionError, ProblemLog, Run, Watched, mapped, path_list, run_for

if TYPE_CHECKING:
    from .audit.rules import Finding
    from .catalog.diff import Change
    from .catalog.models import Article
    from .knowledge.registry import AgencyRegistry
    from .report.counts import CreditTally, PartTally
    from .report.filters import PhotoFilter

__all__ = ["ENGINES", "NOTHING_READ", "JobError", "OptionError", "ProblemLog", "Run", "Written", "Findings", "audit", "catalog",
           "catalog_format", "count", "diff", "mapped", "path_list", "run_for", "show"]


NOTHING_READ = "no page was read"   # why a run leaves its output file as it was


@dataclass(frozen=True)
class _Read:
    """A transform whose result, a 1-tuple, tells a page read from one that could not be (no result at all).

    The filter may keep nothing of a page read (None inside the tuple); a
    binary or too deeply nested file gives no tuple, so a run of such files
    counts as one that read no page.
    """

    transform: Callable[..., Any]

    def __call__(self, page: Any, registry: Any) -> tuple[Any]:
        return (self.transform(page, registry),)


def _filtered(transform: Callable[..., Any], photo_filter: "PhotoFilter | None") -> Callable[..., Any]:
    from .report.filters import Filtered

    return Filtered(transform, photo_filter) if photo_filter else transform


@dataclass(frozen=True)
class Written:
    """What a catalogue run wrote: entries (articles, or pictures with --photos and csv), and
    for a database, the articles that replaced one of the same id from another source."""

    entries: int
    replaced: list[tuple[str, str, str]] = field(default_factory=list)   # (id, old source, new source)


def check_output(output: Optional[str], paths: Sequence[str], *, into_input: bool = False, engine: str = "local",
                 option_files: Optional[Mapping[str, Optional[str]]] = None) -> None:
    """OptionError if `-o output` is an input, a page an input folder holds, or (unless `into_input`) in such a folder,
    or a file the run reads for an option (`option_files`: {"--agencies": path}).

    Told before anything else of the output (its format, say), as the usage error it is.
    """
    from pathlib import Path

    from .catalog.writers import EMPTY_OUTPUT_NAME, OutputError, refuse_inputs, refuse_option_files, refuse_read_only

    if output == "":
        raise OptionError(EMPTY_OUTPUT_NAME)
    if output is None or output == "-" or (engine == "dask" and _parts_folder(output)):
        return
    try:
        refuse_inputs(Path(output), tuple(paths), into_input=into_input)
        refuse_option_files(Path(output), option_files or {})
        refuse_read_only(Path(output))
    except OutputError as err:
        raise OptionError(str(err)) from None


def catalog_format(output: Optional[str], fmt: Optional[str], photos: bool = False, engine: str = "local") -> str:
    """The format a catalogue run writes: `fmt`, else the output's extension, else yaml."""
    from .inputs.kinds import FORMATS, output_format

    if engine == "dask" and output is not None and _parts_folder(output):
        if (fmt or "jsonl") != "jsonl" or photos:
            raise OptionError(f"{output}: a folder of part files holds a JSON Lines catalogue, an article a line; use --format jsonl")
        return "jsonl"
    if fmt is not None and fmt not in FORMATS:
        raise OptionError(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    # `-o out/`: no extension to go by
    if output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep))):
        named = "is" if os.path.isdir(output) else "names"
        raise OptionError(f"{output}: {named} a folder; give a file, such as {os.path.join(output, 'catalog.yaml')}")
    chosen = fmt or (output_format(output) if output else "yaml")
    if chosen is None:
        raise OptionError(f"{output}: cannot tell the format from the extension; use .yaml, .json, .jsonl, .csv or .db, or --format")
    if output is not None and output.lower().endswith(".gz"):
        raise OptionError(f"{output}: compressed output is not supported; write {output[:-3]} and compress it")
    if photos and chosen not in ("csv", "jsonl"):
        raise OptionError(f"--photos writes csv or jsonl, not {chosen}: add --format jsonl (or csv), or write to a .jsonl or .csv file")
    if chosen == "sqlite" and output is None:
        raise OptionError("an SQLite database cannot go to standard output; give -o FILE.db")
    return chosen


def catalog(paths: Sequence[str], output: Optional[str] = None, *, fmt: Optional[str] = None, photos: bool = False,
            photo_filter: "PhotoFilter | None" = None, into_input: bool = False, stream: Optional[IO[str]] = None,
            registry: "AgencyRegistry | None" = None, agencies: Optional[str] = None, jobs: Optional[int] = None,
            max_bytes: int = DEFAULT_MAX_BYTES, on_problem: Optional[OnProblem] = None,
            progress: Optional[OnPage] = None, engine: str = "local", scheduler: Optional[str] = None) -> Written:
    """Write the catalogue of the pages to `output` (atomically), or to `stream` (standard output) when None.

    `fmt` (yaml, json, jsonl, csv, sqlite) defaults to the output's extension;
    `photos` writes a row per picture. An output is never written over an
    input, nor into a folder the run reads unless `into_input`, nor emptied
    by a run that read no page. With `engine="dask"`, an `output` ending in
    "/" (or an existing folder) gets a JSON Lines catalogue in part files,
    each written by a worker; concatenated in name order they are the file.
    An output the run must not or cannot write is an OptionError; a run
    that read no page, a JobError.
    """
    check_output(output, path_list(paths), into_input=into_input, engine=engine, option_files={"--agencies": agencies})
    chosen = catalog_format(output, fmt, photos, engine)
    paths = path_list(paths)
    run = run_for(registry, agencies, jobs, max_bytes, on_problem, progress, engine=engine, scheduler=scheduler)
    if engine == "dask" and output is not None and _parts_folder(output):
        return _catalog_parts(paths, output, photo_filter, run)
    if chosen == "sqlite":
        return _catalog_sqlite(paths, str(output), photo_filter, run)
    from functools import partial

    from .catalog.photo_rows import PhotoRowWriter, photo_text
    from .catalog.writers import CatalogWriter, OutputError, atomic_output, catalog_entry

    by_photo = photos or chosen == "csv"
    run.on_problem = watched = Watched(run.on_problem)
    transform = partial(photo_text, fmt=chosen) if by_photo else partial(catalog_entry, fmt=chosen)

    def write(out: IO[str]) -> int:
        read = 0
        with mapped(paths, _Read(_filtered(transform, photo_filter)), run, catalogs=False, output=output) as entries:
            writer = None   # made at the first page read: a run that reads none writes nothing, not even a header
            for (entry,) in entries:
                read += 1
                writer = writer or (PhotoRowWriter(out, chosen) if by_photo else CatalogWriter(out, chosen))
                if entry is not None:
                    writer.write_entry(entry)
            if writer is None and output is not None:  # a mistyped path must not empty a catalogue
                raise JobError(f"{output}: {NOTHING_READ}; {'left as it was' if os.path.exists(output) else 'not written'}")
            if writer is None and watched.failed:  # no input could be read: nothing printed, not even an empty catalogue
                return 0
            writer = writer or (PhotoRowWriter(out, chosen) if by_photo else CatalogWriter(out, chosen))
            writer.close()
            return writer.count

    try:
        if output is None:
            return Written(write(stream or sys.stdout))
        with atomic_output(output, inputs=tuple(paths), into_input=into_input, option_files={"--agencies": agencies}) as out:
            return Written(write(out))
    except OutputError as err:  # an output it must not or cannot write: the -o given is at fault
        raise OptionError(str(err)) from None


def _parts_folder(output: str) -> bool:
    from .run.dask_parts import is_parts_folder

    return is_parts_folder(output)


def _catalog_parts(paths: Sequence[str], output: str, photo_filter: "PhotoFilter | None", run: Run) -> Written:
    """A JSON Lines catalogue in part files, each written by the worker that read its pages."""
    from functools import partial

    from .catalog.writers import catalog_entry
    from .run.dask_engine import EngineError, Job
    from .run.dask_parts import write_parts
    from .run.parallel import default_jobs

    job = Job(_filtered(partial(catalog_entry, fmt="jsonl"), photo_filter), run.registry, run.max_bytes)
    try:
        written = write_parts(paths, job, run.on_problem, folder=output, scheduler=run.scheduler,
                              jobs=run.jobs or default_jobs(), on_page=run.progress)
    except EngineError as err:
        raise JobError(str(err)) from None
    if written == 0:
        raise JobError(f"{output}: no page was read; no part written")
    return Written(written)


def _catalog_sqlite(paths: Sequence[str], output: str, photo_filter: "PhotoFilter | None", run: Run) -> Written:
    """The articles of the run added to the database in one transaction."""
    from .catalog.sqlite import SqliteArchive, SqliteError, page_rows

    try:  # check_output has refused an input or a file in an input folder
        read = 0
        with SqliteArchive(output, run.registry) as archive, \
                mapped(paths, _Read(_filtered(page_rows, photo_filter)), run, catalogs=False, output=output) as results:
            for (rows,) in results:
                read += 1
                if rows is not None:
                    archive.add(rows)
            if read == 0:  # a mistyped path must not touch a database
                raise JobError(f"{output}: no page was read; {'left as it was' if not archive.new else 'not written'}")
    except SqliteError as err:  # the database given with -o cannot be opened or written: the output's fault, as a file's
        raise OptionError(str(err)) from None
    return Written(archive.articles, list(archive.moved))


def count(paths: Sequence[str], *, by: Sequence[str] = ("agency",), photo_filter: "PhotoFilter | None" = None,
          registry: "AgencyRegistry | None" = None, agencies: Optional[str] = None, jobs: Optional[int] = None,
          max_bytes: int = DEFAULT_MAX_BYTES, on_problem: Optional[OnProblem] = None,
          progress: Optional[OnPage] = None, engine: str = "local", scheduler: Optional[str] = None) -> "CreditTally":
    """Photos and articles per agency (or per kind, country, role: `by`), with the run's totals.

    Pages and catalogue files both count; with a filter, every agency of a
    chosen picture counts.
    """
    from functools import partial, reduce

    from .report.counts import PartTally, credit_rows, groupings

    try:
        groups = groupings(by)
    except ValueError as err:
        raise OptionError(str(err)) from None
    paths = path_list(paths)
    run = run_for(registry, agencies, jobs, max_bytes, on_problem, progress, engine=engine, scheduler=scheduler)
    # Workers (or a cluster's) tally their own part; this process adds the parts up, and tallies the
    # pages it was given whole (catalogue articles, a run too small for workers) in batches.
    fold = partial(_read_tally, by=groups)
    # Without filters, count from the parse (no Article built); filters need the whole article (dates, photos).
    with mapped(paths, _Read(_filtered(credit_rows, photo_filter)), run, catalogs=True, unique_ids=False, fold=fold) as rows:
        if run.engine == "dask":
            return reduce(PartTally.add, rows, PartTally({}, {}, [0, 0, 0, 0])).finish()
        tally, batch = PartTally({}, {}, [0, 0, 0, 0]), []
        for row in rows:
            if isinstance(row, PartTally):
                tally.add(row)
                continue
            batch.append(row)
            if len(batch) == 10_000:
                tally.add(_read_tally(batch, groups, run.registry))
                batch = []
        return tally.add(_read_tally(batch, groups, run.registry)).finish()


def _read_tally(results: Any, by: Sequence[str], registry: "AgencyRegistry | None" = None) -> "PartTally":
    """part_tally of the pages read (`_Read` results), counting also those the filters left out."""
    from .report.counts import part_tally

    results = list(results)
    tally = part_tally([rows for (rows,) in results if rows is not None], by, registry)
    tally.read = len(results)
    return tally


class Findings:
    """An audit's findings, sorted by file and line, without those in the baseline; iterate once.

    `pages` is the number of pages audited; `baseline` the findings the
    baseline accepted (by file, code and message), or None without one.
    """

    def __init__(self, found: Any, pages: int, baseline: Any) -> None:
        self._found = found
        self.pages = pages
        self.baseline = baseline

    def __iter__(self) -> Iterator["Finding"]:
        from .audit.baseline import new_findings

        return iter(new_findings(self._found, self.baseline) if self.baseline is not None else self._found)

    def all(self) -> Iterator["Finding"]:
        """Every finding, the baseline's too (to write a new baseline)."""
        return iter(self._found)


def audit(paths: Sequence[str], *, select: Optional[Sequence[str]] = None, ignore: Optional[Sequence[str]] = None,
          baseline: Optional[str] = None, photo_filter: "PhotoFilter | None" = None,
          registry: "AgencyRegistry | None" = None, agencies: Optional[str] = None, jobs: Optional[int] = None,
          max_bytes: int = DEFAULT_MAX_BYTES, on_problem: Optional[OnProblem] = None,
          progress: Optional[OnPage] = None, engine: str = "local", scheduler: Optional[str] = None) -> Findings:
    """Check the photo credits of the pages like a linter: the findings, sorted by file and line.

    `select` and `ignore` take rule codes, code prefixes or names
    (CAP004, CAP00, unknown-agency); `baseline` a file of findings to leave out.
    """
    from functools import partial

    from .audit.baseline import BaselineError, load_baseline
    from .audit.engine import Audit, Selection, SelectionError, chosen_page_findings, page_findings
    from .audit.rules import Finding
    from .disk_sort import DiskSort

    try:
        selection = Selection.parse(select, ignore)
        accepted = load_baseline(baseline) if baseline else None
    except (SelectionError, BaselineError) as err:
        raise OptionError(str(err)) from None
    paths = path_list(paths)
    run = run_for(registry, agencies, jobs, max_bytes, on_problem, progress, engine=engine, scheduler=scheduler)
    checks = Audit(run.registry, selection)
    transform = (partial(chosen_page_findings, selection=selection, photo_filter=photo_filter) if photo_filter
                 else partial(page_findings, selection=selection))
    found: DiskSort[Finding] = DiskSort(key=Finding.order)  # by file and line, spilled to temporary files past a few MB
    pages = 0
    with mapped(paths, transform, run, catalogs=True) as results:
        for result in results:
            pages += 1
            found.add(checks.merge_chosen(*result) if photo_filter else checks.merge(*result))
    return Findings(found, pages, accepted)


def show(paths: Sequence[str], *, registry: "AgencyRegistry | None" = None, agencies: Optional[str] = None,
         max_bytes: int = DEFAULT_MAX_BYTES, on_problem: Optional[OnProblem] = None) -> Iterator["Article"]:
    """The articles of the pages, in input order, parsed in this process."""
    from .run.items import iter_articles

    paths = path_list(paths)
    run = run_for(registry, agencies, 1, max_bytes, on_problem, None)
    return iter_articles(paths, run.registry, run.on_problem, max_bytes=max_bytes)


def diff(old: str, new: str, *, on_problem: Optional[OnProblem] = None) -> list["Change"]:
    """The pictures added, removed and re-credited between two files `captions catalog` wrote, in a list.

    An empty file is read as a catalogue of no pictures, with a warning to `on_problem`.
    """
    return list(iter_diff(old, new, on_problem=on_problem))


def iter_diff(old: str, new: str, *, on_problem: Optional[OnProblem] = None) -> Iterator["Change"]:
    """The changes `diff` lists, made one article at a time: catalogues of any size in bounded memory.

    Both files are read before this returns, and a JobError raised for one that cannot be read.
    """
    from .catalog.diff import DiffError, iter_changes

    try:
        return iter_changes(old, new, on_problem or ProblemLog())
    except DiffError as err:
        raise JobError(str(err)) from None
