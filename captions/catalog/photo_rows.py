"""One row per picture, for spreadsheets and data frames: CSV or JSON Lines.

Each row is a picture with its article's id, source and date:

    id, article_id, source, date, line, description, caption, credit,
    credit_source, photographers, agencies, via

In CSV the credit's parts are joined by `; ` (`Sputnik; Kremlin Pool; AP`)
and empty fields are empty cells; a cell that starts with `=`, `+`, `-`, `@`,
a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
it as text instead of running it as a formula (the OWASP rule for CSV
injection). In JSON Lines the parts stay lists, and empty fields are null.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from ..inputs.kinds import PHOTO_COLUMNS
from .models import Article

if TYPE_CHECKING:
    from ..inputs.sources import Problem
    from ..run.shares import Page

FORMATS = ("csv", "jsonl")
JOIN = "; "


def photo_records(article: Article) -> list[dict[str, Any]]:
    """The article's pictures as flat records, lists kept as lists."""
    date = article.date.isoformat() if article.date else None
    out = []
    for photo in article.photos:
        credit = photo.credit
        out.append({
            "id": photo.id,
            "article_id": article.id,
            "source": article.source,
            "date": date,
            "line": photo.line,
            "description": photo.description,
            "caption": photo.caption,
            "credit": credit.raw if credit else None,
            "credit_source": getattr(photo, "credit_source", None),
            "photographers": list(credit.photographers) if credit else [],
            "agencies": list(credit.agencies) if credit else [],
            "via": list(credit.via) if credit else [],
        })
    return out


def csv_header() -> str:
    from ..report.tables import csv_line

    return csv_line(PHOTO_COLUMNS, safe=False)


def photo_text(page: "Page", registry: object = None, *, fmt: str = "csv") -> str:
    """The page's rows as CSV lines (without the header) or JSON Lines (a transform for map_pages)."""
    records = photo_records(page.article)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt != "csv":
        raise ValueError(f"unknown photo row format {fmt!r}; use csv or jsonl")
    from ..report.tables import csv_line

    return "".join(
        csv_line([JOIN.join(v) if isinstance(v, list) else ("" if v is None else v) for v in r.values()])
        for r in records
    )


class PhotoRowWriter:
    """Writes photo rows article by article to an open text stream (the CSV header first)."""

    def __init__(self, stream: Any, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown photo row format {fmt!r}; use csv or jsonl")
        self.stream = stream
        self.count = 0
        if fmt == "csv":
            stream.write(csv_header())

    def write_entry(self, text: str) -> None:
        self.count += 1
        self.stream.write(text)

    def close(self) -> None:
        self.stream.flush()


# -- reading photo rows back ---------------------------------------------------------------------


def cell_text(cell: str) -> str | None:
    """A CSV cell back as the text it stands for: empty is None, the apostrophe guarding a formula goes."""
    from ..report.tables import FORMULA_START

    if cell == "":
        return None
    if cell.startswith("'") and cell[1:].startswith(FORMULA_START):
        return cell[1:]
    return cell


def cell_parts(cell: str) -> list[str]:
    """A CSV cell of joined names back as the list: 'Reuters; Pool' -> ['Reuters', 'Pool']."""
    text = cell_text(cell)
    return text.split(JOIN) if text else []


def csv_rows(path: str) -> "Iterator[tuple[int, dict[str, Any]] | Problem]":
    """The rows of a CSV photo table as photo records (lists as lists), each with the line it starts on."""
    import csv

    from ..inputs.sources import Problem

    # A caption of a page's megabyte-long line is a cell over csv's 128 kB default; the page limit bounds cells anyway.
    csv.field_size_limit(max(csv.field_size_limit(), (1 << 31) - 1))
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            start = 2
            try:
                for row in reader:
                    no, start = start, reader.line_num + 1
                    if None in row or None in row.values():
                        yield Problem(f"{path}:{no}", f"not {len(PHOTO_COLUMNS)} cells; row skipped")
                        continue
                    yield no, {**{k: cell_text(v) for k, v in row.items()},
                               **{k: cell_parts(row[k]) for k in ("photographers", "agencies", "via") if k in row}}
            except csv.Error as err:
                yield Problem(f"{path}:{reader.line_num}", f"not CSV: {err}; the rest of the file is skipped")
    except (OSError, UnicodeDecodeError) as err:
        yield Problem(path, f"cannot read: {getattr(err, 'strerror', None) or err}")


def row_articles(path: str, rows: "Iterable[tuple[int, dict[str, Any]] | Problem]",
                 on_problem: "Callable[[Problem], None]") -> Iterator[Article]:
    """Articles back from photo rows (CSV as `csv_rows` reads it, or JSON Lines), one per run of rows of an article.

    The rows hold everything audit and credits use; an article's title and
    section, and articles with no picture, are not in them.
    """
    from pydantic import ValidationError

    from ..inputs.sources import Problem
    from .validation_errors import problem_text

    def article(no: int, group: list[dict[str, Any]]) -> Article | None:
        first = group[0]
        data = {"id": first.get("article_id"), "source": first.get("source"), "date": first.get("date"),
                "section": None, "title": None, "photos": [_photo(row) for row in group]}
        try:
            return Article.model_validate(data)
        except ValidationError as err:
            on_problem(Problem(f"{path}:{no}", f"{problem_text(err.errors()[0])}; the article's rows skipped"))
            return None

    group: list[dict[str, Any]] = []
    start = 0
    for record in rows:
        if isinstance(record, Problem):
            on_problem(record)
            continue
        no, row = record
        if group and _article_key(row) != _article_key(group[0]):
            if (done := article(start, group)) is not None:
                yield done
            group = []
        if not group:
            start = no
        group.append(row)
    if group and (done := article(start, group)) is not None:
        yield done


def _article_key(row: dict[str, Any]) -> tuple[Any, Any, Any]:
    return row.get("article_id"), row.get("source"), row.get("date")


def _photo(row: dict[str, Any]) -> dict[str, Any]:
    raw = row.get("credit")
    credit = None if raw is None else {k: row.get(k) for k in ("photographers", "agencies", "via")} | {"raw": raw}
    return {"id": row.get("id"), "line": row.get("line"),
            "description": row.get("description"), "caption": row.get("caption"), "credit": credit,
            "credit_source": row.get("credit_source")}
