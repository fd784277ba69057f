"""Stage 4b: a slide's alt text printed over its counter, its title under it.

Some galleries print each slide as its image's alt text, the slide counter,
the slide's title, then its caption ("Ferry stuck in ice", "2 / 12", "A ferry
stuck in the ice", the caption): the CMS fills a picture's alt text with its
slide's title, whole or with its small words dropped. The line right over the
counter is then the picture's alt text, told from the last lines of the slide
before by its words: each of them stands in the title under the counter, and
they are half its words at least (a heading over the counter naming the
slide's day or place, "Monday" over "Monday: the river bursts its banks", is
a part of the title, no copy of it). Share
controls may stand between the counter and the title ("Share this photo").
Two slides or more must show it on the page, each line its own: one line over
a counter that repeats the next line's words may be a heading printed twice,
and one printed the same over every counter is the page's furniture.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..text import fold

if TYPE_CHECKING:
    from .layout import Found, Layout
    from .lines import CleanLine
    from .markers import PageMarkers

MIN_SLIDES = 2  # slides printing their alt text over their counter before a page is read so
MAX_UNDER_COUNTER = 3  # lines between a counter and its slide's caption: share controls, the title
MIN_TITLE_SHARE = 0.5  # of the title's words, those its copy over the counter keeps at least
_WORD = re.compile(r"[^\W\d_]+")


def alts_over_counters(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found],
                       descriptions: list[str | None]) -> list[str | None]:
    """`descriptions`, with the alt text over each slide's counter where the page prints its slides so."""
    rows = layout.rows
    used = {j for f in found for j in f.lines}
    counters = [c for c, row in enumerate(rows) if row.separator and c > 0]
    shown = {c: alt for c in counters if (alt := _alt_over(layout, lines, pm, c, used)) is not None}
    # a line printed the same over every counter ("Photo gallery") is the page's furniture: alt lines tell their
    # pictures apart, as their titles do
    printed = Counter(fold(alt) for alt in shown.values())
    shown = {c: alt for c, alt in shown.items() if printed[fold(alt)] == 1}
    if len(shown) < MIN_SLIDES:
        return descriptions
    out = list(descriptions)
    for n, f in enumerate(found):
        if out[n] or not f.caption:
            continue
        c = _counter_over(layout, f.top)
        if c is not None and c in shown:
            out[n] = shown[c]
    return out


def _alt_over(layout: Layout, lines: list[CleanLine], pm: PageMarkers, c: int, used: set[int]) -> str | None:
    """The line right over counter c, a bullet's or a line of text taken by no picture, where each of its words
    stands in the slide's title under the counter; None otherwise."""
    rows, j = layout.rows, c - 1
    if j in used or j == layout.headline or rows[j].kind not in ("text", "bullet") or rows[j].credit is not None:
        return None
    alt = lines[j].text
    if rows[j].kind == "bullet" and alt[:1] in pm.bullets:
        alt = alt[1:]
    alt = alt.strip()
    title = _title_under(layout, c, used)
    words = _words(alt)
    if title is None or not words or not words <= (titled := _words(title)) \
            or len(words) < MIN_TITLE_SHARE * len(titled):
        return None
    return alt


def _title_under(layout: Layout, c: int, used: set[int]) -> str | None:
    """The slide's title: the last line of text under counter c, before the slide's caption (taken by a picture,
    or printing a credit) and within `MAX_UNDER_COUNTER` lines of text."""
    rows, title = layout.rows, None
    texts = 0
    for k in range(c + 1, len(rows)):
        row = rows[k]
        if row.kind == "blank" or (row.kind == "furniture" and not row.separator):
            continue
        if k in used or (row.kind == "text" and row.credit is not None):  # the caption, found or cut by the dump
            return title
        if row.kind != "text" or row.credit is not None or texts == MAX_UNDER_COUNTER:
            return None
        title, texts = row.before, texts + 1
    return None


def _counter_over(layout: Layout, top: int) -> int | None:
    """The counter over a picture's first row, past its slide's title and controls, if one stands there."""
    rows = layout.rows
    texts = 0
    for k in range(top - 1, -1, -1):
        row = rows[k]
        if row.separator:
            return k
        if row.kind == "blank" or row.kind == "furniture":
            continue
        if row.kind != "text" or row.credit is not None or texts == MAX_UNDER_COUNTER:
            return None
        texts += 1
    return None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))
