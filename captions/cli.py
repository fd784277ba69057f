"""The `captions` command: a thin shell over the library.

Each command builds its inputs, calls the library and hands the result to an
output function. Heavy modules (pydantic models, yaml, tabulate, rich) are
imported inside the commands, so `captions --help` starts fast.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Callable, Iterator, Optional

import typer

from ._version import __version__

if TYPE_CHECKING:
    from .filters import PhotoFilter
    from .progress import PageProgress
    from .registry import AgencyRegistry
    from .sources import Problem

app = typer.Typer(
    name="captions",
    help="Find every news picture's alt text, caption and credit; catalogue and count photo credits.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Exit codes: 0 ok, 1 the run could not do all its job (unreadable inputs), 2 usage.
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Inputs = Annotated[Optional[list[str]], typer.Argument(metavar="PATH", help="Page dumps (files, folders, -) or catalogue files written by `captions catalog`; standard input when none is given and a page is piped in.", show_default=False)]
Paths = Annotated[Optional[list[str]], typer.Argument(metavar="PATH", help="Pages: page dumps, HTML pages, JSON Lines or WARC archives; folders (searched for *.txt, *.html, *.jsonl, *.warc...), or - for standard input (the default when a page is piped in).", show_default=False)]
AgenciesOption = Annotated[Optional[str], typer.Option("--agencies", metavar="FILE", help="A YAML file of agencies and aliases that adds to (and overrides) the bundled ones.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Skip pages larger than N bytes, each reported as an error (exit 1).")]
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # the same as sources.DEFAULT_MAX_BYTES, without importing it for --help
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=1, help="Parse pages in N worker processes (default: one per core). The output is the same for any N.", show_default=False)]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
Engine = Annotated[str, typer.Option("--engine", metavar="ENGINE", help="local (worker processes on this machine) or dask (a Dask cluster: see --scheduler; needs captions[dask]). Inputs may then be fsspec URLs (s3://, gs://, https://) and globs, read by the workers.")]
Scheduler = Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS", help="With --engine dask: the scheduler's address (tcp://host:8786); default DASK_SCHEDULER_ADDRESS, else a local cluster of --jobs workers.", show_default=False)]
AgencyFilter = Annotated[Optional[list[str]], typer.Option("--agency", metavar="NAME", help="Only pictures credited to this agency (its name or any alias); repeat for several.", show_default=False)]
def _complete_kinds(incomplete: str) -> list[str]:
    from .registry import AGENCY_KINDS

    return [k for k in (*AGENCY_KINDS, "unknown") if k.startswith(incomplete)]


def _complete_groupings(incomplete: str) -> list[str]:
    from .counts import GROUPINGS

    return [g for g in GROUPINGS if g.startswith(incomplete)]


KindFilter = Annotated[Optional[list[str]], typer.Option("--kind", metavar="KIND", autocompletion=_complete_kinds, help="Only pictures credited to an agency of this kind (wire, state media, ...: see `captions agencies`); repeat or join with commas.", show_default=False)]
CountryFilter = Annotated[Optional[list[str]], typer.Option("--country", metavar="CODE", help="Only pictures credited to an agency of this country (US, FR, ...); repeat or join with commas.", show_default=False)]
Since = Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="Only articles dated DATE (YYYY-MM-DD) or later; articles with no date are left out.", show_default=False)]
Until = Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Only articles dated DATE (YYYY-MM-DD) or earlier; articles with no date are left out.", show_default=False)]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"captions {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Find every news picture's alt text, caption and credit; catalogue and count photo credits."""


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"captions: {message}", err=True)
    return typer.Exit(code=code)


class _Problems:
    """Reports problems with inputs as they happen; remembers whether any was fatal."""

    def __init__(self) -> None:
        self.failed = False
        self.say: "Callable[[str], None]" = lambda line: typer.echo(line, err=True)

    def __call__(self, problem: "Problem") -> None:
        label = "error" if problem.fatal else "warning"
        self.say(f"captions: {label}: {problem}")
        self.failed = self.failed or problem.fatal


