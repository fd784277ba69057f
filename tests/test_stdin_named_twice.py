"""`-` named twice reads standard input once, and says so; the second read found it empty and warned of that."""
from __future__ import annotations

from pathlib import Path

from captions.cli import app


def test_standard_input_named_twice_is_read_once_with_a_warning(runner, tmp_path: Path) -> None:
    page = tmp_path / "fair.txt"
    page.write_text("Fair\n\nA crowd at the gate. (AP Photo/Kim Lee)\n", encoding="utf-8")
    result = runner.invoke(app, ["credits", "-", str(page), "-", "--format", "csv"],
                           input="Fair\n\nA stall at the fair. Photo: Jo Li/AFP\n")
    assert (result.exit_code, result.stdout) == (0, "agency,photos,articles\nAFP,1,1\nAP,1,1\n")
    assert result.stderr == "captions: warning: -: named again; standard input is read once\n"
