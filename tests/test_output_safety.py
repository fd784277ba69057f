"""-o never eats data: not an input, not an old catalogue after a run that read nothing, not the input folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.cli import app
from tests.cli_errors import error_line

PAGE = " date 2024-06-19 World\nLeaders meet in Pyongyang\n\nThe two leaders shake hands at the airport. [Jane Roe/Reuters]\n"
OLD_CATALOGUE = "catalog_version: 1\narticles: []\nagencies: {}\n"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of two page dumps, one in a sub-folder."""
    (tmp_path / "pages" / "asia").mkdir(parents=True)
    (tmp_path / "pages" / "summit.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pages" / "asia" / "airport.txt").write_text(PAGE.replace("Jane Roe/Reuters", "Kim Lee/AFP"), encoding="utf-8")
    return tmp_path / "pages"


@pytest.mark.parametrize("into_input", [[], ["--into-input"]], ids=["plain", "into-input"])
def test_output_never_overwrites_a_page_found_by_walking_a_folder(runner, pages: Path, into_input: list[str]) -> None:
    target = pages / "asia" / "airport.txt"
    before = target.read_bytes()
    result = runner.invoke(app, ["catalog", str(pages), "-o", str(target), "--format", "yaml", *into_input])
    assert result.exit_code == 2  # a usage error, as README says
    assert "refusing to overwrite it" in error_line(result.stderr, str(target), str(pages))
    assert target.read_bytes() == before


def test_output_never_overwrites_a_page_the_walk_reaches_through_a_link(runner, pages: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "market.txt").write_text(PAGE, encoding="utf-8")
    (pages / "linked").symlink_to(elsewhere, target_is_directory=True)
    result = runner.invoke(app, ["catalog", str(pages), "-o", str(elsewhere / "market.txt"), "--format", "yaml"])
    assert result.exit_code == 2
    assert "refusing to overwrite it" in result.stderr
    assert (elsewhere / "market.txt").read_text(encoding="utf-8") == PAGE


def test_a_run_that_read_no_page_leaves_the_old_catalogue(runner, tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(OLD_CATALOGUE, encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(tmp_path / "typo-folder"), "-o", str(good)])
    assert result.exit_code == 1
    missing, kept = result.stderr.splitlines()
    assert "no such file" in error_line(missing, str(tmp_path / "typo-folder"))
    assert "left as it was" in error_line(kept, str(good))
    assert good.read_text(encoding="utf-8") == OLD_CATALOGUE
    assert [p.name for p in tmp_path.iterdir()] == ["good.yaml"]


@pytest.mark.parametrize("output", ["good.yaml", "good.csv", "good.db"])
@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
def test_a_run_whose_only_page_is_binary_leaves_the_old_catalogue(runner, pages: Path, tmp_path: Path, output: str,
                                                                   jobs: str) -> None:
    good = tmp_path / output
    assert runner.invoke(app, ["catalog", str(pages), "-o", str(good)]).exit_code == 0
    before = good.read_bytes()
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(app, ["catalog", str(tmp_path / "photo.txt"), "-o", str(good), jobs])
    assert result.exit_code == 1
    binary, kept = result.stderr.splitlines()
    assert "binary file" in error_line(binary, str(tmp_path / "photo.txt"))
    assert "left as it was" in error_line(kept, str(good))
    assert good.read_bytes() == before


def test_a_run_whose_filter_keeps_nothing_writes_an_empty_catalogue(runner, pages: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["catalog", str(pages), "--agency", "Xinhua", "-o", str(tmp_path / "none.yaml")])
    assert result.exit_code == 0
    assert (tmp_path / "none.yaml").read_text(encoding="utf-8") == OLD_CATALOGUE


def test_a_run_that_read_no_page_writes_no_file(runner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["catalog", str(tmp_path / "empty"), "-o", str(tmp_path / "new.yaml")])
    assert result.exit_code == 1
    assert "not written" in error_line(result.stderr.splitlines()[-1], str(tmp_path / "new.yaml"))
    assert [p.name for p in tmp_path.iterdir()] == ["empty"]


