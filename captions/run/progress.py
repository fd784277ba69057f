"""A progress bar on standard error for long runs: pages done, pages a second, time left.

Shown only when standard error is a terminal, only once a run has taken
more than a second, and never with --quiet. It never touches standard
output: what the run writes there (findings, tables, catalogues) goes where
the user sent it, whole and in order. rich is imported only when the bar is
shown.
"""
from __future__ import annotations

import sys
import threading
import time
from typing import Any, Callable, Iterable

DELAY = 1.0      # seconds before the bar appears
REFRESH = 0.1    # seconds between updates


class PageProgress:
    """Counts pages (call it once a page) and draws the bar; a context that removes it at the end.

    `streams_stdout`: the run writes to standard output while the bar is up.
    If that is the terminal too, no bar is drawn: redrawing it would wipe
    out lines of the output.
    """

    def __init__(self, enabled: bool, count_total: Callable[[], int | None] | None = None,
                 *, streams_stdout: bool = False) -> None:
        self.enabled = enabled and _isatty(sys.stderr) and not (streams_stdout and _isatty(sys.stdout))
        self.done = 0
        self._start = time.monotonic()
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None
        self._total: int | None = None
        self._count_total = count_total

    def _count(self, count_total: Callable[[], int | None]) -> None:
        try:
            self._total = count_total()
        except Exception:  # a count is only a nicety; the run itself reports problems
            self._total = None

    def __call__(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < REFRESH:
            return
        self._last = now
        if self._bar is None:
            if now - self._start < DELAY:
                return
            self._show()
        rate = self.done / max(now - self._start, 1e-9)
        self._bar.update(self._task, completed=self.done, total=self._total, rate=rate)

    def _show(self) -> None:
        # Count the pages only now, a second in: by then the worker processes
        # have been forked, and no fork happens while this thread runs.
        if self._count_total is not None:
            threading.Thread(target=self._count, args=(self._count_total,), daemon=True).start()
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("pages"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>8.0f} pages/s"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
            # rich's default swaps sys.stdout for a proxy that writes to the
            # bar's console, standard error: output would land on the screen.
            redirect_stdout=False, redirect_stderr=False,
        )
        self._task = self._bar.add_task("pages", total=self._total, rate=0.0)
        self._bar.start()

    def message(self, line: str) -> None:
        """Write a line to standard error, above the bar when it is up."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> "PageProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


def count_pages(paths: Iterable[str]) -> int | None:
    """How many pages the paths hold, or None when JSON Lines files, standard input, URLs or globs make that unknown."""
    from ..inputs.kinds import is_jsonl
    from ..inputs.sources import Problem
    from ..inputs.walk import FolderEnd, Walked, expand

    paths = list(paths)
    if any("://" in path or any(c in path for c in "*?[") for path in paths):
        return None  # URLs and globs: listed by the cluster engine, not here
    if "-" in paths:
        return None  # standard input may be an archive or JSON Lines of many pages
    total = 0
    for item in expand(paths, sniff=False):  # names only: the run itself opens each file
        if isinstance(item, (Problem, FolderEnd)):
            continue
        if is_jsonl(item.path if isinstance(item, Walked) else item):
            return None
        total += 1
    return total
