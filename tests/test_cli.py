"""The command line: inputs, outputs, exit codes and errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from captions.cli import app

PAGE = " date 2024-06-19 World\nLeaders meet in Pyongyang\n\nThe two leaders shake hands at the airport. [Jane Roe/Reuters]\n"


def test_module_help_runs_as_a_subprocess() -> None:
    result = subprocess.run([sys.executable, "-m", "captions", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "catalog" in result.stdout


def test_version(runner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("captions ")


def test_every_command_has_help_with_an_example(runner) -> None:
    for command in ("catalog", "credits", "show", "agencies"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Example: captions " + command in result.stdout, command


def test_catalog_writes_yaml_to_standard_output(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE))])
    data = yaml.safe_load(result.stdout)
    assert data["articles"][0]["photos"][0]["credit"]["agencies"] == ["Reuters"]
    assert data["agencies"] == {"Reuters": ["page/1"]}


def test_catalog_output_format_follows_the_extension(runner, page, tmp_path: Path) -> None:
    source = page(PAGE)
    for name in ("out.json", "out.jsonl", "out.yaml"):
        assert runner.invoke(app, ["catalog", str(source), "-o", str(tmp_path / name)]).exit_code == 0
    assert json.loads((tmp_path / "out.json").read_text())["catalog_version"] == 1
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["page"]
    assert yaml.safe_load((tmp_path / "out.yaml").read_text())["catalog_version"] == 1


def test_catalog_format_option_overrides_the_extension(runner, page, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(out), "--format", "json"]).exit_code == 0
    assert json.loads(out.read_text())["catalog_version"] == 1


def test_catalog_refuses_an_unknown_extension(runner, page, tmp_path: Path) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(tmp_path / "out.txt")])
    assert result.exit_code == 2
    assert "out.txt" in result.stderr


def test_catalog_is_the_same_bytes_on_every_run(runner, page) -> None:
    source = str(page(PAGE))
    first = runner.invoke(app, ["catalog", source]).stdout
    assert runner.invoke(app, ["catalog", source]).stdout == first


def test_catalog_reads_standard_input(runner) -> None:
    result = runner.invoke(app, ["catalog", "-"], input=PAGE)
    data = yaml.safe_load(result.stdout)
    assert data["articles"][0]["id"] == "stdin"
    assert data["articles"][0]["source"] == "-"


def test_folders_are_walked_recursively_in_sorted_order(runner, page) -> None:
    page(PAGE, "b/two.txt")
    page(PAGE, "a/one.txt")
    page("not a page", "a/notes.md")
    folder = page(PAGE, "a/z/three.txt").parent.parent.parent
    data = yaml.safe_load(runner.invoke(app, ["catalog", str(folder)]).stdout)
    assert [a["id"] for a in data["articles"]] == ["one", "three", "two"]


def test_same_file_names_get_unique_ids(runner, page) -> None:
    a, b = page(PAGE, "a/page.txt"), page(PAGE, "b/page.txt")
    data = yaml.safe_load(runner.invoke(app, ["catalog", str(a), str(b)]).stdout)
    assert [x["id"] for x in data["articles"]] == ["page", "page-2"]


def test_missing_file_is_reported_and_the_rest_still_run(runner, page, tmp_path: Path) -> None:
    result = runner.invoke(app, ["catalog", str(tmp_path / "nope.txt"), str(page(PAGE))])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert yaml.safe_load(result.stdout)["articles"][0]["id"] == "page"


def test_binary_file_is_an_error_naming_it(runner, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x01")
    result = runner.invoke(app, ["catalog", str(path)])
    assert result.exit_code == 1
    assert f"{path}: binary file" in result.stderr
    assert "Traceback" not in result.output


def test_latin1_file_is_read_with_a_warning(runner, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 owners protest. [Jo Li/AFP]\n".encode("latin-1"))
    result = runner.invoke(app, ["catalog", str(path)])
    assert result.exit_code == 0
    assert f"{path}: not UTF-8; read as windows-1252" in result.stderr
    assert "Caf\xe9 owners" in result.stdout


def test_an_empty_page_is_a_warning_and_no_article(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(""))])
    assert result.exit_code == 0
    assert yaml.safe_load(result.stdout)["articles"] == []
    assert result.stderr == f"captions: warning: {page('')}: empty; skipped\n"


def test_output_never_overwrites_an_input(runner, page) -> None:
    source = page(PAGE, "pages.yaml")
    result = runner.invoke(app, ["catalog", str(source), "-o", str(source)])
    assert result.exit_code != 0
    assert source.read_text(encoding="utf-8") == PAGE


def test_output_file_is_replaced_whole(runner, page, tmp_path: Path) -> None:
    out = tmp_path / "catalog.yaml"
    out.write_text("old", encoding="utf-8")
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(out)]).exit_code == 0
    assert out.read_text().startswith("catalog_version: 1")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_credits_counts_photos_and_articles_per_agency(runner, page) -> None:
    two = page("Title\nA. [Jo Li/AFP]\nB is here. [KCNA via KNS and AFP]\n", "two.txt")
    one = page("Title\nC is here. [Jo Li/AFP]\n", "one.txt")
    result = runner.invoke(app, ["credits", str(two), str(one), "--format", "csv"])
    assert result.stdout.splitlines() == ["agency,photos,articles", "AFP,3,2", "KCNA,1,1", "KNS,1,1"]


def test_credits_reads_a_catalogue_file(runner, page, tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(out)])
    result = runner.invoke(app, ["credits", str(out), "--format", "json"])
    assert json.loads(result.stdout) == [{"agency": "Reuters", "photos": 1, "articles": 1}]


def test_credits_refuses_an_unknown_format(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE)), "--format", "nope"])
    assert result.exit_code == 2
    assert "unknown --format 'nope'" in result.stderr


def test_show_prints_a_block_per_photo(runner, page) -> None:
    result = runner.invoke(app, ["show", str(page(PAGE))])
    assert "caption:     The two leaders shake hands at the airport." in result.stdout
    assert "agencies:      Reuters" in result.stdout


def test_agencies_lists_aliases_kind_and_country(runner) -> None:
    result = runner.invoke(app, ["agencies", "--format", "csv"])
    assert "ZUMA Press,\"ZUMA Wire, ZUMAPRESS.com, Zuma Press Wire, ZUMA\",,photo agency,US" in result.stdout


def test_user_agencies_file_adds_aliases(runner, page, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {name: Daily Planet, aliases: [DP Photo], kind: publication, country: US}\n")
    source = page("Title\nSuperman lands. [Jimmy Olsen/DP Photo]\n")
    data = yaml.safe_load(runner.invoke(app, ["catalog", str(source), "--agencies", str(extra)]).stdout)
    assert data["articles"][0]["photos"][0]["credit"]["agencies"] == ["Daily Planet"]


def test_user_agencies_file_overrides_a_bundled_entry(runner, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {name: AP, aliases: [Assoc. Press], kind: wire, country: US}\n")
    result = runner.invoke(app, ["agencies", "--agencies", str(extra), "--format", "csv"])
    assert "AP,Assoc. Press,,wire,US" in result.stdout


def test_user_agencies_file_variants_keep_the_printed_name(runner, page, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {name: Gotham Gazette, variants: [GG], kind: publication, country: US}\n")
    source = page("Title\nThe bat signal over the city. [Lois Lane/GG]\n")
    data = yaml.safe_load(runner.invoke(app, ["catalog", str(source), "--agencies", str(extra)]).stdout)
    assert data["articles"][0]["photos"][0]["credit"]["agencies"] == ["GG"]
    result = runner.invoke(app, ["agencies", "--agencies", str(extra), "--format", "csv"])
    assert "Gotham Gazette,,GG,publication,US" in result.stdout


def test_user_alias_of_a_bundled_agency_is_a_usage_error(runner, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {name: Associated Pictures, aliases: [AP Photo]}\n")
    result = runner.invoke(app, ["agencies", "--agencies", str(extra)])
    assert result.exit_code == 2
    assert "'AP Photo' already names AP" in result.stderr
    assert "Traceback" not in result.output


def test_bad_agencies_file_is_a_usage_error_naming_it(runner, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {aliases: [x]}\n")
    result = runner.invoke(app, ["agencies", "--agencies", str(extra)])
    assert result.exit_code == 2
    assert f"{extra}: agencies[1]: each agency needs a 'name'" in result.stderr


def test_max_bytes_must_be_positive(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "--max-bytes", "-5"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_compressed_output_is_refused_with_advice(runner, page, tmp_path: Path) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(tmp_path / "c.jsonl.gz")])
    assert result.exit_code == 2
    assert "compressed output is not supported" in result.stderr
    assert not (tmp_path / "c.jsonl.gz").exists()


def test_a_folder_without_pages_is_an_error(runner, tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path}: no page dumps" in result.stderr


def test_output_inside_the_input_folder_is_not_read_back(runner, page) -> None:
    folder = page(PAGE).parent
    out = folder / "catalog.jsonl"
    first = runner.invoke(app, ["catalog", str(folder), "-o", str(out), "--into-input"])
    text = out.read_text(encoding="utf-8")
    second = runner.invoke(app, ["catalog", str(folder), "-o", str(out), "--into-input"])
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert out.read_text(encoding="utf-8") == text


def test_article_ids_never_hold_a_slash(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": "world/asia 1", "text": "T\nA stall. [Jo Li/AFP]\n"}) + "\n", encoding="utf-8")
    data = yaml.safe_load(runner.invoke(app, ["catalog", str(path)]).stdout)
    assert data["articles"][0]["photos"][0]["id"] == "world-asia-1/1"


def test_audit_select_naming_no_rule_is_a_usage_error(runner, page) -> None:
    result = runner.invoke(app, ["audit", str(page(PAGE)), "--select", ""])
    assert result.exit_code == 2


@pytest.mark.parametrize("command", ["catalog", "credits", "audit", "show"])
def test_help_of_a_command_reading_pages_names_every_kind_of_page(runner, command: str) -> None:
    help_text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
    assert "page dumps, HTML pages, JSON Lines or WARC archives" in help_text, help_text
