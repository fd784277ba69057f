"""A slide counter opening a caption in lower case, next to its credit alone: "1 de 1 moradores retiram lama ...".

lines.py cuts a counter off by itself where a capital or a quote follows it
("3/12 A man ..."). Before a lower-case word a counter may be the start of
prose ("2 de 3 brasileiros aprovam ...", "1/2 cup of ..."), so it is cut only
with the evidence of a credit printed alone next to it, on the line below (the
page prints credits under captions) or above (over them): the line is a
slide's caption, the counter no part of it.
"""
from __future__ import annotations

from .credit_in_line import Split, split_line
from .lines import CleanLine, without_counter
from .markers import PageMarkers


def counted_captions(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers
                     ) -> tuple[list[CleanLine], list[Split | None]]:
    """The lines and splits, with the counter cut off each uncut line next to a credit alone."""
    out_lines, out_splits = lines, splits
    for i in range(len(lines)):
        line, split = lines[i], splits[i]
        if split is None or line.counted or split.credit is not None or not line.text[:1].isalnum():
            continue
        if not ((i + 1 < len(lines) and _credit_alone(splits[i + 1])) or _credit_alone(splits[_above(lines, i)])):
            continue
        cut = without_counter(line.text, pm, any_case=True)
        if cut == line.text:
            continue
        if out_lines is lines:
            out_lines, out_splits = list(lines), list(splits)
        out_lines[i] = line._replace(text=cut, counted=True)
        out_splits[i] = split_line(cut, pm)
    return out_lines, out_splits


def _above(lines: list[CleanLine], i: int) -> int:
    """The nearest line above line i that is not blank (i itself when none)."""
    j = i - 1
    while j >= 0 and lines[j].kind == "blank":
        j -= 1
    return j if j >= 0 else i


def _credit_alone(split: Split | None) -> bool:
    return split is not None and split.credit is not None and not split.before and not split.before_is_alt
