"""A credit printed alone, then again opening its caption: `AP Photo/Jo Li` over `AP Photo/Jo LiA man ...`.

A figure whose alt (or title) text is the picture's credit leaves two traces
in a dump: the alt text on a line of its own, then the caption block, which
prints the credit again before the caption, often with no space between
them. The line above says exactly where the credit ends, so the rest of the
line is the caption: one picture, its credit the line above, no description
(alt text that is the credit describes nothing). pictures.py reads the same
layout where the alt text is a description (`_alt_printed_again`).

The caption block may be wrapped by the dump: a line ending in a space goes
on below (`... agency shows ` / `destroyed houses ...`), and is read on
while it does. Where the dump ends right after the credit alone, in the
first words of its repeat (`CHINA OUT AFP/Getty` over `CHINA`), the caption
was cut away: on a page that shows the layout, the credit is a picture of its
own and takes no caption from the paragraph above it.

The alt text may hold the caption with its credit instead: `<caption> <credit>`
on a line, then the caption and the credit on a line each. The two lines
below print the line above again, to the letter: one picture, no description.
"""
from __future__ import annotations

from ..text import squash
from .caption_shape import MIN_CAPTION_WORDS
from .credit_in_line import Split, split_line
from .credit_reading import Context
from .lines import CleanLine
from .markers import PageMarkers

_CAPTION_STARTS = "\"“‘'«„¿¡"


def credits_printed_again(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers
                          ) -> tuple[list[CleanLine], list[Split | None]]:
    """The lines and splits, each credit alone printed again opening its caption read as one picture."""
    out_lines, out_splits = list(lines), list(splits)
    shown = False  # the page prints the layout at least once
    for i in range(len(lines) - 1):
        credit = _credit_alone(out_lines[i], out_splits[i])
        below = out_lines[i + 1]
        if credit is None or below.kind != "text":
            continue
        caption = _caption_after(out_lines[i].text, below.text, pm)
        if caption is None:
            continue
        shown = True
        last = i + 1
        while out_lines[last].wrapped and last + 1 < len(lines) and _goes_on(out_lines[last + 1], out_splits[last + 1]):
            last += 1
            caption = f"{caption} {squash(out_lines[last].text)}"
        out_lines[i] = out_lines[i]._replace(kind="furniture")  # printed again on the line below
        out_splits[i] = None
        out_splits[i + 1] = Split(caption, credit, credit_first=True)
        for j in range(i + 2, last + 1):
            out_lines[j] = out_lines[j]._replace(kind="furniture")  # read as the caption's words
            out_splits[j] = None
    if shown:
        _credit_over_cut_repeat(out_lines, out_splits)
    _caption_and_credit_again(out_lines, out_splits)
    return out_lines, out_splits


def _credit_alone(line: CleanLine, split: Split | None) -> str | None:
    if line.kind != "text" or split is None or split.credit is None or split.before or split.before_is_alt:
        return None
    return split.credit


def _caption_after(alone: str, below: str, pm: PageMarkers) -> str | None:
    """The caption on the line below, if it opens with the line above printed again; None if not so printed."""
    if not below.startswith(alone):
        alone, below = squash(alone), squash(below)  # the copy may be spaced otherwise: "CHINA OUT  AFP" once
        if not below.startswith(alone):
            return None
    caption = below[len(alone):].strip()
    words = caption.split()
    if len(words) < MIN_CAPTION_WORDS or not (caption[:1].isupper() or caption[:1].isdigit()
                                               or caption[:1] in _CAPTION_STARTS):
        return None  # "Reuters" over "Reuters reported ...": a sentence about the agency, not its caption
    if not any(word[:1].islower() for word in words) or pm.credits.is_credit(caption, Context.OWN_LINE):
        return None
    if split_line(caption, pm).credit is not None:
        return None  # a credit at both ends: unclear
    return caption


def _goes_on(line: CleanLine, split: Split | None) -> bool:
    """A line the caption block wrapped onto: text carrying no credit (a date alone reads as furniture)."""
    if line.kind == "furniture":
        return bool(line.text) and not line.separator
    return line.kind == "text" and split is not None and split.credit is None and bool(split.before)


def _credit_over_cut_repeat(lines: list[CleanLine], splits: list[Split | None]) -> None:
    """A credit alone over the dump's last line, the first words of its repeat: its caption was cut away."""
    last = max((i for i, line in enumerate(lines) if line.kind != "blank"), default=-1)
    if last < 1 or lines[last].kind != "text":
        return
    credit = _credit_alone(lines[last - 1], splits[last - 1])
    cut = squash(lines[last].text)
    if credit is None or not cut or not squash(lines[last - 1].text).startswith(cut) \
            or cut == squash(lines[last - 1].text):
        return
    lines[last] = lines[last]._replace(kind="furniture")
    # the line above is the figure's alt text, which holds its credit: no caption next to it is the picture's
    splits[last - 1] = Split("", credit, before_is_alt=True)
    splits[last] = None


def _caption_and_credit_again(lines: list[CleanLine], splits: list[Split | None]) -> None:
    """'<caption> <credit>', then '<caption>' and '<credit>' on a line each: the two lines print the first again."""
    for i in range(len(lines) - 2):
        first, split = lines[i], splits[i]
        if first.kind != "text" or split is None or split.credit is None or not split.before or split.before_is_alt:
            continue
        if _credit_alone(lines[i + 2], splits[i + 2]) != split.credit or lines[i + 1].kind != "text":
            continue
        caption, credit = squash(lines[i + 1].text), squash(lines[i + 2].text)
        if squash(first.text) not in (f"{caption} {credit}", f"{caption}{credit}") or squash(split.before) != caption:
            continue
        for j in (i + 1, i + 2):
            lines[j] = lines[j]._replace(kind="furniture")
            splits[j] = None