@contextmanager
def _mapped(paths: list[str], transform: object, registry: "AgencyRegistry", agencies: Optional[str],
            problems: "_Problems", *, jobs: Optional[int], max_bytes: int, catalogs: bool,
            progress: "object", output: Optional[str] = None, unique_ids: bool = True,
            engine: str = "local", scheduler: Optional[str] = None, fold: "Optional[Callable[..., Any]]" = None) -> "Iterator[Any]":
    """transform(article, text, registry) for each page of the run, in order, over worker processes.

    A context, so that the worker processes end with the block however it
    ends (an interrupt in the middle of writing, say), not when the
    iterator is garbage.
    """
    from .parallel import default_jobs, map_pages
    from .pipeline import iter_items

    if engine not in ("local", "dask"):
        raise _fail(f"unknown --engine {engine!r}; use local or dask")
    failures: "tuple[type[Exception], ...]" = ()  # the engine's own errors, told in one line
    if engine == "dask":
        from .dask_engine import EngineError, map_urls

        failures = (EngineError,)
        results = map_urls(paths, transform, problems, registry=registry, scheduler=scheduler,
                           jobs=jobs or default_jobs(), max_bytes=max_bytes, unique_ids=unique_ids,
                           exclude=(output,) if output else (), on_page=progress, fold=fold)  # type: ignore[arg-type]
    else:
        items = iter_items(paths, problems, max_bytes=max_bytes, catalogs=catalogs,
                           exclude=(output,) if output else (), unique_ids=unique_ids)
        results = map_pages(items, transform, problems, registry=registry, registry_file=agencies,
                            jobs=jobs or default_jobs(), max_bytes=max_bytes, on_page=progress)
    try:
        yield results
    except failures as err:
        raise _fail(str(err)) from None
    finally:
        results.close()


def _progress(paths: list[str], quiet: bool, problems: _Problems, *, streams_stdout: bool) -> "PageProgress":
    """The progress bar of a run; the run's problems are reported above it."""
    from .progress import PageProgress, count_pages

    progress = PageProgress(not quiet, lambda: count_pages(paths), streams_stdout=streams_stdout)
    problems.say = progress.message
    return progress


def _inputs(paths: Optional[list[str]]) -> list[str]:
    """The paths given; with none, standard input when something is piped to it."""
    if paths:
        return paths
    if _piped():
        return ["-"]
    raise _fail("no PATH given: name files or folders of pages, or pipe a page to standard input")


def _piped() -> bool:
    """Whether standard input is a pipe or file, not a terminal."""
    return sys.stdin is not None and not sys.stdin.isatty()


def _check_table_format(fmt: str, known: "Callable[[], list[str]]") -> None:
    """csv and json print without tabulate: it is imported only for its table styles."""
    if fmt not in ("csv", "json") and fmt not in known():
        raise _fail(f"unknown --format {fmt!r}; use csv, json or a tabulate style such as simple, github, grid")


def _registry(path: Optional[str]) -> "AgencyRegistry":
    from .registry import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as err:
        raise _fail(str(err)) from None


def _photo_filter(registry: "AgencyRegistry", agency: Optional[list[str]], kind: Optional[list[str]],
                  country: Optional[list[str]], since: Optional[str], until: Optional[str]) -> "PhotoFilter":
    from .filters import FilterError, PhotoFilter

    try:
        return PhotoFilter.parse(registry, agency=agency, kind=kind, country=country, since=since, until=until)
    except FilterError as err:
        raise _fail(str(err)) from None


