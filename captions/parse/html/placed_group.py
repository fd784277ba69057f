"""Images printed one under another, then one caption saying where each stands: a picture each.

Photo pages and Asian dailies print two or three images in a row, each in a
block of its own with no caption, then one caption for them all that names
their places: an opening label of places joined by `&` or `and`
(`TOP & ABOVE: The guest of honour ...; and bags of waste ... PHOTOS: NAME`,
as Bruneian and Malaysian English dailies print it) or the Chinese and
Japanese bracketed places inside the sentence (`列車行經駁二（上）與愛河之心（下）`,
top and bottom; left and right mark people in one picture, not pictures).
The bare reading gives the caption to the image right above it; the images
right above that one, as many as the caption names places for, take the same
caption and credit. The words are data (html.yaml's `place_words`,
`bracketed_place_words`). A caption opening with a pointer at the pictures
above and below it (`▲▼...`, markers.yaml's `pair_pointers`) places two so.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .set_apart import holds_image
from .tree import previous_element, text_of

MAX_PLACED = 4  # pictures one caption places
_JOINED = r"\s*(?:&|\band\b|,)\s*"


def places_named(caption: str | None, place_words: frozenset[str], bracketed: frozenset[str]) -> int:
    """How many pictures a caption places: 2 for "TOP & ABOVE: ..." or "...（上）...（下）...", else 0 (or 1)."""
    if not caption:
        return 0
    words = sorted(place_words, key=len, reverse=True)
    if words:
        one = "(?:" + "|".join(re.escape(w) for w in words) + ")"
        label = re.match(rf"\s*({one}(?:{_JOINED}{one})+)\s*:", caption, re.IGNORECASE)
        if label:
            return len(re.findall(one, label.group(1), re.IGNORECASE))
    marks = {w for w in bracketed if f"（{w}）" in caption or f"({w})" in caption}
    return len(marks) if len(marks) > 1 else 0


def images_placed_above(unit: LexborNode, count: int, taken: set[int]) -> list[LexborNode]:
    """The blocks right above a caption's image block, each holding one image and no text, for the other
    `count - 1` places the caption names; none unless every one is there (a place with no image is no group)."""
    if count < 2 or count > MAX_PLACED:
        return []
    found: list[LexborNode] = []
    node = unit
    for _ in range(count - 1):
        above = previous_element(node)
        if above is None or not holds_image(above) or text_of(above) or len(above.css("img, amp-img")) > 1 \
                or any(img.mem_id in taken for img in above.css("img, amp-img")):
            return []
        found.append(above)
        node = above
    return found[::-1]
