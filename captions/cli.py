"""The `captions` command: a thin shell over the library.

Each command parses its options, calls a whole run of captions.jobs (or a
library function) and prints what it returns; the options every run over
pages takes are declared once in cli_options. Heavy modules (pydantic
models, yaml, tabulate, rich) are imported inside the commands, so
`captions --help` starts fast.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, Optional

import typer

from ._version import __version__
from .cli_options import (DEFAULT_MAX_BYTES, AgenciesOption, Inputs, MaxBytes, Paths, Quiet, RunOptions,
                          complete_groupings, run_options)
from .cli_audit import audit  # its own module, as cli_agencies: cli.py stays one screenful a command

if TYPE_CHECKING:
    from .report.filters import PhotoFilter
    from .run.progress import PageProgress
    from .knowledge.registry import AgencyRegistry
    from .jobs import ProblemLog

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
    """An error in the one form every error takes, an input's or an option's: `captions: error: FILE: problem`."""
    from .run.job import one_line

    typer.echo(one_line(f"captions: error: {message}"), err=True)
    return typer.Exit(code=code)


def _problems() -> "ProblemLog":
    """Problems with inputs, told on standard error as they happen."""
    from .jobs import ProblemLog

    return ProblemLog(lambda line: typer.echo(line, err=True))


def _progress(paths: list[str], quiet: bool, problems: "ProblemLog", *, streams_stdout: bool) -> "PageProgress":
    """The progress bar of a run; the run's problems are reported above it."""
    from .run.progress import PageProgress, count_pages

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
    from .knowledge.errors import RegistryError
    from .knowledge.registry import load_registry

    try:
        return load_registry(path)
    except RegistryError as err:
        raise _fail(str(err)) from None


def _photo_filter(registry: "AgencyRegistry", agency: Optional[list[str]], kind: Optional[list[str]],
                  country: Optional[list[str]], since: Optional[str], until: Optional[str]) -> "PhotoFilter":
    from .report.filters import FilterError, PhotoFilter

    try:
        chosen = PhotoFilter.parse(registry, agency=agency, kind=kind, country=country, since=since, until=until)
    except FilterError as err:
        raise _fail(str(err)) from None
    for name in agency or ():
        if registry.named(name) is None:  # a typo would otherwise just choose nothing
            typer.echo(f"captions: warning: --agency {name!r}: no agency captions knows has this name or alias "
                       "(`captions agencies` lists them); kept only where a credit prints it", err=True)
    countries = {a.country.upper() for a in registry if a.country} | {"UNKNOWN"}
    for code in sorted(chosen.countries - countries):
        typer.echo(f"captions: warning: --country {code!r}: no agency captions knows is of this country "
                   "(codes of two letters, US, FR: `captions agencies` lists them); no picture is kept for it", err=True)
    return chosen


def _setup(opts: RunOptions) -> "tuple[AgencyRegistry, PhotoFilter, ProblemLog]":
    """What a run over pages needs of the options: the agencies, the pictures chosen, where problems go."""
    registry = _registry(opts.agencies)
    return registry, _photo_filter(registry, opts.agency, opts.kind, opts.country, opts.since, opts.until), _problems()


def _broken_pipe(code: int = 0) -> typer.Exit:
    """Standard output closed by a reader that had enough (`| head`): stop quietly."""
    sys.stderr.close()
    return typer.Exit(code=code)


