#!/usr/bin/env python3
"""Re-run the README's `$ captions ...` console examples and write their real output back.

Each block keeps its length: a block ending in `...` shows as many lines of
the new output as it showed before. Blocks of several `$` commands (sessions)
are run in a fresh folder beside a link to examples/, as the test runs them,
and so is the "Whole runs" script. tests/test_readme.py checks the result.

    python scripts/refresh_readme.py
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from captions.cli import app

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(```console\n\$ (captions [^\n]*)\n)(.*?)(```)", re.S)
# the summary `captions audit examples/` prints to standard error, shown as a text block after its prose
AUDIT_SUMMARY = re.compile(r"(A summary of findings per rule goes to standard error.*?```text\n)(.*?)(```)", re.S)


WHOLE_RUNS = re.compile(r"(### Whole runs\n.*?```python\n)(.*?)(```\n\nprints\n\n```text\n)(.*?)(```)", re.S)


def _kept_as_long(shown: str, output: str) -> str:
    """The new output, as many lines as were shown where the block ended in `...`."""
    old = shown.rstrip("\n").split("\n")
    new = [line.rstrip() for line in output.rstrip("\n").split("\n")] if output.strip() else []
    if old[-1] == "...":
        new = [*new[: len(old) - 1], "..."]
    return "".join(line + "\n" for line in new)


def _sqlite3_list_mode(command: str) -> str:
    _, path, sql = shlex.split(command)
    with sqlite3.connect(path) as db:
        rows = db.execute(sql).fetchall()
    return "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in rows)


def _session_output(command: str, folder: Path) -> str:
    words = shlex.split(command)
    if words[0] == "captions":
        return CliRunner().invoke(app, words[1:]).stdout
    if words[0] == "sqlite3" and shutil.which("sqlite3") is None:
        return _sqlite3_list_mode(command)
    return subprocess.run(command, shell=True, capture_output=True, text=True, cwd=folder).stdout


def refresh_session(block: str) -> str:
    """A block of several `$` commands, run one after the other in a fresh folder."""
    chunks = re.split(r"^\$ ", block, flags=re.M)
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        (Path(tmp) / "examples").symlink_to(ROOT / "examples")
        out = [chunks[0]]
        for chunk in chunks[1:]:
            command, _, shown = chunk.partition("\n")
            output = _session_output(command, Path(tmp))
            out.append(f"$ {command}\n" + (_kept_as_long(shown, output) if shown.strip() else ""))
    return "".join(out)


def refresh(match: re.Match[str]) -> str:
    head, command, shown, fence = match.groups()
    if re.search(r"^\$ ", shown, re.M):
        return refresh_session(head + shown) + fence
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    return head + _kept_as_long(shown, result.stdout) + fence


def refresh_whole_runs(match: re.Match[str]) -> str:
    head, code, between, _shown, fence = match.groups()
    printed = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp), contextlib.redirect_stdout(printed):
        (Path(tmp) / "examples").symlink_to(ROOT / "examples")
        exec(compile(code, "README.md", "exec"), {})
    return head + code + between + printed.getvalue() + fence


def refresh_audit_summary(match: re.Match[str]) -> str:
    head, _shown, fence = match.groups()
    result = CliRunner().invoke(app, ["audit", "examples/"])
    return head + "\n".join(line.rstrip() for line in result.stderr.rstrip("\n").split("\n")) + "\n" + fence


def main() -> None:
    os.chdir(ROOT)
    readme = ROOT / "README.md"
    text = BLOCK.sub(refresh, readme.read_text(encoding="utf-8"))
    text = WHOLE_RUNS.sub(refresh_whole_runs, AUDIT_SUMMARY.sub(refresh_audit_summary, text))
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
