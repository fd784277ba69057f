"""A usage error is one line on standard error and exit 2, as every other error of the command line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from captions.cli import run_command_line


@pytest.mark.parametrize("args, error", [
    (["catalg"], "captions: error: No such command 'catalg'. Did you mean 'catalog'? Try 'captions -h'.\n"),
    (["show", "-x"], "captions: error: No such option: -x. Try 'captions show -h'.\n"),
    (["catalog", "--formt"], "captions: error: No such option: --formt. Did you mean --format? Try 'captions catalog -h'.\n"),
    (["catalog", "--nope"], "captions: error: No such option: --nope. Try 'captions catalog -h'.\n"),
    (["audit", "--select"], "captions: error: Option '--select' requires an argument. Try 'captions audit -h'.\n"),
])
def test_usage_error_is_one_line(args: list[str], error: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command_line(args, prog_name="captions") == 2, args
    out, err = capsys.readouterr()
    assert (out, err) == ("", error), args


def test_usage_error_names_the_command_to_ask_for_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command_line(["catalog", "--no-such-option", "pages"], prog_name="captions") == 2
    err = capsys.readouterr().err
    assert err.startswith("captions: error: ") and err.endswith(" Try 'captions catalog -h'.\n"), err
    assert err.count("\n") == 1, err


def test_no_command_shows_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command_line([]) == 2
    out, err = capsys.readouterr()
    assert "Commands" in out + err and "catalog" in out + err


def test_a_run_returns_its_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command_line(["rules", "CAP001"]) == 0
    assert capsys.readouterr().out.startswith("CAP001 ")
    assert run_command_line(["rules", "NOPE"]) == 2


def test_usage_error_from_the_installed_command() -> None:
    done = subprocess.run([sys.executable, "-m", "captions", "credits", "--nope"], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr.count("\n")) == (2, "", 1), done.stderr
    assert done.stderr.startswith("captions: error: ") and "Traceback" not in done.stderr, done.stderr


def test_a_scheduler_without_the_dask_engine_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command_line(["credits", "examples", "--scheduler", "tcp://10.0.0.7:8786"], prog_name="captions") == 2
    assert capsys.readouterr() == ("", "captions: error: --scheduler tcp://10.0.0.7:8786 needs --engine dask\n")


def test_the_library_refuses_a_scheduler_without_the_dask_engine_too() -> None:
    from captions import jobs

    with pytest.raises(jobs.OptionError, match="needs --engine dask"):
        jobs.count(["examples/reuters-file-photo-labels.txt"], scheduler="tcp://10.0.0.7:8786")


def test_dask_s_environment_variable_leaves_a_local_run_alone(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://10.0.0.7:8786")
    assert run_command_line(["credits", "examples/reuters-file-photo-labels.txt", "-q"], prog_name="captions") == 0
    assert "Reuters" in capsys.readouterr().out