@app.command()
def catalog(
    paths: Paths = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of standard output (- is standard output): .yaml, .json or .jsonl for the catalogue, .csv for a row per picture, .db (.sqlite) for an SQLite database, by its extension. Never over an input, nor into a folder the run reads (see --into-input).")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="yaml, json, jsonl, csv or sqlite; overrides the file extension.")] = None,
    photos: Annotated[bool, typer.Option("--photos", help="With jsonl: a row per picture, with its article's id, source and date, instead of an article a line.")] = False,
    agency: AgencyFilter = None,
    kind: KindFilter = None,
    country: CountryFilter = None,
    since: Since = None,
    until: Until = None,
    into_input: Annotated[bool, typer.Option("--into-input", help="Let -o write into a folder the run reads. Folder walks leave out catalogues captions wrote, so the next run does not read it as pages.")] = False,
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    jobs: Jobs = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Write the catalogue of every picture on the pages: alt text, caption, credit.

    A .db file gets an SQLite database for Datasette or sqlite-utils (a run
    adds or replaces its articles); a .csv file a row per picture.

    Example: captions catalog examples/ -o catalog.yaml
    """
    from functools import partial

    from .exports import FORMATS, export_format
    from .filters import Filtered
    from .photo_rows import PhotoRowWriter, photo_text
    from .writers import CatalogWriter, OutputError, atomic_output, catalog_entry

    paths = _inputs(paths)
    if output == "-":
        output = None
    if engine == "dask" and output is not None and _is_parts_folder(output):
        registry = _registry(agencies)
        _catalog_parts(paths, output, fmt, photos, registry, _photo_filter(registry, agency, kind, country, since, until),
                       jobs=jobs, max_bytes=max_bytes, quiet=quiet, scheduler=scheduler)
        return
    if fmt is not None and fmt not in FORMATS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    chosen = fmt or (export_format(output) if output else "yaml")
    if chosen is None:
        raise _fail(f"{output}: cannot tell the format from the extension; use .yaml, .json, .jsonl, .csv or .db, or --format")
    if output is not None and output.lower().endswith(".gz"):
        raise _fail(f"{output}: compressed output is not supported; write {output[:-3]} and compress it")
    if photos and chosen not in ("csv", "jsonl"):
        raise _fail(f"--photos writes csv or jsonl, not {chosen}")
    registry = _registry(agencies)
    chosen_filter = _photo_filter(registry, agency, kind, country, since, until)
    problems = _Problems()
    if chosen == "sqlite":
        _catalog_sqlite(paths, output, chosen_filter, registry, agencies, problems, jobs=jobs, max_bytes=max_bytes,
                        quiet=quiet, into_input=into_input, engine=engine, scheduler=scheduler)
        return
    by_photo = photos or chosen == "csv"
    transform = partial(photo_text, fmt=chosen) if by_photo else partial(catalog_entry, fmt=chosen)
    if chosen_filter:
        transform = Filtered(transform, chosen_filter)

    def write(stream: "object") -> None:
        with _progress(paths, quiet, problems, streams_stdout=output is None) as progress:
            with _mapped(paths, transform, registry, agencies, problems, jobs=jobs, max_bytes=max_bytes, catalogs=False,
                         progress=progress, output=output, engine=engine, scheduler=scheduler) as entries:
                writer = PhotoRowWriter(stream, chosen) if by_photo else CatalogWriter(stream, chosen)  # type: ignore[arg-type]
                for entry in entries:
                    writer.write_entry(entry)
                if writer.count == 0 and output is not None:  # a mistyped path must not empty a catalogue
                    raise OutputError(f"{output}: no page was read; {'left as it was' if os.path.exists(output) else 'not written'}")
                writer.close()

    try:
        if output is None:
            write(sys.stdout)
        else:
            with atomic_output(output, inputs=tuple(paths), into_input=into_input) as stream:
                write(stream)
    except OutputError as err:
        raise _fail(str(err), EXIT_PROBLEMS) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(code=0) from None
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


def _is_parts_folder(output: str) -> bool:
    from .dask_engine import is_parts_folder

    return is_parts_folder(output)


def _catalog_parts(paths: list[str], output: str, fmt: Optional[str], photos: bool, registry: "AgencyRegistry",
                   chosen_filter: "PhotoFilter", *, jobs: Optional[int], max_bytes: int, quiet: bool,
                   scheduler: Optional[str]) -> None:
    """`catalog --engine dask -o FOLDER/`: a JSON Lines catalogue in part files, each written by the worker that read its pages."""
    from functools import partial

    from .dask_engine import EngineError, write_parts
    from .filters import Filtered
    from .parallel import default_jobs
    from .writers import catalog_entry

    if (fmt or "jsonl") != "jsonl" or photos:
        raise _fail(f"{output}: a folder of part files holds a JSON Lines catalogue, an article a line; use --format jsonl")
    transform: Any = partial(catalog_entry, fmt="jsonl")
    if chosen_filter:
        transform = Filtered(transform, chosen_filter)
    problems = _Problems()
    try:
        with _progress(paths, quiet, problems, streams_stdout=False) as progress:
            written = write_parts(paths, transform, problems, folder=output, registry=registry, scheduler=scheduler,
                                  jobs=jobs or default_jobs(), max_bytes=max_bytes, on_page=progress)
    except EngineError as err:
        raise _fail(str(err), EXIT_PROBLEMS) from None
    if written == 0:
        raise _fail(f"{output}: no page was read; no part written", EXIT_PROBLEMS)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


def _catalog_sqlite(paths: list[str], output: Optional[str], chosen_filter: "PhotoFilter", registry: "AgencyRegistry",
                    agencies: Optional[str], problems: "_Problems", *, jobs: Optional[int], max_bytes: int, quiet: bool,
                    into_input: bool, engine: str = "local", scheduler: Optional[str] = None) -> None:
    """`catalog -o FILE.db`: the articles of the run added to the database in one transaction."""
    from .filters import Filtered
    from .sqlite_export import SqliteArchive, SqliteError, article_rows

    if output is None:
        raise _fail("an SQLite database cannot go to standard output; give -o FILE.db")
    from pathlib import Path

    from .writers import OutputError, refuse_inputs

    transform = Filtered(article_rows, chosen_filter) if chosen_filter else article_rows
    try:
        refuse_inputs(Path(output), tuple(paths), into_input=into_input)
        with SqliteArchive(output, registry) as archive, \
                _progress(paths, quiet, problems, streams_stdout=False) as progress, \
                _mapped(paths, transform, registry, agencies, problems, jobs=jobs, max_bytes=max_bytes,
                        catalogs=False, progress=progress, output=output, engine=engine, scheduler=scheduler) as results:
            for rows in results:
                archive.add(rows)
            if archive.articles == 0:  # a mistyped path must not touch a database
                raise OutputError(f"{output}: no page was read; {'left as it was' if not archive.new else 'not written'}")
    except (SqliteError, OutputError) as err:
        raise _fail(str(err), EXIT_PROBLEMS) from None
    if archive.moved:
        article_id, old, new = archive.moved[0]
        others = f" and {len(archive.moved) - 1} more" if len(archive.moved) > 1 else ""
        typer.echo(f"captions: warning: {output}: article {article_id} from {old} replaced by one from {new}{others} "
                   f"(ids come from file names)", err=True)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command()
def credits(
    paths: Inputs = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="A tabulate table style (simple, github, grid, ...), csv or json.")] = "simple",
    by: Annotated[Optional[list[str]], typer.Option("--by", metavar="GROUPING", autocompletion=_complete_groupings, help="Count by agency (the default), kind (the registry's kind of agency: wire, state media, ...), country (the registry's country of the agency) or role (origin: who made the picture; via: who only distributed it). Repeat or join with commas to combine: --by kind,role.")] = None,
    agency: AgencyFilter = None,
    kind: KindFilter = None,
    country: CountryFilter = None,
    since: Since = None,
    until: Until = None,
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    jobs: Jobs = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Count credits per agency: photos and articles crediting each, most photos first.

    With --by kind, country or role, count per kind of agency, country or
    role instead. Tables end with the pictures counted and those with no
    credit. Filters choose pictures; every agency of a chosen picture counts.

    Example: captions credits examples/ --by kind,role --format github
    """
    from functools import partial, reduce

    from .counts import GROUPINGS, PartTally, credit_rows, page_credit_rows, part_tally, tally_credit_rows
    from .filters import Filtered
    from .parallel import Shortcut
    from .report import render_group_counts, table_formats

    paths = _inputs(paths)
    _check_table_format(fmt, table_formats)
    groups = tuple(dict.fromkeys(g.strip() for value in (by or ["agency"]) for g in value.split(",") if g.strip()))
    unknown = [g for g in groups if g not in GROUPINGS]
    if unknown or not groups:
        raise _fail(f"unknown --by {unknown[0] if unknown else ''!r}; use {', '.join(GROUPINGS)}")
    registry = _registry(agencies)
    chosen_filter = _photo_filter(registry, agency, kind, country, since, until)
    # Without filters, count from the page text (fast); filters need the whole article (dates, photos).
    transform = Filtered(credit_rows, chosen_filter) if chosen_filter else Shortcut(credit_rows, page_credit_rows)
    problems = _Problems()
    # On a cluster each worker tallies its own part; the client only adds the parts up.
    fold = partial(part_tally, by=groups) if engine == "dask" else None
    with _progress(paths, quiet, problems, streams_stdout=False) as progress:
        with _mapped(paths, transform, registry, agencies, problems, jobs=jobs,
                     max_bytes=max_bytes, catalogs=True, progress=progress, unique_ids=False,
                     engine=engine, scheduler=scheduler, fold=fold) as rows:
            if fold is not None:
                tally = reduce(PartTally.add, rows, PartTally({}, {}, [0, 0, 0, 0])).finish()
            else:
                tally = tally_credit_rows(rows, groups, registry)  # type: ignore[arg-type]
    typer.echo(render_group_counts(tally.groups, groups, fmt, tally), nl=False)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command()
def audit(
    paths: Inputs = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (path:line: CODE name: message), json, jsonl (an object a line), github (Actions annotations) or sarif (SARIF 2.1.0).")] = "text",
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write the findings to FILE (atomically) instead of standard output (- is standard output).")] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="CODES", help="Run only the rules with these codes, code prefixes or names (CAP001,CAP00,unknown-agency); replaces the default set. CAP008 runs only when selected.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="CODES", help="Skip the rules with these codes, prefixes or names; the longer of a matching --select and --ignore prefix wins.")] = None,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Report only findings not in FILE (written by --write-baseline, or -f json/jsonl output): matched by file, code and message.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option("--write-baseline", metavar="FILE", help="Write every finding to FILE as a baseline (JSON Lines) instead of reporting them, and exit 0.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    agency: AgencyFilter = None,
    kind: KindFilter = None,
    country: CountryFilter = None,
    since: Since = None,
    until: Until = None,
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    jobs: Jobs = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on standard error: the findings only.")] = False,
) -> None:
    """Check photo credits like a linter: each finding names the file, line, rule code and what is wrong.

    Findings go to standard output sorted by file and line, a count per rule
    to standard error. Exit 0 when nothing is found, 1 when something is, 2
    on usage errors or unreadable input. `captions rules` lists the rules.

    Example: captions audit examples/ --ignore CAP002 --format github
    """
    from functools import partial

    from .audit import Audit, Selection, SelectionError, chosen_page_findings, page_findings
    from .baseline import BaselineError, load_baseline, new_findings
    from .baseline import write_baseline as write_baseline_file
    from .finding_sort import SortedFindings
    from .findings_format import FORMATTERS, render_summary
    from .writers import OutputError, atomic_output

    paths = _inputs(paths)
    if output == "-":
        output = None
    if fmt not in FORMATTERS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATTERS)}")
    try:
        selection = Selection.parse(select, ignore)
        accepted = load_baseline(baseline) if baseline else None
    except (SelectionError, BaselineError) as err:
        raise _fail(str(err)) from None
    registry = _registry(agencies)
    chosen_filter = _photo_filter(registry, agency, kind, country, since, until)
    problems = _Problems()
    run = Audit(registry, selection)
    transform = (partial(chosen_page_findings, selection=selection, photo_filter=chosen_filter) if chosen_filter
                 else partial(page_findings, selection=selection))
    found = SortedFindings()  # by file and line, spilled to temporary files past a few MB
    pages = 0
    with _progress(paths, quiet, problems, streams_stdout=False) as progress:
        with _mapped(paths, transform, registry, agencies, problems, jobs=jobs, max_bytes=max_bytes,
                     catalogs=True, progress=progress, engine=engine, scheduler=scheduler) as results:
            for result in results:
                pages += 1
                found.add(run.merge_chosen(*result) if chosen_filter else run.merge(*result))
    counts: dict[str, int] = {}

    def report(stream: "object") -> None:
        formatter = FORMATTERS[fmt]()
        stream.write(formatter.begin())  # type: ignore[attr-defined]
        for finding in (new_findings(found, accepted) if accepted is not None else found):
            counts[finding.code] = counts.get(finding.code, 0) + 1
            stream.write(formatter.format(finding))  # type: ignore[attr-defined]
        stream.write(formatter.end())  # type: ignore[attr-defined]

    try:
        if write_baseline is not None:
            with atomic_output(write_baseline, inputs=tuple(paths)) as stream:
                written = write_baseline_file(found, stream)
            if not quiet:
                typer.echo(f"captions: wrote {written} finding{'s' if written != 1 else ''} to {write_baseline}", err=True)
            raise typer.Exit(code=EXIT_USAGE if problems.failed else 0)
        if output is None:
            report(sys.stdout)
            sys.stdout.flush()
        else:
            with atomic_output(output, inputs=tuple(paths)) as stream:
                report(stream)
    except OutputError as err:
        raise _fail(str(err)) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(code=0) from None
    total = sum(counts.values())
    if not quiet:
        if total:
            typer.echo(render_summary(counts), err=True, nl=False)
        new = "new " if accepted is not None else ""
        known = f" ({sum(accepted.values())} in the baseline)" if accepted is not None else ""
        typer.echo(f"captions: {total or 'no'} {new}finding{'s' if total != 1 else ''} in {pages} page{'s' if pages != 1 else ''}{known}", err=True)
    if problems.failed:
        raise typer.Exit(code=EXIT_USAGE)
    if total and not exit_zero:
        raise typer.Exit(code=1)  # findings: the linter's 1, as flake8 and ruff exit


