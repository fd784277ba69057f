"""Pictures a sentence announces: the lines after "These photos show ..." are captions.

Some photo reports print no credit and no gallery heading, but say in words
that pictures follow: the intro's last sentence reads "These photos show the
aftermath ...", "写真で紹介します" ("we show it in photographs"), "次の写真は
...撮影した写真です" ("the following are photographs taken ..."). A reader
takes each line after it as a picture's caption. The phrases are data
(markers.yaml's picture_announcements, any language); one must stand in the
last sentence of its line (a byline in brackets may close it), so that the
pictures come after it. Where the page prints no credit and no other rule
found a picture, each line after the announcement that is prose ending a
sentence, and no heading, is a caption with no credit (at least three).
A heading over a group of pictures ("輪島市(震度7)=1月28日撮影", a place and
the day it was photographed) ends no sentence and is passed over, as are a
list's links and titles; a last line the dump cut mid-sentence ends none
either.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .caption_shape import caseless_sentence, heading
from .pictures import Found, Layout
from .titled_paragraphs import prose

if TYPE_CHECKING:
    from .markers import PageMarkers

MIN_CAPTIONS = 3  # captions after an announcement before they are read so
# The line's last sentence: what follows its last full stop, a bracket closing the line (a byline) set aside.
_CLOSING_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_SENTENCE_END = re.compile(r"[.!?。！？]+[」』”’\"')）]*\s*(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.!?。！？…][」』”’\"')）]*$")


def announced_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, or, where it is empty, the captions a sentence announces."""
    if found or pm.announcement is None:
        return found
    rows = layout.rows
    if any(row.credit is not None for row in rows if row.kind in ("text", "repeat")):
        return found
    start = next((i for i, row in enumerate(rows) if row.kind in ("text", "headline")
                  and _announces(layout.title if i == layout.headline else row.before, pm)), -1)
    if start < 0:
        return found
    captions = [i for i in range(start + 1, len(rows)) if rows[i].kind == "text" and not rows[i].labelled
                and _caption(rows[i].before, pm)]
    if len(captions) < MIN_CAPTIONS:
        return found
    return [Found(i, rows[i].before, None, i, [i]) for i in captions]


def _announces(text: str | None, pm: PageMarkers) -> bool:
    """A line whose last sentence announces the pictures below it."""
    assert pm.announcement is not None
    if not text:
        return False
    text = _CLOSING_BRACKETS.sub("", text)
    last = _SENTENCE_END.split(text)[-1]
    return pm.announcement.search(last) is not None


def _caption(text: str, pm: PageMarkers) -> bool:
    """Prose ending a sentence, not a heading: a caption's shape (a heading or a link ends none)."""
    if not _ENDS_SENTENCE.search(text.rstrip()) or text.rstrip().endswith(":"):
        return False
    return caseless_sentence(text) or (prose(text) and not heading(text, pm.small_words))
