"""`captions audit`: check photo credits like a linter, findings to standard output or a file, or a baseline."""
from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from .cli_options import Inputs, RunOptions, run_options


@run_options
def audit(
    paths: Inputs = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text (path:line: CODE name: message), json, jsonl (an object a line), github (Actions annotations) or sarif (SARIF 2.1.0).")] = "text",
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write the findings to FILE (atomically) instead of standard output (- is standard output).")] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="CODES", help="Run only the rules with these codes, code prefixes or names (CAP001,CAP00,unknown-agency); replaces the default set. CAP008 runs only when selected.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="CODES", help="Skip the rules with these codes, prefixes or names; the longer of a matching --select and --ignore prefix wins.")] = None,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Report only findings not in FILE (written by --write-baseline, or -f json/jsonl output): matched by file, code and message.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option("--write-baseline", metavar="FILE", help="Write every finding to FILE as a baseline (JSON Lines) instead of reporting them, and exit 0.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on standard error: the findings only.")] = False,
    *, opts: RunOptions,
) -> None:
    """Check photo credits like a linter: each finding names the file, line, rule code and what is wrong.

    Findings go to standard output sorted by file and line, a count per rule
    to standard error. Exit 0 when nothing is found, 1 when something is, 2
    on usage errors or unreadable input. `captions rules` lists the rules.

    Example: captions audit examples/ --ignore CAP002 --format github
    """
    from . import jobs as run
    from .audit.baseline import write_baseline as write_baseline_file
    from .audit.formats import FORMATTERS, render_summary, write_findings
    from .catalog.writers import OutputError, atomic_output
    from .run.job import one_line
    from .cli import EXIT_USAGE, _broken_pipe, _fail, _inputs, _progress, _setup

    paths = _inputs(paths)
    if output == "-":
        output = None
    if fmt not in FORMATTERS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATTERS)}")
    # the findings go over no input and no file the run reads: the user's agencies, the baseline being compared
    # (--write-baseline may refresh the baseline it is given: that file is what it asks for)
    findings_read = {"--agencies": opts.agencies, "--baseline": baseline}
    baseline_read = {"--agencies": opts.agencies}
    try:  # told before the run, not after it
        run.check_output(output, paths, option_files=findings_read)
        run.check_output(write_baseline, paths, option_files=baseline_read)
    except run.OptionError as err:
        raise _fail(str(err)) from None
    registry, chosen_filter, problems = _setup(opts)
    try:
        with _progress(paths, quiet, problems, streams_stdout=False) as progress:
            found = run.audit(paths, select=select, ignore=ignore, baseline=baseline, photo_filter=chosen_filter,
                              registry=registry, on_problem=problems, progress=progress, **opts.for_job())
    except run.OptionError as err:
        raise _fail(str(err)) from None
    written_to = write_baseline if write_baseline is not None else output
    if not found.pages and written_to is not None:  # a mistyped path must not empty a file of findings
        raise _fail(f"{written_to}: {run.NOTHING_READ}; {'left as it was' if os.path.exists(written_to) else 'not written'}")
    if not found.pages and problems.failed:  # no input could be read: the errors said why
        raise typer.Exit(code=EXIT_USAGE)
    try:
        if write_baseline is not None:
            with atomic_output(write_baseline, inputs=tuple(paths), option_files=baseline_read) as stream:
                written = write_baseline_file(found.all(), stream)
            if not quiet:
                typer.echo(one_line(f"captions: wrote {written} finding{'s' if written != 1 else ''} to {write_baseline}"),
                           err=True)
            raise typer.Exit(code=EXIT_USAGE if problems.failed else 0)
        if output is None:
            counts = write_findings(found, sys.stdout, fmt)
            sys.stdout.flush()
        else:
            with atomic_output(output, inputs=tuple(paths), option_files=findings_read) as stream:
                counts = write_findings(found, stream, fmt)
    except OutputError as err:
        raise _fail(str(err)) from None
    except BrokenPipeError:
        raise _broken_pipe() from None
    total = sum(counts.values())
    if not quiet:
        if total:
            typer.echo(render_summary(counts), err=True, nl=False)
        accepted = found.baseline
        new = "new " if accepted is not None else ""
        known = f" ({sum(accepted.values())} in the baseline)" if accepted is not None else ""
        pages = found.pages
        typer.echo(f"captions: {total or 'no'} {new}finding{'s' if total != 1 else ''} in {pages} page{'s' if pages != 1 else ''}{known}", err=True)
    if problems.failed:
        raise typer.Exit(code=EXIT_USAGE)
    if total and not exit_zero:
        raise typer.Exit(code=1)  # findings: the linter's 1, as flake8 and ruff exit
