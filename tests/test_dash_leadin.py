"""A dash before a credit's lead-in ("- Foto:", "— Photo:") is part of the lead-in, not of the caption."""
from __future__ import annotations

import pytest

from captions import parse_page


def pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


@pytest.mark.parametrize("credit_line", [
    pytest.param("- Foto: Ana Lima/AP", id="hyphen"),
    pytest.param("— Photo: Ana Lima/AP", id="em-dash"),
    pytest.param("– Foto: Ana Lima/AP", id="en-dash"),
    pytest.param("-- Photo: Ana Lima/AP", id="two-hyphens"),
    pytest.param("–Foto: Ana Lima/AP", id="dash-glued-to-the-lead-in"),
])
def test_a_dash_before_a_lead_in_on_its_own_line_is_part_of_the_lead_in(credit_line: str) -> None:
    page = f"News\nA man walks on the beach at dawn.\n{credit_line}\n"
    assert pictures(page) == [("A man walks on the beach at dawn.", "Ana Lima/AP")]


def test_two_hyphens_before_a_lead_in_after_a_caption_are_no_part_of_it() -> None:
    assert pictures("News\nA man walks on the beach at dawn -- Photo: Ana Lima/AP\n") == [
        ("A man walks on the beach at dawn", "Ana Lima/AP")]
