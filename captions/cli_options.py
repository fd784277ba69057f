"""The options several `captions` commands share, declared once: inputs, agencies, workers, filters."""
from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass
from typing import Any, Callable, Annotated, Optional

import typer

from .inputs import DEFAULT_MAX_BYTES

Inputs = Annotated[Optional[list[str]], typer.Argument(metavar="[PATH]...", help="Pages (page dumps, HTML pages, JSON Lines or WARC archives; files, folders, -) or catalogue files written by `captions catalog`; standard input when none is given and a page is piped in.", show_default=False)]
Paths = Annotated[Optional[list[str]], typer.Argument(metavar="[PATH]...", help="Pages: page dumps, HTML pages, JSON Lines or WARC archives; folders (searched for *.txt, *.html, *.jsonl, *.warc...), or - for standard input (the default when a page is piped in).", show_default=False)]
AgenciesOption = Annotated[Optional[str], typer.Option("--agencies", metavar="FILE", help="A YAML file that adds to (and overrides) the bundled knowledge: agencies and aliases, and the words of markers.yaml and html.yaml (credit lead-ins such as 'Snímek:', caption class names).")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Skip pages larger than N bytes, each reported as an error; the run goes on, then exits 1 (audit: 2).")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=1, help="Parse pages in N worker processes (default: one per core). The output is the same for any N.", show_default=False)]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
Engine = Annotated[str, typer.Option("--engine", metavar="ENGINE", help="local (worker processes on this machine) or dask (a Dask cluster: see --scheduler; needs captions[dask]). Inputs may then be fsspec URLs (s3://, gs://, https://) and globs, read by the workers.")]
Scheduler = Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler's address (tcp://host:8786); default DASK_SCHEDULER_ADDRESS, else a local cluster of --jobs workers.", show_default=False)]
AgencyFilter = Annotated[Optional[list[str]], typer.Option("--agency", metavar="NAME", help="Only pictures credited to this agency (its name or any alias); repeat for several.", show_default=False)]


def complete_kinds(incomplete: str) -> list[str]:
    from .knowledge.registry import AGENCY_KINDS

    return [k for k in (*AGENCY_KINDS, "unknown") if k.startswith(incomplete)]


def complete_groupings(incomplete: str) -> list[str]:
    from .report.counts import GROUPINGS

    return [g for g in GROUPINGS if g.startswith(incomplete)]


KindFilter = Annotated[Optional[list[str]], typer.Option("--kind", metavar="KIND", autocompletion=complete_kinds, help="Only pictures credited to an agency of this kind (wire, state media, ...: see `captions agencies`); repeat or join with commas.", show_default=False)]
CountryFilter = Annotated[Optional[list[str]], typer.Option("--country", metavar="CODE", help="Only pictures credited to an agency of this country (US, FR, ...); repeat or join with commas.", show_default=False)]
Since = Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="Only articles dated DATE (YYYY-MM-DD) or later; articles with no date are left out.", show_default=False)]
Until = Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Only articles dated DATE (YYYY-MM-DD) or earlier; articles with no date are left out.", show_default=False)]


@dataclass(frozen=True)
class RunOptions:
    """The options of every run over pages: which pictures (filters), the agencies, the size limit, the workers, the engine."""

    agency: Optional[list[str]]
    kind: Optional[list[str]]
    country: Optional[list[str]]
    since: Optional[str]
    until: Optional[str]
    agencies: Optional[str]
    max_bytes: int
    jobs: Optional[int]
    engine: str
    scheduler: Optional[str]

    def for_job(self) -> dict[str, Any]:
        """The keyword arguments of a job (captions.jobs) these options give, besides the filter."""
        return {"agencies": self.agencies, "max_bytes": self.max_bytes, "jobs": self.jobs,
                "engine": self.engine, "scheduler": self.scheduler}


_RUN_PARAMETERS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
    for name, annotation, default in (
        ("agency", AgencyFilter, None), ("kind", KindFilter, None), ("country", CountryFilter, None),
        ("since", Since, None), ("until", Until, None), ("agencies", AgenciesOption, None),
        ("max_bytes", MaxBytes, DEFAULT_MAX_BYTES), ("jobs", Jobs, None),
        ("engine", Engine, "local"), ("scheduler", Scheduler, None),
    )
]


def run_options(command: Callable[..., None]) -> Callable[..., None]:
    """A command over pages, with the options every such run takes declared here once.

    The command takes `opts: RunOptions`; typer sees the options in its place,
    after the command's own.
    """
    own = inspect.signature(command, eval_str=True)

    @functools.wraps(command)
    def with_run_options(**options: Any) -> None:
        shared = {p.name: options.pop(p.name) for p in _RUN_PARAMETERS}
        command(**options, opts=RunOptions(**shared))

    parameters = [p for p in own.parameters.values() if p.name != "opts"]
    with_run_options.__signature__ = own.replace(parameters=[*parameters, *_RUN_PARAMETERS])  # type: ignore[attr-defined]
    with_run_options.__annotations__ = {k: v for k, v in command.__annotations__.items() if k != "opts"}
    return with_run_options
