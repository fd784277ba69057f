"""The README's examples are run, so the documentation cannot lie."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from captions.cli import app

ROOT = Path(__file__).resolve().parent.parent
CONSOLE = re.compile(r"```console\n(.*?)```", re.S)


def steps(block: str) -> list[tuple[str, str]]:
    """A console block's commands (after `$ `), each with the output shown below it."""
    return [tuple(chunk.partition("\n")[::2]) for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]]  # type: ignore[misc]


BLOCKS = [steps(block) for block in CONSOLE.findall((ROOT / "README.md").read_text(encoding="utf-8"))]
# One `$ captions ...` command: run in the repository. Several commands: a session, run in a fresh folder.
EXAMPLES = [block[0] for block in BLOCKS if len(block) == 1 and block[0][0].startswith("captions ")]
SESSIONS = [block for block in BLOCKS if len(block) > 1]


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


def _shown_matches(shown: str, stdout: str, command: str) -> None:
    expected = shown.rstrip("\n").split("\n") if shown.strip() else []
    actual = [line.rstrip() for line in stdout.rstrip("\n").split("\n")] if stdout.strip() else []
    if expected and expected[-1] == "...":
        expected = expected[:-1]
        actual = actual[: len(expected)]
    assert [line.rstrip() for line in expected] == actual, command


def _sqlite3_list_mode(command: str) -> str:
    """What `sqlite3 FILE "SQL"` prints (list mode: columns joined by |, NULL empty), where sqlite3 is missing."""
    import sqlite3

    _, path, sql = shlex.split(command)
    with sqlite3.connect(path) as db:
        rows = db.execute(sql).fetchall()
    return "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in rows)


@pytest.mark.parametrize("session", SESSIONS, ids=[" && ".join(c for c, _ in s) for s in SESSIONS])
def test_readme_console_session_is_real_output(runner, session: list[tuple[str, str]], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import subprocess

    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    for command, shown in session:
        words = shlex.split(command)
        if words[0] == "captions":
            stdout = runner.invoke(app, words[1:]).stdout
        elif words[0] == "sqlite3" and shutil.which("sqlite3") is None:
            stdout = _sqlite3_list_mode(command)
        else:
            done = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=tmp_path)
            assert done.returncode == 0, (command, done.stderr)
            stdout = done.stdout
        _shown_matches(shown, stdout, command)


WHOLE_RUNS = re.compile(r"### Whole runs\n.*?```python\n(.*?)```\n\nprints\n\n```text\n(.*?)```", re.S)


def test_readme_whole_runs_example_prints_what_it_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    found = WHOLE_RUNS.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found is not None
    code, shown = found.groups()
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out == shown
    assert (tmp_path / "catalog.json").exists()


LIBRARY = re.compile(r"## As a library\n\n```python\n(.*?)```", re.S)
AGENCIES_FILE = re.compile(r"```yaml\n# my-agencies.yaml\n(.*?)```", re.S)


def test_readme_agencies_file_loads_and_names_its_agencies(tmp_path: Path) -> None:
    from captions import load_registry

    agencies = AGENCIES_FILE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert agencies is not None
    (tmp_path / "my-agencies.yaml").write_text(agencies.group(1), encoding="utf-8")
    registry = load_registry(tmp_path / "my-agencies.yaml")
    assert [registry.credited_name(name) for name in ("DP Photo", "GG", "Planet Post")] == ["Daily Planet", "GG", None]


def test_readme_library_example_runs_from_the_repository_and_its_comments_show_the_values(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pasted into Python at the top of a fresh clone, as it is written (ux12: it once needed a file of its own)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = LIBRARY.search(text)
    assert code is not None
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    names: dict[str, object] = {}
    exec(compile(code.group(1), "README.md", "exec"), names)
    lines = code.group(1).splitlines()
    shown = [(lines[i - 1], line[2:]) for i, line in enumerate(lines) if line.startswith("# (")]
    assert shown == [("credit.photographers, credit.agencies, credit.via",
                      "(['Gavriil Grigorov'], ['Sputnik', 'Kremlin Pool', 'AP'], ['AP'])")]
    for expression, value in shown:
        assert repr(eval(expression, names)) == value, expression


def test_readme_audit_summary_is_the_real_standard_error_of_the_audit_above_it(runner, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"A summary of findings per rule goes to standard error.*?```text\n(.*?)```", text, re.S)
    assert block is not None
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["audit", "examples/"])
    assert result.exit_code == 1, result.stderr
    assert [line.rstrip() for line in result.stderr.splitlines()] == block.group(1).rstrip("\n").split("\n")


def test_readme_rules_table_has_a_row_for_every_rule_with_its_name_and_default() -> None:
    from captions.audit.rules import RULES

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("### The rules", 1)[1].split("\n\n", 2)[1]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()[2:]]
    assert [(code, name, default) for code, name, _, default in rows] == [
        (rule.code, rule.name, "on" if rule.default else "off unless selected") for rule in RULES.values()]
