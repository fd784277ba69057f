"""A row per picture: `captions catalog -o photos.csv`, and JSON Lines with --photos."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from captions.cli import app

PAGE = (
    " date 2024-06-19 World\nLeaders meet in Pyongyang\n\n"
    "Soldiers parade past the stand. [KCNA via KNS and AFP]\n"
    "IMAGE: Crowds line the road in the rain.\n"
)


def test_csv_has_a_row_per_picture_with_its_article_and_credit_parts_joined(runner, page, tmp_path: Path) -> None:
    out = tmp_path / "photos.csv"
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(out)]).exit_code == 0
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    source = str(tmp_path / "page.txt")
    assert rows == [
        {"id": "page/1", "article_id": "page", "source": source, "date": "2024-06-19", "line": "4",
         "description": "", "caption": "Soldiers parade past the stand.", "credit": "KCNA via KNS and AFP",
         "credit_source": "", "photographers": "", "agencies": "KCNA; KNS; AFP", "via": "KNS; AFP"},
        {"id": "page/2", "article_id": "page", "source": source, "date": "2024-06-19", "line": "5",
         "description": "", "caption": "Crowds line the road in the rain.", "credit": "",
         "credit_source": "", "photographers": "", "agencies": "", "via": ""},
    ]


def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(runner, page) -> None:
    text = "Title\n\n=HYPERLINK(\"http://x\") is on the sign. [Jo Li/AFP]\n"
    result = runner.invoke(app, ["catalog", str(page(text)), "--format", "csv"])
    row = next(csv.DictReader(result.stdout.splitlines()))
    assert row["caption"] == "'=HYPERLINK(\"http://x\") is on the sign."


def test_jsonl_photos_keeps_lists_and_nulls(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", "-", "--format", "jsonl", "--photos"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["date"], r["agencies"], r["via"], r["credit"]) for r in rows] == [
        ("page/1", "2024-06-19", ["KCNA", "KNS", "AFP"], ["KNS", "AFP"], "KCNA via KNS and AFP"),
        ("page/2", "2024-06-19", [], [], None),
    ]


def test_photos_is_refused_for_a_whole_catalogue_format(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "--photos", "--format", "yaml"])
    assert result.exit_code == 2
    assert "--photos writes csv or jsonl" in result.stderr
