"""Bad input, told the same way by every command: empty inputs.

The rule: an empty input of any kind is a warning naming it and the run goes
on without it.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from captions.cli import app
from tests.cli_errors import error_line

PAGE = " date 2024-06-19 World\nLeaders meet in Pyongyang\n\nThe two leaders shake hands at the airport. [Jane Roe/Reuters]\n"
COUNTED = "agency,photos,articles\nReuters,1,1\n"

EMPTY_INPUTS = [
    pytest.param("empty.txt", b"", id="page-dump"),
    pytest.param("blank.txt", b"\n  \n\n", id="page-dump-of-blank-lines"),
    pytest.param("empty.html", b"", id="html"),
    pytest.param("empty.jsonl", b"", id="jsonl"),
    pytest.param("empty.jsonl.gz", gzip.compress(b""), id="jsonl-gz"),
    pytest.param("empty.warc", b"", id="warc"),
    pytest.param("empty.warc.gz", gzip.compress(b""), id="warc-gz"),
    pytest.param("empty.yaml", b"", id="yaml-catalogue"),
    pytest.param("empty.json", b"", id="json-catalogue"),
    pytest.param("empty.db", b"", id="database"),
    pytest.param("empty.csv", b"", id="csv"),
]


@pytest.mark.parametrize(("name", "data"), EMPTY_INPUTS)
def test_an_empty_input_is_a_warning_naming_it_and_the_run_goes_on(runner, page, tmp_path: Path, name: str,
                                                                   data: bytes) -> None:
    empty = tmp_path / name
    empty.write_bytes(data)
    result = runner.invoke(app, ["credits", str(empty), str(page(PAGE)), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (0, COUNTED), result.output
    assert "empty" in error_line(result.stderr, str(empty), label="warning")


def test_empty_standard_input_is_a_warning_as_an_empty_file_is(runner) -> None:
    result = runner.invoke(app, ["credits", "-", "--format", "csv"], input="")
    assert (result.exit_code, result.stdout) == (0, "agency,photos,articles\n")
    assert "empty" in error_line(result.stderr, "-: ", label="warning")


@pytest.mark.parametrize("command", [["catalog", "--format", "json"], ["credits", "--format", "csv"], ["audit"], ["show"]])
def test_every_command_warns_of_an_empty_page_alike(runner, page, command: list[str]) -> None:
    empty = page("", "empty.txt")
    result = runner.invoke(app, [*command, str(empty)])
    assert result.exit_code == 0, result.output
    assert "empty" in error_line(result.stderr.split("captions: no findings")[0], str(empty), label="warning")


def test_an_empty_page_is_no_article(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page("", "empty.txt")), str(page(PAGE)), "--format", "json"])
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["page"]


@pytest.mark.parametrize("name", ["old.yaml", "old.jsonl", "old.csv", "old.db"])
def test_diff_reads_an_empty_catalogue_as_one_of_no_pictures_with_a_warning(runner, page, tmp_path: Path,
                                                                             name: str) -> None:
    new = tmp_path / "new.yaml"
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(new)]).exit_code == 0
    (tmp_path / name).write_bytes(b"")
    result = runner.invoke(app, ["diff", str(tmp_path / name), str(new)])
    assert result.exit_code == 1
    assert result.stdout.startswith("+ page")
    warning, summary = result.stderr.splitlines()
    assert "empty" in error_line(warning, str(tmp_path / name), label="warning")
    assert summary == "captions: 1 added, 0 removed, 0 re-credited"


def test_a_json_lines_file_with_a_damaged_line_still_gives_its_good_lines(runner, tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_bytes(json.dumps({"id": "summit", "text": PAGE}).encode() + b"\n" + b'{"text": "a\x00b"}\n')
    result = runner.invoke(app, ["credits", str(path), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (1, COUNTED)
    error_line(result.stderr, f"{path}:2")
