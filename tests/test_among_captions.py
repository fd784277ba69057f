"""Lines printed among a gallery's uncredited captions, shaped as they are, are captions too (among_captions.py)."""
from __future__ import annotations

import pytest

from captions import parse_page

RUN = ["Lanterns shaped as fish float down the high street after dark.",
       "A girl carries a paper moon taller than herself past the bakery.",
       "Volunteers light the last candles outside the town hall."]


def captions_of(*lines: str) -> list[str | None]:
    return [p.caption for p in parse_page("\n".join(["The lantern parade at Elmstead", *lines])).photos]


MORE = ["The old mill is lit in blue and gold for the night.",
        "Two brothers share a lantern they built from willow and tissue paper.",
        "Stewards keep the crowd back from the harbour wall."]


def test_a_short_line_between_a_gallerys_captions_is_one() -> None:
    assert captions_of(*RUN, "Drummers lead the way.", *MORE) == [*RUN, "Drummers lead the way.", *MORE]


def test_the_lines_after_the_last_caption_to_the_pages_end_are_captions() -> None:
    assert captions_of(*RUN, "“Our best year yet,” says the organiser.", "The square empties.") == [
        *RUN, "“Our best year yet,” says the organiser.", "The square empties."]


def test_the_pages_last_line_cut_mid_sentence_is_left_out() -> None:
    assert captions_of(*RUN, "The square empties.", "Stewards keep the crowd back from the") == [
        *RUN, "The square empties."]


@pytest.mark.parametrize("line", [
    "The parade was first held in 1987 and now draws visitors from all over the county. It is run by volunteers.",
    "Organisers thank the following sponsors:",
    "Lanterns shaped as fish float down the high street after dark.",  # printed twice: one picture at most
])
def test_a_line_of_another_shape_among_them_stops_the_reading(line: str) -> None:
    """A paragraph of two sentences among one-sentence captions, a colon opening a list, a caption printed
    again: the block is not read, and only the captions the rhythm found stand."""
    assert "Drummers lead the way." not in captions_of(*RUN, line, "Drummers lead the way.", *RUN[1:])


def test_in_a_gallery_whose_captions_print_credits_an_uncredited_line_is_no_caption() -> None:
    credited = [line.replace(".", ". (AP Photo/Jo Li)") for line in RUN]
    assert captions_of("The town turned out in thousands on Saturday night.", *credited, "Drummers lead the way.") \
        == RUN


def test_a_japanese_gallerys_captions_with_no_full_stop() -> None:
    lines = ["花火大会の会場に集まった大勢の見物客(8月2日撮影)", "浴衣姿で屋台を楽しむ家族連れ",
             "打ち上げを待つ子どもたち。川岸に座って夜空を見上げていた(8月2日撮影)",
             "最後の大玉が夜空を彩った(8月2日撮影)", "会場を後にする人たち(8月2日撮影)", "片付けを"]
    assert captions_of(*lines) == lines[:-1]


def test_lines_between_labelled_captions_are_the_storys() -> None:
    """A page labelling its captions ("Image caption, ...") labels each: the paragraphs between are prose."""
    lines = ["Heavy rain caused the river to burst its banks overnight, forcing dozens of families out.",
             "Image caption, Firefighters pumped water from flooded streets on Monday.",
             "The council said the clean-up would take weeks.",
             "Image caption, The main road was closed to traffic.",
             "Shops stayed shut for a second day.",
             "Image caption, Residents gathered at the church hall.",
             "More rain is forecast for Thursday."]
    assert captions_of(*lines) == ["Firefighters pumped water from flooded streets on Monday.",
                                   "The main road was closed to traffic.", "Residents gathered at the church hall."]
