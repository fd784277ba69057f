"""The outlet's own name alone in a page's head: the story's byline, no picture's credit.

Papers and broadcasters sign a story with their own name under its headline or standfirst, alone on a line, as a
reporter signs with theirs ("GZH" under the standfirst, "중앙일보" under the headline, over the story's date). Once
the outlet is a known agency (agencies.yaml, kind publication or broadcaster) that line reads as a credit, and would
make a picture of the standfirst over it, or of nothing. Printed bare, with no lead-in, no brackets and no one
besides it, in the head (the standfirst, then lines that are no sentence: the reporters' names, the date, up to
`MAX_HEAD_ROWS` under the headline: "Name and Name / 11 February 2026 / The Courier-Mail"), it is the byline.
Elsewhere, or marked ("Foto: GZH", "(GZH)", "Name/GZH"), it stays a credit.
A writer's name and a site's joined by a byline mark (markers `byline_joiners`: "Jane Roe | Example News") in the
same place is the byline too, the site known or not, unless the page credits its pictures in that form (m179); a
comma is such a mark ("Jane Roe, Example News"), the form checked being the line's own mark (m184).
A byline row of the head, of any of these forms or a reporter's title ("Name 기자", "Name記者"), becomes the head's
furniture, as "By Jane Roe" is (m184): the rules read the lines around it the same whichever form the outlet prints.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.registry import OUTLET_KINDS
from .caption_shape import caption_like, ends_sentence
from .layout import Layout, Row, holds_date

if TYPE_CHECKING:
    from .markers import PageMarkers

MAX_HEAD_ROWS = 5  # text rows under the headline that may sign the story: standfirst, reporters, date, outlet


def outlet_bylines(layout: Layout, pm: PageMarkers) -> Layout:
    """The layout with an outlet's bare name alone in the page's head read as the story's byline."""
    if layout.headline < 0:
        return layout
    rows = layout.rows
    changed = None
    seen = 0
    above = -1  # the text row over this one, past the standfirst
    for j in range(layout.headline + 1, len(rows)):
        row = rows[j]
        if row.kind != "text":
            continue
        seen += 1
        if seen > MAX_HEAD_ROWS:
            break
        if row.credit is not None and not row.before and not row.marked and (
                _titled(row.credit, pm) if row.byline else
                names_outlet(row.credit, pm) and not _under_caption(rows, j, above, layout.headline, pm)
                or writer_and_site(rows, j, layout.headline, pm)):
            changed = changed or list(rows)
            changed[j] = as_furniture(row)
        elif seen > 1 and row.credit is None and ends_sentence(row.before):
            break  # a paragraph past the standfirst: the story has begun, and its head with the byline is over
        above = j if seen > 1 else -1
    return layout if changed is None else layout._replace(rows=changed)


def _titled(credit: str, pm: PageMarkers) -> bool:
    """Whether a byline row is a name a reporter's title closes ("Name 기자", "Name記者"). A name over the story's
    date ("Reuters" over "20 May 2026, 17:30") stays a text row: alt.py counts it among the head's lines."""
    return credit.rstrip().endswith(pm.byline_titles)


def as_furniture(row: Row) -> Row:
    """A byline row of the head as the head's furniture, as "By Jane Roe" is (lines.py): whatever its form ("Name
    기자", "Jane Roe | Example News", the outlet alone), no caption nor credit, and the rules read the lines around it
    as they read them around "By Jane Roe" (m184); `byline` tells that the page prints one (layout.prints_byline)."""
    return row._replace(kind="furniture", before="", credit=None, byline=True)


def writer_and_site(rows: list[Row], j: int, headline: int, pm: PageMarkers) -> bool:
    """Whether the credit alone on head row j is a writer's name and a site's joined by a byline mark ("Jane Roe |
    Example News"): the story's byline. It credits a picture where the part after the mark is a wire or a picture
    desk ("Name | Reuters"), and where the page shows that its pictures are credited so: another
    credit joined by the mark, an image line or an alt text over it, a caption's words (no full stop, no date) over it."""
    row = rows[j]
    joiners = [joiner for joiner in pm.byline_joiners if joiner in (row.credit or "")]
    # a slash joins a credit's parts ("NTB / Name / NORWAY OUT, AFP/Getty Images"), never a writer's and a site's
    if len(joiners) != 1 or "/" in (row.credit or "") or row.alt is not None or row.before_is_alt:
        return False
    joiner = joiners[0]
    halves = [(row.credit or "").split(joiner)]
    if len(halves[0]) != 2:
        return False
    name, site = (half.strip() for half in halves[0])
    agency = pm.registry.recognise(site)
    if agency is not None and agency.kind not in OUTLET_KINDS or pm.registry.recognise(name) is not None \
            or not pm.credits.names_person(name):
        return False
    k = next((k for k in range(j - 1, headline, -1) if rows[k].kind != "blank"), headline)
    over = rows[k]
    if k > headline and (over.alt is not None or over.before_is_alt or over.kind not in ("text", "furniture")
                         or over.kind == "text" and not (ends_sentence(over.before.rstrip()) or holds_date(over.before))):
        return False
    # the page credits its pictures in the same form ("NAME | EFE", "Name, Agency"): the line is one of those credits
    return not any(i != j and other.credit is not None and joiner in other.credit for i, other in enumerate(rows))


def names_outlet(credit: str, pm: PageMarkers) -> bool:
    """Whether a credit is a known paper's or broadcaster's name, whole."""
    agency = pm.registry.recognise(credit)
    return agency is not None and agency.kind in OUTLET_KINDS


def _under_caption(rows: list[Row], j: int, above: int, headline: int, pm: PageMarkers) -> bool:
    """Whether the outlet's name on row j, under a line past the standfirst that has a caption's words and no full
    stop ("Des pompiers arrosent les décombres mardi matin" over "Le Devoir"), credits that line's picture: so where
    the page prints the same name alone under its other pictures too, its habit. Over a byline stand the reporters'
    names, the date, or the standfirst, and the paper's name stands alone nowhere else."""
    if above < 0 or ends_sentence(rows[above].before.rstrip()) or holds_date(rows[above].before) \
            or not caption_like(rows[above], above, headline, pm.small_words):
        return False
    outlet = pm.registry.recognise(rows[j].credit or "")
    return any(row.kind == "text" and row.credit is not None and not row.before and not row.byline
               and pm.registry.recognise(row.credit) is outlet for row in rows[j + 2:])
