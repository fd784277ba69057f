"""The story's writer's name with their e-mail address, alone on a line: the author's contact, no picture's credit.

McClatchy's papers credit a staff photographer under a caption with their name and e-mail address ("Name
name@sacbee.com", round 122), and the same shape closes many stories as the writer's contact line, under the last
paragraph or in an author box ("Dana Whitfield dwhitfield@paper.com"). Read as a credit, it made a picture of the
story's last paragraph. The page tells the two apart by its byline: the writer it names ("By Dana Whitfield") is
the story's, and their address line is their contact; a photographer's name is in no byline (review 128).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold
from .credit import MAIL_ADDRESS
from .layout import Layout
from .lines import CleanLine

if TYPE_CHECKING:
    from .markers import PageMarkers

_ADDRESS = re.compile(rf"\s+[(<]?{MAIL_ADDRESS.pattern}[)>]?\s*$")  # closing the line, bracketed or not
MIN_NAME_WORDS = 2  # a first name and a surname: one word could be anyone's in the byline


def writers_addresses(layout: Layout, lines: list[CleanLine], pm: PageMarkers) -> Layout:
    """The layout with each unmarked credit alone that is the byline's writer's name and address read as the
    writer's contact (a byline row), not a picture's credit."""
    bylines = [fold(line.text) for line in lines if line.kind in ("text", "furniture") and pm.is_byline(line.text)]
    if not bylines:
        return layout
    rows = list(layout.rows)
    changed = False
    for j, row in enumerate(rows):
        if row.kind != "text" or row.credit is None or row.before or row.marked or row.byline \
                or (address := _ADDRESS.search(row.credit)) is None:
            continue
        name = fold(row.credit[:address.start()].strip())
        if len(name.split()) < MIN_NAME_WORDS:
            continue
        named = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if any(named.search(byline) for byline in bylines):
            rows[j] = row._replace(byline=True)
            changed = True
    return layout._replace(rows=rows) if changed else layout
