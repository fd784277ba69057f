"""Where each picture of an HTML page stands in its markup: the line its catalogue entry, audit findings and `show` name."""
from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right

from .figure import HtmlPicture

_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)


def place_pictures(pictures: list[HtmlPicture], markup: str) -> None:
    """Where each picture's caption (or credit) starts in the markup, searched onward from the last one.

    Text the markup spells with other entities than `&amp;`, `&lt;`, `&gt;` and `&shy;`, or with a tag inside
    its first 24 characters, is not found: the picture takes the place of the one before. One pass over the
    markup as read (_Reading: "Boats\\n    wait", "Fischer&shy;boote" as text_of and clean read them), however many
    pictures.
    The search starts at the body: the head's metadata may print a caption too.
    """
    body = _BODY.search(markup)
    last = body.start() if body else 0
    reading = _Reading(markup)
    for pic in pictures:
        probe = (pic.caption or pic.credit or "")[:24]
        found = reading.find(probe, last) if probe else -1
        if found >= 0:
            last = found
        pic.offset = last


# what the reader's text spells otherwise: a run of the markup's spaces and newlines (one space, text_of) and a soft
# hyphen (none, clean); a single space is read as it is
_READ_OTHERWISE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]|\u00ad|&shy;|&#173;|&#[xX][aA][dD];")


class _Reading:
    """The markup as its text is read, and where each of its places was in the markup."""

    def __init__(self, markup: str) -> None:
        parts: list[str] = []
        self._read: list[int] = []    # where, in the text as read, the markup's offsets shift ...
        self._markup: list[int] = []  # ... and where that is in the markup
        done = read = 0
        for match in _READ_OTHERWISE.finditer(markup):
            space = "" if match.group()[0] in "\u00ad&" else " "
            parts += (markup[done:match.start()], space)
            read += match.start() - done + len(space)
            done = match.end()
            self._read.append(read)
            self._markup.append(done)
        parts.append(markup[done:])
        self.text = "".join(parts)

    def find(self, probe: str, start: int) -> int:
        """Where in the markup the probe (& < > printed or escaped) is read first from markup offset `start`; -1
        if nowhere."""
        at = bisect_right(self._markup, start) - 1
        begin = start if at < 0 else self._read[at] + start - self._markup[at]
        found = self.text.find(probe, begin)
        if found < 0 and (escaped := html.escape(probe, quote=False)) != probe:
            found = self.text.find(escaped, begin)
        if found < 0:
            return -1
        at = bisect_right(self._read, found) - 1
        return found if at < 0 else self._markup[at] + found - self._read[at]


def line_ends(markup: str) -> list[int]:
    """Where each of the markup's newlines stands."""
    return [m.start() for m in re.finditer("\n", markup)]


def line_of(newlines: list[int], offset: int) -> int:
    """The line (from 1) an offset into the markup is on."""
    return bisect_left(newlines, offset) + 1
