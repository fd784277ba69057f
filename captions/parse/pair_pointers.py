"""One caption for two pictures stacked one over the other: a pointer at both opening it ("▲▼ ...").

Korean, Chinese and Taiwanese pages point a caption at its picture with a
triangle ("▲ ...", the picture above), and where one caption serves two
pictures printed one under the other, at both ("▲▼ ...", "▲ ▼ ...": the
picture above and the one below). The caption and its credit are then each
picture's (SPEC: a caption printed for a group of pictures goes on each).

The pointer says how many pictures the caption serves, not that the page
shows them: a dump keeping no trace of its pictures may print the caption
alone. So a second picture is read only where the page shows one there: two
pictures' markup (`![alt](address)`, image_markup.py) stacked right over the
caption, blank lines between, at two addresses (a dump printing each picture's
markup twice, as a lazy loader's image and its fallback, shows one picture so).
Each keeps its own alt text, the upper one the first picture's. Elsewhere the caption stays one picture's. The pointers are
data (markers.yaml's pair_pointers); being page controls, they are gone from
the line's text, and the raw line shows them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import strip_tags
from .image_markup import markup_address
from .layout import Found, Layout

if TYPE_CHECKING:
    from .layout import Row
    from .markers import PageMarkers

PAIR = 2  # pictures a pair pointer points at
_EDGES = " \t|"


def opens_with_pair_pointer(text: str, pointers: tuple[str, ...]) -> bool:
    """Whether a caption as printed opens with a pointer at the pictures above and below it.

    >>> opens_with_pair_pointer("▲▼ 파도가 방파제를 넘고 있다.", ("▲▼", "▲ ▼"))
    True
    >>> opens_with_pair_pointer("▲ 파도가 방파제를 넘고 있다.", ("▲▼", "▲ ▼"))
    False
    """
    return bool(pointers) and strip_tags(text).lstrip(_EDGES).startswith(pointers)


def paired_pictures(layout: Layout, raw_lines: list[str], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """`found`, with a second picture for each caption opening with a pair pointer under two pictures' markup."""
    if not pm.pair_pointers:
        return found
    rows = layout.rows
    out: list[Found] = []
    for f in found:
        no = rows[f.line].no
        if f.caption and 0 < no <= len(raw_lines) and opens_with_pair_pointer(raw_lines[no - 1], pm.pair_pointers):
            markup = _markup_above(rows, raw_lines, f.top)
            if len(markup) >= PAIR:
                upper = markup[-PAIR]
                out.append(Found(f.line, f.caption, f.credit, f.top, list(f.lines),
                                 description=rows[upper].alt or None))
        out.append(f)
    return out if len(out) > len(found) else found


def _markup_above(rows: list[Row], raw_lines: list[str], top: int) -> list[int]:
    """The rows of pictures' markup stacked right above row `top`, blank lines between, top to bottom: one a
    picture, the markup of an address printed again right over its first printing passed over."""
    out: list[int] = []
    seen: set[str] = set()
    j = top - 1
    while j >= 0 and (rows[j].kind == "blank" or (rows[j].alt is not None and not rows[j].before)):
        if rows[j].kind != "blank":
            address = markup_address(raw_lines[rows[j].no - 1]) if 0 < rows[j].no <= len(raw_lines) else None
            if address is None or address not in seen:
                out.append(j)
            if address is not None:
                seen.add(address)
        j -= 1
    return out[::-1]
