"""A gallery printing each caption twice a blank line apart: the layout marks its short uncredited captions."""
from __future__ import annotations

from captions import parse_page

SLIDES = ("Storm pictures\n\nThe storm reached the coast on Friday night and cut power to thousands of homes.\n\n"
          "Waves break over the promenade. (AFP)\n\nWaves break over the promenade. (AFP)\n\n"
          "HARBOUR.\n\nHARBOUR.\n\n")


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def test_a_short_line_printed_twice_like_credited_captions_is_a_caption() -> None:
    page = SLIDES + "A tree lies across a car. (EFE)\n\nA tree lies across a car. (EFE)\n"
    assert captions_of(page) == ["Waves break over the promenade.", "HARBOUR.", "A tree lies across a car."]


def test_with_one_credited_caption_so_printed_a_short_line_printed_twice_is_none() -> None:
    assert captions_of(SLIDES) == ["Waves break over the promenade."]
