"""Where each picture of an HTML page stands in its markup: the line its catalogue entry, audit findings and `show` name."""
from __future__ import annotations

import html
import re
from bisect import bisect_left

from .figure import HtmlPicture

_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)


def place_pictures(pictures: list[HtmlPicture], markup: str) -> None:
    """Where each picture's caption (or credit) starts in the markup, searched onward from the last one.

    Text the markup spells with other entities than `&amp;`, `&lt;`, `&gt;` is not found: the picture takes the
    place of the one before. One pass over the markup, however many pictures.
    The search starts at the body: the head's metadata may print a caption too.
    """
    body = _BODY.search(markup)
    last = body.start() if body else 0
    for pic in pictures:
        probe = (pic.caption or pic.credit or "")[:24]
        found = markup.find(probe, last) if probe else -1
        if found < 0 and probe and (escaped := html.escape(probe, quote=False)) != probe:
            found = markup.find(escaped, last)  # "TOP &amp; ABOVE: ...": the markup's own spelling of & < >
        if found < 0 and probe and " " in probe:
            found = _find_spaced(markup, probe, last)  # "Boats\n    wait at ...": the source wrapped, text_of's one space
        if found >= 0:
            last = found
        pic.offset = last


def _find_spaced(markup: str, probe: str, start: int) -> int:
    """Where the probe's words start in the markup from `start`, any run of the markup's spaces and newlines between
    them (as text_of reads it, one space), each word as printed or with & < > escaped; -1 if nowhere."""
    words = probe.split()
    pattern = r"[ \t\n\r\f]+".join(f"(?:{re.escape(w)}|{re.escape(html.escape(w, quote=False))})" for w in words)
    found = re.compile(pattern).search(markup, start)
    return found.start() if found else -1


def line_ends(markup: str) -> list[int]:
    """Where each of the markup's newlines stands."""
    return [m.start() for m in re.finditer("\n", markup)]


def line_of(newlines: list[int], offset: int) -> int:
    """The line (from 1) an offset into the markup is on."""
    return bisect_left(newlines, offset) + 1
