"""A gallery a dump ran onto one line: one picture a caption, and prose brackets left alone."""
from __future__ import annotations

from captions import parse_page


def test_a_gallery_run_onto_one_line_is_a_picture_a_caption() -> None:
    page = "Title\nA gull on the pier at dawn (Jo Li/PA) A boy flies a kite on the beach (Ana Ruiz/PA)"
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("A gull on the pier at dawn", "Jo Li/PA"),
        ("A boy flies a kite on the beach", "Ana Ruiz/PA"),
    ]


def test_brackets_in_prose_do_not_cut_a_caption() -> None:
    page = "Title\nPatrick Kane (88) waves to the crowd (Bahamas) on Monday. (Jo Li/PA)"
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("Patrick Kane (88) waves to the crowd (Bahamas) on Monday.", "Jo Li/PA"),
    ]


def test_a_credit_printed_again_after_its_bracket_belongs_to_neither_caption() -> None:
    page = ("Title\nSnow falls on the town on Monday. (AP Photo/Jo Li)Photo by: AP Photo "
            "Ice covers the lake on Monday. (AP Photo/Ana Ruiz)")
    assert [p.caption for p in parse_page(page).photos] == [
        "Snow falls on the town on Monday.", "Ice covers the lake on Monday."]
