"""Captions printing no credit, known by the tail every caption of their outlet closes with.

Japanese papers close each caption with "=" and then when and where the
picture was taken ("...避難する人たち=仙台市青葉区で2011年3月11日午後3時7分"),
then its credit, if it prints one ("、Name撮影", "(共同)"). A caption with no
credit keeps the tail: it is all that shows it is a caption. Where a run of
lines (blank lines between them allowed) closes so and two or more of them
print a credit, the lines of the run printing none are captions of pictures
with no credit; a gallery's slide counters ("5/6") and other furniture between
them do not end a run. A story printing its pictures among its paragraphs
shows the habit by one credited caption closing so: there a line closing so
alone between blank lines ("お花見を楽しむ家族連れ＝3日午後、姫路市本町") is an
uncredited caption too, as no paragraph closes with when and where; so is one opening a block over a
paragraph, or closing one under a paragraph, or standing between two paragraphs with no blank line (a dump
printing none, round 85), where the page prints its credited captions so; each line of a run with fewer credited
lines is read so by itself. The tails are
data (markers.yaml's caption_tails); a heading closing so over captions that do not
("輪島市(震度7)=1月28日撮影") stands in no run of credited captions. A line opening a bracket it never closes
("...仙台市青葉区(共同") is passed over: its credit is broken, and it is
left out rather than read with the credit in its caption.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .credit_sides import MIN_EVIDENCE
from .layout import Found, Layout, stands_apart

if TYPE_CHECKING:
    import re

    from .layout import Row
    from .markers import PageMarkers

TAIL_WINDOW = 80  # characters at a line's end a caption tail is looked for in (the longest is 74)
MIN_TAILED_LETTERS = 8  # letters before the tail: fewer are a place's name, a heading ("輪島市(震度7)")
_BRACKETS = ("(（「[", ")）」]")


def tailed_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, and the uncredited lines of each run of lines closing with a caption tail
    whose credited lines are two or more, or of one such line alone where another line closing so is credited."""
    if pm.caption_tail is None:
        return found
    rows = layout.rows
    used = {i for f in found for i in f.lines}
    added: list[Found] = []
    runs = _runs(rows, layout.headline, pm)
    credited = sum(rows[i].credit is not None for run in runs for i in run)
    for run in runs:
        if sum(rows[i].credit is not None for i in run) >= MIN_EVIDENCE:
            taken = run
        else:  # round 85: each line of a shorter run by itself, where it stands as the page sets its credited captions
            taken = [i for i in run if credited and _set_as_captions(rows, [i], runs) and _opens_with_word(rows[i].before)
                     and not _under_related_label(rows, i, pm) and (not _between_texts(rows, i) or _says_where(rows[i], pm))]
        added += [Found(i, rows[i].before, None, i, [i]) for i in taken
                  if rows[i].credit is None and i not in used and _brackets_closed(rows[i].before)]
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.line)


def _runs(rows: list[Row], headline: int, pm: PageMarkers) -> list[list[int]]:
    """The runs of text rows closing with a caption tail, blank rows between them allowed."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, row in enumerate(rows):
        if row.kind in ("blank", "furniture"):  # a gallery's slide counter ("5/6") or a control between captions
            continue
        if row.kind == "text" and i != headline and _tailed(row, pm):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def _tailed(row: Row, pm: PageMarkers) -> bool:
    if not row.before or row.before_is_alt:
        return False
    tail = _tail(row.before, pm)
    return tail is not None and sum(c.isalpha() for c in row.before[:tail.start()]) >= MIN_TAILED_LETTERS


def _tail(text: str, pm: PageMarkers) -> re.Match[str] | None:
    """The when-and-where tail closing a line ("＝3日午後、姫路市本町"), searched in its last characters only."""
    assert pm.caption_tail is not None
    return pm.caption_tail.search(text, max(0, len(text) - TAIL_WINDOW))


def _set_as_captions(rows: list[Row], run: list[int], runs: list[list[int]]) -> bool:
    """Whether the line of `run` stands where the page sets its credited captions: alone between blank lines, or
    opening a block with a paragraph right under it where a credited caption closing so has one too (Ryukyu
    Shimpo prints each caption over the paragraph it goes with, no blank line between), or closing a block with a
    paragraph right over it where a credited caption closing so has one too (the Hokkaido Shimbun prints each
    caption under the paragraph it goes with)."""
    if stands_apart(rows, run):
        return True
    i = run[0]
    if _between_texts(rows, i):  # round 85: a dump printing no blank lines, each caption among the paragraphs
        return any(rows[j].credit is not None and _between_texts(rows, j) for other in runs for j in other if j != i)
    if i > 0 and rows[i - 1].kind == "text" and (i + 1 == len(rows) or rows[i + 1].kind == "blank"):
        return any(rows[j].credit is not None and j > 0 and rows[j - 1].kind == "text"
                   and (j + 1 == len(rows) or rows[j + 1].kind == "blank")
                   for other in runs for j in other if other is not run)
    if i > 0 and rows[i - 1].kind != "blank":
        return False
    return any(rows[j].credit is not None and j + 1 < len(rows) and rows[j + 1].kind == "text"
               for other in runs for j in other if other is not run)


def _between_texts(rows: list[Row], i: int) -> bool:
    """Whether row i stands between two text rows, no blank line on either side (the Minami-Nippon Shimbun's dump
    prints each caption so, between the story's paragraphs)."""
    return 0 < i < len(rows) - 1 and rows[i - 1].kind == "text" and rows[i + 1].kind == "text"


def _says_where(row: Row, pm: PageMarkers) -> bool:
    """Whether the line's tail names a place after the day ("＝8日午後1時、宮崎市橘通"): with no blank line to set it
    apart, a line among the paragraphs closing with the day alone ("首相、被災地視察へ＝9日") is another story's
    headline printed in the flow as often as a caption (review 47)."""
    tail = _tail(row.before, pm)
    return tail is not None and any(mark in tail.group() for mark in "、，,")


def _under_related_label(rows: list[Row], i: int, pm: PageMarkers) -> bool:
    """Whether the first line over row i, past blank lines, labels links to other stories ("関連記事"): the line is
    another story's headline ("首相、経済対策の策定を指示＝12日")."""
    j = i - 1
    while j >= 0 and rows[j].kind == "blank":
        j -= 1
    return j >= 0 and rows[j].kind == "text" and fold(rows[j].before.rstrip().rstrip(":：")) in pm.related_labels


def _opens_with_word(text: str) -> bool:
    """Whether a line opens with a word, not a mark: "【関連】北陸で積雪＝12日" points to a story, "※この記事は...＝13日"
    is a note, neither a picture's caption."""
    return text[:1].isalnum()


def _brackets_closed(text: str) -> bool:
    opening, closing = _BRACKETS
    return sum(text.count(c) for c in opening) == sum(text.count(c) for c in closing)
