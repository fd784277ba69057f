"""A dump cut short in its last slide: the half slide is left out."""
from __future__ import annotations

from captions import parse_page

GALLERY = ("Gallery\n1 / 9\nBoats race on the lake at dawn.\nJo Li/AFP\n2 / 9\nA crowd cheers on the shore.\nJo Li/AFP\n"
           "3 / 9\n")


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def test_a_last_caption_stopping_mid_word_is_left_out() -> None:
    assert captions_of(GALLERY + "Jo Li/AFP\nThe winning crew lifts the cup above the wa\n") == [
        "Boats race on the lake at dawn.", "A crowd cheers on the shore."]


def test_a_last_caption_ending_its_sentence_is_kept() -> None:
    assert captions_of(GALLERY + "Jo Li/AFP\nThe winning crew lifts the cup.\n")[-1] == "The winning crew lifts the cup."


def test_a_page_whose_captions_end_no_sentence_keeps_its_last() -> None:
    page = ("Gallery\nBoats race on the lake at dawn\nJo Li/AFP\nA crowd cheers on the shore\nJo Li/AFP\n"
            "Jo Li/AFP\nThe winning crew lifts the cup\n")
    assert captions_of(page)[-1] == "The winning crew lifts the cup"


def test_a_last_credit_cut_inside_its_brackets_is_left_out() -> None:
    page = GALLERY + "The winning crew lifts the cup. (Photo by Jo Li/Getty I\n"
    assert captions_of(page) == ["Boats race on the lake at dawn.", "A crowd cheers on the shore."]


def test_a_closed_credit_on_the_last_line_is_kept() -> None:
    page = GALLERY + "The winning crew lifts the cup. (Photo by Jo Li/Getty Images)\n"
    assert captions_of(page)[-1] == "The winning crew lifts the cup."


def test_a_last_slide_cut_after_its_credit_lead_in_is_left_out() -> None:
    page = GALLERY + "The winning crew lifts the cup.\n\nCredit:\n"
    assert captions_of(page) == ["Boats race on the lake at dawn.", "A crowd cheers on the shore."]


def test_a_last_line_ending_in_a_colon_that_is_no_lead_in_cuts_nothing() -> None:
    page = GALLERY + "The winning crew lifts the cup.\n\nSee also:\n"
    assert captions_of(page)[-1] == "The winning crew lifts the cup."


def test_a_credit_alone_over_a_slide_cut_inside_that_credit_goes_with_it() -> None:
    page = ("Gallery\n3 photos\n1/3\nGetty Images\nBoats race on the lake at dawn. (Photo by Jo Li/Getty Images)\n"
            "2/3\nGetty Images\nA crowd cheers on the shore. (Photo by Ann Lee/Getty Images)\n"
            "3/3\nGetty Images\nThe winning crew lifts the cup. (Photo by Jo Li/Getty I\n")
    assert captions_of(page) == ["Boats race on the lake at dawn.", "A crowd cheers on the shore."]


def test_a_credit_alone_the_cut_one_does_not_reach_into_stays() -> None:
    page = GALLERY + "Reuters\nThe winning crew lifts the cup. (Photo by Jo Li/AFP via Getty I\n"
    assert [p.credit.raw for p in parse_page(page).photos if p.caption is None] == ["Reuters"]
