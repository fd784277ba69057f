"""A page two of a run's arguments reach is read once, with a warning: a folder named twice, a folder inside another
named, a file named twice or inside a folder named too, through a symbolic link or not. Counted twice, its credits
would be too."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from captions.cli import app
from captions.inputs.walk import expand

GATE = "Fair\n\nA crowd at the gate. (AP Photo/Kim Lee)\n"
STALL = "Fair\n\nA stall at the fair. Photo: Jo Li/AFP\n"
COUNTS = "agency,photos,articles\nAFP,1,1\nAP,1,1\n"


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "fair" / "stalls").mkdir(parents=True)
    (tmp_path / "fair" / "gate.txt").write_text(GATE, encoding="utf-8")
    (tmp_path / "fair" / "stalls" / "stall.txt").write_text(STALL, encoding="utf-8")
    os.symlink("fair", tmp_path / "linked")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("args", "warning"), [
    (["fair", "fair"], "fair: read already, named before or inside a folder named before; read once"),
    (["fair", "fair/stalls"], "fair/stalls: read already, named before or inside a folder named before; read once"),
    (["linked", "fair"], "fair: read already, named before or inside a folder named before; read once"),
    (["fair/stalls", "fair"], "fair/stalls: read already, as a folder named before; read once"),
    (["fair", "fair/gate.txt"], "fair/gate.txt: read already, named before or in a folder named before; read once"),
    (["fair/gate.txt", "fair"], "fair/gate.txt: named as a file too; read once"),
])
def test_a_page_two_arguments_reach_is_counted_once(runner, pages: Path, args: list[str], warning: str) -> None:
    result = runner.invoke(app, ["credits", *args, "--format", "csv"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, COUNTS, f"captions: warning: {warning}\n")


def test_a_file_named_twice_through_a_link_is_read_once(runner, pages: Path) -> None:
    result = runner.invoke(app, ["credits", "fair/gate.txt", "linked/gate.txt", "--format", "csv"])
    assert (result.exit_code, result.stdout) == (0, "agency,photos,articles\nAP,1,1\n")
    assert result.stderr == ("captions: warning: linked/gate.txt: read already, named before or in a folder named "
                             "before; read once\n")


def test_two_folders_side_by_side_are_both_read(runner, pages: Path) -> None:
    (pages / "more").mkdir()
    (pages / "more" / "gate.txt").write_text(GATE, encoding="utf-8")
    result = runner.invoke(app, ["credits", "fair", "more", "--format", "csv"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "agency,photos,articles\nAP,2,2\nAFP,1,1\n", "")


def test_a_link_to_a_page_of_a_folder_read_before_is_read_once(runner, pages: Path) -> None:
    (pages / "desk").mkdir()
    os.symlink("../fair/gate.txt", pages / "desk" / "gate-link.txt")
    result = runner.invoke(app, ["credits", "fair", "desk/gate-link.txt", "--format", "csv"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, COUNTS, "captions: warning: desk/gate-link.txt: "
                                                                "read already, named before or in a folder named "
                                                                "before; read once\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_a_walk_passed_over_is_read_when_named(pages: Path) -> None:
    os.mkfifo(pages / "fair" / "wire.txt")  # a walk reads regular files only; named, the pipe is read, not sniffed
    assert list(expand(["fair", "fair/wire.txt"])) == ["fair/gate.txt", "fair/stalls/stall.txt", "fair/wire.txt"]


def test_a_file_named_in_a_folder_that_could_not_be_listed_is_read(runner, pages: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    listing = os.scandir

    def refused(folder: str) -> object:  # a folder of mode 311 (others may open its files, not list them), as root
        if os.path.basename(folder) == "stalls":
            raise PermissionError(13, "Permission denied", folder)
        return listing(folder)

    monkeypatch.setattr("captions.inputs.walk.os.scandir", refused)
    result = runner.invoke(app, ["credits", "fair", "fair/stalls/stall.txt", "--format", "csv", "--jobs", "1"])
    assert (result.stdout, result.stderr) == (
        COUNTS, "captions: error: fair/stalls: cannot read folder: Permission denied\n")


def test_a_page_named_gzipped_before_its_folder_is_read_once(runner, pages: Path) -> None:
    (pages / "fair" / "gate.txt.gz").write_bytes(gzip.compress(GATE.encode("utf-8")))  # gzip -k fair/gate.txt
    result = runner.invoke(app, ["credits", "fair/gate.txt.gz", "fair", "--format", "csv"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, COUNTS, (
        "captions: warning: fair/gate.txt: the same page as gate.txt.gz, named before; read once\n"
        "captions: warning: fair/gate.txt.gz: the same page as gate.txt beside it, gzipped; left out\n"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_whose_only_page_was_named_before_is_no_error(runner, pages: Path, jobs: str) -> None:
    result = runner.invoke(app, ["credits", "fair/stalls/stall.txt", "fair/stalls", "--format", "csv", "-j", jobs])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "agency,photos,articles\nAFP,1,1\n", "captions: warning: fair/stalls/stall.txt: named as a file too; read once\n")



@pytest.mark.parametrize("args", [
    ["fair/gate.txt", "elsewhere/entry.txt"], ["elsewhere/entry.txt", "fair/gate.txt"],
    ["fair", "elsewhere/entry.txt"], ["elsewhere/entry.txt", "fair"], ["fair", "elsewhere"], ["elsewhere", "fair"],
], ids=["files", "files-reversed", "folder-then-file", "file-then-folder", "folders", "folders-reversed"])
def test_a_file_of_two_names_is_one_page_read_under_the_name_that_sorts_first_in_any_order(
        runner, pages: Path, args: list[str]) -> None:
    import json

    (pages / "elsewhere").mkdir()
    os.link(pages / "fair" / "gate.txt", pages / "elsewhere" / "entry.txt")   # a hard link: one file, two names
    result = runner.invoke(app, ["catalog", *args, "--format", "jsonl", "--jobs", "1"])
    sources = sorted(json.loads(line)["source"] for line in result.stdout.splitlines())
    assert sources == ["elsewhere/entry.txt"] + (["fair/stalls/stall.txt"] if "fair" in args else [])
    assert (result.exit_code, result.stderr) == (0, "captions: warning: fair/gate.txt: the same file as "
                                                    "elsewhere/entry.txt (a hard link), named or found too; read once\n")
