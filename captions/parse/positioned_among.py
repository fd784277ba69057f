"""A caption saying where someone stands in the picture, printed right under another picture's caption.

A gallery dumped with no blank line between its slides prints its captions one
against the next; a slide may print no credit where its neighbours print one
("...在比赛开始前。新华社记者 Name 摄" then "中国选手Name(右二)。"). The rhythm
rules (among_captions.py) ask for three captions or more; a page of two found
captions leaves such a line a story's. A word in brackets saying where someone
stands in the picture ("(left)", "(右二)", "(오른쪽)": markers.yaml's
picture_positions) is written for a picture. So, on a page where two captions at
least were found, a line right under a found picture's last line (no blank line
between), holding such a word, printing no credit, printed once and shaped as a
caption (positioned.py's measure: a sentence's words, three sentences at most),
is the caption of a picture with no credit; and so is the next line so placed
and marked under it. Not the headline, not a line saying pictures follow, not
the dump's last line where it ends no sentence (cut short). A
story placing people so ("the mayor (left) and her deputy") prints it in a
paragraph of its own, set apart by a blank line, or under a story's paragraph,
not under a caption.

A dump printing no blank line at all runs its story's paragraphs right under
its captions too, so the line must be shaped as the page's found captions are
(among_captions.py's measure): no more sentences than the most one holds, no
longer than the longest by half again, ending a sentence where they do. A
paragraph of reported speech ("Jo Li (left) said ... . Organisers thanked ..."),
a teaser's title or a byline is not. Nor a line standing over another picture
(the next line printed, past blank lines, a found picture's or a credit alone):
it may be that picture's alt text, or its caption with the credit under it.
Nor a line closing with an ellipsis: a caption printed again cut short, or a
teaser's.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .among_captions import MAX_LENGTH, count_sentences, sentence_habit
from .caption_shape import ends_sentence
from .layout import Found, Layout, last_line
from .positioned import reads_as_caption

if TYPE_CHECKING:
    from .layout import Row
    from .markers import PageMarkers

_CUT_MARKS = ("…", "...")
MIN_FOUND = 2  # captions found on the page: one is a story's picture, and a paragraph under it may place people


def positioned_among_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """`found`, with the position-marked lines right under a found caption added as uncredited pictures."""
    captions = [f.caption.strip() for f in found if f.caption is not None]
    if pm.picture_position is None or len(captions) < MIN_FOUND:
        return found
    longest = max(map(len, captions))
    most_sentences = max(map(count_sentences, captions))
    habit = sentence_habit(captions)  # "...と握手する首相(右)" ends none; mixed, either will do
    rows = layout.rows
    last_row = last_line(rows)
    covered = {i for f in found for i in f.lines}
    printed = Counter(row.before for row in rows if row.kind == "text")
    added: list[Found] = []
    for f in found:
        if f.caption is None:
            continue
        i = max(f.lines) + 1
        while i < len(rows) and i not in covered:
            row = rows[i]
            text = row.before.strip()
            if (row.kind != "text" or row.credit is not None or row.before_is_alt or i == layout.headline
                    or i in layout.announcements or printed[row.before] != 1
                    or pm.picture_position.search(text) is None or not reads_as_caption(text, pm.small_words)):
                break
            if (count_sentences(text) > most_sentences or len(text) > MAX_LENGTH * longest
                    or habit not in (None, ends_sentence(text))):
                break  # a story's paragraph, a teaser, a byline: not shaped as the page's captions
            if text.endswith(_CUT_MARKS):
                break  # a caption printed again and cut ("Jo Li (left) hands the first prize to…"), or a teaser
            if _over_a_picture(rows, i, covered):
                break  # another picture's alt line, or its caption over its own credit
            if i == last_row and not ends_sentence(text):
                break  # the dump's last line, cut short: a caption running into the cut is left out
            added.append(Found(i, text, None, i, [i]))
            covered.add(i)
            i += 1
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.top)


def _over_a_picture(rows: list[Row], i: int, covered: set[int]) -> bool:
    """Whether the next row printed under row i, past blank ones, is a found picture's or a credit alone."""
    j = next((j for j in range(i + 1, len(rows)) if rows[j].kind != "blank"), None)
    return j is not None and (j in covered or (rows[j].credit is not None and not rows[j].before.strip()))
