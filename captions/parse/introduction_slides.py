"""A gallery's introduction printed on its first slide: no caption of that picture.

Gallery pages, French ones most ("en images", "diaporama"), often open their
first slide with the gallery's introduction, a paragraph or two closed by a
sentence announcing the pictures ("La rédaction revient sur les images fortes
de ...", "Retour en images sur ...", "Découvrez en images ...": markers.yaml's
picture_announcements, any language), and only then print the first picture's
caption; or print the introduction alone where that caption should be. A reader
takes the introduction for the gallery's, not the picture's.

On the page's first slide, a credit alone over the slide's text, the text up to
the last sentence announcing pictures is the introduction, when it opens the
slide (MAX_INTRODUCTION_LINES lines at most) and the slide is a slide, short and
closed by the next picture (MAX_SLIDE_LINES): a story's lead picture, its credit
over the story's paragraphs, is none. The caption is what follows the
announcement on its line, else the next line of the slide where it reads as a
caption, else, where the announcement is a paragraph of one sentence after the
slide's first, that first paragraph where it points at the picture (markers.yaml's
picture_pointers: "... comme ici à Bouguenais." over "20 Minutes revient sur les
images fortes de l'acte 4."); a first paragraph pointing at none is the gallery's
introduction (review 109). Where the slide prints none of these, the picture
has no caption of its own and is left with none (right or empty). A credit closing the slide's one line
("... Retour en images sur l'acte 3. Un manifestant ... [© AFP]") is read the
same way. The first slide printed again (the same credit over the same
introduction: a slideshow's opening view, then its list) is the same picture.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .among_captions import count_sentences
from .announced import announcing_end
from .caption_shape import caption_like
from .layout import Found, Layout

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .layout import Row
    from .markers import PageMarkers

MAX_INTRODUCTION_LINES = 3  # an introduction's paragraphs opening the slide, the announcing one last
MAX_SLIDE_LINES = 5  # text lines of a first slide: introduction, caption, a line of furniture ("Réalisation : Name")


def without_introduction(layout: Layout, pm: PageMarkers, found: list[Found], words: Sequence[str]) -> list[Found]:
    """The pictures, the first slide's caption the text after the gallery's introduction, not the introduction.
    `words`: the announcing phrases' words the page's text rows hold (announced.py's announcement_words_in)."""
    if not words:
        return found  # no line holds an announcing phrase's word: the common page, passed over at once
    for k, f in enumerate(found):
        slide = _slide(layout, found, k)
        if slide is not None and (read := _introduced(layout, pm, f, slide, words)) is not None:
            first, introduction = read
            return [*found[:k], first, *(g for j, g in enumerate(found) if j > k
                                         and not _copy(layout, found, j, first.credit, introduction))]
        if f.caption:
            return found  # the gallery's first captioned slide opens with no introduction
    return found


def _slide(layout: Layout, found: list[Found], k: int) -> list[int] | None:
    """The text rows of picture k's slide: its credit's row when the credit closes a line of text, else the rows
    after a credit alone up to the next picture or credit; None when the picture has no credit opening a slide."""
    rows, f = layout.rows, found[k]
    credited = [i for i in sorted(f.lines) if rows[i].credit is not None]
    if not credited:
        return None
    c = credited[0]
    if rows[c].before:
        return [c] if c == max(f.lines) else None  # the credit closes the slide's one line
    others = {i for j, g in enumerate(found) if j != k for i in g.lines}
    texts: list[int] = []
    for i in range(c + 1, len(rows)):  # to the page's end: a story's lead picture, its paragraphs under its credit
        row = rows[i]
        if i in others or row.credit is not None:  # closed by the next picture: a slide
            return texts if len(texts) <= MAX_SLIDE_LINES else None
        if row.kind not in ("text", "blank", "furniture", "repeat"):
            return None  # a list's item or a heading: the page goes on past the picture's text
        if row.kind == "text":
            texts.append(i)
    return None


def _introduced(layout: Layout, pm: PageMarkers, f: Found, slide: list[int],
                words: Sequence[str]) -> tuple[Found, str] | None:
    """Picture `f` read past the introduction opening its slide, and the introduction's last line; None where its
    slide opens with none."""
    rows = layout.rows
    opening = slide[:MAX_INTRODUCTION_LINES]
    ends = [(i, end) for i in opening if (end := announcing_end(rows[i].before, pm, words)) is not None]
    if not ends:
        return None
    a, end = ends[-1]
    rest = rows[a].before[end:].strip()
    credit_row = min(i for i in f.lines if rows[i].credit is not None)
    taken = [i for i in slide if i <= a]
    line, caption = credit_row, None
    if rest:
        if _reads_as_caption(rows[a]._replace(before=rest), a, layout, pm, words):
            line, caption = a, rest
    elif a != credit_row and (after := [i for i in slide if i > a]) \
            and _reads_as_caption(rows[after[0]], after[0], layout, pm, words):
        line, caption = after[0], rows[after[0]].before.strip()
        taken.append(line)
    elif slide.index(a) == 1 and count_sentences(rows[a].before) == 1 \
            and _reads_as_caption(rows[slide[0]], slide[0], layout, pm, words) \
            and _points_at_picture(rows[slide[0]].before, pm.markers.picture_pointers):
        line, caption = slide[0], rows[slide[0]].before.strip()  # the caption's paragraph, then the announcement alone
    lines = sorted({*f.lines, *taken})
    return Found(line, caption, f.credit, min(lines), lines, f.description, f.entrant), rows[a].before


@lru_cache(maxsize=4)
def _pointers(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE) if words else None


def _points_at_picture(text: str, words: tuple[str, ...]) -> bool:
    """Whether a paragraph points at the picture beside it ("comme ici à Bouguenais", markers.yaml's
    picture_pointers): the gallery's introduction that does not is no caption of its first picture."""
    pattern = _pointers(words)
    return pattern is not None and pattern.search(text) is not None


def _reads_as_caption(row: Row, i: int, layout: Layout, pm: PageMarkers, words: Sequence[str]) -> bool:
    return caption_like(row, i, layout.headline, pm.small_words) and announcing_end(row.before, pm, words) is None


def _copy(layout: Layout, found: list[Found], j: int, credit: str | None, introduction: str) -> bool:
    """Whether picture j is the first slide printed again: its credit, over the same introduction."""
    if found[j].credit != credit:
        return False
    slide = _slide(layout, found, j)
    return slide is not None and any(layout.rows[i].before == introduction for i in slide[:MAX_INTRODUCTION_LINES])
