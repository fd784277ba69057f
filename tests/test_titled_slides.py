"""A gallery's slides printed as a title line over each caption, with no credit: the captions are pictures."""
from __future__ import annotations

from captions import parse_page

SLIDES = [("Ring of champions", "The judges walk the cattle line before naming the champion."),
          ("Sheep shearing", "A shearer finishes a ewe in under a minute. The crowd counted him down."),
          ("Jam and chutney", "Two judges taste the plum jam entries in the produce tent."),
          ("Evening parade", "The heavy horses lead the last parade out of the ground at dusk.")]
CAPTIONS = [caption for _, caption in SLIDES]


def page(headline: str, *, between: str = "", after: str = "") -> str:
    slides = "".join(f"{title}\n{caption}\n" for title, caption in SLIDES)
    return f"{headline}\nRain held off for the final afternoon of the county show.\n{between}{slides}{after}"


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def test_the_caption_under_each_slide_title_is_an_uncredited_picture() -> None:
    photos = parse_page(page("The county show's last day, in pictures")).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, c, None) for c in CAPTIONS]


def test_headlines_of_other_languages_frame_alike() -> None:
    assert captions_of(page("El último día de la feria, en imágenes")) == CAPTIONS
    assert captions_of(page("Gallery: The county show's last day")) == CAPTIONS
    assert captions_of(page("The county show's last day (Photos)")) == CAPTIONS


def test_a_story_with_subheadings_keeps_its_paragraphs() -> None:
    assert captions_of(page("The county show's last day")) == []


def test_a_headline_closing_with_one_gallery_word_frames_nothing() -> None:
    assert captions_of(page("The county show's best photos")) == []


def test_a_byline_alone_does_not_make_the_pairs_a_story() -> None:
    assert captions_of(page("The county show's last day, in pictures", between="By Jane Doe\n")) == CAPTIONS


def test_a_page_printing_a_credit_is_left_to_its_credits() -> None:
    text = page("The county show's last day, in pictures", after="Prize bull\nThe winner leaves the ring. (Photo: Jo Li)\n")
    assert captions_of(text) == ["The winner leaves the ring."]


def test_a_slide_the_dump_cut_is_left_out() -> None:
    text = page("The county show's last day, in pictures", after="Next year\nThe show returns in Aug")
    assert captions_of(text) == CAPTIONS


def test_story_text_after_the_pairs_makes_them_no_gallery() -> None:
    story = "".join(f"Paragraph {n} of the report goes on about the show. It has a long history.\n"
                    for n in range(3))
    assert captions_of(page("The county show's last day, in pictures", after=story)) == []
