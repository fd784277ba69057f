"""Captions that say where in the picture someone stands ("(left)", "(왼쪽)") under a picture's markup, or name one
picture of a pair ("(左写真)"), on pages that print no credit and where nothing else was found: positioned.py."""
from __future__ import annotations

from captions import parse_page


def found(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


STORY = ("The ferry timetable changes on Monday, the harbour office said. Evening sailings move half an hour later "
         "to give crews more time between crossings.")
CAPTION = "Harbour master Ines Okafor (left) checks the mooring lines as the evening ferry docks at Pier 4."


def test_a_line_placing_someone_under_a_picture_markup_is_its_caption_with_no_credit() -> None:
    page = "\n".join(["Ferry times change", "", STORY, "", "![](https://example.org/a.jpg)", CAPTION, "", STORY])
    assert found(page) == [(CAPTION, None)]


def test_a_line_placing_someone_with_no_markup_over_it_is_no_caption() -> None:
    assert found("\n".join(["Ferry times change", "", STORY, "", CAPTION, "", STORY])) == []


def test_a_left_photo_mark_names_a_pair_the_caption_goes_on_both() -> None:
    caption = "港町の朝市で魚を選ぶ料理長(左写真)、 夜明け前の岸壁で水揚げを手伝う見習いの料理人たち"
    body = "料理人の仕事は厨房の中だけでは終わりません。毎朝五時に料理長と見習いが朝市へ向かいます。"
    assert found("\n".join([caption, body])) == [(caption, None), (caption, None)]


def test_the_caption_goes_on_each_picture_markup_right_above_it() -> None:
    page = "\n".join(["![](https://example.org/a.jpg)", "![](https://example.org/b.jpg)", CAPTION,
                      "Reporter Tom Alder talder@example.org"])
    assert found(page) == [(CAPTION, None), (CAPTION, None)]


def test_on_a_page_printing_credits_the_line_stays_as_it_is() -> None:
    credited = "Crews unload the morning catch at Pier 2. Photo: Jo Li/Reuters"
    page = "\n".join(["Ferry times change", "", credited, "", STORY, "", "![](https://example.org/a.jpg)", CAPTION])
    assert found(page) == [
        ("Crews unload the morning catch at Pier 2.", "Jo Li/Reuters")]


def test_a_story_paragraph_of_many_sentences_is_no_caption() -> None:
    paragraph = ("Okafor (left in the old picture) ran the pier for years. She retired in May. Her deputy took over. "
                 "The office moved. The ferries did not.")
    long_one = "Ines Okafor (left) ran the pier for years. She retired in May. Her deputy took over. The office moved."
    markup = "![](https://example.org/a.jpg)"
    assert found("\n".join(["Ferry times change", "", STORY, "", markup, paragraph, "", markup, long_one])) == []


def test_a_series_part_in_brackets_is_no_position() -> None:
    assert found("\n".join(["港町の食堂(上)", "", "港町の小さな食堂では、毎朝五時に料理長が朝市へ向かいます(上)。"])) == []
