"""Pictures a dump prints as markup (`![alt](address)`, image_markup.py): the caption under each, its alt text.

The markup says a picture stands there, and its alt text describes the
picture whose caption is the line right under it (past a slide counter or a
blank line), or the rest of the line it opens. A line under it printing no
credit is that caption only where it prints the alt text again word for word
(a caption the site also gave as alt text): otherwise it is body text, and
the markup alone makes no picture.
"""
from __future__ import annotations

from ..text import fold
from .layout import Found, Layout, Row

MARKUP_REACH = 3  # rows from a picture's markup down to its caption: a counter, a blank line


def marked_alt(rows: list[Row], f: Found) -> str | None:
    """The alt text of the picture markup right above a picture's caption, None where there is none."""
    if not f.caption:
        return None
    if rows[f.line].alt is not None:  # the markup opened the caption's own line
        return rows[f.line].alt or None
    j = _markup_above(rows, f.top)
    return None if j is None else rows[j].alt or None


def captions_under_markup(layout: Layout, found: list[Found]) -> list[Found]:
    """`found`, with each uncredited line under a picture's markup that prints its alt text again."""
    rows = layout.rows
    used = {j for f in found for j in f.lines}
    more = []
    for i, row in enumerate(rows):
        if row.kind != "text" or row.credit is not None or not row.before or i in used:
            continue
        j = _markup_above(rows, i)
        if j is not None and rows[j].alt and fold(rows[j].alt or "") == fold(row.before):
            more.append(Found(i, row.before, None, i, [i]))
    return sorted(found + more, key=lambda f: f.line) if more else found


def _markup_above(rows: list[Row], top: int) -> int | None:
    """The row of the picture markup right above row `top`, past blank lines, furniture and a counter."""
    for j in range(top - 1, max(-1, top - 1 - MARKUP_REACH), -1):
        row = rows[j]
        if row.kind == "furniture" and row.alt is not None:
            return j
        if row.kind not in ("blank", "furniture") and not _counter(row):
            return None
    return None


def _counter(row: Row) -> bool:
    """A slide's number printed alone ("3", "3 / 9")."""
    return row.kind == "text" and row.credit is None and row.before.replace("/", "").replace(" ", "").isdigit()