@pytest.mark.parametrize("name", ["catalog.jsonl", "asia/catalog.yaml"])
def test_output_into_an_input_folder_needs_into_input(runner, pages: Path, name: str) -> None:
    result = runner.invoke(app, ["catalog", str(pages), "-o", str(pages / name)])
    assert result.exit_code == 2
    assert "--into-input" in error_line(result.stderr, str(pages / name), str(pages))
    assert not (pages / name).exists()


def test_an_input_given_as_the_output_is_refused_as_an_input_whatever_its_extension(runner, tmp_path: Path) -> None:
    source = tmp_path / "q.txt"
    source.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(source), "-o", str(source)])
    assert (result.exit_code, result.stderr) == (2, f"captions: error: {source}: is one of the inputs; refusing to overwrite it\n")
    assert source.read_text(encoding="utf-8") == PAGE


@pytest.mark.parametrize("command", [["catalog", "-f", "yaml", "-o"], ["audit", "--write-baseline"], ["audit", "-f", "json", "-o"]])
def test_writing_over_an_input_is_a_usage_error_in_every_command(runner, tmp_path: Path, command: list[str]) -> None:
    source = tmp_path / "q.txt"
    source.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, [command[0], str(source), *command[1:], str(source)])
    assert (result.exit_code, result.stderr) == (2, f"captions: error: {source}: is one of the inputs; refusing to overwrite it\n")


@pytest.mark.parametrize("output", ["c.yaml", "c.db"])
def test_output_into_the_folder_being_read_is_a_usage_error(runner, pages: Path, output: str) -> None:
    result = runner.invoke(app, ["catalog", str(pages), "-o", str(pages / output)])
    assert result.exit_code == 2
    assert result.stderr == (f"captions: error: {pages / output}: is in input folder {pages}, which this run reads;"
                             " write it elsewhere, or pass --into-input\n")


@pytest.mark.parametrize(("name", "fmt"), [
    ("catalog.jsonl", "jsonl"), ("catalog.ndjson", "jsonl"), ("catalog.txt", "yaml"), ("notes.txt", "json"),
])
def test_a_catalogue_written_into_the_input_folder_is_not_counted_again(runner, pages: Path, name: str, fmt: str) -> None:
    before = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    written = runner.invoke(app, ["catalog", str(pages), "-o", str(pages / name), "--format", fmt, "--into-input"])
    after = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert (before.exit_code, written.exit_code, after.exit_code) == (0, 0, 0), written.output
    assert after.stdout == before.stdout == "agency,photos,articles\nAFP,1,1\nReuters,1,1\n"
    again = runner.invoke(app, ["catalog", str(pages), "-o", str(pages / name), "--format", fmt, "--into-input"])
    assert again.exit_code == 0, again.output


def test_a_catalogue_named_outright_is_still_read(runner, pages: Path, tmp_path: Path) -> None:
    runner.invoke(app, ["catalog", str(pages), "-o", str(pages / "catalog.jsonl"), "--into-input"])
    result = runner.invoke(app, ["credits", str(pages / "catalog.jsonl"), "--format", "csv"])
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nReuters,1,1\n"


def test_a_folder_of_catalogues_only_says_they_were_left_out(runner, tmp_path: Path, pages: Path) -> None:
    (tmp_path / "catalogues").mkdir()
    runner.invoke(app, ["catalog", str(pages), "-o", str(tmp_path / "catalogues" / "june.jsonl")])
    result = runner.invoke(app, ["credits", str(tmp_path / "catalogues")])
    assert result.exit_code == 1
    assert result.stderr == (f"captions: error: {tmp_path / 'catalogues'}: no page dumps (*.txt, *.jsonl, *.jsonl.gz, *.ndjson, *.html, *.htm, *.xhtml, *.warc, *.warc.gz, "
                             "*.txt.gz, *.html.gz, *.htm.gz, *.xhtml.gz)"
                             " in this folder; 1 catalogue written by captions left out (name a catalogue to read it)\n")


