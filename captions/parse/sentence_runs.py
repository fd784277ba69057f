"""A gallery's captions printed one short sentence a line, with no credit and no frame.

Some galleries print no credit, no gallery heading and no sentence saying
pictures follow: only a caption under each picture, each one short sentence
("Two judges taste the plum jam entries.", "Die Feuerwehr pumpt den Keller
leer.", "Il ponte visto dal fiume."). In the dump they stand as a run of
lines alike, each one sentence of a few words, ending in a full stop: a
rhythm no story keeps, whose one-sentence paragraphs run longer (twenty words
and more on average, the wires' rule of thumb; the captions measured average
eight to fourteen), open with a quotation or send the reader to a web
address. Where the page prints no credit and no byline and no other rule
found a picture, each line of such a run (at least three in a row, blank
lines between them allowed, none over twenty words and fifteen on average)
is a caption with no credit. A line of two sentences, or of one too long or
too short, ends the run: the intro paragraphs over a blog's pictures, a
caption's broken line, a closing "Thanks for reading." are passed over;
but a line printed against the run's ends with no blank line between, of
two sentences at most (thirty words), ending a sentence and shaped as a
caption, is one of the gallery's captions too, and so is the next one out
(the standfirst's place, the first line under the headline, only as one
short sentence).

A page may close such a run with its one credit, on a line of its own under
the last caption with a lead-in ("Photography by Name."): where every line
above that credit is a caption of the run (the dump's first line too: a
gallery with no title prints none), the run's other lines are pictures with
no credit of their own; the credit stays the last picture's, as printed (a
blanket credit, where one is read, gives it to the others).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .caption_shape import caption_like, ends_sentence
from .layout import Found, Layout, prints_byline

if TYPE_CHECKING:
    from .layout import Row
    from .lines import CleanLine
    from .markers import PageMarkers

MIN_RUN = 3     # captions in a row before the run reads as a gallery's
MIN_WORDS = 5   # fewer are a label or a sign-off ("Thanks for reading.")
MAX_WORDS = 20  # more are a story's one-sentence paragraph
MAX_NEIGHBOUR_WORDS = 30  # a caption of two sentences printed against a run may run this long
MAX_MEAN_WORDS = 15  # a run's lines average fewer: a story's one-sentence paragraphs average twenty and more
_ONE_FULL_STOP = re.compile(r"[^.!?…]\.[”’\"»)]*$")
# a stop inside the line, and the letter after it: a capital (any script) there opens a second sentence
_INNER_STOP = re.compile(r"[.!?…][”’\"»)]*\s+[\"“„«(]?([^\W\d_])")
_OPENING_QUOTE = re.compile(r"^[\"“„«‘'‚]")
# a web address: a story's closing line sends readers to a site ("vote at nzgeo.com/photo."); no caption does
_WEB_ADDRESS = re.compile(r"https?://|www\.|\w\.[a-z]{2,6}/|@\w")


def sentence_run_captions(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, or, where it is empty or one picture whose credit closes the page,
    each line of a run of one-sentence captions too."""
    rows = layout.rows
    credited = [i for i, row in enumerate(rows) if row.kind in ("text", "repeat") and row.credit is not None]
    closing = _closing_credit(rows, credited, found)
    if (found or credited) and closing is None:
        return found
    if prints_byline(lines, pm):
        return found
    captions: list[int] = []
    run: list[int] = []
    for i, row in enumerate(rows):
        if row.kind == "blank":
            continue
        if _caption_line(row, i, layout, pm, titled=closing is None):
            run.append(i)
            continue
        if _gallery_run(rows, run):
            captions.extend(_with_neighbours(rows, run, layout, pm))
        run = []
    if _gallery_run(rows, run):
        captions.extend(_with_neighbours(rows, run, layout, pm))
    captions = sorted(set(captions))
    if closing is not None:  # the page is that run and its credit: every line above the credit a caption
        if any(row.kind in ("text", "headline") and i not in captions for i, row in enumerate(rows[:closing.line])) \
                or closing.line not in captions:
            return found
        captions.remove(closing.line)
    return sorted([*found, *(Found(i, rows[i].before, None, i, [i]) for i in captions)], key=lambda f: f.line)


def _with_neighbours(rows: list[Row], run: list[int], layout: Layout, pm: PageMarkers) -> list[int]:
    """The run and the caption-shaped lines printed against its ends, with no blank line between: a caption of
    two sentences, or one a little longer, among a gallery's one-sentence captions is one of them."""
    first, last = run[0], run[-1]
    # the first line under the headline is a standfirst's place: it joins only as one short sentence
    opening = next((i for i, row in enumerate(rows) if i > layout.headline and row.kind == "text"), -1)
    while first > 0 and caption_neighbour(rows[first - 1], first - 1, layout, pm) and (
            first - 1 != opening or _one_short_sentence(rows[first - 1].before)):
        first -= 1
    while last + 1 < len(rows) and caption_neighbour(rows[last + 1], last + 1, layout, pm):
        last += 1
    return [*range(first, run[0]), *run, *range(run[-1] + 1, last + 1)]


def caption_neighbour(row: Row, i: int, layout: Layout, pm: PageMarkers) -> bool:
    """A caption's shape, ending a sentence, of at most two sentences and MAX_NEIGHBOUR_WORDS words."""
    text = row.before.strip()
    return (row.kind == "text" and row.credit is None and MIN_WORDS <= len(text.split()) <= MAX_NEIGHBOUR_WORDS
            and ends_sentence(text)
            and sum(m.group(1).isupper() for m in _INNER_STOP.finditer(text)) <= 1
            and _OPENING_QUOTE.match(text) is None and _WEB_ADDRESS.search(text) is None
            and caption_like(row, i, layout.headline, pm.small_words))


def _gallery_run(rows: list[Row], run: list[int]) -> bool:
    """MIN_RUN lines or more, short on average: a gallery's captions, not a story's paragraphs."""
    return len(run) >= MIN_RUN and sum(len(rows[i].before.split()) for i in run) <= MAX_MEAN_WORDS * len(run)


def _caption_line(row: Row, i: int, layout: Layout, pm: PageMarkers, *, titled: bool = True) -> bool:
    """One short sentence shaped as a caption; the dump's first line may be one where a credit closes the run
    (`titled` False: a gallery with no title)."""
    headline = layout.headline
    if row.kind == "headline" and not titled:
        row, headline = row._replace(kind="text"), -1
    return row.kind == "text" and _one_short_sentence(row.before) and caption_like(row, i, headline, pm.small_words)


def _closing_credit(rows: list[Row], credited: list[int], found: list[Found]) -> Found | None:
    """The page's one picture, where its credit is the page's one credit, alone on its line under its caption
    with a lead-in ("Photography by Name."): it may close a run of captions it names the photographer of."""
    if len(found) != 1 or len(credited) != 1:
        return None
    f, i = found[0], credited[0]
    if f.caption is None or f.line != i - 1 or not rows[i].marked or rows[i].before:
        return None
    return f


def _one_short_sentence(text: str) -> bool:
    """One sentence of MIN_WORDS to MAX_WORDS words, closed by a full stop, not opened by a quotation, with no
    web address."""
    text = text.strip()
    return (MIN_WORDS <= len(text.split()) <= MAX_WORDS and _ONE_FULL_STOP.search(text) is not None
            and not any(m.group(1).isupper() for m in _INNER_STOP.finditer(text)) and _OPENING_QUOTE.match(text) is None
            and _WEB_ADDRESS.search(text) is None)
