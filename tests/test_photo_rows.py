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


def test_photos_alone_to_standard_output_is_refused_in_a_line_saying_what_to_add(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "--photos"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("captions: error: --photos writes csv or jsonl, not yaml: "
                             "add --format jsonl (or csv), or write to a .jsonl or .csv file\n")


# -- photo rows read back: where catalogues are read, they are too; elsewhere they are refused --------

FLAWED = "Storm batters the coast\n\nShips wait off the port. [Jo Li/Reuter]\nThe mayor opens the bridge. [AFP]\n"


def write_rows(runner, page, tmp_path: Path, text: str, name: str) -> Path:
    out = tmp_path / name
    extra = ["--photos"] if name.endswith(".jsonl") else []
    assert runner.invoke(app, ["catalog", str(page(text)), "-o", str(out), *extra]).exit_code == 0
    return out


def test_credits_reads_a_csv_photo_table_back_as_the_pages_it_was_written_from(runner, page, tmp_path: Path) -> None:
    table = write_rows(runner, page, tmp_path, PAGE, "photos.csv")
    result = runner.invoke(app, ["credits", str(table), "--format", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nKCNA,1,1\nKNS,1,1\n"


def test_credits_reads_a_json_lines_photo_table_back(runner, page, tmp_path: Path) -> None:
    table = write_rows(runner, page, tmp_path, PAGE, "photos.jsonl")
    result = runner.invoke(app, ["credits", str(table), "--format", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nKCNA,1,1\nKNS,1,1\n"


def test_audit_of_a_photo_table_names_the_pages_it_was_written_from(runner, page, tmp_path: Path) -> None:
    table = write_rows(runner, page, tmp_path, FLAWED, "photos.csv")
    result = runner.invoke(app, ["audit", str(table), "-q"])
    assert result.stdout == (f'{tmp_path / "page.txt"}:3: CAP004 unknown-agency: "Reuter" is not a known agency; '
                             'did you mean "Reuters"? [page/1]\n')


def test_catalog_refuses_a_photo_table_in_one_line(runner, page, tmp_path: Path) -> None:
    table = write_rows(runner, page, tmp_path, PAGE, "photos.jsonl")
    result = runner.invoke(app, ["catalog", str(table), "-f", "jsonl"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"captions: error: {table}: a table of photo rows captions wrote, not page dumps; skipped (captions credits, audit and diff read it)\n"


def test_a_folder_walk_leaves_out_a_json_lines_photo_table(runner, page, tmp_path: Path) -> None:
    write_rows(runner, page, tmp_path, PAGE, "photos.jsonl")
    result = runner.invoke(app, ["credits", str(tmp_path), "--format", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nKCNA,1,1\nKNS,1,1\n"


def test_a_csv_file_captions_did_not_write_is_still_read_as_a_page(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page("Markets\n\nTraders at work. [Jo Li/AFP]\n", "notes.csv")), "-f", "csv"])
    assert result.stdout == "agency,photos,articles\nAFP,1,1\n"


def test_a_bad_row_of_a_photo_table_is_named_by_file_and_line(runner, page, tmp_path: Path) -> None:
    table = write_rows(runner, page, tmp_path, PAGE, "photos.csv")
    lines = table.read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join([lines[0], lines[1].replace(",4,", ",four,")]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(table)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"captions: error: {table}:2: photos[0].line: ")
    assert result.stderr.endswith("; the article's rows skipped\n") and result.stderr.count("\n") == 1
