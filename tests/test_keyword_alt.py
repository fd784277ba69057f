"""A short phrase all in lower case right above a caption is its alt text, on any page."""
from __future__ import annotations

from captions import parse_page


def descriptions(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


def test_a_lower_case_phrase_right_above_a_caption_is_its_alt_text() -> None:
    page = ("News\n\n12 photos from this week\n\nparis protests\n"
            "A protester stands on a barricade in Paris on Saturday.\nJo Li/Reuters\n\n"
            "1/\n\nA crowd gathers outside the court on Tuesday.\nAna Ruiz/Reuters\n")
    assert descriptions(page) == ["paris protests", None]


def test_a_lower_case_phrase_a_blank_line_above_a_caption_is_its_alt_text() -> None:
    page = "Today's gallery\n\na bus helper\n\nA bus helper looks for commuters at the stop. Photo: Jo Li\n"
    assert descriptions(page) == ["a bus helper"]


def test_a_sentence_above_a_caption_is_no_alt_text_on_a_page_with_none() -> None:
    page = ("Floods\n\nThe river rose overnight.\n\n"
            "Residents wade through the flooded square on Monday. Photo: Jo Li\n")
    assert descriptions(page) == [None]


def test_a_lower_case_word_alone_is_no_alt_text() -> None:
    page = "Floods\n\nadvertisement\n\nResidents wade through the flooded square on Monday. Photo: Jo Li\n"
    assert descriptions(page) == [None]
