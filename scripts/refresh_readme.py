#!/usr/bin/env python3
"""Re-run the README's `$ captions ...` console examples and write their real output back.

Each block keeps its length: a block ending in `...` shows as many lines of
the new output as it showed before. Blocks of several `$` commands (sessions,
run in a fresh folder by the test) are left as they are: refresh them by
hand. tests/test_readme.py checks the result.

    python scripts/refresh_readme.py
"""
from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from captions.cli import app

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(```console\n\$ (captions [^\n]*)\n)(.*?)(```)", re.S)
# the summary `captions audit examples/` prints to standard error, shown as a text block after its prose
AUDIT_SUMMARY = re.compile(r"(A summary of findings per rule goes to standard error.*?```text\n)(.*?)(```)", re.S)


def refresh(match: re.Match[str]) -> str:
    head, command, shown, fence = match.groups()
    if re.search(r"^\$ ", shown, re.M):  # a session of several commands: tests/test_readme.py checks it
        print(f"not refreshed, a session: {command} ...")
        return match.group(0)
    old = shown.rstrip("\n").split("\n")
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    new = [line.rstrip() for line in result.stdout.rstrip("\n").split("\n")]
    if old[-1] == "...":
        new = [*new[: len(old) - 1], "..."]
    return head + "\n".join(new) + "\n" + fence


def refresh_audit_summary(match: re.Match[str]) -> str:
    head, _shown, fence = match.groups()
    result = CliRunner().invoke(app, ["audit", "examples/"])
    return head + "\n".join(line.rstrip() for line in result.stderr.rstrip("\n").split("\n")) + "\n" + fence


def main() -> None:
    import os

    os.chdir(ROOT)
    readme = ROOT / "README.md"
    text = BLOCK.sub(refresh, readme.read_text(encoding="utf-8"))
    readme.write_text(AUDIT_SUMMARY.sub(refresh_audit_summary, text), encoding="utf-8")


if __name__ == "__main__":
    main()
