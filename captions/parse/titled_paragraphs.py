"""Pictures a line printed again before each of them marks: a gallery's repeated title.

Some galleries print no credit at all, but print the same line before every
slide's caption: the post's title reused as each image's title, or a control
("Voir le diaporama", read as furniture) over each picture. A reader sees the pattern: the
paragraph under each copy of the line is a caption. At least three copies,
each (but perhaps the last, cut by the dump) over a different paragraph of
prose with no credit, most of them ending a sentence (a section name over
each teaser, a slide's title over its caption, ends none), and never
furniture (but a control, whose line is furniture) or a credit itself. The copies are
the pictures' titles, not their alt text: they are taken with the caption,
and describe no picture.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..text import caseless
from .markers import SENTENCE_CLOSERS

if TYPE_CHECKING:
    from .layout import Row

MIN_COPIES = 3  # copies of the line before it marks a page's pictures
MIN_WORDS = 3   # a paragraph of fewer words is a label, not a caption
MIN_UNSPACED = 10  # characters of a caption in a script without case, often written without spaces
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")  # ASCII letters all have case: these may have none


def paragraphs_under_copies(rows: list[Row], headline: int) -> list[tuple[int, int]]:
    """(copy, paragraph) row pairs: each paragraph a caption its copy of a repeated line marks."""
    copies: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.kind == "text" and i != headline and row.credit is None and row.before and not row.labelled:
            copies[row.before].append(i)
        elif row.control:  # a control printed over each picture marks them as well as a title does
            copies[row.control].append(i)
    pairs: list[tuple[int, int]] = []
    for text, at in copies.items():
        if len(at) < MIN_COPIES:
            continue
        under = [_paragraph_under(rows, i, headline) for i in at]
        # a slide is its copy and one paragraph: an intro between the title and the first slide is none
        under = [j if j is None or _texts_between(rows, j, end) == 0 else None
                 for j, end in zip(under, [*at[1:], len(rows)])]
        marked = [(i, j) for i, j in zip(at, under) if j is not None and rows[j].before != text]
        paragraphs = [rows[j].before for _, j in marked]
        ended = sum(p.rstrip()[-1:] in SENTENCE_CLOSERS for p in paragraphs)  # captions; teasers and titles end none
        if (len(marked) >= MIN_COPIES and len(marked) >= len(at) - 1 and ended >= MIN_COPIES and 2 * ended > len(marked)
                and len(set(paragraphs)) == len(paragraphs) and all(map(prose, paragraphs))):
            pairs.extend(marked)
    return sorted(pairs, key=lambda pair: pair[1])


def _paragraph_under(rows: list[Row], i: int, headline: int) -> int | None:
    """The next text row under row i, past blank lines, furniture and separators; None if it carries a credit."""
    j = i + 1
    while j < len(rows) and rows[j].kind in ("blank", "furniture", "repeat"):
        j += 1
    if j >= len(rows) or j == headline or rows[j].kind != "text" or rows[j].credit is not None:
        return None
    return j


def _texts_between(rows: list[Row], start: int, end: int) -> int:
    """Text rows after row `start` and before row `end`; the last copy's slide runs to the page's end."""
    return sum(rows[j].kind == "text" for j in range(start + 1, end)) if end < len(rows) else 0


def prose(text: str) -> bool:
    """A caption's shape: several words, one starting in lower case, or a long line in a script without case."""
    words = text.split()
    if _mostly_caseless(text):  # Arabic, Hebrew, CJK ...: no capitals tell a heading from a sentence
        return len(words) >= MIN_WORDS or len(text) >= MIN_UNSPACED
    return len(words) >= MIN_WORDS and any(w[:1].islower() for w in words)


def _mostly_caseless(text: str) -> bool:
    """Whether at most half the letters of a text have case, or it has no letter.

    ASCII letters all have case: only the others are looked at one by one (a paragraph holds hundreds).
    """
    uncased = sum(caseless(c) for c in _NON_ASCII_LETTER.findall(text))
    if not uncased:
        return _LETTER.search(text) is None
    return len(_LETTER.findall(text)) <= 2 * uncased
