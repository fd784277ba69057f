"""The README's examples are run, so the documentation cannot lie."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from captions.cli import app

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```console\n\$ (captions [^\n]*)\n(.*?)```", re.S)
EXAMPLES = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_opens_with_the_install_and_test_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```sh\n(.*?)```", text, re.S)
    assert first is not None
    assert first.group(1).splitlines() == [
        "pip install . && captions catalog examples/",
        "pip install '.[test]' && python -m pytest",
    ]
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_console_example_is_real_output(runner, command: str, shown: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, shlex.split(command)[1:])
    expected = shown.rstrip("\n").split("\n")
    actual = [line.rstrip() for line in result.stdout.rstrip("\n").split("\n")]
    if expected[-1] == "...":
        expected = expected[:-1]
        actual = actual[: len(expected)]
    assert [line.rstrip() for line in expected] == actual, command
