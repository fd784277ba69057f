"""A byline under the headline of an uncredited gallery (m180): galleries print their author's name as stories do,
so where the page's own lines have a gallery's shape, the byline alone does not make them a story's paragraphs.
Where only the byline tells a story from a gallery (a headline saying photos show something, a gallery heading
over paragraphs), it still does."""
from __future__ import annotations

import pytest

from captions import parse_page

_RUN = ["The old ferry waits at the quay of Tarnholm.", "Two boys fish from the harbour wall at dawn.",
        "Snow covers the roofs of the fish market.", "A gull rests on a mooring post in the fog."]
_SLIDES = [("Morning at the quay", "Fishermen unload the night's catch onto the frozen quay before sunrise."),
           ("The market hall", "Traders set out herring and cod on beds of crushed ice in the old hall."),
           ("Ice on the harbour", "The harbour master checks the thickness of the ice near the ferry berth."),
           ("Home before dark", "The last boat of the day returns under a low orange winter sky.")]
_BYLINES = ["By Mira Ostlund, Tarnholm Courier", "Von Mira Ostlund, Tarnholmer Zeitung", "By Mira Ostlund"]


def _captions(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


@pytest.mark.parametrize("byline", _BYLINES)
def test_a_byline_over_a_run_of_one_sentence_captions_leaves_them_captions(byline: str) -> None:
    text = "\n\n".join(["Winter comes to Tarnholm harbour", byline, *_RUN])
    assert _captions(text) == _RUN


@pytest.mark.parametrize("byline", _BYLINES)
def test_a_byline_over_titled_slides_leaves_their_captions(byline: str) -> None:
    slides = "".join(f"{title}\n{caption}\n" for title, caption in _SLIDES)
    text = f"Winter in Tarnholm harbour, in pictures\n{byline}\n{slides}"
    assert _captions(text) == [caption for _, caption in _SLIDES]


def test_a_byline_over_a_photos_show_story_still_makes_it_a_story() -> None:
    story = ["The council released the pictures on Monday. The harbour board and two residents had asked for them.",
             "A drone took them over the eastern pier last week. The ferries had stopped by then.",
             "Repairs to the pier start in the spring. They are expected to last several months.",
             "The board meets again in March. Its members will choose a builder then."]
    text = "\n\n".join(["Drone photos show storm damage to Tarnholm pier", "By Mira Ostlund, Tarnholm Courier", *story])
    assert _captions(text) == []
