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
from typing import TYPE_CHECKING, Any

from .models import Article

if TYPE_CHECKING:
    from ..run.shares import Page

COLUMNS = ("id", "article_id", "source", "date", "line", "description", "caption", "credit",
           "credit_source", "photographers", "agencies", "via")
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

    return csv_line(COLUMNS, safe=False)


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
