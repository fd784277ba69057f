"""Pictures set in a table: a row of images and nothing else, the caption of each in the cell under it.

Old and hand-made pages lay pictures out so: `<tr><td><img></td><td><img></td></tr>`
then `<tr><td>Caption</td><td>Caption</td></tr>`. The cells are paired by
column, from either side: the caption cell under an image's (for an image no
markup captions, bare.py) and the image's cell above a caption's (for a
caption element, page.py).
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from .set_apart import holds_image, only_child
from .tree import next_element, previous_element, text_of


def image_cell_caption(cell: LexborNode) -> LexborNode | None:
    """The cell under an image's cell, when the image's row holds images and nothing else, and that cell no image."""
    row = cell.parent
    if row is None or row.tag != "tr":
        return None
    cells = [c for c in row.iter(include_text=False) if c.tag in ("td", "th")]
    if any(text_of(c) for c in cells):
        return None
    below_row = next_element(row)
    if below_row is None or below_row.tag != "tr":
        return None
    below = [c for c in below_row.iter(include_text=False) if c.tag in ("td", "th")]
    column = next(i for i, c in enumerate(cells) if c.mem_id == cell.mem_id)
    if column >= len(below) or holds_image(below[column]):
        return None
    return below[column]


def image_cell_above(caption: LexborNode) -> LexborNode | None:
    """The image's cell right above a caption's cell (the caption being the cell or its only content), if any."""
    cell: LexborNode | None = caption
    while cell is not None and cell.tag not in ("td", "th") and only_child(cell, cell.parent):
        cell = cell.parent
    if cell is None or cell.tag not in ("td", "th") or cell.parent is None:
        return None
    row, above_row = cell.parent, previous_element(cell.parent)
    if above_row is None or above_row.tag != "tr":
        return None
    column = next(i for i, c in enumerate(c for c in row.iter(include_text=False) if c.tag in ("td", "th")) if c.mem_id == cell.mem_id)
    above = [c for c in above_row.iter(include_text=False) if c.tag in ("td", "th")]
    if column >= len(above) or not holds_image(above[column]):
        return None
    found = image_cell_caption(above[column])
    return above[column] if found is not None and found.mem_id == cell.mem_id else None
