"""Turning results into text for people: tables, CSV, JSON, page blocks."""
from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any, Sequence

from .counts import CreditTally, GroupCount
from ..knowledge.registry import Agency, AgencyRegistry

if TYPE_CHECKING:
    from ..catalog.models import Article

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def table_formats() -> list[str]:
    from tabulate import tabulate_formats

    return [*tabulate_formats, "csv", "json"]


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection rule)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_line(row: Sequence[Any], *, safe: bool = True) -> str:
    """One CSV row ending in "\\n", its cells safe from formula injection (`safe_cell`).

    The writer ends rows in "\\r\\n" so that it quotes a cell holding a lone "\\r"
    (a spreadsheet starts a row there: "X\\r=1+1" would put a formula first in
    a row); the row then ends in "\\n".
    """
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([safe_cell(v) for v in row] if safe else row)
    return buffer.getvalue()[:-2] + "\n"


def render_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(headers, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return csv_line(headers, safe=False) + "".join(csv_line(row) for row in rows)
    from tabulate import tabulate

    return tabulate(rows, headers=list(headers), tablefmt=fmt) + "\n"


TOTAL_LABEL, UNCREDITED_LABEL = "all pictures", "no credit"


def render_group_counts(counts: list[GroupCount], by: Sequence[str], fmt: str, totals: "CreditTally | None" = None) -> str:
    """The counts as a table; with `totals`, table styles end in two rows: every picture and article
    counted, and the pictures with no credit (and the articles holding them). CSV and JSON keep one
    row per group, for programs to read."""
    rows: list[Sequence[Any]] = [(*c.key, c.photos, c.articles) for c in counts]
    if totals is not None and fmt not in ("csv", "json"):
        blank = ("",) * (len(by) - 1)
        rows.append((TOTAL_LABEL, *blank, totals.photos, totals.articles))
        rows.append((UNCREDITED_LABEL, *blank, totals.uncredited, totals.uncredited_articles))
    return render_table((*by, "photos", "articles"), rows, fmt)


ALIASES_WIDTH, VARIANTS_WIDTH = 32, 24   # a default listing's columns fit 120 characters: --wide shows all
LISTING_WIDTH = 120


def listing_widths(agencies: Sequence[Agency], columns: int = LISTING_WIDTH) -> tuple[int, int]:
    """The aliases' and variants' widths in a listing `columns` wide: what the other columns and the
    gaps between them leave, shared 4 to 3, at most 32 and 24, at least their headers' (tabulate pads
    a header by two)."""
    def width(header: str, values: Sequence[str]) -> int:
        return max([len(header) + 2, *(len(value) for value in values)])

    rest = (width("agency", [a.name for a in agencies]) + width("kind", [a.kind or "" for a in agencies])
            + width("country", [a.country or "" for a in agencies]) + 2 * 4)
    room = columns - rest
    aliases = min(ALIASES_WIDTH, max(len("aliases") + 2, room * 4 // 7))
    return aliases, min(VARIANTS_WIDTH, max(len("variants") + 2, room - aliases))


def shortened(items: Sequence[str], width: int) -> str:
    """Items joined by commas, the last ones cut and counted when they pass `width`: `AP, AP Photo, +9`."""
    full = ", ".join(items)
    if len(full) <= width:
        return full
    kept: list[str] = []
    for item in items:
        left = len(items) - len(kept) - 1
        if kept and len(", ".join([*kept, item]) + (f", +{left}" if left else "")) > width:
            break
        kept.append(item)
    more = f", +{len(items) - len(kept)}" if len(kept) < len(items) else ""
    joined = ", ".join(kept)
    if len(joined) + len(more) > width:  # one item alone too long: cut it too
        joined = joined[:width - len(more) - 1].rstrip() + "…"
    return joined + more


def render_agencies(registry: "AgencyRegistry | Sequence[Agency]", fmt: str, *, wide: bool = False,
                    columns: int = LISTING_WIDTH) -> str:
    """The agencies as a table: csv and json whole; table styles with long lists of aliases and variants
    cut to fit a terminal `columns` wide, unless `wide`."""
    agencies = list(registry)
    if fmt == "json":
        return json.dumps(
            [{"name": a.name, "aliases": list(a.aliases), "variants": list(a.variants), "kind": a.kind,
              "country": a.country} for a in agencies],
            ensure_ascii=False, indent=2,
        ) + "\n"
    if wide or fmt == "csv":
        rows = [(a.name, ", ".join(a.aliases), ", ".join(a.variants), a.kind or "", a.country or "") for a in agencies]
    else:
        aliases_width, variants_width = listing_widths(agencies, columns)
        rows = [(a.name, shortened(a.aliases, aliases_width), shortened(a.variants, variants_width), a.kind or "",
                 a.country or "") for a in agencies]
    return render_table(("agency", "aliases", "variants", "kind", "country"), rows, fmt)


def render_agency(agency: Agency) -> str:
    """One agency, every alias and variant, a field a line."""
    fields = [("aliases", ", ".join(agency.aliases)), ("variants", ", ".join(agency.variants)),
              ("kind", agency.kind or ""), ("country", agency.country or "")]
    return agency.name + "\n" + "".join(f"  {label + ':':<10}{value or '-'}\n" for label, value in fields)


def render_photo_blocks(article: Article) -> str:
    """One block per photo, for a quick look at a page."""
    count = len(article.photos)
    out = [f"{article.source}: {article.title or '(no title)'} ({count} photo{'' if count == 1 else 's'})\n"]
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
