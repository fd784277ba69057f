"""A file named .gz that is not gzip is read as it is, with a warning; gzip data cut short or corrupt is
named as such, not in zlib's words (trial 15). Every page here is written for its test."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from captions.cli import app

PAGE = " date 2025-01-06 World\nBoats return to the harbour\n\nBoats in the harbour at dawn. (AP Photo/Jo Li)\n"


def credits(runner, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["credits", *args, "--format", "csv", "--jobs", "1"], input=stdin)
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name, data", [
    ("story.txt.gz", PAGE.encode()),
    ("pages.jsonl.gz", (json.dumps({"id": "story", "text": PAGE}) + "\n").encode()),
], ids=["page", "json-lines"])
def test_a_file_named_gz_that_is_not_gzip_is_read_with_a_warning(runner, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert credits(runner, str(path)) == (
        0, "agency,photos,articles\nAP,1,1\n", f"captions: warning: {path}: named .gz but not gzip-compressed; read as it is\n")


@pytest.mark.parametrize("name, data, problem", [
    ("story.txt.gz", gzip.compress(PAGE.encode(), mtime=0)[:30], "gzip data cut short"),
    ("story.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage, not deflate", "gzip data corrupt"),
], ids=["cut-short", "corrupt"])
def test_damaged_gzip_is_named_in_plain_words(runner, tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert credits(runner, str(path)) == (1, "", f"captions: error: {path}: cannot read: {problem}\n")


def test_damaged_gzip_on_standard_input_is_named_in_plain_words(runner) -> None:
    data = gzip.compress(PAGE.encode(), mtime=0)[:30]
    assert credits(runner, "-", stdin=data) == (1, "", "captions: error: -: cannot read: gzip data cut short\n")
