"""The progress bar is drawn on a terminal's standard error and never takes standard output."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from captions.run.parallel import SMALL_RUN
from captions.run.progress import PageProgress

PAGE = " date 2024-06-{day:02d} World\nMarket day {n}\n\nStalls open at dawn. [Jo Li/Zanzibar Pictures]\nA trader weighs figs. []\n"

# The bar shown from the first page on, not after a second: a short run shows it too.
RUN_WITH_BAR = "import sys, captions.run.progress as p; p.DELAY = 0; from captions.__main__ import main; sys.argv[0] = 'captions'; main()"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for n in range(SMALL_RUN + 50):  # enough for worker processes
        path = tmp_path / "pages" / f"page-{n:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(PAGE.format(day=n % 28 + 1, n=n), encoding="utf-8")
    return tmp_path / "pages"


def _run_with_terminal_stderr(args: list[str], out: Path) -> str:
    """Run captions with standard error on a pseudo-terminal and standard output to a file; what the terminal got."""
    pytest.importorskip("pty")
    import pty

    main, terminal = pty.openpty()
    screen = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal side closed
                return
            if not chunk:
                return
            screen.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    with out.open("wb") as stdout:
        run = subprocess.run([sys.executable, "-c", RUN_WITH_BAR, *args], stdout=stdout, stderr=terminal,
                             env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}, timeout=120)
    os.close(terminal)
    reader.join(timeout=10)
    os.close(main)
    assert run.returncode in (0, 1), screen.decode(errors="replace")
    return screen.decode(errors="replace")


@pytest.mark.parametrize("command", [["audit", "--format", "json"], ["audit"], ["catalog"], ["credits"]])
def test_every_line_of_output_reaches_the_file_while_the_bar_is_up(archive: Path, tmp_path: Path, command: list[str]) -> None:
    quiet = subprocess.run([sys.executable, "-m", "captions", *command, str(archive), "--quiet"],
                           capture_output=True, timeout=120)
    screen = _run_with_terminal_stderr([*command, str(archive), "--jobs", "2"], tmp_path / "out")
    assert "pages/s" in screen  # the bar was drawn
    assert (tmp_path / "out").read_bytes() == quiet.stdout


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("stdout_tty", "stderr_tty", "streams_stdout", "shown"), [
    (False, True, True, True),     # findings to a file or pipe: the bar on the terminal
    (True, True, False, True),     # a table printed at the end: the bar until then
    (True, True, True, False),     # findings streaming to the terminal: a bar redrawn there would wipe lines out
    (False, False, False, False),  # no terminal: no bar
])
def test_the_bar_is_drawn_only_where_it_cannot_hide_output(
    monkeypatch: pytest.MonkeyPatch, stdout_tty: bool, stderr_tty: bool, streams_stdout: bool, shown: bool,
) -> None:
    monkeypatch.setattr(sys, "stdout", _Stream(stdout_tty))
    monkeypatch.setattr(sys, "stderr", _Stream(stderr_tty))
    assert PageProgress(True, streams_stdout=streams_stdout).enabled is shown


def test_problems_met_while_the_bar_is_up_reach_the_terminal_whole(archive: Path, tmp_path: Path) -> None:
    (archive / "page-0100.txt").write_bytes(b"\x00\x01 not a page")
    screen = _run_with_terminal_stderr(["credits", str(archive), "--jobs", "2", "--format", "csv"], tmp_path / "out")
    assert f"captions: error: {archive / 'page-0100.txt'}: binary file, not a page dump" in screen
    assert (tmp_path / "out").read_text(encoding="utf-8").startswith("agency,photos,articles\n")
