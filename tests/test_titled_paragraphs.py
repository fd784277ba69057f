"""A line printed again before each paragraph of a gallery marks each paragraph as a picture."""
from __future__ import annotations

from captions import parse_page

SLIDES = ["A fisherman mends a net on the quay.", "Gulls wait on the railings.", "Two children watch the ferry leave."]


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def gallery(copy: str, paragraphs: list[str]) -> str:
    return "Harbour life\n\n" + "".join(f"{copy}\n\n{p}\n\n" for p in paragraphs)


def test_each_paragraph_under_a_repeated_title_is_an_uncredited_caption() -> None:
    photos = parse_page(gallery("Life in the old harbour", SLIDES)).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, s, None) for s in SLIDES]


def test_a_gallery_control_over_each_slide_marks_it_too() -> None:
    assert captions_of(gallery("View the slideshow", SLIDES)) == SLIDES


def test_a_script_without_capitals_is_read_alike() -> None:
    slides = ["رجل يقرأ صحيفة في المقهى.", "أطفال يلعبون على الشاطئ.", "سفينة تغادر الميناء عند الفجر."]
    assert captions_of(gallery("صور من الميناء القديم", slides)) == slides


def test_two_copies_are_no_pattern() -> None:
    assert captions_of(gallery("Life in the old harbour", SLIDES[:2])) == []


def test_a_section_name_over_each_teaser_marks_no_picture() -> None:
    teasers = ["Ferry fares rise for the summer season", "Council approves the new harbour wall",
               "Fishing quotas cut again in the north"]
    assert captions_of(gallery("Local news", teasers)) == []


def test_an_intro_between_the_first_copy_and_the_next_is_no_slide() -> None:
    page = gallery("Life in the old harbour", SLIDES).replace(
        "Harbour life\n\n", "Harbour life\n\nLife in the old harbour\n\nThe fleet is small now.\n\nHere they are:\n\n")
    assert captions_of(page) == SLIDES
