"""Slide counters printed under their slides: nothing after the last one is a slide.

Most galleries print a slide's counter over it ("3 / 9", then the picture);
some print it under it (the picture, its caption and credit, then "3 av 9").
The counters themselves show which: where a picture stands right above the
counter reading 1, each counter closes the slide above it, and the one
reading its total ("9 av 9") closes the gallery. Slides are read from their
place between counters (slides.py), so the line after the last counter (a
"Tips us" link, a share button) would be read as one more uncredited slide;
it is left out where the counters number exactly the pictures above them,
one to each, so that the gallery is whole without it, and where it ends no
sentence while the gallery's captions all do: a gallery with its counters
over the slides and a lead picture above the first prints its last slide
there, a caption like the others.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .caption_shape import ends_sentence

if TYPE_CHECKING:
    from .layout import Found, Row
    from .lines import CleanLine

_NUMBER = re.compile(r"\d+")
MIN_CLOSING_COUNTERS = 2  # one counter shows no habit


def without_slide_past_the_count(rows: list[Row], lines: list[CleanLine], found: list[Found]) -> list[Found]:
    """The pictures, less uncredited ones after the last counter where counters close their slides."""
    seps = [i for i, row in enumerate(rows) if row.separator]
    text_of = {line.no: line.text for line in lines}
    counts = [[int(n) for n in _NUMBER.findall(text_of.get(rows[i].no, ""))] for i in seps]
    if len(seps) < MIN_CLOSING_COUNTERS or any(len(c) != 2 for c in counts):
        return found
    total = counts[0][1]
    if [c[0] for c in counts] != list(range(1, total + 1)) or any(c[1] != total for c in counts):
        return found  # "1 of 5" .. "5 of 5", each printed once, in order
    above_first = [f for f in found if max(f.lines) == seps[0] - 1]
    between = [[f for f in found if a < f.top and max(f.lines) < b] for a, b in zip(seps, seps[1:])]
    if len(above_first) != 1 or any(len(pictures) != 1 for pictures in between):
        return found  # the counter reading 1 closes a slide, and each next counter the one slide since
    captions = [f.caption for f in found if f.top < seps[-1] and f.caption]
    if len(captions) < MIN_CLOSING_COUNTERS or not all(ends_sentence(c.rstrip()) for c in captions):
        return found
    return [f for f in found if not (f.credit is None and f.top > seps[-1] and not ends_sentence(f.caption or ""))]
