"""Turning results into text for people: tables, CSV, JSON, page blocks."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Sequence

from .counts import GroupCount
from .models import Article
from .knowledge.registry import AgencyRegistry

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def table_formats() -> list[str]:
    from tabulate import tabulate_formats

    return [*tabulate_formats, "csv", "json"]


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection rule)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render_table(headers: Sequence[str], rows: list[Sequence[Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(headers, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        # The writer ends rows in "\r\n" so that it quotes a cell holding a lone "\r"
        # (a spreadsheet starts a row there: "X\r=1+1" would put a formula first in
        # a row); each row then ends in "\n" as before.
        out = []
        for row in [list(headers), *[[safe_cell(v) for v in row] for row in rows]]:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\r\n").writerow(row)
            out.append(buffer.getvalue()[:-2] + "\n")
        return "".join(out)
    from tabulate import tabulate

    return tabulate(rows, headers=list(headers), tablefmt=fmt) + "\n"


def render_group_counts(counts: list[GroupCount], by: Sequence[str], fmt: str) -> str:
    return render_table((*by, "photos", "articles"), [(*c.key, c.photos, c.articles) for c in counts], fmt)


def render_agencies(registry: AgencyRegistry, fmt: str) -> str:
    rows = [(a.name, ", ".join(a.aliases), a.kind or "", a.country or "") for a in registry]
    if fmt == "json":
        return json.dumps(
            [{"name": a.name, "aliases": list(a.aliases), "kind": a.kind, "country": a.country} for a in registry],
            ensure_ascii=False, indent=2,
        ) + "\n"
    return render_table(("agency", "aliases", "kind", "country"), rows, fmt)


def render_article(article: Article) -> str:
    """One block per photo, for a quick look at a page."""
    out = [f"{article.source}: {article.title or '(no title)'} ({len(article.photos)} photos)\n"]
    for photo in article.photos:
        out.append(f"\n{photo.id}  line {photo.line}\n")
        out.append(f"  description: {photo.description or '-'}\n")
        out.append(f"  caption:     {photo.caption or '-'}\n")
        credit = photo.credit
        if credit is None:
            out.append("  credit:      -\n")
        else:
            out.append(f"  credit:      {credit.raw}\n")
            out.append(f"    photographers: {', '.join(credit.photographers) or '-'}\n")
            out.append(f"    agencies:      {', '.join(credit.agencies) or '-'}\n")
            out.append(f"    via:           {', '.join(credit.via) or '-'}\n")
    return "".join(out)