def test_a_folder_walk_says_once_how_many_files_it_left_out_by_their_names(runner, pages: Path) -> None:
    for name in ("story.php", "index", "asia/gallery.aspx"):
        (pages / name).write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"captions: warning: {pages}: 3 files left out, not named *.txt, *.html, *.jsonl, *.warc "
                             "or the like (such as asia/gallery.aspx): name a file to read it\n")


def test_a_folder_walk_leaves_out_labels_images_and_hidden_files_without_a_word(runner, pages: Path) -> None:
    for name in ("summit.truth.yaml", "summit.jpg", "README.md", ".DS_Store", "summit.txt~"):
        (pages / name).write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_folder_walk_leaves_out_hidden_folders_and_pages(runner, pages: Path) -> None:
    """Regression: `captions catalog .` in a project read the pages of .venv and .git as the user's."""
    (pages / ".venv" / "lib").mkdir(parents=True)
    (pages / ".venv" / "lib" / "LICENSE.txt").write_text(PAGE.replace("Jane Roe/Reuters", "Jo Li/dpa"),
                                                         encoding="utf-8")
    (pages / ".draft.txt").write_text(PAGE.replace("Jane Roe/Reuters", "Al Ko/EPA"), encoding="utf-8")
    result = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert (result.stderr, result.stdout) == ("", "agency,photos,articles\nAFP,1,1\nReuters,1,1\n")


def test_a_hidden_folder_named_outright_is_walked(runner, pages: Path) -> None:
    (pages / ".drafts").mkdir()
    (pages / ".drafts" / "quay.txt").write_text(PAGE.replace("Jane Roe/Reuters", "Jo Li/dpa"), encoding="utf-8")
    result = runner.invoke(app, ["credits", str(pages / ".drafts"), "--format", "csv"])
    assert result.stdout == "agency,photos,articles\ndpa,1,1\n"


def test_a_folder_walk_reads_gzipped_page_dumps_and_html_pages(runner, pages: Path) -> None:
    import gzip

    (pages / "ferry.txt.gz").write_bytes(gzip.compress(PAGE.replace("Jane Roe/Reuters", "Jo Li/dpa").encode()))
    (pages / "quay.html.gz").write_bytes(gzip.compress(
        b'<html><body><figure><img src="a.jpg" alt="Quay"><figcaption>The quay. Photo: Al Ko/EPA</figcaption></figure>'))
    result = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert (result.stderr, result.stdout) == ("", "agency,photos,articles\nAFP,1,1\ndpa,1,1\nEPA,1,1\nReuters,1,1\n")


def test_a_page_gzipped_beside_itself_is_read_once(runner, pages: Path) -> None:
    """Regression: after `gzip -k`, summit.txt and summit.txt.gz were two articles, summit and summit-2."""
    import gzip

    page = next(pages.glob("*.txt"))
    (pages / (page.name + ".gz")).write_bytes(gzip.compress(page.read_bytes()))
    result = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nReuters,1,1\n"
    assert result.stderr == f"captions: warning: {page}.gz: the same page as {page.name} beside it, gzipped; left out\n"


def test_a_gzipped_page_beside_a_different_page_of_its_name_is_read(runner, pages: Path) -> None:
    import gzip

    page = next(pages.glob("*.txt"))
    (pages / (page.name + ".gz")).write_bytes(gzip.compress(PAGE.replace("Jane Roe/Reuters", "Jo Li/dpa").encode()))
    result = runner.invoke(app, ["credits", str(pages), "--format", "csv"])
    assert (result.stderr, result.stdout) == ("", "agency,photos,articles\nAFP,1,1\ndpa,1,1\nReuters,1,1\n")


