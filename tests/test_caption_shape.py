"""What reads as a heading rather than a caption: title case, and enough words for the stage asking."""
from __future__ import annotations

import pytest

from captions.knowledge.registry import bundled_registry
from captions.parse.caption_shape import heading

SMALL_WORDS = frozenset(bundled_registry().markers.heading_small_words)


@pytest.mark.parametrize("text, min_words, expected", [
    ("Floods in the North", 2, True),
    ("Residents wade through the water", 2, False),
    ("Reuters", 2, False),  # one capitalised word is a name or a label by default
    ("Reuters", 1, True),   # a stage whose lines passed prose() already asks for one word
])
def test_heading_is_title_case_of_at_least_min_words(text: str, min_words: int, expected: bool) -> None:
    assert heading(text, SMALL_WORDS, min_words=min_words) is expected, text
