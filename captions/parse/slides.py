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
Where each slide between separators prints its caption over its credit, a
last slide opening with a credit alone, its counter reading the total, is
a picture with no caption: the text under it is the story's, run on past
the gallery's end.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Found, Row

MIN_TIGHT_SLIDES = 2  # slides between separators, none holding a blank line, before a gallery is read as tight
MIN_CAPTIONED_SLIDES = 2  # slides printing a caption over their credit before a gallery's habit is read so


def tight_gallery(rows: list[Row], seps: list[int]) -> frozenset[int]:
    """The separators of a gallery whose slides hold no blank line: all of them, where two slides or more lie
    between separators and none holds one; else none."""
    bounded = list(zip(seps, seps[1:]))
    if len(bounded) < MIN_TIGHT_SLIDES or any(rows[j].kind == "blank" for a, b in bounded for j in range(a + 1, b)):
        return frozenset()
    return frozenset(seps)


def last_slide_credit(rows: list[Row], tight: frozenset[int]) -> int | None:
    """The credit alone right under the last counter, reading the total ("Bild 4 von 4"), of a tight gallery whose
    slides between separators each print a caption over their credit alone ("Bild 2 von 4" / caption / "Foto:
    Name"), two or more (a slide of a credit alone among them): that slide prints no caption, and the text under its
    credit, the story's last paragraph, is none of its (`tight`: the gallery's separators, tight_gallery's). A dump
    cut short in its third of nine slides may print that slide's credit over its caption: left as it was."""
    seps = sorted(tight)
    if not seps:
        return None
    captioned = 0
    for start, end in zip(seps, seps[1:]):
        texts = [rows[j] for j in range(start + 1, end) if rows[j].kind == "text"]
        shape = [bool(row.before) and row.credit is None if n == 0 else row.credit is not None and not row.before
                 for n, row in enumerate(texts)]
        if len(texts) == 2 and all(shape):
            captioned += 1
        elif not (len(texts) == 1 and texts[0].credit is not None and not texts[0].before):
            return None  # a slide printed otherwise: its credit may stand over its caption
    first = seps[-1] + 1
    if captioned < MIN_CAPTIONED_SLIDES or first >= len(rows) or not rows[seps[-1]].closes_count:
        return None
    row = rows[first]
    return first if row.kind == "text" and row.credit is not None and not row.before and not row.before_is_alt else None


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