def test_pages_packed_in_json_lines_are_still_walked(runner, tmp_path: Path) -> None:
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "june.jsonl").write_text(json.dumps({"id": "summit", "text": PAGE}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(tmp_path / "crawl"), "--format", "csv"])
    assert result.stdout == "agency,photos,articles\nReuters,1,1\n"


def test_a_fifo_in_a_walked_folder_is_passed_over(runner, tmp_path: Path) -> None:
    """Regression: opening a FIFO named like a page blocked the run for ever."""
    import os

    folder = tmp_path / "pages"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "page.txt").write_text("Rally in Seoul\nA speaker at the rally. [Jo Li/AFP]\n", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(folder), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "agency,photos,articles\nAFP,1,1\n"


def test_the_file_on_standard_input_is_never_the_output(tmp_path: Path) -> None:
    """Regression: `captions catalog -o p.yaml < p.yaml` overwrote its only input."""
    import subprocess
    import sys

    page = tmp_path / "p.yaml"
    page.write_text("Rally in Seoul\nA speaker at the rally. [Jo Li/AFP]\n", encoding="utf-8")
    with page.open("rb") as stdin:
        run = subprocess.run([sys.executable, "-m", "captions", "catalog", "-o", str(page)], stdin=stdin,
                             capture_output=True, text=True)
    assert run.returncode == 2
    assert "refusing to overwrite it" in error_line(run.stderr, str(page))
    assert page.read_text(encoding="utf-8") == "Rally in Seoul\nA speaker at the rally. [Jo Li/AFP]\n"


@pytest.mark.parametrize("command,output", [
    (["catalog", "-o"], "catalog.yaml"),
    (["catalog", "-o"], "catalog.db"),
    (["audit", "--exit-zero", "-o"], "findings.txt"),
    (["audit", "--write-baseline"], "baseline.jsonl"),
])
def test_a_read_only_output_is_refused_and_kept(runner, pages: Path, tmp_path: Path, command: list[str],
                                                output: str) -> None:
    target = tmp_path / output
    target.write_bytes(b"kept by its owner\n")
    target.chmod(0o444)
    result = runner.invoke(app, [command[0], str(pages), *command[1:], str(target)])
    assert result.exit_code == 2
    assert error_line(result.stderr, str(target)).endswith(
        ": is read-only; refusing to overwrite it (make it writable, or write elsewhere)")
    assert target.read_bytes() == b"kept by its owner\n"


def test_output_through_a_link_writes_the_linked_file_and_keeps_the_link(runner, pages: Path, tmp_path: Path) -> None:
    (tmp_path / "catalogues").mkdir()
    dated = tmp_path / "catalogues" / "2025-04.yaml"
    dated.write_text(OLD_CATALOGUE, encoding="utf-8")
    latest = tmp_path / "latest.yaml"
    latest.symlink_to(dated)
    result = runner.invoke(app, ["catalog", str(pages / "summit.txt"), "-o", str(latest)])
    assert result.exit_code == 0, result.stderr
    assert latest.is_symlink() and latest.resolve() == dated.resolve()
    assert dated.read_text(encoding="utf-8").splitlines()[2] == "- id: summit"
    assert sorted(p.name for p in (tmp_path / "catalogues").iterdir()) == ["2025-04.yaml"]


def test_output_into_a_fifo_writes_into_it_and_leaves_it_a_fifo(runner, pages: Path, tmp_path: Path) -> None:
    """Regression: -o renamed its temporary file over what it named, so `-o /dev/null -f yaml` run as root made
    /dev/null a regular file; a FIFO stands in for the device here (no root needed)."""
    import os
    import stat
    import threading

    fifo = tmp_path / "catalog.fifo"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(app, ["catalog", str(pages / "summit.txt"), "-f", "yaml", "-o", str(fifo)])
    reader.join(timeout=60)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert read[0].decode("utf-8").splitlines()[2] == "- id: summit"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.fifo", "pages"]
