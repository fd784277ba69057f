"""A page framed as a gallery that prints no credit: its paragraphs are the captions.

Some galleries print a caption under each picture and no credit anywhere, and
a reader knows them only by their frame: a title or heading opened by a
gallery word ("Gallery: On the Launch Pad", "Bildergalerie ...", "Fotoshow:
..."; the words are data, markers.yaml's gallery_labels), then paragraph after
paragraph. Where such a heading stands before any paragraph, the page prints
no credit and no byline (a story's paragraphs are its author's, not
captions), and no other rule found a picture, each paragraph of prose under
the heading (at least three) is a caption with no credit, down to a label over
links to other stories ("Mehr zum Thema", "Related stories": markers.yaml's
related_labels), under which a rail's headlines stand, no picture's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .caption_shape import heading
from .cut_short import without_cut_slide
from .markers import SENTENCE_CLOSERS
from .layout import Found, Layout, prints_byline, prints_credit
from .titled_paragraphs import prose

if TYPE_CHECKING:
    from .lines import CleanLine
    from .markers import PageMarkers

MIN_PARAGRAPHS = 3  # paragraphs under a gallery heading before they are read as captions


def framed_gallery(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, or, where it is empty, the captions a gallery heading frames."""
    if found or pm.gallery_label is None or pm.byline is None:
        return found
    rows = layout.rows
    if prints_credit(rows) or prints_byline(layout, lines, pm):
        return found
    start = _heading_row(layout, pm)
    if start < 0:
        return found
    # min_words=1: prose() passes lines of several words or long unspaced ones; any in title case is a heading
    paragraphs = [i for i in range(start + 1, rail_start(layout, pm)) if rows[i].kind == "text" and prose(rows[i].before)
                  and not heading(rows[i].before, pm.small_words, min_words=1)]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return found
    return without_cut_slide(rows, [Found(i, rows[i].before, None, i, [i]) for i in paragraphs])


def rail_start(layout: Layout, pm: PageMarkers) -> int:
    """The row of the page's last label over links to other stories ("Related stories", "Mehr zum Thema"), or the
    number of rows where none stands: the headlines under it are a rail's, not a gallery's captions (m175)."""
    rows = layout.rows
    return next((i for i in range(len(rows) - 1, layout.headline, -1) if rows[i].kind == "text"
                 and fold(rows[i].before.strip().rstrip(":：")) in pm.related_labels), len(rows))


def _heading_row(layout: Layout, pm: PageMarkers) -> int:
    """The row of the gallery heading standing before any paragraph of prose, -1 when none."""
    assert pm.gallery_label is not None
    for i, row in enumerate(layout.rows):
        text = layout.title if i == layout.headline else row.before
        if row.kind not in ("text", "headline") or not text:
            continue
        if pm.gallery_label.match(text):
            return i
        if row.kind == "text" and prose(text) and text.rstrip()[-1:] in SENTENCE_CLOSERS:
            return -1  # a paragraph before any gallery heading (a sentence, not a menu or breadcrumb): a story's
    return -1
