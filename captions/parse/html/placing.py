"""Where each picture of an HTML page stands in its markup: the line its catalogue entry, audit findings and `show` name."""
from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right

from .figure import HtmlPicture

_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)


def place_pictures(pictures: list[HtmlPicture], markup: str) -> None:
    """Where each picture's caption (or credit) starts in the markup, searched onward from the last one.

    The caption is looked for as the reader read it (text_of, clean): a space of it may be any run of the markup's
    spaces and newlines ("Boats\\n    wait"), a soft hyphen may stand between any two of its characters
    ("Fischer&shy;boote"), and so may a tag ("<em>Ann</em> Lee"), and a character may be spelled as any entity of
    it (`&eacute;`, `&#233;`, `&nbsp;`). Only a caption not found at all takes the place of the picture before.
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
    only when neither is found, with soft hyphens between its characters (a pattern ten times dearer to build);
    then, or where its longest word stands before the spelling found, with tags and entities (`_read_as_printed`)."""
    at = _spelled_plainly(markup, probe, start)
    if at >= 0 and not _longest_word_before(markup, probe, start, at):
        return at
    earlier = _read_as_printed(markup, probe, start, len(markup) if at < 0 else at)
    return earlier if earlier >= 0 else at


def _spelled_plainly(markup: str, probe: str, start: int) -> int:
    escaped = html.escape(probe, quote=False)
    for soft_hyphens in (False, True):
        for text in (probe, escaped) if escaped != probe else (probe,):
            if not soft_hyphens and (at := _printed_first(markup, text, start)) is not None:
                return at
            match = _spelled(text, soft_hyphens).search(markup, start)
            if match is not None:
                return match.start()
    return -1


def _longest_word_before(markup: str, probe: str, start: int, at: int) -> bool:
    """Whether the probe's longest whole word stands in the markup between `start` and `at`, where the probe may be
    printed with a tag or an entity in it (`<em>Ann</em> Lee`), before where it is printed plainly."""
    words = probe.split(" ")[:-1] or [probe]   # the last word may be cut short
    return markup.find(max(words, key=len), start, at) >= 0


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


_MARKUP = re.compile(r"<[^<>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?|[^<&\u00ad]+|[<&\u00ad]")
_READ_SPACES = "[ \t\n\r\f\u00a0]+"   # a no-break space, printed as one, may have been read as a space


def _read_as_printed(markup: str, probe: str, start: int, end: int) -> int:
    """Where in markup[start:end] the probe is printed, spelled with tags between its characters (`<em>Ann</em>
    Lee`) or entities for them (`Ren&eacute;e`, `&#233;`, `a&nbsp;barge`); -1 if it is not.

    The markup is read as a browser prints it, a piece at a time (tags as nothing, an entity as its character), and
    the probe searched in what it prints, each piece's place in the markup kept: a pattern of every spelling of
    every character would take milliseconds to build.
    """
    printed: list[str] = []
    starts: list[int] = []   # where each printed piece begins in what is printed
    places: list[int] = []   # and in the markup
    size = 0
    for piece in _MARKUP.finditer(markup, start, end):
        token = piece.group()
        if token[0] == "<" and len(token) > 1:
            continue
        text = (html.unescape(token) if token[0] == "&" else token).replace("\u00ad", "")   # a soft hyphen: nothing
        if text:
            printed.append(text)
            starts.append(size)
            places.append(piece.start())
            size += len(text)
    pattern = re.compile(_READ_SPACES.join(re.escape(word) for word in probe.split(" ")))
    found = pattern.search("".join(printed))
    if found is None:
        return -1
    k = bisect_right(starts, found.start()) - 1
    text_piece = markup[places[k]] != "&"
    return places[k] + (found.start() - starts[k] if text_piece else 0)


def line_ends(markup: str) -> list[int]:
    """Where each of the markup's newlines stands."""
    return [m.start() for m in re.finditer("\n", markup)]


def line_of(newlines: list[int], offset: int) -> int:
    """The line (from 1) an offset into the markup is on."""
    return bisect_left(newlines, offset) + 1
