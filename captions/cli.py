"""The `captions` command: a thin shell over the library.

Each command builds its inputs, calls the library and hands the result to an
output function. Heavy modules (pydantic models, yaml, tabulate, rich) are
imported inside the commands, so `captions --help` starts fast.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ._version import __version__

if TYPE_CHECKING:
    from .knowledge.registry import AgencyRegistry
    from .sources import Problem

app = typer.Typer(
    name="captions",
    help="Find every news picture's alt text, caption and credit; catalogue and count photo credits.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Exit codes: 0 ok, 1 the run could not do all its job (unreadable inputs), 2 usage.
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Inputs = Annotated[list[str], typer.Argument(help="Page dumps (files, folders, -) or catalogue files written by `captions catalog`.", show_default=False)]
Paths = Annotated[list[str], typer.Argument(help="Page dumps: files, folders (searched for *.txt), or - for standard input.", show_default=False)]
AgenciesOption = Annotated[Optional[str], typer.Option("--agencies", metavar="FILE", help="A YAML file of agencies and aliases that adds to (and overrides) the bundled ones.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Skip pages larger than N bytes, with a warning.")]
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # the same as sources.DEFAULT_MAX_BYTES, without importing it for --help
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=1, help="Parse pages in N worker processes (default: one per core). The output is the same for any N.", show_default=False)]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


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

    def __call__(self, problem: "Problem") -> None:
        label = "error" if problem.fatal else "warning"
        typer.echo(f"captions: {label}: {problem}", err=True)
        self.failed = self.failed or problem.fatal


def _mapped(paths: list[str], transform: object, registry: "AgencyRegistry", agencies: Optional[str],
            problems: "_Problems", *, jobs: Optional[int], max_bytes: int, catalogs: bool,
            progress: "object", output: Optional[str] = None, unique_ids: bool = True) -> "object":
    """transform(article, parse, registry) for each page of the run, in order, over worker processes."""
    from .parallel import default_jobs, map_pages
    from .pipeline import iter_items

    items = iter_items(paths, problems, max_bytes=max_bytes, catalogs=catalogs,
                       exclude=(output,) if output else (), unique_ids=unique_ids)
    return map_pages(items, transform, problems, registry=registry, registry_file=agencies,
                     jobs=jobs or default_jobs(), max_bytes=max_bytes, on_page=progress)


def _progress(paths: list[str], quiet: bool) -> "object":
    from .progress import PageProgress, count_pages

    return PageProgress(not quiet, lambda: count_pages(paths))


def _check_table_format(fmt: str, known: list[str]) -> None:
    if fmt not in known:
        raise _fail(f"unknown --format {fmt!r}; use csv, json or a tabulate style such as simple, github, grid")


def _registry(path: Optional[str]) -> "AgencyRegistry":
    from .knowledge.registry import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as err:
        raise _fail(str(err)) from None


@app.command()
def catalog(
    paths: Paths,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of standard output; .yaml, .json or .jsonl by its extension.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="yaml, json or jsonl; overrides the file extension.")] = None,
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    jobs: Jobs = None,
    quiet: Quiet = False,
) -> None:
    """Write the catalogue of every picture on the pages: alt text, caption, credit.

    Example: captions catalog examples/ -o catalog.yaml
    """
    from functools import partial

    from .writers import FORMATS, CatalogWriter, OutputError, atomic_output, catalog_entry, format_for

    if fmt is not None and fmt not in FORMATS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    chosen = fmt or (format_for(output) if output else "yaml")
    if chosen is None:
        raise _fail(f"{output}: cannot tell the format from the extension; use .yaml, .json or .jsonl, or --format")
    if output is not None and output.lower().endswith(".gz"):
        raise _fail(f"{output}: compressed output is not supported; write {output[:-3]} and compress it")
    registry = _registry(agencies)
    problems = _Problems()

    def write(stream: "object") -> None:
        with _progress(paths, quiet) as progress:
            entries = _mapped(paths, partial(catalog_entry, fmt=chosen), registry, agencies, problems,
                              jobs=jobs, max_bytes=max_bytes, catalogs=False, progress=progress, output=output)
            writer = CatalogWriter(stream, chosen)  # type: ignore[arg-type]
            for entry in entries:  # type: ignore[attr-defined]
                writer.write_entry(entry)
            writer.close()

    try:
        if output is None:
            write(sys.stdout)
        else:
            with atomic_output(output, inputs=tuple(paths)) as stream:
                write(stream)
    except OutputError as err:
        raise _fail(str(err), EXIT_PROBLEMS) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(code=0) from None
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command()
def credits(
    paths: Inputs,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="A tabulate table style (simple, github, grid, ...), csv or json.")] = "simple",
    by: Annotated[Optional[list[str]], typer.Option("--by", metavar="GROUPING", help="Count by agency (the default), kind (the registry's kind of agency: wire, state media, ...) or role (origin: who made the picture; via: who only distributed it). Repeat or join with commas to combine: --by kind,role.")] = None,
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    jobs: Jobs = None,
    quiet: Quiet = False,
) -> None:
    """Count credits per agency: photos and articles crediting each, most photos first.

    With --by kind or --by role, count per kind of agency or per role instead.

    Example: captions credits examples/ --by kind,role --format github
    """
    from .counts import GROUPINGS, count_credit_rows, credit_rows
    from .report import render_group_counts, table_formats

    _check_table_format(fmt, table_formats())
    groups = tuple(dict.fromkeys(g.strip() for value in (by or ["agency"]) for g in value.split(",") if g.strip()))
    unknown = [g for g in groups if g not in GROUPINGS]
    if unknown or not groups:
        raise _fail(f"unknown --by {unknown[0] if unknown else ''!r}; use {', '.join(GROUPINGS)}")
    registry = _registry(agencies)
    problems = _Problems()
    with _progress(paths, quiet) as progress:
        rows = _mapped(paths, credit_rows, registry, agencies, problems, jobs=jobs,
                       max_bytes=max_bytes, catalogs=True, progress=progress, unique_ids=False)
        counts = count_credit_rows(rows, groups, registry)  # type: ignore[arg-type]
    typer.echo(render_group_counts(counts, groups, fmt), nl=False)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command()
def audit(
    paths: Inputs,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (path:line: CODE name: message), json, github (Actions annotations) or sarif (SARIF 2.1.0).")] = "text",
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="CODES", help="Run only the rules with these codes or code prefixes (CAP001,CAP00); replaces the default set. CAP008 runs only when selected.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="CODES", help="Skip the rules with these codes or prefixes; the longer of a matching --select and --ignore prefix wins.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    jobs: Jobs = None,
    quiet: Quiet = False,
) -> None:
    """Check photo credits like a linter: each finding names the file, line, rule code and what is wrong.

    Findings go to standard output, a count per rule to standard error. Exit
    0 when nothing is found, 1 when something is, 2 on usage errors or
    unreadable input. `captions rules` lists the rules.

    Example: captions audit examples/ --ignore CAP002 --format github
    """
    from functools import partial

    from .audit import Audit, Selection, SelectionError, page_findings
    from .findings_format import FORMATTERS, render_summary

    if fmt not in FORMATTERS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATTERS)}")
    try:
        selection = Selection.parse(select, ignore)
    except SelectionError as err:
        raise _fail(str(err)) from None
    registry = _registry(agencies)
    problems = _Problems()
    formatter = FORMATTERS[fmt]()
    counts: dict[str, int] = {}
    pages = 0
    run = Audit(registry, selection)
    try:
        sys.stdout.write(formatter.begin())
        with _progress(paths, quiet) as progress:
            results = _mapped(paths, partial(page_findings, selection=selection), registry, agencies, problems,
                              jobs=jobs, max_bytes=max_bytes, catalogs=True, progress=progress)
            for own, article in results:  # type: ignore[attr-defined]
                pages += 1
                for finding in run.merge(own, article):
                    counts[finding.code] = counts.get(finding.code, 0) + 1
                    sys.stdout.write(formatter.format(finding))
        sys.stdout.write(formatter.end())
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(code=0) from None
    total = sum(counts.values())
    if total:
        typer.echo(render_summary(counts), err=True, nl=False)
    typer.echo(f"captions: {total or 'no'} finding{'s' if total != 1 else ''} in {pages} page{'s' if pages != 1 else ''}", err=True)
    if problems.failed:
        raise typer.Exit(code=EXIT_USAGE)
    if total and not exit_zero:
        raise typer.Exit(code=1)  # findings: the linter's 1, as flake8 and ruff exit


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
    page: Annotated[str, typer.Argument(help="One page dump, or - for standard input.", show_default=False)],
    agencies: AgenciesOption = None,
) -> None:
    """Print one page's pictures, a block each: line, alt text, caption, credit.

    Example: captions show examples/wire-gallery.txt
    """
    from .pipeline import iter_articles
    from .report import render_article

    registry = _registry(agencies)
    problems = _Problems()
    for article in iter_articles([page], registry, problems):
        typer.echo(render_article(article), nl=False)
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

    _check_table_format(fmt, table_formats())
    typer.echo(render_agencies(_registry(agencies), fmt), nl=False)


def main() -> None:
    app()
