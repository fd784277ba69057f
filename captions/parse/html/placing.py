"""Where each picture of an HTML page stands in its markup: the line its catalogue entry, audit findings and `show` name."""
from __future__ import annotations

import html
import re
from bisect import bisect_left

from .figure import HtmlPicture

_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)


def place_pictures(pictures: list[HtmlPicture], markup: str) -> None:
    """Where each picture's caption (or credit) starts in the markup, searched onward from the last one.

    The caption is looked for as the reader read it (text_of, clean): a space of it may be any run of the markup's
    spaces and newlines ("Boats\\n    wait"), and a soft hyphen may stand between any two of its characters
    ("Fischer&shy;boote"). Text the markup spells with other entities than `&amp;`, `&lt;` and `&gt;`, or with a
    tag inside its first 24 characters, is not found: the picture takes the place of the one before.
    The search starts at the body: the head's metadata may print a caption too.
    """
    body = _BODY.search(markup)
    last = body.start() if body else 0
    for pic in pictures:
        probe = (pic.caption or pic.credit or "")[:24]
        found = _find(markup, probe, last) if probe else -1
        if found >= 0:
            last = found
        pic.offset = last


_SPACES = "[ \\t\\n\\r\\f]+"                            # a space as read: one space for any run (text_of)
_SOFT_HYPHENS = "(?:\u00ad|&shy;|&#173;|&#[xX][aA][dD];)*"  # printed as nothing (clean)


def _find(markup: str, probe: str, start: int) -> int:
    """Where in the markup, from `start`, the probe as read is spelled: as printed, then with & < > escaped; then,
    only when neither is found, with soft hyphens between its characters (a pattern ten times dearer to build)."""
    escaped = html.escape(probe, quote=False)
    for soft_hyphens in (False, True):
        for text in (probe, escaped) if escaped != probe else (probe,):
            if not soft_hyphens and (at := _printed_first(markup, text, start)) is not None:
                return at
            match = _spelled(text, soft_hyphens).search(markup, start)
            if match is not None:
                return match.start()
    return -1


def _printed_first(markup: str, text: str, start: int) -> int | None:
    """Where the text is printed as it is read, when no spelling with other spaces can come before: none opens with
    its first word before. None when that cannot be told without the pattern (most pages tell it: one search in C
    where building the pattern would cost some 70 µs)."""
    at = markup.find(text, start)
    if at < 0:
        return None
    first = text.split(" ", 1)[0]
    return at if first == text or markup.find(first, start, at) < 0 else None


def _spelled(probe: str, soft_hyphens: bool) -> re.Pattern[str]:
    """A pattern of the ways the markup may spell a text as read, searched in C over the page."""
    if soft_hyphens:
        return re.compile(_SOFT_HYPHENS.join(_SPACES if char == " " else re.escape(char) for char in probe))
    return re.compile(_SPACES.join(re.escape(word) for word in probe.split(" ")))


def line_ends(markup: str) -> list[int]:
    """Where each of the markup's newlines stands."""
    return [m.start() for m in re.finditer("\n", markup)]


def line_of(newlines: list[int], offset: int) -> int:
    """The line (from 1) an offset into the markup is on."""
    return bisect_left(newlines, offset) + 1
