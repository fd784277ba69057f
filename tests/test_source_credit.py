"""A credit naming the source a picture was copied from: `Источник:` (Russian "Source:") is a lead-in, and a
source's title keeps its last word ("The Big Picture" is no "Picture" of "The Big")."""
from __future__ import annotations

from captions import parse_credit, parse_page


def test_the_russian_source_lead_in_introduces_a_credit_under_its_caption() -> None:
    page = ("Новости\n"
            "Спасатели разбирают завалы в центре города.\nИсточник: Example Press\n")
    photo, = parse_page(page).photos
    assert (photo.caption, photo.credit.raw if photo.credit else None) == (
        "Спасатели разбирают завалы в центре города.", "Example Press")


def test_a_title_opening_with_the_keeps_its_last_word() -> None:
    assert parse_credit("The Big Picture").agencies == ["The Big Picture"]


def test_a_picture_word_closing_a_name_with_no_article_is_still_dropped() -> None:
    assert parse_credit("Star Photo").agencies == ["Star"]
