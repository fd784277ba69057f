"""Stage 1c, rejoin: a page whose text the dump hard-wrapped, each paragraph broken over lines mid-sentence.

Some pages come from HTML whose source breaks its paragraphs every seventy
characters or so (blogs copying a gallery's source, mirrors of old sites):
the dump keeps the breaks, and a caption stands over five lines with its
credit split over two (`... (Associated` / `Press)`). Such a page shows it
by its breaks: lines of words ending in a word or a comma, the next going on
in lower case. Where a page breaks so MIN_WRAPS times or more, each text line
ending in a letter or a comma goes on into the next text line, where that one
goes on in lower case or the line fills most of the wrap's width (a short line
ending in a word over a capital is a title: `Floods in the valley`); a line ending
a sentence, a bracket or a number ends its paragraph, as a blank line does,
and a line that is a credit by itself stays one.
A story's lines, one paragraph each, never break so: one such break is a
slip, not a page wrapped. A break after a trailing space is the dump's own
wrap of a caption block, read where the block is (credit_again.py).
"""
from __future__ import annotations

import re

from .credit_in_line import split_line
from .lines import CleanLine
from .markers import PageMarkers

MIN_WRAPS = 3  # breaks between a word and a lower-case word before a page reads as hard-wrapped
WRAP_SHARE = 0.6  # of the longest broken line: a line ending in a word this long was cut by the wrap
_GOES_ON = re.compile(r"(?:[^\W\d_]|,)$")  # a line ending in a letter or a comma: the sentence goes on


def rejoin_hard_wrapped(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines, each paragraph of a hard-wrapped page on one line; other pages as they are."""
    breaks = [a for a, b in zip(lines, lines[1:]) if _broken(a, b)]
    if len(breaks) < MIN_WRAPS:
        return lines
    full = WRAP_SHARE * max(len(a.text) for a in breaks)  # a line this long was broken by the wrap, not ended
    out: list[CleanLine] = []
    i = 0
    while i < len(lines):
        line, j = lines[i], i + 1
        last = line.text  # the paragraph's last line as printed: its end and its length say whether it goes on
        while line.kind == "text" and j < len(lines) and lines[j].kind == "text" and _GOES_ON.search(last) \
                and (lines[j].text[:1].islower() or len(last) >= full) and not _credit_alone(lines[j].text, pm):
            line, last = line._replace(text=f"{line.text} {lines[j].text}"), lines[j].text
            j += 1
        # the lines joined into it stand as blank lines above it: the paragraph keeps its neighbour below (a
        # credit alone), and the line above it is no longer right over it (a standfirst is no alt text)
        out.extend(CleanLine(lines[k].no, "", "blank") for k in range(i + 1, j))
        out.append(line)
        i = j
    return out


def _broken(a: CleanLine, b: CleanLine) -> bool:
    """A line of words ending in a word or a comma, and the next line of words going on in lower case."""
    return (b.text[:1].islower() and b.kind == "text" and a.kind == "text" and not a.wrapped  # rare test first
            and " " in a.text and " " in b.text and _GOES_ON.search(a.text) is not None)


def _credit_alone(text: str, pm: PageMarkers) -> bool:
    """A line that is a credit by itself ("(Launch Photography)" under "Credit: Name"): a line of its own."""
    split = split_line(text, pm)
    return split.credit is not None and not split.before
