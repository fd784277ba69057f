"""The options several `captions` commands share, declared once: inputs, agencies, workers, filters."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

Inputs = Annotated[Optional[list[str]], typer.Argument(metavar="PATH", help="Page dumps (files, folders, -) or catalogue files written by `captions catalog`; standard input when none is given and a page is piped in.", show_default=False)]
Paths = Annotated[Optional[list[str]], typer.Argument(metavar="PATH", help="Pages: page dumps, HTML pages, JSON Lines or WARC archives; folders (searched for *.txt, *.html, *.jsonl, *.warc...), or - for standard input (the default when a page is piped in).", show_default=False)]
AgenciesOption = Annotated[Optional[str], typer.Option("--agencies", metavar="FILE", help="A YAML file of agencies and aliases that adds to (and overrides) the bundled ones.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Skip pages larger than N bytes, each reported as an error (exit 1).")]
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # the same as sources.DEFAULT_MAX_BYTES, without importing it for --help
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=1, help="Parse pages in N worker processes (default: one per core). The output is the same for any N.", show_default=False)]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
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
