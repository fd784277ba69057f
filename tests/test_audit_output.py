"""`captions audit` for everyday use: -o, jsonl, baselines, rule names, sorting, quiet, filters."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.cli import app
from tests.cli_errors import error_line

HEAD = "Storm batters the coast\n\n"
PAGE = HEAD + "The mayor opens the new bridge. [Jane Doe]\nShips wait off the port. [Jo Li/Reuter]\n"


def codes(stdout: str) -> list[tuple[str, int]]:
    return [(line.split(": ")[1].split()[0], int(line.split(":")[1])) for line in stdout.splitlines()]


def test_rule_names_work_in_select_and_ignore(runner, page) -> None:
    source = str(page(PAGE))
    by_name = runner.invoke(app, ["audit", source, "--select", "unknown-agency"])
    by_code = runner.invoke(app, ["audit", source, "--select", "CAP004"])
    assert by_name.stdout == by_code.stdout != ""
    assert codes(runner.invoke(app, ["audit", source, "--ignore", "Unknown-Agency"]).stdout) == [("CAP005", 3)]


def test_findings_are_sorted_by_file_then_line(runner, page) -> None:
    b = str(page(PAGE, "b.txt"))
    a = str(page(PAGE, "a.txt"))
    result = runner.invoke(app, ["audit", b, a])
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == [f"{a}:3", f"{a}:4", f"{b}:3", f"{b}:4"]


def test_jsonl_has_one_finding_a_line(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(PAGE)), "-f", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["code"], r["line"], r["photo"]) for r in rows] == [("CAP005", 3, "page/1"), ("CAP004", 4, "page/2")]


def test_output_file_gets_the_findings_and_standard_error_the_summary(runner, page, tmp_path: Path) -> None:
    out = tmp_path / "findings.txt"
    result = runner.invoke(app, ["audit", str(page(PAGE)), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert codes(out.read_text(encoding="utf-8")) == [("CAP005", 3), ("CAP004", 4)]
    assert "captions: 2 findings in 1 page" in result.stderr


def test_quiet_prints_the_findings_only(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(PAGE)), "-q"])
    assert (result.exit_code, result.stderr) == (1, "")
    assert len(result.stdout.splitlines()) == 2


def test_a_baseline_hides_the_findings_it_holds_and_shows_new_ones(runner, page, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.jsonl"
    source = page(PAGE)
    written = runner.invoke(app, ["audit", str(source), "--write-baseline", str(baseline)])
    assert (written.exit_code, written.stdout) == (0, "")
    assert written.stderr == f"captions: wrote 2 findings to {baseline}\n"
    same = runner.invoke(app, ["audit", str(source), "--baseline", str(baseline)])
    assert (same.exit_code, same.stdout) == (0, "")
    assert "captions: no new findings in 1 page (2 in the baseline)" in same.stderr
    # a line added above moves the old findings; they stay matched, and the new one is reported
    source.write_text(HEAD + "Crowds gather. [Ann Lee]\n" + PAGE[len(HEAD):], encoding="utf-8")
    moved = runner.invoke(app, ["audit", str(source), "--baseline", str(baseline)])
    assert moved.exit_code == 1
    assert codes(moved.stdout) == [("CAP005", 3)]
    assert "Ann Lee" in moved.stdout


def test_json_output_can_serve_as_a_baseline(runner, page, tmp_path: Path) -> None:
    source = str(page(PAGE))
    findings = tmp_path / "findings.json"
    runner.invoke(app, ["audit", source, "-f", "json", "-o", str(findings)])
    assert runner.invoke(app, ["audit", source, "--baseline", str(findings)]).exit_code == 0


def test_a_baseline_that_is_not_one_is_a_usage_error(runner, page, tmp_path: Path) -> None:
    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"hello": 1}\n', encoding="utf-8")
    result = runner.invoke(app, ["audit", str(page(PAGE)), "--baseline", str(bad)])
    assert result.exit_code == 2
    assert "not a baseline" in error_line(result.stderr, str(bad))


@pytest.mark.parametrize(("text", "what"), [
    ("catalog_version: 1\narticles: []\nagencies: {}\n",
     "it is a catalogue (give audit's findings: --write-baseline FILE, or -f jsonl)"),
    ("CAP004 p.txt:2\n", "it is not JSON Lines, a finding a line"),
    ('{"hello": 1}\n', "a record has no 'path' field (a finding has path, code and message)"),
    ("[1, 2]\n", "it holds JSON but not findings, an object each"),
])
def test_a_baseline_that_is_not_one_says_what_the_file_is(runner, page, tmp_path: Path, text: str, what: str) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(page(PAGE)), "--baseline", str(bad)])
    assert (result.exit_code, result.stderr) == (
        2, f"captions: error: {bad}: not a baseline written by captions audit --write-baseline: {what}\n"), text


def test_audit_filters_report_findings_on_chosen_pictures_only(runner, page) -> None:
    text = HEAD + "Ships wait off the port. [Jo Li/Reuter]\nTroops march. [KCNA]\n"
    result = runner.invoke(app, ["audit", str(page(text)), "--select", "CAP", "--kind", "state media"])
    assert codes(result.stdout) == [("CAP008", 4)]
    dated = " date 2024-06-19 World\n" + text
    assert runner.invoke(app, ["audit", str(page(dated, "d.txt")), "--since", "2024-07-01"]).stdout == ""


def test_many_findings_are_sorted_through_temporary_runs_by_file_line_code_and_message() -> None:
    from captions.audit.rules import Finding
    from captions.disk_sort import DiskSort

    findings = [Finding("CAP001", "missing-credit", f"p{n % 7}.txt", n % 13, f"m{n}") for n in range(500)]
    expected = sorted(findings, key=lambda f: (f.path, f.line, f.code, f.message))
    for run, max_runs in ((1000, 64), (40, 64), (10, 4)):  # in memory; runs merged at the end; runs merged on the way too
        collected = DiskSort(Finding.order, run=run, max_runs=max_runs)
        for n in range(0, 500, 9):
            collected.add(findings[n:n + 9])
        assert list(collected) == expected, (run, max_runs)


# -- two pictures of one caption: each line names its picture --------------------------------------

TWINS = ('<!DOCTYPE html><html><body><figure><img src="lamp.jpg" alt="The lamp"></figure>'
         '<figure><img src="log.jpg" alt="The log"></figure>'
         '<ul><li><p>Left, the lamp; right, the log.</p></li></ul></body></html>\n')


def test_text_lines_name_the_picture_so_twin_captions_are_two_lines(runner, page) -> None:
    source = str(page(TWINS, "essay.html"))
    result = runner.invoke(app, ["audit", source, "--select", "CAP001"])
    assert result.stdout.splitlines() == [
        f'{source}:1: CAP001 missing-credit: no credit for caption "Left, the lamp; right, the log." [essay/1]',
        f'{source}:1: CAP001 missing-credit: no credit for caption "Left, the lamp; right, the log." [essay/2]',
    ]


def test_github_annotations_name_the_picture(runner, page) -> None:
    source = str(page(TWINS, "essay.html"))
    result = runner.invoke(app, ["audit", source, "--select", "CAP001", "-f", "github"])
    assert [line.rsplit(" ", 1)[1] for line in result.stdout.splitlines()] == ["[essay/1]", "[essay/2]"]


def test_sarif_results_name_the_picture(runner, page) -> None:
    source = str(page(TWINS, "essay.html"))
    result = runner.invoke(app, ["audit", source, "--select", "CAP001", "-f", "sarif"])
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert [(r["message"]["text"], r["properties"]) for r in results] == [
        ('no credit for caption "Left, the lamp; right, the log." [essay/1]', {"photo": "essay/1"}),
        ('no credit for caption "Left, the lamp; right, the log." [essay/2]', {"photo": "essay/2"}),
    ]


def test_json_findings_keep_the_message_and_name_the_picture_apart(runner, page) -> None:
    source = str(page(TWINS, "essay.html"))
    result = runner.invoke(app, ["audit", source, "--select", "CAP001", "-f", "jsonl"])
    assert [(r["message"], r["photo"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ('no credit for caption "Left, the lamp; right, the log."', "essay/1"),
        ('no credit for caption "Left, the lamp; right, the log."', "essay/2"),
    ]


def test_both_places_of_a_conflict_name_their_picture(runner, page) -> None:
    a = str(page(HEAD + "Rescuers search the rubble in Hatay. [AP]\n", "a.txt"))
    b = str(page(HEAD + "Rescuers search the rubble in Hatay. [AFP]\n", "b.txt"))
    result = runner.invoke(app, ["audit", a, b, "--select", "CAP006"])
    assert [line.rsplit(" ", 1)[1] for line in result.stdout.splitlines()] == ["[a/1]", "[b/1]"]


def test_a_baseline_written_before_findings_named_pictures_still_matches(runner, page, tmp_path: Path) -> None:
    source = str(page(PAGE))
    baseline = tmp_path / "old.jsonl"
    baseline.write_text(  # as --write-baseline wrote it before findings carried a photo
        json.dumps({"code": "CAP005", "name": "credit-without-agency", "path": source, "line": 3,
                    "message": 'credit "Jane Doe" names people only (Jane Doe), no agency'}) + "\n"
        + json.dumps({"code": "CAP004", "name": "unknown-agency", "path": source, "line": 4,
                      "message": '"Reuter" is not a known agency; did you mean "Reuters"?'}) + "\n",
        encoding="utf-8")
    result = runner.invoke(app, ["audit", source, "--baseline", str(baseline)])
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_conflict_on_one_page_names_that_page_as_the_other_place_however_many_findings_a_run_sorts(
        runner, page, monkeypatch) -> None:
    # past a sorting run of findings, each read back from its temporary file with one unpickler for the whole
    # file, the other place of a conflict within one page came back as the first finding's page: p0.txt
    from captions import disk_sort

    monkeypatch.setattr(disk_sort, "RUN", 4)   # two pages a run
    folder = [page(f"Story {n}\n\nBoats {n} reach the square. [Jo Li/AFP]\n\nBoats {n} reach the square. "
                   f"[Jo Li/Reuters]\n", f"p{n}.txt") for n in range(4)][0].parent
    result = runner.invoke(app, ["audit", str(folder), "--select", "CAP006", "-f", "json", "-j", "1"])
    findings = json.loads(result.stdout)
    assert [(Path(f["path"]).name, f["line"], Path(f["related"]["path"]).name, f["related"]["line"])
            for f in findings] == [(f"p{n}.txt", line, f"p{n}.txt", other) for n in range(4)
                                   for line, other in ((3, 5), (5, 3))]
