"""Small things of the command line: standard input by default, -o -, show on several pages, completion."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import yaml

from captions.cli import app
from tests.cli_errors import error_line

PAGE = " date 2024-06-19 World\nLeaders meet in Pyongyang\n\nThe two leaders shake hands at the airport. [Jane Roe/Reuters]\n"


def test_piped_input_is_read_when_no_path_is_given(runner) -> None:
    for command in (["catalog"], ["credits", "--format", "csv"], ["audit"], ["show"]):
        result = runner.invoke(app, command, input=PAGE)
        assert result.exit_code == 0, (command, result.output)
        assert result.stdout == runner.invoke(app, [*command, "-"], input=PAGE).stdout, command


def test_no_path_and_nothing_piped_is_a_usage_error(runner, monkeypatch) -> None:
    monkeypatch.setattr("captions.cli._piped", lambda: False)
    result = runner.invoke(app, ["credits"])
    assert result.exit_code == 2
    assert "no PATH given" in error_line(result.stderr)


def test_diff_has_help_with_an_example(runner) -> None:
    assert "Example: captions diff " in runner.invoke(app, ["diff", "--help"]).stdout


def test_dash_output_is_standard_output(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", "-", "--format", "json"])
    assert json.loads(result.stdout)["articles"][0]["id"] == "page"


def test_usage_names_the_paths(runner) -> None:
    for command in ("catalog", "credits", "audit"):
        assert f"Usage: captions {command} [OPTIONS] [PATH]..." in runner.invoke(app, [command, "--help"]).stdout


def test_usage_names_the_rule_in_capitals_as_every_other_argument(runner) -> None:
    assert "Usage: captions rules [OPTIONS] [CODE]\n" in runner.invoke(app, ["rules", "--help"]).stdout


def test_show_takes_several_pages(runner, page) -> None:
    a, b = str(page(PAGE, "a.txt")), str(page(PAGE, "b.txt"))
    result = runner.invoke(app, ["show", a, b])
    assert [line for line in result.stdout.splitlines() if line.endswith("(1 photo)")] == [
        f"{a}: Leaders meet in Pyongyang (1 photo)", f"{b}: Leaders meet in Pyongyang (1 photo)"]


def test_show_json_is_the_articles_as_in_the_catalogue(runner, page) -> None:
    source = str(page(PAGE))
    shown = json.loads(runner.invoke(app, ["show", source, "-f", "json"]).stdout)
    assert shown == yaml.safe_load(runner.invoke(app, ["catalog", source, "-f", "json"]).stdout)["articles"]


def test_shell_completion_can_be_installed(runner) -> None:
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout


def test_shell_completion_offers_kinds_and_groupings(runner) -> None:
    def complete(words: str) -> list[str]:
        env = {"_CAPTIONS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        return runner.invoke(app, [], env=env, prog_name="captions").stdout.splitlines()

    assert complete("captions credits --kind st") == ["state media", "stock"]
    assert complete("captions credits --by k") == ["kind"]


def test_lone_surrogate_escapes_in_json_lines_pages_are_replaced_with_a_warning(runner, tmp_path) -> None:
    pages = tmp_path / "pages.jsonl"
    pages.write_text('{"id": "s\\ud800", "text": "Title\\nShips \\udc00 in port. [Jo Li/AFP]\\n"}\n', encoding="utf-8")
    for name in ("out.yaml", "out.db", "out.csv"):
        result = runner.invoke(app, ["catalog", str(pages), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, (name, result.output)
        assert result.stderr == f"captions: warning: {pages}:1: lone surrogate escapes (\\ud800-\\udfff) read as U+FFFD\n"
    data = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))
    assert data["articles"][0]["id"] == "s\ufffd"
    assert data["articles"][0]["photos"][0]["caption"] == "Ships \ufffd in port."


def test_a_file_name_not_utf_8_is_written_with_replacement_characters_and_a_warning(runner, tmp_path) -> None:
    name = os.fsdecode(b"bad\xff.txt")  # the byte kept as the lone surrogate U+DCFF: no UTF-8 output holds it
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / name).write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(tmp_path / "pages"), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"captions: warning: {tmp_path / 'pages'}/bad\\udcff.txt: name not UTF-8; "
                             "written with U+FFFD for its other bytes\n")
    article = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))["articles"][0]
    assert (article["id"], article["source"]) == ("bad\ufffd", str(tmp_path / "pages" / "bad\ufffd.txt"))


def test_an_archive_name_not_utf_8_names_its_uri_less_records_with_replacement_characters(runner, tmp_path) -> None:
    # Regression: a record with no WARC-Target-URI is named "<archive path>#<offset>"; its id kept the lone surrogate
    # and the YAML writer raised UnicodeEncodeError (a traceback)
    body = b"<html><body><figure><figcaption>Boats in the harbour on Monday. (AP Photo/Jo Li)</figcaption></figure>"
    head = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Type: text/html\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body))
    archive = os.fsencode(tmp_path) + b"/harbour\xff.warc"
    with open(archive, "wb") as out:
        out.write(head + body + b"\r\n\r\n")
    result = runner.invoke(app, ["catalog", os.fsdecode(archive), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0, result.output
    article = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))["articles"][0]
    assert (article["id"], article["source"]) == ("harbour\ufffd", f"{tmp_path}/harbour\ufffd.warc#0")


@pytest.mark.parametrize("command", ["catalog", "credits", "audit", "show", "agencies"])
def test_agencies_help_says_the_file_also_extends_markers_and_html_words(runner, command: str) -> None:
    help_text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
    assert ("--agencies FILE A YAML file that adds to (and overrides) the bundled knowledge: agencies and aliases, "
            "and the words of markers.yaml and html.yaml (credit lead-ins such as 'Snímek:', caption class names).") in help_text


def test_show_refuses_a_catalogue_in_a_line_naming_the_commands_that_read_it(runner, page, tmp_path) -> None:
    catalogue = tmp_path / "c.yaml"
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(catalogue)]).exit_code == 0
    result = runner.invoke(app, ["show", str(catalogue)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"captions: error: {catalogue}: a catalogue file, not page dumps; skipped "
                             "(captions credits, audit and diff read it)\n")


def test_show_into_a_pipe_its_reader_closes_stops_quietly_as_every_command(root) -> None:
    # `captions show examples/ | head -1`: click's own handling exited 1, as for an input that could not be read
    run = subprocess.Popen([sys.executable, "-m", "captions", "show", str(root / "examples")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None and run.stdout.readline().startswith(str(root / "examples").encode())
    run.stdout.close()
    _, stderr = run.communicate(timeout=120)
    assert (run.returncode, stderr) == (0, b"")


def test_standard_input_closed_is_one_error_naming_it() -> None:
    # `captions catalog - <&-`: Python starts with sys.stdin None; reading it was an AttributeError traceback
    done = subprocess.run([sys.executable, "-m", "captions", "catalog", "-"], capture_output=True,
                          preexec_fn=lambda: os.close(0), timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (1, b"", b"captions: error: -: cannot read: standard input is closed\n")
