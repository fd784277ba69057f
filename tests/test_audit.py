"""`captions audit`: each rule firing and not firing on pages written for it,
the select/ignore engine, exit codes and the output formats."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from captions.audit.engine import Audit, Selection, SelectionError
from captions.catalog.build import build_catalog
from captions.parse.html.page import looks_like_html, read_html_page
from captions.cli import app
from captions.audit.malformed import credit_problem
from captions.catalog.models import Article, Credit, Photo
from captions.parse.page import parse_dump, parse_page
from captions.knowledge.registry import bundled_registry
from captions.audit.rules import RULES, CreditConflicts
from captions.catalog.writers import catalog_text

REGISTRY = bundled_registry()
HEAD = "Storm batters the coast\n\n"


def audit_pages(*pages: str, select: str) -> list[tuple[str, int, str]]:
    """(path, line, message) of the findings of rule `select` over pages named p1.txt, p2.txt ..."""
    run = Audit(REGISTRY, Selection.parse([select]))
    found = []
    for n, text in enumerate(pages, 1):
        parsed = (read_html_page(text, id=f"p{n}", source=f"p{n}.html") if looks_like_html(text)
                  else parse_dump(text, id=f"p{n}", source=f"p{n}.txt"))
        found += [(f.path, f.line, f.message) for f in run.page(parsed.article, parsed.notes) if f.code == select]
    return found


def lines_of(text: str, select: str) -> list[int]:
    return [line for _, line, _ in audit_pages(text, select=select)]


# -- each rule, firing and not firing ------------------------------------------

HTML_HEAD = "<!DOCTYPE html><html><head><script type='application/ld+json'>"

CASES = [
    ("CAP009", HTML_HEAD + '{"@type": "ImageObject", "url": "a.jpg", "creditText": "Reuters"}</script></head>\n'
     "<body><figure><img src='a.jpg'><figcaption>Rain. Photo: Jo Li/AFP</figcaption></figure></body></html>", [2]),
    ("CAP009", HTML_HEAD + '{"@type": "ImageObject", "url": "a.jpg", "creditText": "Jo Li/AFP"}</script></head>\n'
     "<body><figure><img src='a.jpg'><figcaption>Rain. Photo: Jo Li/AFP</figcaption></figure></body></html>", []),
    ("CAP009", HTML_HEAD + '{"@type": "ImageObject", "url": "b.jpg", "creditText": "Reuters"}</script></head>\n'
     "<body><figure><img src='a.jpg'><figcaption>Rain. Photo: Jo Li/AFP</figcaption></figure></body></html>", []),
    # (code, page, lines with a finding)
    ("CAP001", HEAD + "Caption: The ferry leaves the harbour at dawn.\n", [3]),
    ("CAP001", HEAD + "Image caption, Boats wait out the storm in the bay.\nMore text follows here.\n", [3]),
    ("CAP001", HEAD + "The ferry leaves the harbour at dawn. [Jane Doe/Reuters]\n", []),
    ("CAP001", HEAD + "Caption: The ferry leaves the harbour.\nPhoto: Jane Doe/Reuters\n", []),
    ("CAP002", HEAD + "Two children run along the sand holding a kite\nThe beach on Sunday afternoon. [Jane Doe/Reuters]\n"
               "A lifeguard watches the water from a tower\nThe lifeguard station at noon. [Jane Doe/Reuters]\n"
               "The pier at night, lit by lanterns. [John Roe/AP]\n", [7]),
    ("CAP002", HEAD + "The beach on Sunday afternoon. [Jane Doe/Reuters]\nThe pier at night, lit by lanterns. [John Roe/AP]\n", []),
    ("CAP002", HEAD + "Two children run along the sand holding a kite\nThe beach on Sunday afternoon. [Jane Doe/Reuters]\n"
               "A lifeguard watches the water from a tower\nThe lifeguard station at noon. [Jane Doe/Reuters]\n", []),
    ("CAP003", HEAD + "Firefighters battle the blaze in Athens Image copyright Reuters\n"
               "Image caption Firefighters battle the blaze in Athens\n", [4]),
    ("CAP003", HEAD + "Two children run along the sand holding a kite\nThe beach on Sunday afternoon. [Jane Doe/Reuters]\n"
               "Firefighters battle the blaze, in Athens\nFirefighters battle the blaze in Athens! [Jane Doe/Reuters]\n", [6]),
    ("CAP003", HEAD + "Smoke rises over red roofs behind a fire engine Image copyright Reuters\n"
               "Image caption Firefighters battle the blaze in Athens\n", []),
    ("CAP004", HEAD + "Fishermen haul their nets onto the quay. [Jane Doe/Reuter]\n", [3]),
    ("CAP004", HEAD + "Superman lands on the roof. [Jimmy Olsen/Daily Planet]\n", [3]),
    ("CAP004", HEAD + "Fishermen haul their nets onto the quay. [Jane Doe/Reuters]\n", []),
    ("CAP004", HEAD + "Fishermen haul their nets onto the quay. (AP Photo/Jane Doe)\n", []),
    ("CAP005", HEAD + "The mayor opens the new bridge. [Jane Doe]\n", [3]),
    ("CAP005", HEAD + "The mayor opens the new bridge. Photo: Jane Doe\n", [3]),
    ("CAP005", HEAD + "The mayor opens the new bridge. [Jane Doe/Reuters]\n", []),
    ("CAP005", HEAD + "The mayor opens the new bridge. [Reuters]\n", []),
    ("CAP006", HEAD + "Rescuers search the rubble in Hatay. [AP]\nRescuers search the rubble in Hatay. [Jane Doe/AFP]\n", [3, 4]),
    ("CAP006", HEAD + "Rescuers search the rubble in Hatay. [AP]\nRescuers  search the RUBBLE in Hatay. [Jane Doe/AFP]\n", [3, 4]),
    ("CAP006", HEAD + "Rescuers search the rubble in Hatay. [AP]\nRescuers search the rubble in Hatay. [Jane Doe/AP]\n", []),
    ("CAP006", HEAD + "Rescuers search the rubble in Hatay. [AP]\nRescuers dig through the rubble in Antakya. [Jane Doe/AFP]\n", []),
    ("CAP007", HEAD + "Soldiers march past the reviewing stand. [KCNA via]\n", [3]),
    ("CAP007", HEAD + "Soldiers march past the reviewing stand. [Jane Doe/Reuters\n", [3]),
    ("CAP007", HEAD + "Children wave flags in the rain. [Ann Lee/Daily Planet\n", [3]),
    ("CAP007", HEAD + "Children wave flags in the rain. (AP Photo/Ahn Young-joon\n", [3]),
    ("CAP007", HEAD + "Crowds gather in the main square on Monday. Photograph:\n", [3]),
    ("CAP007", HEAD + "A man sells fruit at a market stall. []\n", [3]),
    ("CAP007", HEAD + "A woman walks her dog in the park. Photo: Reuters /\n", [3]),
    ("CAP007", HEAD + "Soldiers march past the reviewing stand. [KCNA via AFP]\n", []),
    ("CAP007", HEAD + "Crowds gather in the main square on Monday. Photograph:\nJane Doe/Reuters\n", []),
    ("CAP007", HEAD + "The minister (who arrived on Monday\nsaid nothing.\n", []),
    ("CAP007", HEAD + "The rules cover cases (a), (b) and (c)\n", []),
    ("CAP007", HEAD + "He took the photo by\nthe lake at dusk.\n", []),
    ("CAP008", HEAD + "Soldiers parade in Pyongyang. [KCNA via KNS and AFP]\n", [3]),
    ("CAP008", HEAD + "Leaders meet in Moscow. [Gavriil Grigorov/Sputnik]\n", [3]),
    ("CAP008", HEAD + "Leaders meet in Moscow. [Jane Doe/Reuters]\n", []),
    ("CAP008", HEAD + "Leaders meet in Moscow. [Jane Doe/Reuters via Xinhua]\n", []),
    ("CAP008", HEAD + "The crown prince receives the envoy in Riyadh. [Saudi Press Agency via AP]\n", [3]),
    ("CAP004", HEAD + "Commuters wait for a train in Leeds. [Tom Lowe/PA Wire]\n", []),
    ("CAP004", HEAD + "Families visit the Bait Al Zubair museum in Muscat. [Oman News Agency]\n", []),
]


@pytest.mark.parametrize("code, text, expected", CASES)
def test_rule_fires_only_where_it_should(code: str, text: str, expected: list[int]) -> None:
    assert lines_of(text, code) == expected, f"{code} on:\n{text}"


def test_unknown_agency_suggests_the_closest_known_name() -> None:
    [(_, _, message)] = audit_pages(HEAD + "Fishermen haul their nets. [Jane Doe/Reuter]\n", select="CAP004")
    assert message == '"Reuter" is not a known agency; did you mean "Reuters"?'


def test_unknown_agency_without_a_close_name_says_how_to_add_it() -> None:
    [(_, _, message)] = audit_pages(HEAD + "Superman lands. [Jimmy Olsen/Daily Planet]\n", select="CAP004")
    assert "did you mean" not in message and "--agencies" in message, message


def test_unknown_agency_is_known_once_the_user_adds_it(runner, page, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {name: Daily Planet, kind: publication, country: US}\n")
    source = str(page(HEAD + "Superman lands on the roof. [Jimmy Olsen/Daily Planet]\n"))
    assert runner.invoke(app, ["audit", source, "--select", "CAP004"]).exit_code == 1
    assert runner.invoke(app, ["audit", source, "--select", "CAP004", "--agencies", str(extra)]).exit_code == 0


def test_conflicting_credits_across_pages_name_each_other() -> None:
    a = HEAD + "Rescuers search the rubble in Hatay. [AP]\n"
    b = "Quake\nIntro text.\nRescuers search the rubble in Hatay. [Jane Doe/AFP]\n"
    found = audit_pages(a, b, select="CAP006")
    assert found == [
        ("p2.txt", 3, 'caption "Rescuers search the rubble in Hatay." is credited to AFP here and to AP at p1.txt:3'),
        ("p1.txt", 3, 'caption "Rescuers search the rubble in Hatay." is credited to AP here and to AFP at p2.txt:3'),
    ]


def test_conflicting_credits_report_the_first_place_once() -> None:
    a = HEAD + "Rescuers search the rubble in Hatay. [AP]\n"
    b = HEAD + "Rescuers search the rubble in Hatay. [AFP]\n"
    c = HEAD + "Rescuers search the rubble in Hatay. [EPA]\n"
    places = [(path, line) for path, line, _ in audit_pages(a, b, c, select="CAP006")]
    assert places == [("p2.txt", 3), ("p1.txt", 3), ("p3.txt", 3)]


def test_conflict_memory_is_one_small_entry_per_caption_and_credit() -> None:
    conflicts = CreditConflicts()
    for n in range(50):
        text = HEAD + "Rescuers search the rubble in Hatay. [AP]\n"
        conflicts.add(parse_page(text, id=f"p{n}", source=f"p{n}.txt"))
    assert len(conflicts._seen) == 1
    assert len(next(iter(conflicts._seen.values()))) == 1


@pytest.mark.parametrize("raw, problem", [
    ("KCNA via", 'ends in "via" with nothing after it'),
    ("Reuters /", 'ends in "/" with nothing after it'),
    ("[Jane Doe/Reuters", 'unclosed bracket "["'),
    ("Jane Doe/Reuters)", 'unmatched bracket ")"'),
    ("", "empty credit"),
    ("Photograph:", 'lead-in "Photograph:" with nothing after it'),
    ("KCNA via KNS and AFP", None),
    ("AP Photo/Ahn Young-joon", None),
])
def test_credit_problem(raw: str, problem: str | None) -> None:
    assert credit_problem(raw, REGISTRY) == problem, raw


def test_parse_notes_no_broken_credit_for_a_toggle_caption_control() -> None:
    assert parse_dump("Title\nA man waves at the crowd. toggle caption\n").notes == ()


def _catalogue_article(description: str | None, caption: str, raw: str) -> Article:
    from captions.parse.credit import read_credit

    credit = read_credit(raw).to_credit() if raw else Credit(raw="", photographers=[], agencies=[], via=[])
    photo = Photo(id="cat/1", line=7, description=description, caption=caption, credit=credit)
    return Article(id="cat", source="pages/cat.txt", date=None, section=None, title="T", photos=[photo])


@pytest.mark.parametrize("description, raw, code", [
    ("Firefighters battle the blaze in Athens", "Jane Doe/Reuters", "CAP003"),
    (None, "KCNA via", "CAP007"),
    (None, "", "CAP007"),
])
def test_catalogue_inputs_are_audited_at_the_page_source(runner, tmp_path: Path, description, raw, code) -> None:
    article = _catalogue_article(description, "Firefighters battle the blaze in Athens.", raw)
    out = tmp_path / "catalog.json"
    out.write_text(catalog_text(build_catalog([article]), "json"), encoding="utf-8")
    result = runner.invoke(app, ["audit", str(out), "--select", code])
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(f"pages/cat.txt:7: {code} "), result.stdout


# -- select and ignore ---------------------------------------------------------

@pytest.mark.parametrize("select, ignore, code, on", [
    (None, None, "CAP001", True),
    (None, None, "CAP008", False),                  # off unless selected
    (["CAP008"], None, "CAP008", True),
    (["CAP"], None, "CAP008", True),
    (["CAP001"], None, "CAP002", False),             # --select replaces the default set
    (["CAP001,CAP002"], None, "CAP002", True),       # comma-separated
    (["cap001"], None, "CAP001", True),              # any case
    (None, ["CAP00"], "CAP001", False),              # ignore beats the default selection
    (["CAP00"], ["CAP004"], "CAP004", False),        # the longer prefix wins
    (["CAP00"], ["CAP004"], "CAP005", True),
    (["CAP004"], ["CAP00"], "CAP004", True),         # the longer prefix wins, select this time
    (["CAP004"], ["CAP00"], "CAP005", False),
    (["CAP00"], ["CAP00"], "CAP001", False),         # a tie goes to ignore
])
def test_selection_longer_prefix_wins(select, ignore, code, on) -> None:
    assert Selection.parse(select, ignore).enabled(code) is on, (select, ignore, code)


def test_default_selection_is_every_rule_but_state_media() -> None:
    assert Selection.parse().codes() == [c for c in RULES if c != "CAP008"]


@pytest.mark.parametrize("select, ignore", [(["CAP9"], None), (["E501"], None), (None, ["CAP0,XYZ"])])
def test_selection_refuses_a_prefix_that_names_no_rule(select, ignore) -> None:
    with pytest.raises(SelectionError, match="no rule has this code, prefix or name"):
        Selection.parse(select, ignore)


# -- the command: exit codes and output ------------------------------------------

FLAWED = HEAD + "Fishermen haul their nets onto the quay. [Jane Doe/Reuter]\nThe mayor opens the new bridge. [Jane Doe]\n"
CLEAN = HEAD + "Fishermen haul their nets onto the quay. [Jane Doe/Reuters]\n"


def test_audit_prints_findings_like_a_linter(runner, page) -> None:
    source = str(page(FLAWED))
    result = runner.invoke(app, ["audit", source])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f'{source}:3: CAP004 unknown-agency: "Reuter" is not a known agency; did you mean "Reuters"? [page/1]',
        f'{source}:4: CAP005 credit-without-agency: credit "Jane Doe" names people only (Jane Doe), no agency [page/2]',
    ]


def test_audit_summary_per_rule_goes_to_standard_error(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(FLAWED))])
    assert "CAP004" in result.stderr and "unknown-agency" in result.stderr
    assert re.search(r"total\s+2", result.stderr), result.stderr
    assert "captions: 2 findings in 1 page" in result.stderr
    assert "total" not in result.stdout


@pytest.mark.parametrize("args, text, code", [
    ([], CLEAN, 0),
    ([], FLAWED, 1),
    (["--exit-zero"], FLAWED, 0),
    (["--ignore", "CAP004,CAP005"], FLAWED, 0),
    (["--format", "nope"], CLEAN, 2),
    (["--select", "XYZ"], CLEAN, 2),
])
def test_audit_exit_codes(runner, page, args, text, code) -> None:
    result = runner.invoke(app, ["audit", str(page(text)), *args])
    assert result.exit_code == code, (args, result.output)


def test_unreadable_input_is_exit_2_even_with_exit_zero(runner, page, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    for extra in ([], ["--exit-zero"]):
        result = runner.invoke(app, ["audit", missing, str(page(FLAWED)), *extra])
        assert result.exit_code == 2, result.output
        assert "nope.txt: no such file or directory" in result.stderr
        assert "CAP004" in result.stdout  # the readable page is still audited


def test_bad_select_names_the_value_and_what_to_do(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(CLEAN)), "--select", "XYZ"])
    assert "--select XYZ: no rule has this code, prefix or name; `captions rules` lists them" in result.stderr


@pytest.mark.parametrize(("option", "value", "named"), [
    ("--select", "missing", "--select missing"), ("--ignore", "CAP001,nope", "--ignore nope"),
])
def test_bad_select_names_the_value_as_typed(runner, page, option: str, value: str, named: str) -> None:
    result = runner.invoke(app, ["audit", str(page(CLEAN)), option, value])
    assert result.stderr == f"captions: error: {named}: no rule has this code, prefix or name; `captions rules` lists them\n"


def test_clean_run_says_so_on_standard_error(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(CLEAN))])
    assert result.stdout == ""
    assert "captions: no findings in 1 page" in result.stderr


def test_json_format_has_every_field(runner, page) -> None:
    a = str(page(HEAD + "Rescuers search the rubble in Hatay. [AP]\n", "a.txt"))
    b = str(page(HEAD + "Rescuers search the rubble in Hatay. [AFP]\nThe mayor opens the new bridge. [Jane Doe]\n", "b.txt"))
    result = runner.invoke(app, ["audit", a, b, "--format", "json"])
    data = json.loads(result.stdout)
    assert [(d["code"], d["path"], d["line"]) for d in data] == [("CAP006", a, 3), ("CAP006", b, 3), ("CAP005", b, 4)]
    assert data[2] == {"code": "CAP005", "name": "credit-without-agency", "path": b, "line": 4,
                       "message": 'credit "Jane Doe" names people only (Jane Doe), no agency',
                       "photo": "b/2", "related": None}
    conflicts = [d for d in data if d["code"] == "CAP006"]
    assert {(d["path"], d["related"]["path"]) for d in conflicts} == {(a, b), (b, a)}
    assert all(set(d) == {"code", "name", "path", "line", "message", "photo", "related"} for d in data)


def test_json_format_with_no_findings_is_an_empty_list(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(CLEAN)), "--format", "json"])
    assert json.loads(result.stdout) == []


def test_github_format_is_workflow_annotations(runner, page) -> None:
    source = str(page(FLAWED, "dir, with: commas.txt"))
    escaped = source.replace(":", "%3A").replace(",", "%2C")
    result = runner.invoke(app, ["audit", source, "--format", "github"])
    assert result.stdout.splitlines()[0] == (
        f'::warning file={escaped},line=3,title=CAP004 unknown-agency::"Reuter" is not a known agency; did you mean "Reuters"? '
        '[dir,-with:-commas/1]'
    )


def test_sarif_format_is_a_valid_sarif_2_1_0_log(runner, page) -> None:
    a = str(page(HEAD + "Rescuers search the rubble in Hatay. [AP]\n", "a.txt"))
    b = str(page(FLAWED + "Rescuers search the rubble in Hatay. [AFP]\n", "b.txt"))
    result = runner.invoke(app, ["audit", a, b, "--format", "sarif"])
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0"
    assert "sarif-2.1.0" in log["$schema"]
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "captions"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["name"]
    assert {r["ruleId"] for r in run["results"]} == {"CAP004", "CAP005", "CAP006"}
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("none", "note", "warning", "error")
        assert r["message"]["text"]
        location = r["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"]
        assert isinstance(location["region"]["startLine"], int) and location["region"]["startLine"] >= 1
    related = [r for r in run["results"] if r["ruleId"] == "CAP006"]
    assert all(r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in related)


def test_audit_reads_standard_input(runner) -> None:
    result = runner.invoke(app, ["audit", "-"], input=FLAWED)
    assert result.stdout.startswith("-:3: CAP004 unknown-agency: ")


# -- the rules' documentation ------------------------------------------------------

def _doc_example(doc: str) -> str:
    m = re.search(r"Example[^\n]*:\n\n((?:    .*\n?|\n)+)", doc)
    assert m, doc
    return textwrap.dedent(m.group(1)).strip("\n")


@pytest.mark.parametrize("code", list(RULES))
def test_every_rule_is_documented_and_its_example_fires(code: str) -> None:
    rule = RULES[code]
    assert re.fullmatch(r"CAP\d{3}", code) and re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    for section in ("What it finds:", "Why it matters:", "Example"):
        assert section in rule.doc, (code, section)
    example = _doc_example(rule.doc)
    found = lines_of(example if looks_like_html(example) else HEAD + example + "\n", code)
    assert found, f"{code}: its documented example finds nothing:\n{example}"


def test_rules_lists_every_rule(runner) -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for code, rule in RULES.items():
        assert re.search(rf"^{code}\s+{rule.name}\s+(on|off)\s", result.stdout, re.M), code


@pytest.mark.parametrize("name", ["CAP004", "cap004", "unknown-agency"])
def test_rules_explains_one_rule(runner, name: str) -> None:
    result = runner.invoke(app, ["rules", name])
    assert result.exit_code == 0
    assert result.stdout.startswith("CAP004 unknown-agency (on by default)")
    assert "Why it matters:" in result.stdout and "Reuter" in result.stdout


def test_rules_refuses_an_unknown_code(runner) -> None:
    result = runner.invoke(app, ["rules", "CAP999"])
    assert result.exit_code == 2
    assert "no rule 'CAP999'" in result.stderr


@pytest.mark.parametrize("command", ["audit", "rules"])
def test_audit_commands_have_help_with_an_example(runner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: captions " + command in result.stdout


def test_audit_core_imports_no_cli_or_table_library() -> None:
    code = (
        "import sys, captions.audit.engine, captions.audit.rules, captions.audit.malformed, captions.audit.formats\n"
        "bad = [m for m in ('typer', 'rich', 'tabulate') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("lifecycle, select, enabled", [
    ("stable", None, True),
    ("preview", None, False),          # preview rules are never in the default set
    ("preview", ["CAP00"], True),      # ... but any prefix selecting them runs them
    ("deprecated", None, False),
    ("deprecated", ["CAP00"], False),  # a deprecated rule runs only by its full code
    ("deprecated", ["CAP004"], True),
])
def test_rule_lifecycle_decides_selection(monkeypatch, lifecycle: str, select, enabled: bool) -> None:
    import dataclasses

    monkeypatch.setitem(RULES, "CAP004", dataclasses.replace(RULES["CAP004"], lifecycle=lifecycle))
    assert Selection.parse(select).enabled("CAP004") is enabled, (lifecycle, select)


def test_every_rule_has_a_known_lifecycle() -> None:
    from captions.audit.rules import LIFECYCLES

    assert {rule.lifecycle for rule in RULES.values()} <= set(LIFECYCLES)
