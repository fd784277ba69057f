"""Bad input, told the same way by every command: empty inputs, inputs that fail, option files.

The rules: an empty input of any kind is a warning naming it and the run goes
on without it; a run none of whose inputs could be read prints nothing on
standard output (only its errors) and exits non-zero; a file given with -o is
never emptied by a run that read no page; every error is one line
`captions: error: FILE: problem`, an option file's as an input's.
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


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "typo.txt"


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 8)
    return path


def _cut_gzip(tmp_path: Path) -> Path:
    path = tmp_path / "pages.jsonl.gz"
    data = gzip.compress(b"".join(json.dumps({"id": f"p{n}", "text": PAGE + str(n)}).encode() + b"\n" for n in range(200)))
    path.write_bytes(data[:40])   # cut inside the first line: no whole line to read
    return path


def _empty_folder(tmp_path: Path) -> Path:
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.md").write_text("not a page\n", encoding="utf-8")
    return tmp_path / "nothing"


def _binary_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "photos.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return path


FAILING = [pytest.param(_missing, id="missing"), pytest.param(_binary, id="binary"),
           pytest.param(_cut_gzip, id="truncated-gzip"), pytest.param(_empty_folder, id="folder-of-no-pages"),
           pytest.param(_binary_jsonl, id="binary-json-lines")]
COMMANDS = [
    pytest.param(["catalog"], 1, id="catalog"), pytest.param(["catalog", "--format", "csv"], 1, id="catalog-csv"),
    pytest.param(["credits"], 1, id="credits"), pytest.param(["audit"], 2, id="audit"),
    pytest.param(["show"], 1, id="show"), pytest.param(["show", "--format", "json"], 1, id="show-json"),
]


@pytest.mark.parametrize(("command", "code"), COMMANDS)
@pytest.mark.parametrize("make", FAILING)
def test_a_run_whose_only_input_fails_prints_only_its_error(runner, tmp_path: Path, make, command: list[str],
                                                            code: int) -> None:
    bad = make(tmp_path)
    result = runner.invoke(app, [*command, str(bad)])
    assert (result.exit_code, result.stdout) == (code, "")
    error_line(result.stderr, str(bad))


def test_a_run_with_one_input_that_fails_prints_what_it_read(runner, page, tmp_path: Path) -> None:
    result = runner.invoke(app, ["credits", str(_missing(tmp_path)), str(page(PAGE)), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (1, COUNTED)


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
@pytest.mark.parametrize("make", [pytest.param(_missing, id="missing"), pytest.param(_binary, id="binary")])
def test_an_audit_that_read_no_page_leaves_its_output_file_as_it_was(runner, tmp_path: Path, make, option: str) -> None:
    kept = tmp_path / "findings.jsonl"
    kept.write_text('{"path": "a.txt", "code": "CAP001", "message": "no credit"}\n', encoding="utf-8")
    bad = make(tmp_path)
    result = runner.invoke(app, ["audit", str(bad), option, str(kept), "--format", "jsonl"])
    assert result.exit_code == 2
    problem, left = result.stderr.splitlines()
    error_line(problem, str(bad))
    assert "left as it was" in error_line(left, str(kept))
    assert kept.read_text(encoding="utf-8") == '{"path": "a.txt", "code": "CAP001", "message": "no credit"}\n'


def test_an_audit_of_empty_inputs_writes_no_file_of_findings(runner, page, tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(page("", "empty.txt")), "-o", str(tmp_path / "new.txt")])
    assert result.exit_code == 2
    assert "not written" in error_line(result.stderr.splitlines()[-1], str(tmp_path / "new.txt"))
    assert not (tmp_path / "new.txt").exists()


def _folder(tmp_path: Path) -> Path:
    return tmp_path


def _not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"agencies:\n  - name: Agence \xe9\n")
    return path


@pytest.mark.parametrize("make", [pytest.param(_missing, id="missing"), pytest.param(_folder, id="folder"),
                                  pytest.param(_not_utf8, id="not-utf8")])
@pytest.mark.parametrize("option", ["--agencies", "--baseline"])
def test_an_option_file_that_cannot_be_read_is_one_error_naming_it(runner, page, tmp_path: Path, make,
                                                                   option: str) -> None:
    bad = make(tmp_path)
    result = runner.invoke(app, ["audit", str(page(PAGE)), option, str(bad)])
    assert (result.exit_code, result.stdout) == (2, "")
    error_line(result.stderr, str(bad))


def test_a_missing_option_file_and_a_missing_input_are_told_in_the_same_words(runner, page, tmp_path: Path) -> None:
    bad = _missing(tmp_path)
    as_input = runner.invoke(app, ["credits", str(bad), "--format", "csv"])
    as_option = runner.invoke(app, ["credits", str(page(PAGE)), "--agencies", str(bad), "--format", "csv"])
    first = error_line(as_input.stderr.splitlines()[0], str(bad))
    assert error_line(as_option.stderr, str(bad)) == first


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


def test_a_page_the_parser_fails_on_is_an_error_naming_it_and_the_other_pages_are_read(runner, page, tmp_path: Path,
                                                                                        monkeypatch) -> None:
    from captions.run import shares

    parse = shares.parse_dump

    def failing(text: str, **kwargs):
        if "Pyongyang" not in text:
            raise RecursionError("maximum recursion depth exceeded")
        return parse(text, **kwargs)

    monkeypatch.setattr(shares, "parse_dump", failing)
    bad = page(" date 2024-06-20 World\nA page this parser cannot read\n\nA caption. [Jo Li/AFP]\n", "bad.txt")
    result = runner.invoke(app, ["credits", str(bad), str(page(PAGE)), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (1, COUNTED), result.output
    assert "RecursionError" in error_line(result.stderr, str(bad))
