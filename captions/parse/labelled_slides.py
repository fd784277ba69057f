"""A gallery's slides that each open with the gallery's label, credited or not.

Some galleries print the same short label before every slide's caption, the
event or the place the pictures come from ("Rosenmontag in Köln: Ein
Mottowagen ..."), a credit before the label on most slides but not all ("Foto:
Jo Li/dpa Rosenmontag in Köln: ..."), a blank line around each slide. The
credited slides are found by their credit; a slide printing none is a line of
prose to the other rules. A reader sees the gallery's habit: where at least
MIN_FOUND found captions open with the same label (a few words closed by a
colon, no sentence), each standing apart, and every line from the first of them
to the last opens with it (a gallery, no story's paragraph between its slides),
each of those lines not yet a picture, standing apart, with no credit and
ending as the found ones end (a sentence, where they all end one), is a caption
with no credit. Between them, or two or more such lines in a row beyond the
first or the last (a gallery whose first credited slide the dump leaves out
reads as it read with it): one paragraph under the gallery opening with the
same place ("KUWAIT: The ministry urged ...") is the story's, its dateline
opening it as it opened the captions; and where the captions stand together in
one block, a line apart from it is not theirs (caption_heads.py reads blocks).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .caption_shape import ends_sentence
from .layout import Found, Layout, stands_apart

if TYPE_CHECKING:
    from .layout import Row

MIN_FOUND = 3        # found captions opening with the label before it is read as the gallery's
MIN_EDGE = 2         # uncredited labelled lines beyond the first or last found caption before they are slides
MAX_LABEL_WORDS = 6  # a longer opening is a sentence's, not a label's
# a label: words up to the line's first colon, then a space and the caption's own words
_LABEL = re.compile(r"([^:：.!?。]{2,80}?)[:：]\s+\S")


def label_of(text: str) -> str | None:
    """The label a line opens with ("Rosenmontag in Köln:"), None where it opens with none."""
    match = _LABEL.match(text.strip())
    if match is None or not 1 <= len(match.group(1).split()) <= MAX_LABEL_WORDS:
        return None
    return match.group(1).strip()


def labelled_slides(layout: Layout, found: list[Found]) -> list[Found]:
    """The pictures, with the uncredited slides that open with the label most found captions open with."""
    rows = layout.rows
    labels = Counter(label for f in found if f.caption and (label := label_of(f.caption)) is not None)
    if not labels:
        return found
    label, count = labels.most_common(1)[0]
    if count < MIN_FOUND:
        return found
    covered = {i for f in found for i in f.lines}
    slides = [f for f in found if f.caption and label_of(f.caption) == label]
    if not all(stands_apart(rows, f.lines) for f in slides):
        return found  # slides in a block of their own lines: a line apart from it is not theirs (caption_heads.py)
    labelled = [f.line for f in slides]
    at = [i for i in range(min(labelled), max(labelled) + 1) if _opens_with(rows[i], label)]
    edges = (_edge(layout, label, range(at[0] - 1, -1, -1), covered), _edge(layout, label, range(at[-1] + 1, len(rows)),
                                                                             covered))
    at = sorted([*at, *(i for edge in edges if len(edge) >= MIN_EDGE for i in edge)])
    stretch = [i for i in range(at[0], at[-1] + 1) if rows[i].kind != "blank"]
    if any(i not in covered and not _opens_with(rows[i], label) for i in stretch):
        return found  # a line of another kind between the slides: a story with its pictures, not a gallery
    ended = all(ends_sentence((f.caption or "").rstrip()) for f in slides)
    added = [i for i in at if i not in covered and _uncredited(rows[i], i, layout.headline) and stands_apart(rows, [i])
             and (not ended or ends_sentence(rows[i].before.rstrip()))]
    if not added:
        return found
    return sorted([*found, *(Found(i, rows[i].before.strip(), None, i, [i]) for i in added)], key=lambda f: f.line)


def _edge(layout: Layout, label: str, order: range, covered: set[int]) -> list[int]:
    """The uncredited lines opening with the label, standing apart, one after another from the found slides outwards
    (in `order`), up to the first line of another kind."""
    edge: list[int] = []
    for i in order:
        row = layout.rows[i]
        if row.kind == "blank":
            continue
        if i in covered or not _opens_with(row, label) or not _uncredited(row, i, layout.headline):
            break
        edge.append(i)
    return edge


def _opens_with(row: Row, label: str) -> bool:
    return row.kind in ("text", "repeat") and label_of(row.before) == label


def _uncredited(row: Row, i: int, headline: int) -> bool:
    return row.kind == "text" and row.credit is None and i != headline and not row.before_is_alt
