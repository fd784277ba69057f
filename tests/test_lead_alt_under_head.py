"""The lead picture's alt line printed right under the story's head, over its caption (round 78).

Many dumps print the lead picture's alt text and no other's: under the headline, the standfirst, the byline and
the date, over the caption. A label shorter than the caption, with no full stop, no colon and no heading's title
case, is that alt text even where it shares no word with the caption; a date, the story's first sentence or a
heading is not, nor an audio player's button. Every page
here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_page

_HEAD = ("Floods in the valley\n\nThe river rose two metres in an hour on Monday night\n\n"
         "By Ana Ruiz\n22 September 2026 - 5:40 PM\n")
_CAPTION = "A resident of Ceiba Street shovels mud out of the doorway of his house on Monday. (Tom Ibarra)\n"
_REST = "\nResidents spent Monday cleaning their homes after the river burst its banks.\n"


@pytest.mark.parametrize("line, description", [
    ("A man with a broom outside a door", "A man with a broom outside a door"),
    ("Mud on the front steps", "Mud on the front steps"),
    ("Share on Facebook", None),
    ("Share article", None),  # a few words under the byline: a button's label as often as a picture's
    ("di Redazione Modena", None),  # the byline in lower case, Italian papers' "di"
    ("22 September 2026 | 12", None),  # the story's date and a count, no label
    ("The river rose overnight.", None),  # a sentence: the story's first paragraph
    ("Flood Damage In The Valley", None),  # a heading's title case
])
def test_the_line_under_the_head_over_the_lead_caption(line: str, description: str | None) -> None:
    page = _HEAD + line + "\n" + _CAPTION + _REST
    photos = parse_page(page).photos
    assert [(p.description, p.caption) for p in photos] == [
        (description, "A resident of Ceiba Street shovels mud out of the doorway of his house on Monday.")], line


@pytest.mark.parametrize("line", ["Listen to this article", "Escucha esta noticia", "Escuchar"])
def test_an_audio_players_button_is_furniture(line: str) -> None:
    page = _HEAD + line + "\n" + _CAPTION + _REST
    assert [p.description for p in parse_page(page).photos] == [None], line


def test_no_lead_alt_over_a_caption_printed_with_no_full_stop() -> None:
    # label over label: a standfirst under the byline is printed so too, and the page shows nothing else
    page = _HEAD + "A man with a broom outside a door\n" + _CAPTION.replace(" on Monday.", " on Monday") + _REST
    assert not any(p.description for p in parse_page(page).photos)
