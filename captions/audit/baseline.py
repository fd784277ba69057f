"""Audit baselines: the findings a project has accepted, so a run reports only new ones.

A baseline file is the JSON Lines output of `captions audit -f jsonl` (a
JSON array from `-f json` is read too). A finding is in the baseline when
one there has the same file, code and message: lines are left out, so
findings stay matched when lines are added above them. Each finding in the
baseline matches one finding of the run: a second, new finding of the same
text is still reported.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import IO, Iterable, Iterator

from ..text import read_form
from .rules import Finding

Key = tuple[str, str, str]  # path, code, message


class BaselineError(ValueError):
    """A baseline file that cannot be read; the message names it and the problem."""


def finding_key(finding: Finding) -> Key:
    return finding.path, finding.code, read_form(finding.message)


def load_baseline(path: str) -> Counter[Key]:
    """The findings a baseline file holds, counted by key."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except OSError as err:
        from ..inputs import os_problem

        raise BaselineError(f"{path}: {os_problem(err)}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not UTF-8 text") from None
    try:
        if text.lstrip().startswith("["):
            records = json.loads(text)
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        # a message in read form: one written before the parser read pages so quotes a credit as the page spelled
        # it ("Jose\u0301 Li\u00a0/ AFP"), which today's run quotes composed and plainly spaced
        return Counter((str(r["path"]), str(r["code"]), read_form(str(r["message"]))) for r in records)
    except (ValueError, KeyError, TypeError) as err:
        raise BaselineError(f"{path}: not a baseline written by captions audit --write-baseline: "
                            f"{_what_it_is(text, err)}") from None


def _what_it_is(text: str, err: Exception) -> str:
    """What a file given as a baseline holds instead, in words (never a JSON decoder's message)."""
    from ..inputs.sources import CATALOG_STARTS

    if text.encode("utf-8").lstrip().startswith(CATALOG_STARTS) or text.lstrip().startswith('{"id":'):
        return "it is a catalogue (give audit's findings: --write-baseline FILE, or -f jsonl)"
    if isinstance(err, KeyError):
        return f"a record has no {err.args[0]!r} field (a finding has path, code and message)"
    if isinstance(err, TypeError):
        return "it holds JSON but not findings, an object each"
    return "it is not JSON Lines, a finding a line"


def new_findings(findings: Iterable[Finding], baseline: Counter[Key]) -> Iterator[Finding]:
    """The findings not in the baseline, in their order."""
    left = Counter(baseline)
    for finding in findings:
        key = finding_key(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            yield finding


def write_baseline(findings: Iterable[Finding], stream: IO[str]) -> int:
    """Write the findings as a baseline (JSON Lines); the number written."""
    from .formats import JsonLinesFormat

    formatter, count = JsonLinesFormat(), 0
    for finding in findings:
        stream.write(formatter.format(finding))
        count += 1
    return count
