"""Sorting more than memory should hold (audit findings, diff pictures): runs kept in temporary files, merged back.

Every item comes back whole and in order, memory holds a run's worth, not all the items, and a folder for
temporary files with no room is one line naming it.
"""
from __future__ import annotations

import errno
import subprocess
import sys
import tempfile
import tracemalloc
from operator import itemgetter
from pathlib import Path

import pytest

from captions.disk_sort import DiskSort, TemporaryFilesError


def test_an_item_holding_one_object_twice_comes_back_whole_from_a_run() -> None:
    # the pickler numbers each item's memo from 0; one unpickler for a whole run gave the second item's second
    # reference the first item's object: ("second", "first")
    items = [(f"key{n}", "word" * n) for n in range(6)]
    items = [(key, text, text) for key, text in items]
    collected: DiskSort[tuple[str, str, str]] = DiskSort(key=itemgetter(0), run=2)
    collected.add(reversed(items))
    assert list(collected) == items


def test_items_of_one_key_come_back_in_the_order_they_were_added() -> None:
    collected: DiskSort[tuple[int, str]] = DiskSort(key=itemgetter(0), run=3, max_runs=2)
    collected.add([(n % 3, f"item {n}") for n in range(20)])
    assert list(collected) == sorted([(n % 3, f"item {n}") for n in range(20)], key=itemgetter(0))


def test_reading_runs_back_holds_one_item_of_each_run_not_all_of_them() -> None:
    collected: DiskSort[tuple[int, str]] = DiskSort(key=itemgetter(0), run=1_000)
    for run in range(20):   # 20,000 items of 800 bytes, each run holding every twentieth: read back side by side
        collected.add((n, f"{n:08d}" * 100) for n in range(run, 20_000, 20))
    tracemalloc.start()
    try:
        count = sum(1 for _ in collected)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 4_000_000   # about 33 kB; one unpickler a run kept every item it read: 19 MB


def test_a_run_that_cannot_be_written_is_one_error_naming_the_folder(monkeypatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", full)
    collected: DiskSort[int] = DiskSort(key=int, run=2)
    with pytest.raises(TemporaryFilesError, match=r"^temporary files in .*: cannot write or read back: No space left "
                                                  r"on device; set TMPDIR to a folder with room$"):
        collected.add([3, 2, 1])


def test_a_diff_with_no_room_for_its_temporary_files_ends_in_one_line(tmp_path: Path) -> None:
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text("", encoding="utf-8")
    new.write_text("", encoding="utf-8")
    code = ("import errno, sys, tempfile\n"
            "def full(*a, **k): raise OSError(errno.ENOSPC, 'No space left on device')\n"
            "tempfile.TemporaryFile = full\n"
            "import captions.catalog.diff as d; d._RUN = 1\n"
            f"sys.argv = ['captions', 'diff', {str(old)!r}, {str(new)!r}]\n"
            "from captions.__main__ import main; main()\n")
    rows = "".join('{"article_id": "a", "id": "a/%d", "line": %d, "description": null, "caption": "C%d", '
                   '"credit": null, "photographers": [], "agencies": [], "via": []}\n' % (n, n, n) for n in range(3))
    old.write_text(rows, encoding="utf-8")
    new.write_text(rows, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("captions: error: temporary files in ")
    assert result.stderr.endswith(": cannot write or read back: No space left on device; set TMPDIR to a folder "
                                  "with room\n")
