"""Figures printed side by side with one caption element after them, none of their own: the caption is each one's.

`div.fotos-doble > (figure > (div.credit, img), figure > (div.credit, img), p.caption)`: a paper prints two or three
pictures in a row, each with its credit, and one caption under the row. One printed caption covering a group of
pictures goes on each picture of the group (SPEC); each keeps its own credit. A figure with a caption of its own
ends the run, and so does any element between the figures: a paragraph of the story is no part of the row.
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from .marks import Marks, clean, has_image, inside_holder
from .set_apart import outer_box
from .tree import element_after

MAX_ROW = 4  # figures a row prints side by side under one caption


def caption_after_row(figures: list[LexborNode], groups: dict[int, tuple[LexborNode, list[LexborNode]]],
                      marks: Marks) -> None:
    """Add the caption element printed right after a row of two or more figures to each figure's holders, where none
    of them holds a caption of its own; `groups` maps a container's id to it and its holders, as the page's reading
    found them."""
    run: list[LexborNode] = []
    for figure in figures:
        if run and (after := element_after(outer_box(run[-1]))) is not None and after.mem_id == outer_box(figure).mem_id:
            run.append(figure)
        else:
            _caption_run(run, groups, marks)
            run = [figure]
    _caption_run(run, groups, marks)


def _caption_run(run: list[LexborNode], groups: dict[int, tuple[LexborNode, list[LexborNode]]], marks: Marks) -> None:
    if not 2 <= len(run) <= MAX_ROW or any(not has_image(f) or marks.skipped(f) for f in run):
        return
    if any(marks.is_caption(n) for f in run for n in groups.get(f.mem_id, (f, []))[1]):
        return
    caption = element_after(outer_box(run[-1]))  # each figure boxed alone ("div.foto > figure"): the row of boxes
    if (caption is None or caption.tag == "figure" or not marks.is_caption(caption) or marks.is_hidden(caption)
            or has_image(caption) or inside_holder(caption, marks) or not clean(caption.text(deep=True) or "")):
        return
    after = _printed_after(caption)
    row_credits: list[LexborNode] = []
    for key, (container, holders) in list(groups.items()):
        if any(h.mem_id == caption.mem_id for h in holders):  # the row's box, read around the caption: no picture
            # a credit line printed after the caption in the box is the row's too ("Fotos: Name"), no picture
            # of its own (review 44)
            row_credits = [h for h in holders if h.mem_id in after]
            holders[:] = [h for h in holders if h.mem_id != caption.mem_id and h.mem_id not in after]
            if not holders:
                del groups[key]
    for figure in run:
        own = groups.setdefault(figure.mem_id, (figure, []))[1]
        credited = any(not marks.is_caption(h) for h in own)  # a figure's own credit goes before the row's
        own[:0] = [caption, *([] if credited else row_credits)]


def _printed_after(node: LexborNode) -> set[int]:
    """The ids of the elements printed after `node` beside it, its later siblings."""
    found: set[int] = set()
    sibling = element_after(node)
    while sibling is not None:
        found.add(sibling.mem_id)
        sibling = element_after(sibling)
    return found