@app.command(name="diff")
def diff_command(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier catalogue: any file `captions catalog` writes (.yaml, .json, .jsonl, .csv, .db).", show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later catalogue, in any of the same formats.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (+ added, - removed, ~ re-credited, a line each), json or jsonl.")] = "text",
) -> None:
    """Show the pictures added, removed and re-credited between two catalogues.

    Pictures are matched by article id and caption. Exit 0 when the two are
    the same, 1 when they differ, 2 on error, as `diff` does.

    Example: captions diff old.yaml new.db
    """
    from .diff import DiffError, diff_files, render_changes, summary

    if fmt not in ("text", "json", "jsonl"):
        raise _fail(f"unknown --format {fmt!r}; use text, json or jsonl")
    try:
        changes = diff_files(old, new)
    except DiffError as err:
        raise _fail(str(err)) from None
    try:
        sys.stdout.write(render_changes(changes, fmt))
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(code=1 if changes else 0) from None
    if changes:
        typer.echo(f"captions: {summary(changes)}", err=True)
        raise typer.Exit(code=1)


@app.command(name="rules")
def list_rules(
    code: Annotated[Optional[str], typer.Argument(help="A rule code (CAP004) or name (unknown-agency) to explain; without one, every rule is listed.", show_default=False)] = None,
) -> None:
    """List the audit rules, or explain one: what it finds, why it matters, an example.

    Example: captions rules CAP004
    """
    from .findings_format import render_rule, render_rules
    from .rules import RULES, rule_for

    if code is None:
        typer.echo(render_rules(list(RULES.values())), nl=False)
        return
    rule = rule_for(code)
    if rule is None:
        raise _fail(f"no rule {code!r}; `captions rules` lists them")
    typer.echo(render_rule(rule), nl=False)


