"""A blanket credit: one line crediting a story's pictures as a whole.

"All photos by Name", "Photography by Name." under a gallery, "PICTURES BY
NAME" closing the sentence that introduces the pictures, "PHOTOS/AFP" after a
standfirst, "Texto y fotos Name" as a byline: the lead-in says the credit
covers the pictures (markers.yaml's blanket_credit_leadins, any language). A
reader takes it as the credit of every picture that prints none of its own;
it is no picture itself, and a page that shows no picture gets none from it.

Read so only where the page prints it once: every line with a blanket
lead-in names the same credit, and no more than one of them is not a
sentence announcing the pictures. A page printing "Photos: X" under each
caption keeps them as each picture's own credit.

`blanket_credit` finds the page's blanket credit in its rows; the
assembly (pictures.py, own_line_credits.py) then reads its lines as no caption's credit: the text
a blanket credit closes is a caption only where the page shows it as one
(printed twice, labelled), and a blanket credit alone takes only the caption
right above it (the literal reading: "Photography by Name." under the last
caption), never the one below nor none; under the story's first line it is
a byline and takes none. `with_blanket_credit` then gives the
credit to the pictures that print none, and where the credit closes a
sentence announcing the pictures ("Below are some photos from the square.
PICTURES BY NAME"), takes the caption-shaped lines right under it as those
pictures' captions.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple

from ..text import fold
from .announced import announces
from .caption_shape import caption_like, ends_sentence
from .layout import Found

if TYPE_CHECKING:
    from .layout import Layout, Row
    from .lines import CleanLine
    from .markers import PageMarkers



class Blanket(NamedTuple):
    """A page's blanket credit and the lines printing it."""

    credit: str                  # as split, without its lead-in ("ISAAC YEBOAH", "PHOTOS/AFP")
    rows: frozenset[int]         # indexes of the lines printing it
    announcing: frozenset[int]   # those whose text announces the pictures below ("Below are some photos ...")


def blanket_credit(lines: list[CleanLine], rows: list[Row], pm: PageMarkers) -> Blanket | None:
    """The page's blanket credit, if it prints one once (see the module's doc); the headline credits nothing."""
    if pm.blanket_before is None and pm.blanket_opening is None:
        return None
    printed: dict[int, Row] = {}  # the lines a blanket lead-in credits
    for i, (line, row) in enumerate(zip(lines, rows)):
        if row.kind != "text" or row.credit is None or row.credit_first or row.before_is_alt:
            continue
        at = line.text.rfind(row.credit)
        if at >= 0 and ((pm.blanket_before is not None and _leadin_before(line.text, at, pm))
                        or (pm.blanket_opening is not None and pm.blanket_opening.match(row.credit))):
            printed[i] = row
    if not printed or len({fold(row.credit or "") for row in printed.values()}) > 1:
        return None
    announcing = frozenset(i for i, row in printed.items() if row.before and announces(row.before, pm))
    if len({lines[i].text for i in printed if i not in announcing}) > 1:
        return None
    return Blanket(next(iter(printed.values())).credit or "", frozenset(printed), announcing)


def _leadin_before(text: str, at: int, pm: PageMarkers) -> bool:
    """Whether a blanket lead-in closes the text before the credit at `at` ("... PICTURES BY ", "Photos: (").

    Only spaces and a bracket may follow the lead-in, so it is looked for only where the longest could
    start: the alternation of every lead-in, tried at each place of a long caption, cost the page far more.
    """
    assert pm.blanket_before is not None
    head = text[:at]
    head = head[:-1] if head.endswith(("(", "[")) else head
    return pm.blanket_before.search(text, max(0, len(head.rstrip()) - pm.blanket_before_width), at) is not None


def with_blanket_credit(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures with the blanket credit where they print none, and the captions it announces."""
    blanket = layout.blanket
    if blanket is None:
        return found
    rows = layout.rows
    used = {j for f in found for j in f.lines}
    added = []
    for a in sorted(blanket.announcing):
        j = a + 1
        while j < len(rows) and rows[j].kind in ("blank", "repeat"):
            j += 1
        while (j < len(rows) and j not in used and rows[j].kind == "text" and rows[j].credit is None
               and not rows[j].before_is_alt and ends_sentence(rows[j].before.rstrip())
               and caption_like(rows[j], j, layout.headline, pm.small_words)):
            used.add(j)
            added.append(Found(j, rows[j].before, None, j, [j]))
            j += 1
            while j < len(rows) and rows[j].kind in ("blank", "repeat"):
                j += 1
    pictures = sorted([*found, *added], key=lambda f: f.line) if added else found
    return [dataclasses.replace(f, credit=blanket.credit) if f.credit is None else f for f in pictures]
