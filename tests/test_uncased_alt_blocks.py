"""Alt text in a script with no capitals, on its own line right over each credited caption, no blank lines.

The pages are invented, in the style of Korean and Arabic dailies' dumps. A photo is shown as its description.
"""
from __future__ import annotations

from captions import parse_page

HEAD = "해변 축제 개막…관광객 몰려\n예시일보\n"


def descriptions(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


def test_phrases_over_three_credited_captions_are_their_alt_text() -> None:
    page = (HEAD + "무대에서 춤추는 공연단\n축제 첫날인 4일 공연단이 무대에서 춤을 추고 있다. [연합뉴스]\n"
            + "관광객들은 밤늦게까지 공연을 즐겼다.\n"
            + "불꽃놀이를 보는 시민들\n해변을 찾은 시민들이 불꽃놀이를 보고 있다. [뉴스1]\n"
            + "모래 조각을 만드는 아이들\n어린이들이 모래 조각을 만들고 있다. [사진 예시시]\n")
    assert descriptions(page) == ["무대에서 춤추는 공연단", "불꽃놀이를 보는 시민들", "모래 조각을 만드는 아이들"]


def test_two_such_phrases_show_no_habit_and_are_left_alone() -> None:
    page = (HEAD + "무대에서 춤추는 공연단\n축제 첫날인 4일 공연단이 무대에서 춤을 추고 있다. [연합뉴스]\n"
            + "관광객들은 밤늦게까지 공연을 즐겼다.\n"
            + "불꽃놀이를 보는 시민들\n해변을 찾은 시민들이 불꽃놀이를 보고 있다. [뉴스1]\n")
    assert descriptions(page) == [None, None]
