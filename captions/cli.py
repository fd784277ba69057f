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
    from .registry import AgencyRegistry
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

Paths = Annotated[list[str], typer.Argument(help="Page dumps: files, folders (searched for *.txt), or - for standard input.", show_default=False)]
AgenciesOption = Annotated[Optional[str], typer.Option("--agencies", metavar="FILE", help="A YAML file of agencies and aliases that adds to (and overrides) the bundled ones.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", metavar="N", help="Skip pages larger than N bytes, with a warning.")]


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


def _registry(path: Optional[str]) -> "AgencyRegistry":
    from .registry import RegistryError, load_registry

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
    max_bytes: MaxBytes = 20 * 1024 * 1024,
) -> None:
    """Write the catalogue of every picture on the pages: alt text, caption, credit.

    Example: captions catalog examples/ -o catalog.yaml
    """
    from .pipeline import iter_articles
    from .writers import FORMATS, CatalogWriter, OutputError, atomic_output, format_for

    if fmt is not None and fmt not in FORMATS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    chosen = fmt or (format_for(output) if output else "yaml")
    if chosen is None:
        raise _fail(f"{output}: cannot tell the format from the extension; use .yaml, .json or .jsonl, or --format")
    registry = _registry(agencies)
    problems = _Problems()
    articles = iter_articles(paths, registry, problems, max_bytes=max_bytes)
    try:
        if output is None:
            writer = CatalogWriter(sys.stdout, chosen)
            for article in articles:
                writer.write(article)
            writer.close()
        else:
            with atomic_output(output, inputs=tuple(paths)) as stream:
                writer = CatalogWriter(stream, chosen)
                for article in articles:
                    writer.write(article)
                writer.close()
    except OutputError as err:
        raise _fail(str(err), EXIT_PROBLEMS) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(code=0) from None
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command()
def credits(
    paths: Annotated[list[str], typer.Argument(help="Page dumps (files, folders, -) or catalogue files written by `captions catalog`.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="A tabulate table style (simple, github, grid, ...), csv or json.")] = "simple",
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = 20 * 1024 * 1024,
) -> None:
    """Count credits per agency: photos and articles crediting each, most photos first.

    Example: captions credits examples/ --format github
    """
    from .counts import count_credits
    from .pipeline import iter_articles
    from .report import render_counts, table_formats

    if fmt not in table_formats():
        raise _fail(f"unknown --format {fmt!r}; use csv, json or a tabulate style such as simple, github, grid")
    registry = _registry(agencies)
    problems = _Problems()
    counts = count_credits(iter_articles(paths, registry, problems, max_bytes=max_bytes, catalogs=True))
    typer.echo(render_counts(counts, fmt), nl=False)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


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

    if fmt not in table_formats():
        raise _fail(f"unknown --format {fmt!r}; use csv, json or a tabulate style such as simple, github, grid")
    typer.echo(render_agencies(_registry(agencies), fmt), nl=False)


def main() -> None:
    app()