@app.command()
@run_options
def catalog(
    paths: Paths = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of standard output (- is standard output): .yaml, .json or .jsonl for the catalogue, .csv for a row per picture, .db (.sqlite) for an SQLite database, by its extension. Never over an input, nor into a folder the run reads (see --into-input). With --engine dask, FOLDER/ gets a JSON Lines catalogue in part files.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="yaml, json, jsonl, csv or sqlite; overrides the file extension.")] = None,
    photos: Annotated[bool, typer.Option("--photos", help="With jsonl: a row per picture, with its article's id, source and date, instead of an article a line.")] = False,
    into_input: Annotated[bool, typer.Option("--into-input", help="Let -o write into a folder the run reads. Folder walks leave out catalogues captions wrote, so the next run does not read it as pages.")] = False,
    quiet: Quiet = False,
    *, opts: RunOptions,
) -> None:
    """Write the catalogue of every picture on the pages: alt text, caption, credit.

    A .db file gets an SQLite database for Datasette or sqlite-utils (a run
    adds or replaces its articles); a .csv file a row per picture.

    Example: captions catalog examples/ -o catalog.yaml
    """
    from . import jobs as run

    paths = _inputs(paths)
    if output == "-":
        output = None
    try:  # an input given as -o is refused as one, before its extension is looked at
        run.check_output(output, paths, into_input=into_input, engine=opts.engine, option_files={"--agencies": opts.agencies})
        chosen = run.catalog_format(output, fmt, photos, opts.engine)
    except run.OptionError as err:
        raise _fail(str(err)) from None
    registry, chosen_filter, problems = _setup(opts)
    try:
        with _progress(paths, quiet, problems, streams_stdout=output is None and chosen != "sqlite") as progress:
            written = run.catalog(paths, output, fmt=chosen, photos=photos, photo_filter=chosen_filter, into_input=into_input,
                                  registry=registry, on_problem=problems, progress=progress, **opts.for_job())
    except run.OptionError as err:
        raise _fail(str(err)) from None
    except run.JobError as err:
        raise _fail(str(err), EXIT_PROBLEMS) from None
    except BrokenPipeError:
        raise _broken_pipe() from None
    if written.replaced:
        article_id, old, new = written.replaced[0]
        others = f" and {len(written.replaced) - 1} more" if len(written.replaced) > 1 else ""
        from .run.job import one_line

        typer.echo(one_line(f"captions: warning: {output}: article {article_id} from {old} replaced by one from "
                            f"{new}{others} (ids come from file names)"), err=True)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


@app.command()
@run_options
def credits(
    paths: Inputs = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="A tabulate table style (simple, github, grid, ...), csv or json.")] = "simple",
    by: Annotated[Optional[list[str]], typer.Option("--by", metavar="GROUPING", autocompletion=complete_groupings, help="Count by agency (the default), kind (the registry's kind of agency: wire, state media, ...), country (the registry's country of the agency) or role (origin: who made the picture; via: who only distributed it). Repeat or join with commas to combine: --by kind,role.")] = None,
    quiet: Quiet = False,
    *, opts: RunOptions,
) -> None:
    """Count credits per agency: photos and articles crediting each, most photos first.

    With --by kind, country or role, count per kind of agency, country or
    role instead. Tables end with the pictures counted and those with no
    credit. Filters choose pictures; every agency of a chosen picture counts.

    Example: captions credits examples/ --by kind,role --format github
    """
    from . import jobs as run
    from .report.counts import groupings
    from .report.tables import render_group_counts, table_formats

    paths = _inputs(paths)
    _check_table_format(fmt, table_formats)
    try:
        groups = groupings(by or ["agency"])
    except ValueError as err:
        raise _fail(str(err)) from None
    registry, chosen_filter, problems = _setup(opts)
    try:
        with _progress(paths, quiet, problems, streams_stdout=False) as progress:
            tally = run.count(paths, by=groups, photo_filter=chosen_filter, registry=registry, on_problem=problems,
                              progress=progress, **opts.for_job())
    except run.OptionError as err:
        raise _fail(str(err)) from None
    if not tally.read and problems.failed:  # no input could be read: the errors said why, and no table is printed
        raise typer.Exit(code=EXIT_PROBLEMS)
    typer.echo(render_group_counts(tally.groups, groups, fmt, tally), nl=False)
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


app.command()(audit)


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
    from collections import Counter

    from . import jobs as run
    from .catalog.diff import counted, rendered_changes, summary

    if fmt not in ("text", "json", "jsonl"):
        raise _fail(f"unknown --format {fmt!r}; use text, json or jsonl")
    try:
        changes = run.iter_diff(old, new, on_problem=_problems())
    except run.JobError as err:
        raise _fail(str(err)) from None
    counts: Counter[str] = Counter()
    try:
        for text in rendered_changes(counted(changes, counts), fmt):
            sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise _broken_pipe(1 if counts else 0) from None
    if counts:
        typer.echo(f"captions: {summary(counts)}", err=True)
        raise typer.Exit(code=1)


@app.command(name="rules")
def list_rules(
    code: Annotated[Optional[str], typer.Argument(metavar="CODE", help="A rule code (CAP004) or name (unknown-agency) to explain; without one, every rule is listed.", show_default=False)] = None,
) -> None:
    """List the audit rules, or explain one: what it finds, why it matters, an example.

    Example: captions rules CAP004
    """
    from .audit.formats import render_rule, render_rules
    from .audit.rules import RULES, rule_for

    if code is None:
        typer.echo(render_rules(list(RULES.values())), nl=False)
        return
    rule = rule_for(code)
    if rule is None:
        raise _fail(f"no rule {code!r}; `captions rules` lists them")
    typer.echo(render_rule(rule), nl=False)


