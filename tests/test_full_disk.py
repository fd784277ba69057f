"""A disk that fills up mid-run is one line naming the output, exit 2, and never a traceback or a half-written file."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from captions.catalog import writers
from captions.cli import app
from tests.cli_errors import error_line

PAGE = (" date 2024-06-19 World\nLeaders meet in Pyongyang\n\n"
        "The two leaders shake hands at the airport. [Jane Roe/Reuters]\n")
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("command", [["catalog", "-q"], ["credits", "-q"], ["audit", "-q"], ["show"]],
                         ids=lambda c: c[0])
def test_a_full_standard_output_is_one_line_and_exit_2(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "summit.txt").write_text(PAGE, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "captions", *command, str(tmp_path / "summit.txt")],
                              stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert error_line(done.stderr) == "captions: error: standard output: cannot write: No space left on device"


def test_an_output_file_on_a_full_disk_is_one_line_and_the_old_file_is_kept(runner, tmp_path: Path,
                                                                             monkeypatch) -> None:
    (tmp_path / "summit.txt").write_text(PAGE, encoding="utf-8")
    old = tmp_path / "catalog.yaml"
    old.write_text("catalog_version: 1\narticles: []\nagencies: {}\n", encoding="utf-8")

    def disk_full(self, entry) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writers.CatalogWriter, "write_entry", disk_full)
    result = runner.invoke(app, ["catalog", str(tmp_path / "summit.txt"), "-o", str(old), "-j1"])
    assert result.exit_code == 2
    assert error_line(result.stderr, str(old)).endswith(": cannot write: No space left on device; left as it was")
    assert old.read_text(encoding="utf-8") == "catalog_version: 1\narticles: []\nagencies: {}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.yaml", "summit.txt"]
