"""Sorting more items than memory should hold: runs sorted in memory, kept in temporary files, merged as read back.

An audit cannot print its findings as they come and have them in order (a
conflict, CAP006, found on a later page also lands on an earlier one), and a
diff pairs each article's pictures in two catalogues whose articles may come
in any order. Both sort as any large file is sorted: runs of a few thousand
items are sorted in memory and written to temporary files, and the runs are
merged as they are read back. A sort of few items never touches the disk.
"""
from __future__ import annotations

import heapq
import pickle
import tempfile
from contextlib import contextmanager
from typing import IO, Any, Callable, Generic, Iterable, Iterator, TypeVar

Item = TypeVar("Item")

class TemporaryFilesError(Exception):
    """The temporary files of a sort that cannot be written or read back (a full disk); the message says where."""


RUN = 5_000           # items sorted in memory at a time (about 4 MB of findings or pictures)
MAX_RUNS = 64         # run files merged into one when there are this many


def _write_run(items: Iterable[Any]) -> IO[bytes]:
    handle = tempfile.TemporaryFile()
    pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
    for item in items:
        pickler.dump(item)
        pickler.clear_memo()
    handle.seek(0)
    return handle


def _read_run(handle: IO[bytes]) -> Iterator[Any]:
    # An unpickler a load each: one Unpickler for the whole run keeps every item it has read in its memo (memory),
    # and, the memo numbering its entries by their count from protocol 4 on, gives an item's second reference to an
    # object the first item's object, the writer's memo having been cleared between items.
    while True:
        try:
            yield pickle.load(handle)
        except EOFError:
            return


class DiskSort(Generic[Item]):
    """Collects items with `add`; iterating gives them once, in the order of `key` (items of one key as added)."""

    def __init__(self, key: Callable[[Item], Any], run: int | None = None, max_runs: int | None = None) -> None:
        self._key = key
        self._run = run or RUN
        self._max_runs = max_runs or MAX_RUNS
        self._buffer: list[Item] = []
        self._runs: list[IO[bytes]] = []

    def add(self, items: Iterable[Item]) -> None:
        """Adds the items, spilling a run to disk each time RUN are held: `items` may be a stream of any length."""
        for item in items:
            self._buffer.append(item)
            if len(self._buffer) >= self._run:
                self._spill()

    def _spill(self) -> None:
        self._buffer.sort(key=self._key)
        with _temporary_files():
            self._runs.append(_write_run(self._buffer))
            self._buffer = []
            if len(self._runs) >= self._max_runs:
                runs, self._runs = self._runs, []
                self._runs.append(_write_run(heapq.merge(*(_read_run(r) for r in runs), key=self._key)))
                for handle in runs:
                    handle.close()

    def __iter__(self) -> Iterator[Item]:
        if not self._runs:
            yield from sorted(self._buffer, key=self._key)
            self._buffer = []
            return
        if self._buffer:
            self._spill()
        runs, self._runs = self._runs, []
        try:
            with _temporary_files():
                yield from heapq.merge(*(_read_run(r) for r in runs), key=self._key)
        finally:
            for handle in runs:
                handle.close()


@contextmanager
def _temporary_files() -> Iterator[None]:
    """Where writing or reading back a run fails, a TemporaryFilesError naming the folder and why."""
    try:
        yield
    except OSError as err:
        raise TemporaryFilesError(f"temporary files in {tempfile.gettempdir()}: cannot write or read back: "
                                  f"{err.strerror or err}; set TMPDIR to a folder with room") from None
