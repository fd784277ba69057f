"""A credit that says it covers the captions printed under it: the Chinese press's "下同" (same below).

Hong Kong, Taiwanese and mainland papers credit a run of pictures by the same photographer once, on the first
caption, and add "same below" after the name inside the brackets:

    颱風吹襲下，東區有大樹連根拔起，壓毀路邊停泊的貨車。（Name攝，下同）
    消防員到場以電鋸切割樹幹。
    警員在場封路，交通一度受阻。

A reader takes the credit as printed ("Name攝") for the first caption and for each caption right under it that
prints none, as far as the run goes: the lines that follow with no blank line between, each a caption's sentence of
its own and no credit. The mark (markers.yaml same_below_marks) is taken off the line before the page is read, so
the first caption and its credit read as any other; what it covered is added afterwards.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .caption_shape import caption_like, short_caseless_sentence
from .layout import Found, Layout

if TYPE_CHECKING:
    from .lines import CleanLine
    from .markers import PageMarkers


@cache
def _mark(marks: tuple[str, ...]) -> re.Pattern[str] | None:
    if not marks:
        return None
    alternation = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    # after the credit, set off by a comma or a space, right before the closing bracket ending the line
    return re.compile(rf"\s*[，,、；;]?\s*(?:{alternation})\s*(?=[)）]\s*$)")


def same_below_marked(raw_lines: list[str], pm: PageMarkers) -> tuple[list[str], frozenset[int]]:
    """The lines with each "same below" mark taken off, and the numbers (1-based) of the lines that printed one."""
    mark = _mark(pm.markers.same_below_marks)
    if mark is None or not any(m in line for line in raw_lines for m in pm.markers.same_below_marks):
        return raw_lines, frozenset()
    out, marked = list(raw_lines), set()
    for i, line in enumerate(raw_lines):
        if (m := mark.search(line)) is not None:
            out[i] = line[: m.start()] + line[m.end():]
            marked.add(i + 1)
    return out, frozenset(marked)


def same_below_captions(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found],
                        marked: frozenset[int]) -> list[Found]:
    """`found`, and a picture for each uncredited caption right under a credit marked "same below", with its credit."""
    if not marked:
        return found
    rows = layout.rows
    used = {i for f in found for i in f.lines}
    new = []
    for f in found:
        if f.credit is None or not any(lines[i].no in marked for i in f.lines if i < len(lines)):
            continue
        j = max(f.lines) + 1
        while (j < len(rows) and j not in used and rows[j].kind == "text" and rows[j].credit is None
               and _one_sentence(rows[j].before)
               and (short_caseless_sentence(rows[j].before)
                    or caption_like(rows[j], j, layout.headline, pm.small_words))):
            new.append(Found(j, rows[j].before.strip(), f.credit, j, [j]))
            used.add(j)
            j += 1
    return sorted([*found, *new], key=lambda f: f.line) if new else found


# a sentence's end with more text after it: "。", "！", "？", or a Latin stop before a space
_INNER_END = re.compile(r"[。！？!?]|[.](?=\s)")


def _one_sentence(text: str) -> bool:
    """Whether `text` is one sentence: a caption's. A line of two or more is a story's paragraph run on under the
    captions with no blank line between ("天文台表示，颱風將於今晚最接近本港。市民應留在安全地方。"), no picture's."""
    return _INNER_END.search(text.strip()[:-1]) is None
