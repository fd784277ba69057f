"""Findings in file and line order, in bounded memory, however many a run finds.

An audit cannot print its findings as they come and have them in order: a
conflict (CAP006) found on a later page also lands on an earlier one. So
findings are sorted like any large file is: runs of a few thousand are
sorted in memory and written to temporary files, and the runs are merged as
they are read back. A run with few findings never touches the disk.
"""
from __future__ import annotations

import heapq
import pickle
import tempfile
from typing import IO, Iterable, Iterator

from .rules import Finding

RUN = 5_000           # findings sorted in memory at a time (about 4 MB)
MAX_RUNS = 64         # run files merged into one when there are this many


def finding_order(finding: Finding) -> tuple[str, int, str, str]:
    return finding.path, finding.line, finding.code, finding.message


def _write_run(findings: Iterable[Finding]) -> IO[bytes]:
    handle = tempfile.TemporaryFile()
    pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
    for finding in findings:
        pickler.dump(finding)
        pickler.clear_memo()
    handle.seek(0)
    return handle


def _read_run(handle: IO[bytes]) -> Iterator[Finding]:
    unpickler = pickle.Unpickler(handle)
    while True:
        try:
            yield unpickler.load()
        except EOFError:
            return


class SortedFindings:
    """Collects findings with `add`; iterating gives them by file, line, code and message, once."""

    def __init__(self, run: int = RUN, max_runs: int = MAX_RUNS) -> None:
        self._run = run
        self._max_runs = max_runs
        self._buffer: list[Finding] = []
        self._runs: list[IO[bytes]] = []

    def add(self, findings: Iterable[Finding]) -> None:
        self._buffer.extend(findings)
        if len(self._buffer) >= self._run:
            self._spill()

    def _spill(self) -> None:
        self._buffer.sort(key=finding_order)
        self._runs.append(_write_run(self._buffer))
        self._buffer = []
        if len(self._runs) >= self._max_runs:
            runs, self._runs = self._runs, []
            self._runs.append(_write_run(heapq.merge(*(_read_run(r) for r in runs), key=finding_order)))
            for handle in runs:
                handle.close()

    def __iter__(self) -> Iterator[Finding]:
        if not self._runs:
            yield from sorted(self._buffer, key=finding_order)
            self._buffer = []
            return
        if self._buffer:
            self._spill()
        runs, self._runs = self._runs, []
        try:
            yield from heapq.merge(*(_read_run(r) for r in runs), key=finding_order)
        finally:
            for handle in runs:
                handle.close()
