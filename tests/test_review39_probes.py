"""Review 39: invented lines the rounds 71, 74 and 75 rules must not misread. Every line here is written for these tests."""
from __future__ import annotations

import pytest

from tests.html_story import figure, pictures


@pytest.mark.parametrize("last, expected", [
    # a kind of body alone under the caption ("Community", a section's label) names no body: it stays in the caption
    ("Community", [("Children at the community garden. Community", None)]),
    ("Media", [("Children at the community garden. Media", None)]),
    # a body's name with its word is a credit line, as round 75 reads it
    ("Tampines West Community", [("Children at the community garden.", "Tampines West Community")]),
])
def test_a_body_word_alone_under_a_caption_is_no_credit_line(last: str, expected: list[tuple[str, str | None]]) -> None:
    assert pictures(figure(f"<span>Children at the community garden.</span> <span>{last}</span>")) == expected
