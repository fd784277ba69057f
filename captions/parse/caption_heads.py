"""Captions printing no credit, known by the dateline every caption of their gallery opens with.

Gulf and South Asian English dailies open each caption with the place in
capitals and a colon, as their stories' first paragraphs open ("KUWAIT:
Families gather along Gulf Road ... — Photo by Name"), and print a gallery a
picture a line. A caption with no credit keeps the dateline: among lines
printed one under the other, with no blank line between them, each opening
with the same dateline, a line printing no credit between two that print one
is a caption of a picture with no credit. A line at the block's ends is left
alone: a story's first paragraph may open with the same dateline right under
the gallery. Only credits that say they are a picture's count ("— Photo by
Name", "— KUNA photo"): a news-in-brief column opens each item with the same
dateline and closes some with the agency it came from ("— KUNA"), and an item
closing with none is a story, not a caption.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold
from .credit_sides import MIN_EVIDENCE
from .layout import Found, Layout

if TYPE_CHECKING:
    from .layout import Row
    from .lines import CleanLine
    from .markers import PageMarkers

# "KUWAIT:", "NEW DELHI:", "DAR ES SALAAM:": a place in capitals, one to four words, and a colon
_DATELINE = re.compile(r"([^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,3}):\s+\S")
MIN_DATELINE_LETTERS = 3  # "UN:" is an organisation speaking, not a place


def dateline_captions(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, and the uncredited lines inside each block of lines opening with one
    dateline whose picture credits are two or more."""
    rows = layout.rows
    blocks = _blocks(rows, layout.headline)
    if not blocks:  # most pages: no run of lines opening with one dateline
        return found
    used = {i for f in found for i in f.lines}
    added: list[Found] = []
    marks = [fold(mark) for mark in pm.markers.picture_marks]
    for block in blocks:
        credited = [n for n, i in enumerate(block) if _picture_credit(rows[i], lines[i].text, marks)]
        if len(credited) < MIN_EVIDENCE:
            continue
        inside = block[credited[0] + 1:credited[-1]]
        added += [Found(i, rows[i].before, None, i, [i]) for i in inside if rows[i].credit is None and i not in used]
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.line)


def _picture_credit(row: Row, text: str, marks: list[str]) -> bool:
    """Whether the line's credit says it is a picture's: a lead-in was dropped before it ("— Photo by Name"), or
    it holds a picture word ("— KUNA photo"); a source alone ("— KUNA", "(Reuters)") may close a story."""
    if row.credit is None:
        return False
    tail = text[len(row.before):] if text.startswith(row.before) else text
    if tail.strip(" —–-|()[],.") != row.credit:
        return True
    return any(word in marks for word in fold(tail).replace("/", " ").split())


def _blocks(rows: list[Row], headline: int) -> list[list[int]]:
    """The blocks of text rows right under one another (no blank row between) opening with the same dateline."""
    blocks: list[list[int]] = []
    current: list[int] = []
    head = None
    for i, row in enumerate(rows):
        this = _dateline(row) if row.kind == "text" and i != headline else None
        if this is not None and this == head:
            current.append(i)
            continue
        if len(current) > MIN_EVIDENCE:
            blocks.append(current)
        current, head = ([i], this) if this is not None else ([], None)
    if len(current) > MIN_EVIDENCE:
        blocks.append(current)
    return blocks


def _dateline(row: Row) -> str | None:
    if not row.before or row.before_is_alt or row.labelled:
        return None
    m = _DATELINE.match(row.before)
    if m is None:
        return None
    place = m.group(1)
    letters = sum(c.isalpha() for c in place)
    return place if place.isupper() and letters >= MIN_DATELINE_LETTERS else None
