"""Pictures printed as an image block, its alt text with the credit overlay under it, the caption a block below.

List sites print each item's picture so: the picture's alt text (a phrase naming
what it shows, no full stop), the credit laid over the picture right under it,
a blank line, then the caption, a sentence of its own
("Crowd gathered on a hilltop at dusk" / "Jo Li / Getty Images" / blank /
"Here's the eclipse as seen from Durango."). Read one at a time, the phrase
over its credit looks like a caption printed under-credited; the page shows
otherwise only by its habit: where three credits or more stand so, printed bare
as an overlay prints them (a lead-in, "Foto: Name", closes a caption), and
every own-line credit with text right above it does, the phrase is the alt text
and the sentence under the blank line the caption. A page whose phrases over their
credits are captions prints its story's paragraphs under them, not one
caption-long sentence each time; the sentence must read as a caption and end
before the next block, and no more than a caption's words. A news story writing
one-sentence paragraphs prints the same shape ("Residents wade through a flooded
street" / "Jo Li / PA" / blank / "The water rose by a metre, the fire service
said."), so the page must show it is a list: each block opens a numbered item
("1. On Monday, ...", blank lines between), numbered upwards.
"""
from __future__ import annotations

import re

from .caption_shape import MIN_CAPTION_WORDS, caption_like, ends_sentence
from .layout import Row

MIN_BLOCKS = 3  # image blocks before the page is read by them: fewer may be captions printed with no full stop
MAX_CAPTION_WORDS = 60  # a caption under its image block; longer is a story's paragraph
_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")  # a list item's number opening the line over the block: "1. "


def alt_blocks(rows: list[Row], credits: list[int], headline: int, small_words: frozenset[str]
               ) -> dict[int, tuple[int, int]]:
    """For each own-line credit of such a page, the rows of its alt text and of its caption; empty where the
    page does not print its pictures so."""
    blocks: dict[int, tuple[int, int]] = {}
    for i in credits:
        above = i - 1
        if above < 0 or rows[above].kind != "text" or rows[above].credit is not None or not rows[above].before:
            continue  # nothing right above: a credit over its caption, or alone; no evidence either way
        below = i + 2
        if rows[i].marked:
            return {}  # "Foto: Name" under a phrase: a lead-in closes a caption; the overlay prints the name bare
        if not _alt(rows[above]) or below >= len(rows) or rows[i + 1].kind != "blank":
            return {}  # a credit under a sentence, or run on into the text below: the page prints captions so
        if not _caption(rows, below, headline, small_words):
            return {}
        blocks[i] = (above, below)
    return blocks if len(blocks) >= MIN_BLOCKS and _list_items(rows, [a for a, _ in blocks.values()]) else {}


def _list_items(rows: list[Row], alts: list[int]) -> bool:
    """Whether each alt line is the first line of a numbered list item, the numbers going up ("1. ...", blank,
    alt, credit, blank, caption, blank, "2. ..."): a story's paragraph over its picture is numbered by nothing."""
    last = 0
    for a in alts:
        j = a - 1
        while j >= 0 and rows[j].kind in ("blank", "furniture"):
            j -= 1  # a share bar or a cookie notice between the item's number and its picture is skipped as read
        number = _ITEM_NUMBER.match(rows[j].before) if j >= 0 else None  # the first item may read as the headline
        if number is None or int(number[1]) <= last:
            return False
        last = int(number[1])
    return True


def _alt(row: Row) -> bool:
    text = row.before.strip()
    return len(text.split()) >= MIN_CAPTION_WORDS and not ends_sentence(text) and not row.before_is_alt


def _caption(rows: list[Row], j: int, headline: int, small_words: frozenset[str]) -> bool:
    row = rows[j]
    text = row.before.strip()
    if row.credit is not None or not ends_sentence(text) or len(text.split()) > MAX_CAPTION_WORDS:
        return False
    if j + 1 < len(rows) and rows[j + 1].kind == "text":
        return False  # the block goes on: a story's paragraph, not one caption
    return caption_like(row, j, headline, small_words)