@app.command()
def show(
    pages: Annotated[Optional[list[str]], typer.Argument(metavar="PAGE", help="Page dumps or HTML pages (files, folders, -); standard input when none is given and a page is piped in.", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (a block per picture) or json (a list of the articles, as in the catalogue).")] = "text",
    agencies: AgenciesOption = None,
) -> None:
    """Print pages' pictures, a block each: line, alt text, caption, credit.

    Example: captions show examples/wire-gallery.txt
    """
    from .pipeline import iter_articles
    from .report import render_article

    if fmt not in ("text", "json"):
        raise _fail(f"unknown --format {fmt!r}; use text or json")
    pages = _inputs(pages)
    registry = _registry(agencies)
    problems = _Problems()
    found = iter_articles(pages, registry, problems)
    if fmt == "json":
        import json

        typer.echo(json.dumps([a.model_dump(mode="json") for a in found], ensure_ascii=False, indent=2))
    else:
        for n, article in enumerate(found):
            typer.echo(("\n" if n else "") + render_article(article), nl=False)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command(name="agencies")
def list_agencies(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="A tabulate table style, csv or json.")] = "simple",
    agencies: AgenciesOption = None,
) -> None:
    """List the known agencies with their aliases, kind and country.

    Example: captions agencies --agencies my-agencies.yaml
    """
    from .report import render_agencies, table_formats

    _check_table_format(fmt, table_formats)
    typer.echo(render_agencies(_registry(agencies), fmt), nl=False)


def main() -> None:
    from .__main__ import main as run  # handles Ctrl-C, SIGTERM and SIGHUP

    run()