@app.command()
def show(
    pages: Annotated[Optional[list[str]], typer.Argument(metavar="[PAGE]...", help="Pages: page dumps, HTML pages, JSON Lines or WARC archives (files, folders, -); standard input when none is given and a page is piped in.", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (a block per picture) or json (a list of the articles, as in the catalogue).")] = "text",
    agencies: AgenciesOption = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print pages' pictures, a block each: line, alt text, caption, credit.

    Example: captions show examples/wire-gallery.txt
    """
    from . import jobs as run
    from .report.tables import render_photo_blocks

    if fmt not in ("text", "json"):
        raise _fail(f"unknown --format {fmt!r}; use text or json")
    pages = _inputs(pages)
    registry = _registry(agencies)
    problems = _problems()
    found = run.show(pages, registry=registry, max_bytes=max_bytes, on_problem=problems)
    try:
        if fmt == "json":
            import json

            articles = [a.model_dump(mode="json") for a in found]
            if articles or not problems.failed:  # no input could be read: not even an empty list
                typer.echo(json.dumps(articles, ensure_ascii=False, indent=2))
        else:
            for n, article in enumerate(found):
                typer.echo(("\n" if n else "") + render_photo_blocks(article), nl=False)
        sys.stdout.flush()
    except BrokenPipeError:  # `captions show pages/ | head`: as every other command, not click's exit 1
        raise _broken_pipe(EXIT_PROBLEMS if problems.failed else 0) from None
    if problems.failed:
        raise typer.Exit(code=EXIT_PROBLEMS)


from .cli_agencies import list_agencies  # noqa: E402  (its own module: cli.py stays one screenful a command)

app.command(name="agencies")(list_agencies)


def run_command_line(args: Optional[list[str]] = None, prog_name: Optional[str] = None) -> int:
    """Run the command line and return its exit code; a usage error is one line, as every other error.

    Click would print a usage error in four lines (the usage, a hint, a blank
    line, the error); here it is `captions: error: MESSAGE. Try 'COMMAND -h'.`
    A message of several lines (`captions` alone prints its help) is shown as Click shows it.
    """
    # click's exceptions, from wherever this typer takes click (since 0.28 a copy of its own)
    click = sys.modules[typer.BadParameter.__module__]

    try:
        code = app(args=args, prog_name=prog_name, standalone_mode=False)
    except click.UsageError as err:
        message = err.format_message()
        if isinstance(err, click.NoSuchOption):
            message = _no_such_option(err.option_name, err.possibilities or ())
        if "\n" in message.strip():
            err.show()
            return err.exit_code
        if message and message[-1] not in ".?!":
            message += "."
        hint = f" Try '{err.ctx.command_path if err.ctx is not None else _command_path(args, prog_name)} -h'."
        typer.echo(f"captions: error: {message}{hint}", err=True)
        return EXIT_USAGE
    except click.ClickException as err:
        typer.echo(f"captions: error: {err.format_message()}", err=True)
        return err.exit_code
    except typer.Abort:  # end of input at a prompt
        typer.echo("Aborted!", err=True)
        return EXIT_PROBLEMS
    return code if isinstance(code, int) else 0


def _command_path(args: Optional[list[str]], prog_name: Optional[str]) -> str:
    """The command a usage error Click gives no context for is of (`captions audit --select`): the first argument,
    when it names one."""
    words = sys.argv[1:] if args is None else args
    prog = prog_name or "captions"
    commands = getattr(typer.main.get_command(app), "commands", {})
    return f"{prog} {words[0]}" if words and words[0] in commands else prog


def _no_such_option(name: str, options: "Iterable[str]") -> str:
    """Click compares the names with their dashes, so `--nope` looked like `--since`; compare the words."""
    import difflib

    by_word = {option.lstrip("-"): option for option in options}
    near = difflib.get_close_matches(name.lstrip("-"), list(by_word), n=3)
    if not near:
        return f"No such option: {name}"
    return f"No such option: {name}. Did you mean {' or '.join(by_word[word] for word in near)}?"


def main() -> None:
    from .__main__ import main as run  # handles Ctrl-C, SIGTERM and SIGHUP

    run()
