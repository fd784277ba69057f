"""A catalogue saved under a page's name (`captions catalog pages/ > catalog.txt`) is never counted as a page.

Read as a page dump, its captions and credits were pictures again: `credits`
counted 8 pictures of a page of 6, with no word that anything was amiss.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from captions.cli import app

PAGE = "Fair\n\nA stall at the fair. Photo: Jo Li/AFP\n\nA crowd at the gate. (AP Photo/Kim Lee)\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "fair.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.mark.parametrize(("options", "what", "extension"), [
    ([], "a YAML catalogue", ".yaml"),
    (["--format", "json"], "a JSON catalogue", ".json"),
    (["--format", "jsonl"], "a JSON Lines catalogue", ".jsonl"),
    (["--format", "jsonl", "--photos"], "a JSON Lines table of photo rows", ".jsonl"),
    (["--format", "csv"], "a table of photo rows", ".csv"),
], ids=["yaml", "json", "jsonl", "jsonl-photos", "csv"])
def test_a_catalogue_saved_as_txt_is_refused_naming_the_extension_that_reads_it(runner, page: Path, tmp_path: Path,
                                                                                  options: list[str], what: str,
                                                                                  extension: str) -> None:
    saved = tmp_path / "catalog.txt"
    saved.write_text(runner.invoke(app, ["catalog", str(page), *options]).stdout, encoding="utf-8")
    result = runner.invoke(app, ["credits", str(saved), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"captions: error: {saved}: {what} captions wrote, not page dumps; skipped "
                             f"(named *{extension}, captions credits, audit and diff read it)\n")


def test_renamed_to_its_format_the_same_catalogue_counts_the_page_once(runner, page: Path, tmp_path: Path) -> None:
    saved = tmp_path / "catalog.yaml"
    saved.write_text(runner.invoke(app, ["catalog", str(page)]).stdout, encoding="utf-8")
    result = runner.invoke(app, ["credits", str(saved), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (0, "agency,photos,articles\nAFP,1,1\nAP,1,1\n")


def test_a_yaml_catalogue_named_csv_is_refused_too(runner, page: Path, tmp_path: Path) -> None:
    saved = tmp_path / "photos.csv"
    runner.invoke(app, ["catalog", str(page), "-o", str(saved), "--format", "yaml"])
    result = runner.invoke(app, ["audit", str(saved)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (f"captions: error: {saved}: a YAML catalogue captions wrote, not page "
                                             "dumps; skipped (named *.yaml, captions credits, audit and diff read it)")


def test_a_table_of_photo_rows_named_txt_in_a_folder_is_left_out_as_a_catalogue_is(runner, page: Path,
                                                                                  tmp_path: Path) -> None:
    (tmp_path / "rows.txt").write_text(runner.invoke(app, ["catalog", str(page), "--format", "csv"]).stdout,
                                       encoding="utf-8")
    result = runner.invoke(app, ["credits", str(tmp_path), "--format", "csv"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "agency,photos,articles\nAFP,1,1\nAP,1,1\n", "")
