"""A gallery's slides, parted by separators: where a slide prints its caption, and where the gallery ends.

A gallery printed slide after slide between separators (counters on lines
of their own, rules, bulleted dates) shows its layout in the slides that
print a credit: the caption is the k-th text row after the separator (a
credit printed alone not counted: it may stand over the caption), or,
where some slides print an alt line over it, the last text row before the
next separator (the last slide, running to the page's end, shows nothing of
that, and shows its caption's place only where no slide between separators
does: the page's end may print earlier slides again, under "More photos").
A slide whose row there prints no credit is a picture too, its credit
cut off by the dump or never printed. Where no slide holds a blank line, a
blank line ends the last one: what follows is the page's, not the gallery's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Found, Row

MIN_TIGHT_SLIDES = 2  # slides between separators, none holding a blank line, before a gallery is read as tight


def tight_gallery(rows: list[Row], seps: list[int]) -> frozenset[int]:
    """The separators of a gallery whose slides hold no blank line: all of them, where two slides or more lie
    between separators and none holds one; else none."""
    bounded = list(zip(seps, seps[1:]))
    if len(bounded) < MIN_TIGHT_SLIDES or any(rows[j].kind == "blank" for a, b in bounded for j in range(a + 1, b)):
        return frozenset()
    return frozenset(seps)


def uncredited_slide_rows(rows: list[Row], seps: list[int], found: list[Found], used: set[int]) -> list[int]:
    """The rows where slides that print no credit print their caption, as the credited slides show it; the
    caller still asks whether each reads as a caption."""
    bounds = list(zip(seps, seps[1:] + [len(rows)]))
    at_row = {f.line: f for f in found}
    offsets: set[int] = set()
    ends: set[int] = set()  # the caption's place counted from the slide's end, last slide left out
    empty_slides: list[list[int]] = []
    for n, (start, end) in enumerate(bounds):
        rows_of_text = [j for j in range(start + 1, end) if rows[j].kind == "text"]
        # a credit printed alone takes no caption's place: "Фота: Name" over the caption, where the uncredited
        # slide prints its caption first
        texts = [j for j in rows_of_text if rows[j].before or rows[j].credit is None]
        captions = [k for k, j in enumerate(texts) if j in at_row and at_row[j].caption]
        if captions:
            if n < len(bounds) - 1:
                offsets.add(captions[0])
                ends.add(captions[-1] - len(texts))
            elif not offsets:  # the last slide runs to the page's end, whose captions ("More photos") may follow
                offsets.add(captions[0])
        elif texts and not any(j in used for j in rows_of_text):
            empty_slides.append(texts)
    if len(offsets) != 1:
        if ends != {-1}:
            return []
        offsets = {-1}  # the caption closes each slide, an alt line over it or not
        empty_slides = [texts for texts in empty_slides if texts[-1] < seps[-1]]  # the last runs to the page's end
    k = offsets.pop()
    return [texts[k] for texts in empty_slides if len(texts) > k >= -len(texts)]
