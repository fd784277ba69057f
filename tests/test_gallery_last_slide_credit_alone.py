"""A gallery's last slide printing a credit alone, then the story's last paragraph; a story's sentence run on over a
caption (round 80).

MZ's and Defimedia's galleries print each slide as its counter, its caption, then its credit on a line of its own
("Bild 2 von 4" / caption / "Foto: Name"); the last slide of a handout prints its counter over its credit alone, and
the story's closing paragraph follows. That paragraph is no caption: where the slides show the caption over the
credit, a credit right under the counter opens a slide with none. Every line here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_page

HEAD = (" date 2026-03-02 Region\nIce jam floods the lower town of Kessel overnight\nBy Lena Vogt\n02.03.2026, 09:15\n"
        "The water reached the market square shortly after midnight, the town said.\n")
SLIDES = ("{n1}\nA fire crew pumps water out of a cellar on Mill Lane.\nPhoto: Jonas Adler\n"
          "{n2}\nSandbags stacked in front of the bakery on the market square.\nPhoto: Marta Keller\n"
          "{n3}\nPhoto: Kessel Fire Brigade\n")
CLOSING = "The town asks residents to keep away from the river banks until the water has fallen.\n"


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


@pytest.mark.parametrize("counters", [("Picture 1 of 3", "Picture 2 of 3", "Picture 3 of 3"),
                                      ("1 / 3", "2 / 3", "3 / 3"),
                                      ("Bild 1 von 3", "Bild 2 von 3", "Bild 3 von 3")])
def test_gallery_last_slide_credit_alone_takes_no_paragraph(counters: tuple[str, str, str]) -> None:
    n1, n2, n3 = counters
    page = HEAD + SLIDES.format(n1=n1, n2=n2, n3=n3) + CLOSING
    assert _read(page) == [
        ("A fire crew pumps water out of a cellar on Mill Lane.", "Jonas Adler"),
        ("Sandbags stacked in front of the bakery on the market square.", "Marta Keller"),
        (None, "Kessel Fire Brigade")], page


def test_gallery_printing_credits_over_captions_keeps_the_last_caption() -> None:
    """Slides printing their credit over their caption ("1 / 3" / "Photo: Name" / caption): the last slide's line
    under its credit is its caption, as before."""
    page = HEAD + ("1 / 3\nPhoto: Jonas Adler\nA fire crew pumps water out of a cellar on Mill Lane.\n"
                   "2 / 3\nPhoto: Marta Keller\nSandbags stacked in front of the bakery on the market square.\n"
                   "3 / 3\nPhoto: Kessel Fire Brigade\nFirefighters walk along the flooded river bank at dawn.\n")
    assert _read(page)[-1] == ("Firefighters walk along the flooded river bank at dawn.", "Kessel Fire Brigade"), page


def test_a_sentence_run_on_from_the_story_over_a_caption_is_no_alt_text() -> None:
    """A whole sentence right under another of the story's, over a caption, is the story's next paragraph even where
    it shares a word with the caption (Defimedia's "Selon la MMS, ... en 24 heures." over "L'image satellite de la
    MMS à 13 heures."): with the gallery read right, such a line would otherwise make most captions show an alt line."""
    page = (" date 2026-03-02 Region\nIce jam floods the lower town of Kessel overnight\nBy Lena Vogt\n"
            "02.03.2026, 09:15\nIce floes piled up against the old weir\n"
            "Ice floes piled against the weir below the mill on Sunday evening.\nPhoto: Jonas Adler\n"
            "The river rose by two metres in four hours, the town said on Monday morning.\n"
            "The weir keeper said the water reached the mill shortly after midnight.\n"
            "The mill wheel under water at dawn on Monday.\nPhoto: Marta Keller\n"
            "Schools in the lower town stay closed until Wednesday.\n")
    descriptions = [p.description for p in parse_page(page).photos]
    assert descriptions == ["Ice floes piled up against the old weir", None], page
