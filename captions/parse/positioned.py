"""Captions that say where in the picture someone stands: "Jo Li (left) and ...", "...カメラマン(左写真)".

A word in brackets after a name or a thing, saying where it stands in the
picture ("(left)", "(왼쪽)", "(左)", "(von links)"), is written for a picture,
but a story may place people so in words too ("presented by the mayor (left)
and her deputy (right)"). Under a picture's markup (`![](address)`, no alt
text: the markup alone makes no picture, under_markup.py) the line is that
picture's caption; a mark naming one picture of a pair ("(左写真)", the left
photo) says so by itself. Either is the only evidence some pages give,
printing no credit at all: a column's picture pair with its one caption, a
photo item with a reporter's byline. So only on a page that prints no credit
and where no other rule found a picture, and only a line that reads as a
caption: a sentence's words, not a heading, at most three sentences. A line
taken for the headline is such a caption too: a headline names no photo and
stands under no picture's markup.

How many pictures the caption is for: one for each picture markup printed
right above it ("(왼쪽) ... (위)" under two: the two pictures stand over the
caption), and two where it names one of a pair and no markup stands over it.
SPEC: a caption printed for a group of pictures goes on each of them.

The words are data (markers.yaml's picture_positions and pair_positions).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .caption_shape import MIN_CAPTION_WORDS, caseless_letters, heading
from .layout import Found, Layout

if TYPE_CHECKING:
    from .layout import Row
    from .markers import PageMarkers

MAX_SENTENCES = 3  # a caption's sentences: a story's paragraph runs longer
MIN_PICTURE_LETTERS = 8  # Chinese, Japanese or Korean letters of a caption that prints no spaces between words
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|[。！？]")


def positioned_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """`found`, or, on a page that prints no credit and where nothing was found, the pictures of each line that
    says where someone stands in the picture."""
    if found or (pm.picture_position is None and pm.pair_position is None) or any(map(_picture_credit, layout.rows)):
        return found
    rows = layout.rows
    out: list[Found] = []
    for i, row in enumerate(rows):
        if row.kind not in ("text", "headline") or row.before_is_alt or not row.before:
            continue
        text = row.before.strip()
        pair = pm.pair_position is not None and pm.pair_position.search(text) is not None
        placed = pair or (pm.picture_position is not None and pm.picture_position.search(text) is not None)
        if not placed or not reads_as_caption(text, pm.small_words):
            continue
        markup = _markup_above(rows, i)
        if not (pair or markup):
            continue  # "the mayor (left) and her deputy (right)" alone: a story may place people so in words
        if markup:
            out += [Found(j, text, None, j, [j, i]) for j in markup]
        else:
            out += [Found(i, text, None, i, [i]), Found(i, text, None, i, [i])]
    return out or found


def _picture_credit(row: Row) -> bool:
    """Whether a row prints a picture's credit: a reporter's byline alone ("Name 기자") is the story's."""
    return row.credit is not None and not (row.byline or row.addressed)


def reads_as_caption(text: str, small_words: frozenset[str]) -> bool:
    """A sentence's words, or a few clauses of them: not a label, not a heading, not a story's long paragraph."""
    if text.endswith((":", "：")) or len(_SENTENCE_END.findall(text)) > MAX_SENTENCES:
        return False
    if caseless_letters(text) >= MIN_PICTURE_LETTERS:
        return True
    return len(text.split()) >= MIN_CAPTION_WORDS and not heading(text, small_words)


def _markup_above(rows: list[Row], i: int) -> list[int]:
    """The rows of picture markup with no alt text right above row i, one under the other (blank lines between)."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and (rows[j].kind == "blank" or (rows[j].alt == "" and not rows[j].before)):
        if rows[j].kind != "blank":
            out.append(j)
        j -= 1
    return sorted(out)
