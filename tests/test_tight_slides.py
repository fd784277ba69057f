"""Slides of a gallery between counters on lines of their own, with no blank line inside a slide."""
from __future__ import annotations

from captions import parse_page


def read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


GALLERY = [
    "1 of 4", "Lanterns drift past the harbour wall at dusk. Ann Roe / Harbour Post",
    "2 of 4", "A lantern on the water", "A boy holds up his lantern before the water. Tom Lee / Harbour Post",
    "3 of 4", "Stallholders sell paper lanterns on the quay.",
    "4 of 4", "Ann Roe / Harbour Post",
    "", "The festival returns next year on the first weekend of the month, the council said.",
]


def test_a_slide_printing_its_caption_with_no_credit_is_a_picture() -> None:
    # the caption closes each credited slide, under an alt line on some: the third slide's last line is its caption
    assert (None, "Stallholders sell paper lanterns on the quay.", None) in read("\n".join(GALLERY))


def test_a_last_slide_of_a_credit_alone_does_not_take_the_paragraph_after_the_gallery() -> None:
    assert read("\n".join(GALLERY))[-1] == (None, None, "Ann Roe / Harbour Post")


def test_slides_holding_blank_lines_leave_a_credit_with_the_text_under_it() -> None:
    loose = ["1 of 2", "", "Lanterns drift past the harbour wall at dusk.", "Ann Roe / Harbour Post",
             "2 of 2", "", "Tom Lee / Harbour Post", "", "A boy holds up his lantern before the water."]
    assert read("\n".join(loose))[-1] == (None, "A boy holds up his lantern before the water.", "Tom Lee / Harbour Post")


def test_credits_on_lines_of_their_own_leave_an_uncredited_slides_alt_line_no_caption() -> None:
    # the caption is second from each credited slide's end, over its credit; the uncredited slide's second from
    # its end is its alt line: counting from the end cannot say where its caption is, and leaves it
    own = ["1 of 4", "Lanterns drift past the harbour wall at dusk.", "Ann Roe / Harbour Post",
           "2 of 4", "A lantern on the water", "A boy holds up his lantern before the water.", "Tom Lee / Harbour Post",
           "3 of 4", "Stallholders on the quay", "Stallholders sell paper lanterns on the quay.",
           "4 of 4", "Fireworks burst over the lighthouse at midnight.", "Ann Roe / Harbour Post",
           "", "The festival returns next year on the first weekend of the month, the council said."]
    assert "Stallholders on the quay" not in [caption for _, caption, _ in read("\n".join(own))]
