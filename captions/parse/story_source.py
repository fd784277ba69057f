"""A story's own source, printed under its last paragraph: "Izvor: Hina", "Vir: STA", "Avots: LETA".

South Slavic, Baltic and Balkan portals (and many others) close agency copy with the agency named after the word
for "source", the very lead-in other lines credit a picture with ("Izvor: Facebook" under a photo). A credit alone
so opened, with no caption or alt text and no paragraph of the story after it, names where the words came from:
no picture of its own. The lead-ins are markers.yaml's story_source_leadins.
"""
from __future__ import annotations

from .caption_shape import ends_sentence
from .layout import Found, Layout
from .lines import CleanLine
from .markers import PageMarkers
from .titled_paragraphs import prose


def without_story_source(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures but a lone credit that closes the story under a source lead-in."""
    leadins = tuple(w.casefold() for w in pm.markers.story_source_leadins)
    if not leadins:
        return found
    return [f for f in found if not _story_source(layout, lines, leadins, f)]


def _story_source(layout: Layout, lines: list[CleanLine], leadins: tuple[str, ...], f: Found) -> bool:
    if f.caption is not None or f.description is not None or f.lines != [f.line]:
        return False
    row = layout.rows[f.line]
    if row.kind != "text" or row.credit is None or row.before or row.alt is not None:
        return False
    if not lines[f.line].text.lstrip().casefold().startswith(leadins):
        return False
    return not any(r.kind == "text" and prose(r.before) and ends_sentence(r.before.rstrip())
                   for r in layout.rows[f.line + 1:])
