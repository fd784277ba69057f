"""A gallery's slides printed as a title line over each caption, with no credit anywhere.

Some galleries print no credit at all, but give each slide a short title of
its own on a line over its caption ("Apoyo de la afición" / "Los fans se
desplazaron ... contra Suecia."). A reader knows them by two things together:
the headline says the story is told in pictures ("..., en imágenes", "... in
pictures", "Galería: ...", "... (Fotos)": markers.yaml's gallery_labels, a
label of two words or more closing the headline, and picture_marks), and the
page under it is pair after pair of a title that ends no sentence and a
paragraph of prose that ends one. Where the page prints no credit and no
other rule found a picture, each paragraph of such a run of pairs (at least
three, in a row, the run only followed by a slide the dump cut) is a caption
with no credit; the titles are the slides' headings, no caption and no alt
text. A byline does not stop it: galleries print their author's name too.

A story's subheadings alternate with its paragraphs too: without the headline
saying the page is pictures, the pairs are read as nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .caption_shape import ends_sentence
from .layout import Found, Layout, headline_frames_pictures, prints_credit
from .titled_paragraphs import prose

if TYPE_CHECKING:
    from .layout import Row
    from .markers import PageMarkers

MIN_SLIDES = 3        # title and caption pairs in a row before they are read as a gallery's slides
MAX_TITLE_WORDS = 12  # a longer line is a sentence, not a slide's title
MAX_AFTER = 2         # text rows after the last slide: a slide the dump cut (its title, its caption's start)


def titled_slide_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, or, where it is empty on a page its headline frames as pictures, the
    caption under each slide's title (before framed_gallery, which would take the titles for captions too)."""
    rows = layout.rows
    if found or not headline_frames_pictures(layout.title, pm):
        return found
    if prints_credit(rows):  # a byline is no test: galleries print their author's name as stories do (m180)
        return found
    texts = [i for i, row in enumerate(rows) if row.kind == "text" and i != layout.headline]
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    k = 0
    while k < len(texts):
        i = texts[k]
        j = texts[k + 1] if k + 1 < len(texts) else None
        if j is not None and _title(rows[i]) and _caption(rows[j]):
            run.append((i, j))
            k += 2
            continue
        if len(run) > len(best):
            best, end = run, k
        run = []
        k += 1
    if len(run) > len(best):
        best, end = run, len(texts)
    if len(best) < MIN_SLIDES or len(texts) - end > MAX_AFTER:
        return found
    return [Found(j, rows[j].before, None, i, [i, j]) for i, j in best]  # the title taken with it: no alt text


def _title(row: Row) -> bool:
    """A slide's title: a short line with no credit that ends no sentence."""
    text = row.before.strip()
    return (row.credit is None and not row.labelled and 0 < len(text.split()) <= MAX_TITLE_WORDS
            and not ends_sentence(text))


def _caption(row: Row) -> bool:
    """A slide's caption: prose with no credit, ending a sentence, longer than a title."""
    text = row.before.strip()
    return (row.credit is None and len(text.split()) > MAX_TITLE_WORDS // 2 and prose(text)
            and ends_sentence(text))
