"""A new user's bad inputs and outputs (trial 14): option files kept, every page command's size limit, outputs' exit codes.

The promises (README, Commands): `-o` never eats data, an option's file
(`--agencies`, `--baseline`) is an input as a page is; an output that cannot
be written exits 2, whatever its format; an error says what to do next,
and only with options the command takes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from captions.cli import app
from tests.cli_errors import error_line

PAGE = " date 2024-06-19 World\nLeaders meet in Pyongyang\n\nThe two leaders shake hands at the airport. [Jane Roe/Reuters]\n"
UNKNOWN = " date 2024-06-19 World\nFair day\n\nA boy runs past a stall at the fair. [Jo Li/Daily Planet]\n"
MY_AGENCIES = "agencies:\n  - name: Daily Planet\n    kind: publication\n    country: US\n"


# -- an output over a file the run reads for an option ---------------------------------------------------------


@pytest.mark.parametrize("name", ["my-agencies.yaml", "my-agencies.csv", "my-agencies.jsonl", "my-agencies.db"])
def test_catalog_refuses_to_write_over_its_agencies_file(runner, page, tmp_path: Path, name: str) -> None:
    agencies = tmp_path / name
    agencies.write_text(MY_AGENCIES, encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "--agencies", str(agencies), "-o", str(agencies)])
    assert result.exit_code == 2, (name, result.output)
    line = error_line(result.stderr, str(agencies))
    assert line == f"captions: error: {agencies}: is the --agencies file this run reads; refusing to overwrite it (write elsewhere)"
    assert agencies.read_text(encoding="utf-8") == MY_AGENCIES, name


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_audit_refuses_to_write_over_its_agencies_file(runner, page, tmp_path: Path, option: str) -> None:
    agencies = tmp_path / "my-agencies.yaml"
    agencies.write_text(MY_AGENCIES, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(page(UNKNOWN)), "--agencies", str(agencies), option, str(agencies)])
    assert result.exit_code == 2, (option, result.output)
    assert "is the --agencies file this run reads" in error_line(result.stderr, str(agencies)), option
    assert agencies.read_text(encoding="utf-8") == MY_AGENCIES, option


def test_audit_refuses_to_write_its_findings_over_the_baseline_it_compares_with(runner, page, tmp_path: Path) -> None:
    pages = page(UNKNOWN)
    baseline = tmp_path / "baseline.jsonl"
    assert runner.invoke(app, ["audit", str(pages), "--write-baseline", str(baseline)]).exit_code == 0
    kept = baseline.read_bytes()
    assert kept.count(b"\n") == 1, kept  # CAP004: Daily Planet is not known
    result = runner.invoke(app, ["audit", str(pages), "--baseline", str(baseline), "-o", str(baseline)])
    assert result.exit_code == 2, result.output
    line = error_line(result.stderr, str(baseline))
    assert line == f"captions: error: {baseline}: is the --baseline file this run reads; refusing to overwrite it (write elsewhere)"
    assert baseline.read_bytes() == kept


def test_audit_may_refresh_the_baseline_it_is_given(runner, page, tmp_path: Path) -> None:
    pages = page(UNKNOWN)
    baseline = tmp_path / "baseline.jsonl"
    assert runner.invoke(app, ["audit", str(pages), "--write-baseline", str(baseline)]).exit_code == 0
    kept = baseline.read_bytes()
    result = runner.invoke(app, ["audit", str(pages), "--baseline", str(baseline), "--write-baseline", str(baseline)])
    assert (result.exit_code, result.stderr) == (0, f"captions: wrote 1 finding to {baseline}\n"), result.output
    assert baseline.read_bytes() == kept


def test_audit_refuses_an_output_over_an_input_before_the_run(runner, page, tmp_path: Path, monkeypatch) -> None:
    import captions.jobs

    pages = page(UNKNOWN)
    monkeypatch.setattr(captions.jobs, "audit", lambda *a, **k: pytest.fail("the run started"))
    result = runner.invoke(app, ["audit", str(pages), "-o", str(pages)])
    assert result.exit_code == 2, result.output
    assert "is one of the inputs" in error_line(result.stderr, str(pages))
    assert pages.read_text(encoding="utf-8") == UNKNOWN


# -- show takes the size limit its error names --------------------------------------------------------------------


def test_show_skips_a_page_over_max_bytes_and_takes_the_option_it_names(runner, page) -> None:
    big = page(PAGE + "x" * 500 + "\n", "big.txt")
    result = runner.invoke(app, ["show", str(big), "--max-bytes", "200"])
    assert (result.exit_code, result.stdout) == (1, ""), result.output
    assert error_line(result.stderr, str(big)) == f"captions: error: {big}: larger than 200 bytes, skipped (see --max-bytes)"
    result = runner.invoke(app, ["show", str(big), "--max-bytes", "2000"])
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    assert "Jane Roe/Reuters" in result.stdout


def test_every_command_that_reads_pages_takes_max_bytes(runner) -> None:
    for command in ("catalog", "credits", "audit", "show"):
        assert "--max-bytes" in runner.invoke(app, [command, "--help"]).stdout, command


# -- an SQLite output that cannot be written is the output's error: exit 2 -----------------------------------------


@pytest.mark.parametrize("case", ["not-a-database", "no-folder"])
def test_an_sqlite_output_that_cannot_be_written_exits_2_as_any_output(runner, page, tmp_path: Path, case: str) -> None:
    if case == "not-a-database":
        db = tmp_path / "notes.db"
        db.write_text("my notes\n", encoding="utf-8")
        problem = "not an SQLite database"
    else:
        db = tmp_path / "missing" / "archive.db"
        problem = f"folder {db.parent} does not exist"
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(db)])
    assert result.exit_code == 2, (case, result.output)
    assert error_line(result.stderr, str(db)) == f"captions: error: {db}: {problem}"
    if case == "not-a-database":
        assert db.read_text(encoding="utf-8") == "my notes\n"
    else:
        assert not db.parent.exists()


# -- an agencies file with a name of the wrong type, or an agency listed twice ---------------------------------------


@pytest.mark.parametrize(("entries", "problem"), [
    ("  - name: 42\n", "agencies[1]: 'name' must be text (quote it: YAML reads bare numbers and dates as such), got 42"),
    ("  - name: 2024-01-01\n", "agencies[1]: 'name' must be text (quote it: YAML reads bare numbers and dates as such), got 2024-01-01"),
    ("  - name: [Daily Planet]\n", "agencies[1]: 'name' must be text (quote it: YAML reads bare numbers and dates as such), got ['Daily Planet']"),
    ("  - Daily Planet\n", "agencies[1]: each agency is a mapping with a 'name' (- name: ...), got 'Daily Planet'"),
    ("  - {aliases: [DP]}\n", "agencies[1]: each agency needs a 'name'"),
    ("  - name: Daily Planet\n    aliases: [DP]\n  - name: Daily Planet\n    kind: publication\n",
     "agencies[2]: 'Daily Planet' is listed already, at agencies[1]; give each agency one entry"),
])
def test_an_agencies_file_names_the_entry_and_its_problem(runner, page, tmp_path: Path, entries: str, problem: str) -> None:
    agencies = tmp_path / "my-agencies.yaml"
    agencies.write_text("agencies:\n" + entries, encoding="utf-8")
    result = runner.invoke(app, ["show", str(page(PAGE)), "--agencies", str(agencies)])
    assert (result.exit_code, result.stdout) == (2, ""), entries
    assert error_line(result.stderr, str(agencies)) == f"captions: error: {agencies}: {problem}", entries


def test_a_key_given_twice_in_an_agencies_file_is_named_not_dropped(runner, page, tmp_path: Path) -> None:
    agencies = tmp_path / "my-agencies.yaml"
    agencies.write_text("agencies:\n  - name: Daily Planet\nplaceholders: [Staff]\nagencies:\n  - name: Daily Star\n",
                        encoding="utf-8")
    result = runner.invoke(app, ["show", str(page(PAGE)), "--agencies", str(agencies)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert error_line(result.stderr, str(agencies)) == (
        f"captions: error: {agencies}: line 4: 'agencies' is given twice (first at line 1); "
        "YAML would keep only the later one: give it once")
