"""How every error of the command line reads, checked as behaviour rather than wording.

An error about an input, an option file, an output or an argument is one
line on standard error, `captions: error: ` and then, where there is one, the
file it is about; never a traceback. A warning is the same line with
`warning:`, and the run goes on.
"""
from __future__ import annotations


def error_line(stderr: str, *named: str, label: str = "error") -> str:
    """The one line of standard error, checked to be an error (or `label`) naming each of `named`."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line, got {stderr!r}"
    line = lines[0]
    assert line.startswith(f"captions: {label}: "), line
    for name in named:
        assert name in line, f"{name!r} not named in {line!r}"
    return line
