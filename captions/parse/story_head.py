"""The story's head under its headline, as the alt stage reads it: where the story's body opens (round 127).

A dump prints the lead picture's alt line right under the head: the standfirst, and lines of the page's furniture
as many as the page likes (a byline, dates, a listen button and its player's timer, share and copy-link buttons,
a byline block's labels). Only the head's text is counted: its furniture, by the house's data, is not.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..text import fold
from .layout import MAX_DATE_LINE, Layout, Row, holds_date

MAX_HEAD_LINES = 3  # lines of text between the headline and the story's body, its furniture aside: a standfirst


class HeadFurniture(NamedTuple):
    """What tells the page's furniture under its headline from the head's text: `byline` ("Par Name", "Por Name");
    `labels`, the words over a byline's name on a line of their own ("Texto" over "Name", "Fotografia" over
    "Name"), folded."""

    byline: Callable[[str], bool] = lambda _: False
    labels: frozenset[str] = frozenset()


def opens_story(layout: Layout, candidate: tuple[int, str], furniture: HeadFurniture | None = None) -> bool:
    """Whether the line `candidate` names is the first of the story's body, under the page's head: the headline,
    then its standfirst and a few lines more (`MAX_HEAD_LINES`), no credit among them but a byline ("Name 기자",
    the writer's). The lead picture's alt line
    stands there, over its caption ("A bulldozer spreads sand ..." over "A bulldozer spreads freshly pumped sand
    ... [ NAME | Times ]"), where a dump prints the lead picture's alt text and no other's.
    The head's furniture is not counted (round 127): pages print many lines of it between the standfirst and the
    lead picture ("Par Name", "Publié le ...", "Écouter cet article", "00:00/05:12", "Partager", "Ouvir"), and the
    lead picture's alt line stands under all of them."""
    rows, j = layout.rows, candidate[0]
    if layout.headline < 0 or j <= layout.headline:
        return False
    head = [i for i in range(layout.headline + 1, j) if rows[i].kind != "blank"]
    if not all(rows[i].kind in ("text", "furniture") and (rows[i].credit is None or rows[i].byline) for i in head):
        return False
    return sum(not _head_furniture(rows, i, furniture or HeadFurniture()) for i in head) <= MAX_HEAD_LINES


def _head_furniture(rows: Sequence[Row], i: int, furniture: HeadFurniture) -> bool:
    """Whether row i of the page's head is its furniture by the house's data: a furniture line (a control, a reading
    time, a player's timer), a byline, a date line, a byline's label or the name under one."""
    row, text = rows[i], rows[i].before.strip()
    if row.kind == "furniture" or row.byline or furniture.byline(text):
        return True
    if len(text) <= MAX_DATE_LINE and holds_date(text):
        return True
    labelled = i > 0 and rows[i - 1].kind == "text" and fold(rows[i - 1].before.strip()) in furniture.labels
    return fold(text) in furniture.labels or labelled
