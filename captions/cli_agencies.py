"""`captions agencies`: list the agencies captions knows, or look one up by name or alias."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from .cli_options import AgenciesOption

def list_agencies(
    name: Annotated[Optional[str], typer.Argument(metavar="[NAME]", help="An agency's name, alias or variant, in any case (reuters, AP Photo): show that agency whole.", show_default=False)] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="A tabulate table style (simple by default), csv or json; csv and json list every alias and variant.", show_default=False)] = None,
    wide: Annotated[bool, typer.Option("--wide", help="List every alias and variant in a table style too, not the first few and a count.")] = False,
    agencies: AgenciesOption = None,
) -> None:
    """List the known agencies with their aliases, variants, kind and country, or show one.

    Example: captions agencies Reuters
    """
    from .cli import _check_table_format, _fail, _registry
    from .report.tables import render_agencies, render_agency, table_formats

    if fmt is not None:
        _check_table_format(fmt, table_formats)
    registry = _registry(agencies)
    if name is None:
        typer.echo(render_agencies(registry, fmt or "simple", wide=wide, columns=_terminal_columns()), nl=False)
        return
    agency = registry.named(name)  # by name, alias or variant, in any case
    if agency is None:
        raise _fail(f"no agency {name!r} by name or alias; `captions agencies` lists them")
    typer.echo(render_agencies([agency], fmt, wide=True) if fmt else render_agency(agency), nl=False)


def _terminal_columns() -> int:
    """The terminal's width when the listing goes to one; else 120, the same bytes on every machine."""
    import shutil
    import sys

    from .report.tables import LISTING_WIDTH

    return shutil.get_terminal_size((LISTING_WIDTH, 24)).columns if sys.stdout.isatty() else LISTING_WIDTH
