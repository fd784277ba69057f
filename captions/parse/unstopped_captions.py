"""A caption printed as the page prints its others, its credit left off: no full stop, amid stopped paragraphs.

Many outlets print captions with no closing full stop (Angolan, Brazilian and Portuguese papers, Georgian,
Indian and Nigerian sites) and their story's paragraphs with one. On such a page a reader who has seen two or
more credited captions close so, and the paragraphs around them close with a full stop, reads a line of the
body that has a caption's shape and no full stop as one more caption, even where the page printed no credit
under it ("Crianças brincam junto à vala de drenagem" between two paragraphs).

What must show it, each a thing a reader looks at:
- the page's habit: two credited captions or more, none ending a sentence, and two story paragraphs or more
  ending one (where the captions close with a full stop, a caption alone looks like any one-sentence
  paragraph: left out);
- no gallery: a page of slides (separators, counters) is read by its slides' places (slides.py);
- the line inside the story: a stopped paragraph above it and one below it (a teaser list, "Mais lidas", or
  a standfirst over the story is no caption), not right over a picture (its alt text, or a heading), and alone:
  two such lines back to back are a list whose markers the dump lost;
- the line's shape: a caption's words (caption_shape.caption_like: a sentence-case line, three words or more,
  not the headline), four words or more, no colon (a label's line: "Leia também: ...", "SOMA ZAIDI: ..."),
  no full stop, not opening with a quote or a dash (a pull quote, a list's item).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .caption_shape import caption_like, ends_sentence
from .layout import Found, Layout, Row, related_link
from .titled_paragraphs import prose

if TYPE_CHECKING:
    from .markers import PageMarkers

MIN_HABIT = 2  # credited captions with no full stop that show the page prints its captions so
MIN_PARAGRAPHS = 2  # story paragraphs ending in a full stop that show the page's text is stopped
MIN_WORDS = 6  # fewer are a crosshead or a label ("Estragos materiais", "Finding refuge in the camps")
_OPENERS = ("\"", "“", "„", "«", "'", "‘", "-", "–", "—", "•", "*")


def unstopped_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures, with the uncredited lines the page's habit makes captions, in line order."""
    rows = layout.rows
    if any(row.separator or row.counted for row in rows):
        return found
    captions = [f.caption for f in found if f.caption and f.credit is not None]
    if len(captions) < MIN_HABIT or any(ends_sentence(c.rstrip()) for c in captions):
        return found
    used = {j for f in found for j in f.lines} | {layout.headline} | layout.announcements
    paragraphs = [j for j, row in enumerate(rows) if row.kind == "text" and row.credit is None and j not in used
                  and prose(row.before) and ends_sentence(row.before.rstrip())]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return found
    tops = {f.top for f in found}  # a line right over a picture is its alt text, or a heading over it
    shaped = {j for j in range(paragraphs[0] + 1, paragraphs[-1]) if j not in used and _shaped(rows[j])}
    # such lines back to back are a list (its markers lost in the dump), not captions: a caption stands alone
    new = [Found(j, rows[j].before.strip(), None, j, [j]) for j in sorted(shaped)
           if j + 1 not in tops and j - 1 not in shaped and j + 1 not in shaped
           and caption_like(rows[j], j, layout.headline, pm.small_words)
           and not related_link(rows, j, pm.related_labels) and not _opens_with_label(rows[j].before, pm)]
    return sorted(found + new, key=lambda f: f.line) if new else found


def _shaped(row: Row) -> bool:
    text = row.before.strip()
    return (row.kind == "text" and row.credit is None and not row.labelled and len(text.split()) >= MIN_WORDS
            and ":" not in text and "：" not in text and not ends_sentence(text) and not text.startswith(_OPENERS))


def _opens_with_label(text: str, pm: PageMarkers) -> bool:
    """Whether a line opens with a label of links to other stories, no colon after it: "Leia também a nossa
    reportagem sobre as cheias", "Read more about the floods" is a teaser of another story, no caption. A label of
    one word ("Read", "Related") may open a caption's sentence, and is left to related_link."""
    words = fold(text).split()
    return any(" ".join(words[:n]) in pm.related_labels for n in range(2, min(len(words), 5)))
