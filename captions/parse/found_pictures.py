"""What the assembly of a page's pictures (pictures.py) asks of the pictures found so far: the credit printed
closest above a row, and one picture for each caption and credit however often the page prints them."""
from __future__ import annotations

import heapq

from ..text import fold
from .layout import Found


class CreditsAbove:
    """The folded credit of the picture printed closest above a row, asked for rows in rising order.

    A heap of the pictures by their last row: each is popped once, so a page of
    many repeat-marker lines is read in n log n, not n squared. It follows
    `found` as pictures are added to it, and reads it only when asked.
    """

    def __init__(self, found: list[Found]) -> None:
        self._found = found
        self._heap: list[tuple[int, int, str | None]] = []
        self._read = 0  # pictures of `found` in the heap
        self._nearest: str | None = None

    def before(self, i: int) -> str | None:
        for n in range(self._read, len(self._found)):
            f = self._found[n]
            heapq.heappush(self._heap, (max(f.lines), n, f.credit))
        self._read = len(self._found)
        while self._heap and self._heap[0][0] < i:
            self._nearest = heapq.heappop(self._heap)[2]
        return fold(self._nearest) if self._nearest else None


def one_per_caption(found: list[Found]) -> list[Found]:
    """The same caption with the same credit is one picture, however often it is printed."""
    captions_printed = [f.caption for f in found]
    if len(set(captions_printed)) == len(captions_printed):
        return found  # no caption printed twice: nothing to drop
    seen: set[tuple[str, str]] = set()
    captions: set[str] = set()
    out = []
    for f in found:
        if f.caption is None:
            out.append(f)
            continue
        key = (f.caption, f.credit or "")
        if key in seen or (f.credit is None and f.caption in captions):
            continue
        seen.add(key)
        captions.add(f.caption)
        out.append(f)
    return out
